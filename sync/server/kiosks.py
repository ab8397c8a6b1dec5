"""Kiosk enrolment and tokens, admin tokens, and who may act for which kiosk."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, select

from sync.protocol.pickup_codes import public_key_text
from sync.server import keys
from sync.server.models import AdminToken, Kiosk, Location
from sync.server.security import hash_secret, new_enrolment_code, new_token, normalise_code

CODE_LIFETIME = timedelta(days=7)
# A kiosk that enrolled but lost HQ's answer may use its code again for a while; each use
# issues a fresh token and the unseen one stops working.
RETRY_GRACE = timedelta(minutes=10)
_KIOSK_ID = re.compile(r"^[A-Za-z0-9_-]{1,32}$")


class EnrolmentRefused(ValueError):
    pass


class NotFound(LookupError):
    pass


@dataclass(frozen=True, slots=True)
class NewKiosk:
    kiosk_id: str
    code: str
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class Enrolled:
    kiosk: Kiosk
    token: str
    pickup_key: str


def add_kiosk(
    session: Session, name: str, location: str, now: datetime, kiosk_id: str | None = None
) -> NewKiosk:
    if not name.strip() or not location.strip():
        raise ValueError("a kiosk needs a name and a location")
    if kiosk_id is None:
        count = len(session.execute(select(Kiosk.id)).all())
        kiosk_id = f"K{count + 1:02d}"
        while session.get(Kiosk, kiosk_id) is not None:
            count += 1
            kiosk_id = f"K{count + 1:02d}"
    if not _KIOSK_ID.match(kiosk_id):
        raise ValueError("a kiosk id is 1-32 letters, digits, '-' or '_'")
    if session.get(Kiosk, kiosk_id) is not None:
        raise ValueError(f"kiosk {kiosk_id} already exists")
    if session.get(Location, location) is None:
        session.add(Location(code=location, name=location))
        session.flush()
    code = new_enrolment_code()
    kiosk = Kiosk(
        id=kiosk_id,
        name=name.strip(),
        location=location,
        created_at=now,
        enrol_code_hash=hash_secret(normalise_code(code)),
        enrol_expires_at=now + CODE_LIFETIME,
    )
    session.add(kiosk)
    return NewKiosk(kiosk_id, code, now + CODE_LIFETIME)


def new_code(session: Session, kiosk_id: str, now: datetime) -> NewKiosk:
    """A fresh enrolment code (re-enrolment after a reinstall); the old token stops at use."""
    kiosk = _get(session, kiosk_id)
    code = new_enrolment_code()
    kiosk.enrol_code_hash = hash_secret(normalise_code(code))
    kiosk.enrol_expires_at = now + CODE_LIFETIME
    kiosk.enrol_used_at = None
    session.add(kiosk)
    return NewKiosk(kiosk_id, code, now + CODE_LIFETIME)


def enrol(session: Session, code: str, device_name: str, now: datetime) -> Enrolled:
    code_hash = hash_secret(normalise_code(code))
    kiosk = session.execute(
        select(Kiosk).where(Kiosk.enrol_code_hash == code_hash).with_for_update()
    ).scalar_one_or_none()
    if kiosk is None:
        raise EnrolmentRefused("unknown enrolment code")
    if kiosk.enrol_used_at is not None and now > kiosk.enrol_used_at + RETRY_GRACE:
        raise EnrolmentRefused("this enrolment code was already used; ask for a new one")
    if kiosk.enrol_expires_at is not None and now > kiosk.enrol_expires_at:
        raise EnrolmentRefused("this enrolment code has expired; ask for a new one")
    token = new_token("kt")
    kiosk.token_hash = hash_secret(token)
    kiosk.revoked_at = None
    kiosk.enrol_used_at = kiosk.enrol_used_at or now
    kiosk.device_name = device_name[:200]
    kiosk.last_seen_at = now
    session.add(kiosk)
    return Enrolled(kiosk, token, public_key_text(keys.pickup_signing_key(session)))


def revoke(session: Session, kiosk_id: str, now: datetime) -> None:
    kiosk = _get(session, kiosk_id)
    kiosk.token_hash = None
    kiosk.enrol_code_hash = None
    kiosk.revoked_at = now
    session.add(kiosk)


def kiosk_for_token(session: Session, token: str) -> Kiosk | None:
    return session.execute(
        select(Kiosk).where(Kiosk.token_hash == hash_secret(token))
    ).scalar_one_or_none()


def add_admin_token(session: Session, name: str, now: datetime) -> str:
    token = new_token("at")
    session.add(AdminToken(name=name, token_hash=hash_secret(token), created_at=now))
    return token


def admin_for_token(session: Session, token: str) -> AdminToken | None:
    row = session.execute(
        select(AdminToken).where(AdminToken.token_hash == hash_secret(token))
    ).scalar_one_or_none()
    return row if row is not None and row.revoked_at is None else None


def _get(session: Session, kiosk_id: str) -> Kiosk:
    kiosk = session.get(Kiosk, kiosk_id)
    if kiosk is None:
        raise NotFound(f"no kiosk {kiosk_id}")
    return kiosk
