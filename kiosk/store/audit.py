"""The append-only, hash-chained audit log.

Each entry's hash covers its own id, content and the previous entry's hash, so an edited,
deleted, inserted or reordered row breaks the chain at that point. Triggers refuse UPDATE and
DELETE on the table; the chain catches anyone who goes around them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from kiosk.store.catalog import dbapi
from kiosk.store.types import iso_utc

GENESIS = "0" * 64


def _digest(fields: Sequence[object]) -> str:
    """sha256 over (id, at, associate, action, subject, detail, previous hash)."""
    canonical = json.dumps(list(fields), separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def append(
    session: Session,
    *,
    action: str,
    at: datetime,
    associate_id: str | None = None,
    subject: str = "",
    detail: dict[str, Any] | None = None,
) -> int:
    """Appends one entry and returns its id. Plain SQL, no ORM object: this runs inside every
    sale's transaction."""
    conn = dbapi(session)
    last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    entry_id = (last[0] + 1) if last else 1
    prev_hash = last[1] if last else GENESIS
    detail_json = json.dumps(detail or {}, sort_keys=True, separators=(",", ":"))
    stamp = iso_utc(at)
    digest = _digest((entry_id, stamp, associate_id, action, subject, detail_json, prev_hash))
    conn.execute(
        "INSERT INTO audit_log (id, at, associate_id, action, subject, detail, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (entry_id, stamp, associate_id, action, subject, detail_json, prev_hash, digest),
    )
    return entry_id


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    entries: int
    first_bad_id: int | None = None
    reason: str = ""


def verify(session: Session) -> ChainReport:
    rows = session.execute(
        text(
            "SELECT id, at, associate_id, action, subject, detail, prev_hash, hash "
            "FROM audit_log ORDER BY id"
        )
    ).all()
    expected_prev = GENESIS
    expected_id = 1
    for row in rows:
        entry_id, prev_hash, stored = row[0], row[6], row[7]
        if entry_id != expected_id:
            return ChainReport(
                False, len(rows), entry_id, f"entry {expected_id} is missing before {entry_id}"
            )
        if prev_hash != expected_prev:
            return ChainReport(False, len(rows), entry_id, "does not follow the entry before it")
        digest = _digest(row[:7])
        if digest != stored:
            return ChainReport(False, len(rows), entry_id, "its content was changed")
        expected_prev = stored
        expected_id += 1
    return ChainReport(True, len(rows))
