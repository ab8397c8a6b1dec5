"""Stockouts: the moment a product's count reaches zero, HQ must hear about it.

Called inside the transaction that moved the stock (a sale, a waste entry, ...), after its own
outbox entry, so the stockout event follows the sale in the kiosk's sequence.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime

from sqlmodel import Session

from kiosk.store import outbox, stock
from kiosk.store.catalog import dbapi
from sync.protocol import StockoutReported


def queue_stockouts(
    session: Session, taken: Mapping[int, int], at: datetime, business_day: str
) -> list[str]:
    """`taken` maps product id to units just removed. Returns the SKUs that ran out."""
    if not taken:
        return []
    levels = stock.on_hand(session, taken)
    emptied = [pid for pid, qty in taken.items() if levels[pid] <= 0 < levels[pid] + qty]
    skus: list[str] = []
    for product_id in emptied:
        row = dbapi(session).execute("SELECT sku FROM products WHERE id = ?", (product_id,))
        sku = row.fetchone()[0]
        report_id = uuid.uuid4().hex
        event = StockoutReported(
            report_id=report_id,
            sku=sku,
            on_hand=levels[product_id],
            occurred_at=at,
            business_day=business_day,
        )
        outbox.emit(session, report_id, event, at)
        skus.append(sku)
    return skus
