"""The receipt printer wired to the store: the job source the spooler reads, and the factory
that builds printer and spooler from the kiosk's settings (used by kiosk.app)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PIL import Image

from hardware.document import Document
from hardware.errors import DeviceError
from hardware.printing.escpos_render import render_escpos
from hardware.printing.factory import open_printer
from hardware.printing.jobs import JobCounts, PrintJob
from hardware.printing.raster import load_logo_file
from hardware.printing.spooler import PrintSpooler, SpoolerStatus, SpoolerTimings
from kiosk.config import KioskConfig
from kiosk.domain.errors import KioskError
from kiosk.services.clock import Clock
from kiosk.store import print_jobs
from kiosk.store.engine import Store

log = logging.getLogger(__name__)
RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources" / "receipt"
SIM_PRINTER_DIR = "printer-sim"  # under the data directory


class StoreJobSource:
    """The spooler's view of the print_jobs table. Every call is one short transaction on the
    calling (spooler) thread, so a sale never waits long behind the printer."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def recover(self, started: datetime) -> None:
        with self.store.write() as tx:
            interrupted, expired = print_jobs.recover_after_restart(tx, started)
        if interrupted or expired:
            log.warning(
                "after restart: %d print job(s) interrupted, %d drawer kick(s) expired",
                interrupted,
                expired,
            )

    def next_job(self) -> PrintJob | None:
        with self.store.read() as tx:
            job = print_jobs.next_queued(tx)
        if job is None:
            return None
        created = job.created_at or self.clock.now()
        return PrintJob(job.id, job.kind, job.document, created, job.attempts)

    def mark_sending(self, job_id: str, rendered: bytes) -> None:
        with self.store.write() as tx:
            if not print_jobs.mark_sending(tx, job_id, rendered):
                raise LookupError(f"print job {job_id} is no longer queued")

    def mark_printed(self, job_id: str) -> None:
        with self.store.write() as tx:
            print_jobs.mark_printed(tx, job_id, self.clock.now())

    def mark_waiting(self, job_id: str, reason: str) -> None:
        with self.store.write() as tx:
            print_jobs.mark_waiting(tx, job_id, reason)

    def mark_interrupted(self, job_id: str, reason: str) -> None:
        with self.store.write() as tx:
            print_jobs.mark_interrupted(tx, job_id, reason)

    def mark_expired(self, job_id: str, reason: str) -> None:
        with self.store.write() as tx:
            print_jobs.mark_expired(tx, job_id, reason)

    def mark_failed(self, job_id: str, reason: str) -> None:
        with self.store.write() as tx:
            print_jobs.mark_failed(tx, job_id, reason)

    def counts(self) -> JobCounts:
        with self.store.read() as tx:
            waiting, interrupted = print_jobs.counts(tx)
        return JobCounts(waiting, interrupted)


def load_receipt_logo(source: str) -> Image.Image | None:
    """A logo named in a document: a file in resources/receipt/, or a path."""
    named = RESOURCES / source
    return load_logo_file(str(named) if named.is_file() else source)


@dataclass
class ReceiptPrinting:
    """What kiosk.app keeps: start() at launch, stop() at exit, wake() after queueing a job."""

    spooler: PrintSpooler

    def start(self) -> None:
        self.spooler.start()

    def stop(self) -> None:
        self.spooler.stop()

    def wake(self) -> None:
        self.spooler.wake()

    @property
    def status(self) -> SpoolerStatus:
        return self.spooler.status


def build_receipt_printing(
    config: KioskConfig,
    store: Store,
    clock: Clock,
    *,
    on_status: Callable[[SpoolerStatus], None] | None = None,
    on_sim_page: Callable[[Path], None] | None = None,
    timings: SpoolerTimings | None = None,
    usb_backend: Any = None,
) -> ReceiptPrinting:
    """Printer and spooler from `config.printer` and `config.printer_profile`. Raises
    KioskError for a bad URL or unknown profile (nothing is opened here)."""
    try:
        printer = open_printer(
            config.printer,
            config.printer_profile,
            usb_backend=usb_backend,
            sim_dir=config.data_dir / SIM_PRINTER_DIR,
            on_sim_page=on_sim_page,
        )
    except DeviceError as exc:
        raise KioskError(f"Printer settings: {exc}") from None
    profile = printer.profile

    def render(document: Document) -> bytes:
        return render_escpos(document, profile, load_receipt_logo)

    spooler = PrintSpooler(
        printer,
        StoreJobSource(store, clock),
        render,
        on_status=on_status,
        timings=timings,
        now=clock.now,
    )
    return ReceiptPrinting(spooler)
