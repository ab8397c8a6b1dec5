"""Store-wide business settings, kept in the database beside the sales they tag (changed with
`kiosk settings`, see kiosk/services/store_settings.py)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from kiosk.domain.sale_session import SellingPolicy
from kiosk.domain.tax import Rounding, TaxMode
from kiosk.store import audit


@dataclass(frozen=True, slots=True)
class StoreProfile:
    """Who and where this till is, and how it prices. Every sale is tagged with these."""

    store_name: str = "Kiosk"
    kiosk_code: str = "K01"
    currency: str = "EUR"
    locale: str = "en_US"
    tax_mode: str = TaxMode.INCLUSIVE.value
    rounding: str = Rounding.HALF_EVEN.value
    location: str = "main"
    jurisdiction: str = ""
    timezone: str = "UTC"
    discount_limit_bp: int = 1000
    refund_limit_minor: int = 5000
    rcn_region: str | None = None  # country layout for price/weight-embedded barcodes
    receipt_header: str = ""
    receipt_footer: str = "Thank you!"
    # A link printed as a QR code under the footer (a digital receipt, a feedback form);
    # "{receipt}" becomes the receipt number. Empty: no QR code.
    receipt_qr_url: str = ""
    idle_lock_seconds: int = 120

    @property
    def selling_policy(self) -> SellingPolicy:
        return SellingPolicy(discount_limit_bp=self.discount_limit_bp)

    @property
    def tax(self) -> TaxMode:
        return TaxMode(self.tax_mode)

    @property
    def rounding_rule(self) -> Rounding:
        return Rounding(self.rounding)


PROFILE_KEYS = {f.name for f in fields(StoreProfile)}


def get(session: Session, key: str, default: Any = None) -> Any:
    row = session.execute(text("SELECT value FROM settings WHERE key = :k"), {"k": key}).first()
    return json.loads(row[0]) if row else default


def put(session: Session, key: str, value: Any) -> None:
    session.execute(
        text(
            "INSERT INTO settings (key, value) VALUES (:k, :v) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        ),
        {"k": key, "v": json.dumps(value)},
    )


def change(session: Session, key: str, new: Any, *, by: str, at: datetime) -> Any:
    """Writes one checked setting with its audit entry (old, new, who), only if it differs, so
    the same value set again (by hand, or on every sync from HQ) leaves no trace. Returns the
    old value."""
    old = asdict(load_profile(session))[key]
    if old != new:
        put(session, key, new)
        audit.append(
            session,
            action="settings.changed",
            at=at,
            subject=key,
            detail={"old": old, "new": new, "by": by},
        )
    return old


def load_profile(session: Session) -> StoreProfile:
    rows = session.execute(text("SELECT key, value FROM settings")).all()
    values = {k: json.loads(v) for k, v in rows if k in PROFILE_KEYS}
    return StoreProfile(**values)


def save_profile(session: Session, profile: StoreProfile) -> None:
    for key, value in asdict(profile).items():
        put(session, key, value)
