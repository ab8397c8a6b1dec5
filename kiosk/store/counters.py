"""Gapless counters: receipt numbers, the outbox sequence, Z numbers."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

_NEXT = (
    "INSERT INTO counters (name, value) VALUES (?, 1) "
    "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value"
)


def next_value(session: Session, name: str) -> int:
    """The next number of `name`. Call inside a write transaction: a rollback returns it."""
    conn = session.connection().connection.driver_connection
    assert conn is not None
    return int(conn.execute(_NEXT, (name,)).fetchone()[0])


def current_value(session: Session, name: str) -> int:
    row = session.execute(text("SELECT value FROM counters WHERE name = :n"), {"n": name}).first()
    return int(row[0]) if row else 0
