"""The stock ledger: signed, immutable movements. On-hand is always a sum of them.

Once HQ has sent a stock snapshot for a product, on-hand is HQ's number plus the movements this
kiosk announced after the sequence the snapshot reflects. A movement is "announced" by the
outbox entry written in the same transaction, whose event id is the movement's `reference`:
every writer of stock events must keep that rule (checkout does: reference = sale id = the
sale.completed event id). Movements never announced (a demo store's opening stock) count only
until a snapshot supersedes them.
"""

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
    conn = dbapi(session)
    marks = ",".join("?" * len(ids))
    snapshot = dict(
        conn.execute(
            f"SELECT p.id, s.on_hand FROM products p JOIN stock_snapshot s ON s.sku = p.sku "
            f"WHERE p.id IN ({marks})",
            ids,
        ).fetchall()
    )
    after_snapshot = dict(
        conn.execute(
            "SELECT e.product_id, SUM(e.delta) FROM stock_events e "
            "JOIN outbox o ON o.event_id = e.reference "
            "JOIN products p ON p.id = e.product_id "
            "JOIN stock_snapshot s ON s.sku = p.sku "
            f"WHERE e.product_id IN ({marks}) AND o.seq > s.reflects_seq GROUP BY e.product_id",
            ids,
        ).fetchall()
    )
    unsnapshotted = [pid for pid in ids if pid not in snapshot]
    ledger: dict[int, int] = {}
    if unsnapshotted:
        rest = ",".join("?" * len(unsnapshotted))
        ledger = dict(
            conn.execute(
                f"SELECT product_id, COALESCE(SUM(delta), 0) FROM stock_events "
                f"WHERE product_id IN ({rest}) GROUP BY product_id",
                unsnapshotted,
            ).fetchall()
        )
    return {
        pid: int(snapshot[pid] + after_snapshot.get(pid, 0))
        if pid in snapshot
        else int(ledger.get(pid, 0))
        for pid in ids
    }


_LOW_STOCK = """
    SELECT p.id,
           CASE WHEN s.sku IS NOT NULL THEN s.on_hand + COALESCE(
                    (SELECT SUM(e.delta) FROM stock_events e
                       JOIN outbox o ON o.event_id = e.reference
                      WHERE e.product_id = p.id AND o.seq > s.reflects_seq), 0)
                ELSE COALESCE(
                    (SELECT SUM(e.delta) FROM stock_events e WHERE e.product_id = p.id), 0)
           END AS level
      FROM products p LEFT JOIN stock_snapshot s ON s.sku = p.sku
     WHERE p.active AND level <= ?
     ORDER BY level, p.name
     LIMIT ?
"""


def low_stock(session: Session, threshold: int, limit: int = 200) -> list[tuple[int, int]]:
    """Active products at or below `threshold` on hand, emptiest first: (product id, on hand).
    The same rule as on_hand: HQ's snapshot plus what was announced after it."""
    rows = dbapi(session).execute(_LOW_STOCK, (threshold, limit))
    return [(int(r[0]), int(r[1])) for r in rows]
