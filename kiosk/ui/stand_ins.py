"""Stand-ins for the printing service and the cash drawer, used until app.py wires real ones.

They behave like the real thing where the store is concerned (a receipt job is stored before
anything "prints", a copy is its own job marked as a copy, the stored original is never queued
twice) and show the receipt as text in the preview panel instead of sending bytes anywhere.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlmodel import Session

from hardware.document import Document
from kiosk.domain.errors import InvalidInput
from kiosk.services.clock import Clock
from kiosk.services.receipts import ReceiptData, receipt_document
from kiosk.store import print_jobs
from kiosk.store.engine import Store
from kiosk.store.models import Associate
from kiosk.store.sales import LineRow, PaymentRow, SaleRow, load_sale
from kiosk.store.settings import StoreProfile
from kiosk.ui.receipt_text import render_text

log = logging.getLogger(__name__)


class StoredReceiptOutput:
    """Queues receipt jobs in the store and hands their text to `show_text`."""

    def __init__(
        self, store: Store, clock: Clock, profile: StoreProfile, show_text: Callable[[str], None]
    ) -> None:
        self.store = store
        self.clock = clock
        self.profile = profile
        self.show_text = show_text

    def print_receipt(self, sale_id: str, copy: bool) -> None:
        with self.store.write() as tx:
            originals = [
                job
                for job in print_jobs.for_reference(tx, sale_id)
                if job.kind == "receipt" and not job.document.copy
            ]
            if originals and not copy:
                document = originals[0].document  # stored with the sale: never queue it twice
            else:
                base = originals[0].document if originals else self._rebuild(tx, sale_id)
                document = base.as_copy() if copy else base
                print_jobs.enqueue(
                    tx,
                    job_id=uuid.uuid4().hex,
                    kind="receipt",
                    document=document,
                    at=self.clock.now(),
                    reference=sale_id,
                )
        self.show_text(render_text(document))

    def _rebuild(self, tx: Session, sale_id: str) -> Document:
        loaded = load_sale(tx, sale_id)
        if loaded is None:
            raise InvalidInput("That sale is not in this till's records")
        sale, lines, payments = loaded
        associate = tx.get(Associate, sale["associate_id"])
        return receipt_document(
            ReceiptData(
                self.profile,
                _sale_row(sale),
                [_line_row(line) for line in lines],
                [PaymentRow(p["method"], p["amount"], p["tendered"], p["change"], p["reference"])
                 for p in payments],
                associate.name if associate else "",
            )
        )  # fmt: skip


class LoggedDrawer:
    """No drawer attached: records the kick in the log and tells the UI."""

    def __init__(self, on_kick: Callable[[str], None] | None = None) -> None:
        self.kicks: list[str] = []
        self.on_kick = on_kick

    def kick_drawer(self, sale_id: str) -> None:
        self.kicks.append(sale_id)
        log.info("cash drawer opened for sale %s (simulated)", sale_id)
        if self.on_kick is not None:
            self.on_kick(sale_id)


def _sale_row(row: dict[str, Any]) -> SaleRow:
    values = {name: row[name] for name in SaleRow.__dataclass_fields__}
    if isinstance(values["created_at"], str):
        values["created_at"] = datetime.fromisoformat(values["created_at"])
    return SaleRow(**values)


def _line_row(row: dict[str, Any]) -> LineRow:
    values = {name: row[name] for name in LineRow.__dataclass_fields__}
    values["price_overridden"] = bool(values["price_overridden"])
    return LineRow(**values)
