"""Helpers for spooler tests: a running spooler over the real store, sales from the real
checkout, and waiting for a condition with a deadline."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import text

from hardware.printing.device import PrinterDevice
from hardware.printing.escpos_render import render_escpos
from hardware.printing.spooler import PrintSpooler, SpoolerStatus, SpoolerTimings
from kiosk.devices.printing import StoreJobSource
from kiosk.domain.payment import Tender, TenderMethod
from kiosk.services.checkout import CompletedSale
from kiosk.services.clock import ManualClock
from kiosk.services.simulate import Simulator
from kiosk.store import print_jobs
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile

FAST = SpoolerTimings(
    status_interval=0.05, queue_check=0.02, drawer_ttl=10.0, backoff_first=0.05, backoff_max=0.2
)


def wait_for(condition: Callable[[], object], timeout: float = 5.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.01)
    raise AssertionError(f"timed out waiting for {what or condition}")


@dataclass
class StatusLog:
    seen: list[SpoolerStatus] = field(default_factory=list)

    def __call__(self, status: SpoolerStatus) -> None:
        self.seen.append(status)

    def any(self, predicate: Callable[[SpoolerStatus], bool]) -> bool:
        return any(predicate(s) for s in list(self.seen))


@contextmanager
def running_spooler(
    printer: PrinterDevice, store: Store, clock: ManualClock, log: StatusLog | None = None
) -> Iterator[PrintSpooler]:
    spooler = PrintSpooler(
        printer,
        StoreJobSource(store, clock),
        lambda document: render_escpos(document, printer.profile),
        on_status=log,
        timings=FAST,
        now=clock.now,
    )
    spooler.start()
    try:
        yield spooler
    finally:
        spooler.stop()


def paid_sale(
    store: Store,
    clock: ManualClock,
    profile: StoreProfile,
    lines: int = 2,
    method: TenderMethod = TenderMethod.CARD,
) -> CompletedSale:
    """A sale with its receipt queued; paid by card unless asked (cash also queues a kick)."""
    simulator = Simulator(store, clock, profile, seed=7)
    session = simulator.basket(lines)
    total = session.cart.priced().total.minor
    reference = "A12345" if method is TenderMethod.CARD else None
    return simulator.checkout.complete_sale(session, [Tender(method, total, reference)])


def job_state(store: Store, job_id: str) -> print_jobs.StoredJob:
    with store.read() as tx:
        job = print_jobs.get(tx, job_id)
    assert job is not None
    return job


def sale_is_intact(store: Store, sale: CompletedSale) -> bool:
    with store.read() as tx:
        row = tx.execute(
            text("SELECT total, receipt_no FROM sales WHERE id = :i"), {"i": sale.sale_id}
        ).first()
        lines = tx.execute(
            text("SELECT COUNT(*) FROM sale_lines WHERE sale_id = :i"), {"i": sale.sale_id}
        ).scalar()
        outbox = tx.execute(
            text("SELECT COUNT(*) FROM outbox WHERE event_id = :i"), {"i": sale.sale_id}
        ).scalar()
    return (
        row is not None
        and tuple(row) == (sale.total, sale.receipt_no)
        and bool(lines)
        and outbox == 1
    )
