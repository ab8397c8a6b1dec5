"""Printing use cases: reprinting a receipt, kicking the cash drawer, and the associate's answer
to a receipt that was cut off. (Opening the drawer without a sale is a shift event:
ShiftService.no_sale. A cash sale's kick is queued by the checkout, inside the sale.)

Each one only writes a print job to the store; the spooler prints it. `notify` (the spooler's
wake) makes that immediate; without it the spooler finds the job within half a second.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import fields
from datetime import datetime
from typing import Any

from sqlalchemy import text

from kiosk.domain.errors import InvalidInput
from kiosk.services.clock import Clock
from kiosk.services.receipts import ReceiptData, receipt_document
from kiosk.store import print_jobs
from kiosk.store.engine import Store
from kiosk.store.sales import LineRow, PaymentRow, SaleRow, load_sale
from kiosk.store.settings import StoreProfile


class PrintingService:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        profile: StoreProfile,
        *,
        notify: Callable[[], None] | None = None,
        drawer_pin: int = 2,
    ) -> None:
        self.store = store
        self.clock = clock
        self.profile = profile
        self.notify = notify or (lambda: None)
        self.drawer_pin = drawer_pin

    def print_receipt(self, sale_id: str, *, copy: bool = True) -> str:
        """Queues the receipt of a stored sale, rebuilt from the sale itself. Returns the job id."""
        job_id = uuid.uuid4().hex
        with self.store.write() as tx:
            loaded = load_sale(tx, sale_id)
            if loaded is None:
                raise InvalidInput(f"There is no sale {sale_id} to print a receipt for.")
            sale, lines, payments = loaded
            names = tx.execute(
                text("SELECT name FROM associates WHERE id = :i"), {"i": sale["associate_id"]}
            ).first()
            data = ReceiptData(
                self.profile,
                _sale_row(sale),
                [_line(line) for line in lines],
                [_payment(payment) for payment in payments],
                str(names[0]) if names else "",
            )
            document = receipt_document(data, copy=copy)
            print_jobs.enqueue(
                tx,
                job_id=job_id,
                kind="receipt",
                document=document,
                at=self.clock.now(),
                reference=sale_id,
            )
        self.notify()
        return job_id

    def kick_drawer(self, sale_id: str | None = None) -> str:
        """After a cash sale. The kick is dropped if it cannot be sent within seconds."""
        job_id = uuid.uuid4().hex
        with self.store.write() as tx:
            self._queue_kick(tx, job_id, sale_id)
        self.notify()
        return job_id

    def _queue_kick(self, tx: Any, job_id: str, reference: str | None) -> None:
        print_jobs.enqueue_drawer_kick(
            tx, reference=reference, at=self.clock.now(), pin=self.drawer_pin, job_id=job_id
        )

    def reprint_interrupted(self, job_id: str) -> str:
        """The associate confirmed: print the whole document again, marked COPY."""
        copy_id = uuid.uuid4().hex
        with self.store.write() as tx:
            try:
                print_jobs.reprint_interrupted(tx, job_id, copy_id, self.clock.now())
            except LookupError:
                raise InvalidInput("That print job is not waiting to be printed again.") from None
        self.notify()
        return copy_id

    def dismiss_interrupted(self, job_id: str, reason: str) -> None:
        with self.store.write() as tx:
            try:
                print_jobs.dismiss_interrupted(tx, job_id, reason.strip() or "dismissed")
            except LookupError:
                raise InvalidInput("That print job is not waiting to be printed again.") from None

    def pending(self) -> list[print_jobs.StoredJob]:
        with self.store.read() as tx:
            return print_jobs.waiting_jobs(tx)


def _sale_row(row: dict[str, Any]) -> SaleRow:
    values = {f.name: row[f.name] for f in fields(SaleRow)}
    created = values["created_at"]
    values["created_at"] = (
        created if isinstance(created, datetime) else datetime.fromisoformat(created)
    )
    return SaleRow(**values)


def _line(row: dict[str, Any]) -> LineRow:
    values = {f.name: row[f.name] for f in fields(LineRow)}
    values["price_overridden"] = bool(values["price_overridden"])
    return LineRow(**values)


def _payment(row: dict[str, Any]) -> PaymentRow:
    return PaymentRow(**{f.name: row[f.name] for f in fields(PaymentRow)})
