"""Gapless counters: receipt numbers, the outbox sequence, Z numbers."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

_NEXT = text(
    "INSERT INTO counters (name, value) VALUES (:name, 1) "
    "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value"
)


def next_value(session: Session, name: str) -> int:
    """The next number of `name`. Call inside a write transaction: a rollback returns it."""
    return int(session.execute(_NEXT, {"name": name}).scalar_one())


def current_value(session: Session, name: str) -> int:
    row = session.execute(text("SELECT value FROM counters WHERE name = :n"), {"n": name}).first()
    return int(row[0]) if row else 0
