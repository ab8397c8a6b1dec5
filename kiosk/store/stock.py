"""The stock ledger: signed, immutable movements. On-hand is always a sum of them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from kiosk.store.catalog import dbapi
from kiosk.store.types import iso_utc

_INSERT = (
    "INSERT INTO stock_events (event_id, product_id, delta, kind, reference, reason, counted, "
    "associate_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


@dataclass(frozen=True, slots=True)
class Movement:
    event_id: str
    product_id: int
    delta: int
    kind: str  # sale | refund | receive | waste | count | adjust
    reference: str | None = None
    reason: str = ""
    counted: int | None = None


def record(
    session: Session, movements: Sequence[Movement], at: datetime, associate_id: str | None
) -> None:
    stamp = iso_utc(at)
    dbapi(session).executemany(
        _INSERT,
        [
            (
                m.event_id,
                m.product_id,
                m.delta,
                m.kind,
                m.reference,
                m.reason,
                m.counted,
                associate_id,
                stamp,
            )
            for m in movements
        ],
    )


def on_hand(session: Session, product_ids: Iterable[int]) -> dict[int, int]:
    ids = list(product_ids)
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = dbapi(session).execute(
        f"SELECT product_id, COALESCE(SUM(delta), 0) FROM stock_events "
        f"WHERE product_id IN ({marks}) GROUP BY product_id",
        ids,
    )
    found = dict(rows.fetchall())
    return {pid: int(found.get(pid, 0)) for pid in ids}


def low_stock(session: Session, threshold: int, limit: int = 200) -> list[tuple[int, int]]:
    """Active products at or below `threshold` on hand, emptiest first: (product id, on hand)."""
    rows = dbapi(session).execute(
        "SELECT p.id, COALESCE(SUM(e.delta), 0) AS on_hand FROM products p "
        "LEFT JOIN stock_events e ON e.product_id = p.id WHERE p.active "
        "GROUP BY p.id HAVING on_hand <= ? ORDER BY on_hand, p.name LIMIT ?",
        (threshold, limit),
    )
    return [(int(r[0]), int(r[1])) for r in rows]
