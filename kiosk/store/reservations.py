"""Stock reserved for online pickup orders, and what that leaves for walk-in customers.

An order reserves its units from the moment it is pulled until they are handed over here, HQ
cancels or releases it, or its pickup window ends. The kiosk counts its own orders (the ones it
must hand over) from its own tables rather than HQ's snapshot `committed`, which would lag
behind every hand-over made here since the last sync.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from kiosk.store import pickups, stock
from kiosk.store.catalog import dbapi
from kiosk.store.types import iso_utc


@dataclass(frozen=True, slots=True)
class StockLevels:
    on_hand: int
    reserved: int  # for online pickup orders

    @property
    def available(self) -> int:
        """What may still be sold to a walk-in customer (never below zero)."""
        return max(self.on_hand - self.reserved, 0)


def reserved(session: Session, product_ids: Iterable[int], now: datetime) -> dict[int, int]:
    """Units reserved for open pickup orders, by product id (unreserved products left out).

    Checkout calls this for every sale, so it is one indexed query, and a second one only when
    some of the cart is reserved.
    """
    ids = list(product_ids)
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = (
        dbapi(session)
        .execute(
            "SELECT p.id, l.order_id, l.sku, SUM(l.quantity) FROM products p "
            "JOIN pickup_order_lines l ON l.sku = p.sku "
            "JOIN pickup_orders o ON o.order_id = l.order_id "
            f"WHERE p.id IN ({marks}) AND o.status IN ('ready', 'partial') AND o.window_end > ? "
            "GROUP BY p.id, l.order_id, l.sku",
            (*ids, iso_utc(now)),
        )
        .fetchall()
    )
    if not rows:
        return {}
    got = pickups.collected(session, {r[1] for r in rows})
    out: dict[int, int] = {}
    for product_id, order_id, sku, quantity in rows:
        left = int(quantity) - got.get(order_id, {}).get(sku, 0)
        if left > 0:
            out[product_id] = out.get(product_id, 0) + left
    return out


def levels(session: Session, product_ids: Iterable[int], now: datetime) -> dict[int, StockLevels]:
    ids = list(product_ids)
    on_hand = stock.on_hand(session, ids)
    held = reserved(session, ids, now)
    return {pid: StockLevels(on_hand[pid], held.get(pid, 0)) for pid in ids}
