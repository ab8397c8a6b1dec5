"""The outbox: events HQ must learn about, each written in the transaction that caused it.

The sequence is gapless per kiosk (a counter bumped inside the same transaction), the event id
is the idempotency key at HQ, and nothing leaves the table until HQ has acknowledged it and the
retention window has passed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from kiosk.store.catalog import dbapi
from kiosk.store.counters import next_value
from kiosk.store.types import iso_utc
from sync.protocol import EventPayload

_INSERT = (
    "INSERT INTO outbox (seq, event_id, kind, payload, created_at, state, attempts) "
    "VALUES (?, ?, ?, ?, ?, 'pending', 0)"
)


def append(
    session: Session, *, kind: str, event_id: str, payload: Mapping[str, Any], at: datetime
) -> int:
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False, sort_keys=True)
    return _insert(session, kind, event_id, body, at)


def emit(session: Session, event_id: str, event: EventPayload, at: datetime) -> int:
    """Appends a protocol event; its id is the idempotency key and, for events that move
    stock, the `reference` of those stock events (the ledger rule in kiosk.store.stock).

    pydantic writes the JSON itself (in field order rather than sorted, which nothing reads
    into): building a dict and encoding it again cost a sale ~40 µs inside its transaction."""
    return _insert(session, event.kind, event_id, event.model_dump_json(), at)


def _insert(session: Session, kind: str, event_id: str, body: str, at: datetime) -> int:
    seq = next_value(session, "outbox")
    dbapi(session).execute(_INSERT, (seq, event_id, kind, body, iso_utc(at)))
    return seq


@dataclass(frozen=True, slots=True)
class PendingEvent:
    seq: int
    event_id: str
    kind: str
    payload: dict[str, Any]
    created_at: str


def pending(session: Session, after_seq: int = 0, limit: int = 250) -> list[PendingEvent]:
    rows = session.execute(
        text(
            "SELECT seq, event_id, kind, payload, created_at FROM outbox "
            "WHERE state = 'pending' AND seq > :after ORDER BY seq LIMIT :limit"
        ),
        {"after": after_seq, "limit": limit},
    ).all()
    return [PendingEvent(r[0], r[1], r[2], json.loads(r[3]), r[4]) for r in rows]


def acknowledge(session: Session, up_to_seq: int, at: datetime) -> int:
    result = session.execute(
        text(
            "UPDATE outbox SET state = 'acked', acked_at = :at "
            "WHERE state = 'pending' AND seq <= :seq"
        ),
        {"at": iso_utc(at), "seq": up_to_seq},
    )
    return int(getattr(result, "rowcount", 0) or 0)


@dataclass(frozen=True, slots=True)
class Backlog:
    waiting: int
    oldest_at: datetime | None
    last_seq: int


def backlog(session: Session) -> Backlog:
    row = session.execute(
        text("SELECT COUNT(*), MIN(created_at) FROM outbox WHERE state = 'pending'")
    ).one()
    last = session.execute(text("SELECT value FROM counters WHERE name = 'outbox'")).first()
    oldest = datetime.fromisoformat(row[1]) if row[1] else None
    return Backlog(int(row[0]), oldest, int(last[0]) if last else 0)


def purge_acknowledged(session: Session, older_than: datetime) -> int:
    result = session.execute(
        text("DELETE FROM outbox WHERE state = 'acked' AND acked_at < :cutoff"),
        {"cutoff": iso_utc(older_than)},
    )
    return int(getattr(result, "rowcount", 0) or 0)
