"""Stream versions: monotonically increasing numbers minted under a row lock.

`UPDATE counters ... RETURNING` locks the counter row until the transaction ends, so a second
writer of the same stream waits: versions therefore become visible in the order they were
minted, and a reader paging by "version > cursor" never skips a row committed late.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

_BUMP = text("UPDATE counters SET value = value + :n WHERE name = :name RETURNING value")
_CREATE = text("INSERT INTO counters (name, value) VALUES (:name, 0) ON CONFLICT (name) DO NOTHING")


def allocate(session: Session, name: str, count: int = 1) -> int:
    """Reserves `count` versions; returns the first. Call inside the writing transaction."""
    row = session.execute(_BUMP, {"n": count, "name": name}).first()
    if row is None:
        session.execute(_CREATE, {"name": name})
        row = session.execute(_BUMP, {"n": count, "name": name}).one()
    return int(row[0]) - count + 1


def current(session: Session, name: str) -> int:
    row = session.execute(text("SELECT value FROM counters WHERE name = :n"), {"n": name}).first()
    return int(row[0]) if row else 0
