"""The print spooler: one thread per printer that alone touches the device.

It connects (and reconnects with backoff), polls the status while idle, and prints stored jobs
one at a time. Nothing it meets (an unplugged cable, an empty roll, a database hiccup) escapes
the thread: faults become job states and a status published through `on_status`, which the
UI shows. The callback runs on the spooler's thread; a Qt caller re-posts it to the UI thread.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from hardware.backoff import Backoff
from hardware.document import Document
from hardware.errors import DeviceError
from hardware.printing.device import PrinterDevice
from hardware.printing.jobs import DRAWER_KIND, JobCounts, JobSource, PrintJob
from hardware.printing.status import Paper, PrinterStatus

log = logging.getLogger(__name__)


class SpoolerState(enum.StrEnum):
    STARTING = "starting"
    READY = "ready"
    PRINTING = "printing"
    WAITING = "waiting"  # the printer answers but cannot print (paper, cover)
    OFFLINE = "offline"  # not connected, or not answering
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class SpoolerStatus:
    state: SpoolerState
    message: str  # for the associate: what is wrong and what to do, or that all is well
    printer: PrinterStatus | None = None
    waiting_jobs: int = 0
    interrupted_jobs: int = 0


@dataclass(frozen=True, slots=True)
class SpoolerTimings:
    status_interval: float = 1.5  # idle status polls
    queue_check: float = 0.5  # how often the queue is looked at without a wake()
    drawer_ttl: float = 10.0  # a drawer kick older than this is dropped, never sent late
    backoff_first: float = 1.0
    backoff_max: float = 30.0


def utc_now() -> datetime:
    return datetime.now(UTC)


class PrintSpooler:
    def __init__(
        self,
        printer: PrinterDevice,
        jobs: JobSource,
        render: Callable[[Document], bytes],
        *,
        on_status: Callable[[SpoolerStatus], None] | None = None,
        timings: SpoolerTimings | None = None,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self.printer = printer
        self.jobs = jobs
        self.render = render
        self.on_status = on_status
        self.timings = timings or SpoolerTimings()
        self.now = now
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._backoff = Backoff(self.timings.backoff_first, self.timings.backoff_max)
        self._connected = False
        self._retry_at = 0.0
        self._next_poll = 0.0
        self._printer_status: PrinterStatus | None = None
        self._status = SpoolerStatus(SpoolerState.STARTING, "Connecting to the printer…")
        self._started = now()

    # -- called from other threads ------------------------------------------------------------

    @property
    def status(self) -> SpoolerStatus:
        return self._status

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("the spooler is already running")
        self._started = self.now()
        self._thread = threading.Thread(
            target=self._run, name=f"print-spooler {self.printer.url}", daemon=False
        )
        self._thread.start()

    def wake(self) -> None:
        """A job was queued: look at the queue now rather than at the next check."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.error("the print spooler for %s did not stop in time", self.printer.url)
            self._thread = None

    # -- the spooler thread -------------------------------------------------------------------

    def _run(self) -> None:
        self._guarded(self.jobs.recover, self._started)
        try:
            while not self._stop.is_set():
                self._step()
                self._wake.wait(self._idle_wait())
                self._wake.clear()
        finally:
            if self._connected:
                self.printer.disconnect()
            self._publish(SpoolerState.STOPPED, "The printer is not in use.")

    def _step(self) -> None:
        now = time.monotonic()
        if not self._connected:
            if now < self._retry_at:
                return
            self._connect()
            if not self._connected:
                return
        job = self._guarded(self.jobs.next_job) if self._can_print() else None
        if isinstance(job, PrintJob):
            self._print(job)
        elif time.monotonic() >= self._next_poll:
            self._poll_status()

    def _idle_wait(self) -> float:
        now = time.monotonic()
        if not self._connected:
            return max(0.0, min(self._retry_at - now, self.timings.queue_check))
        return max(0.0, min(self._next_poll - now, self.timings.queue_check))

    def _connect(self) -> None:
        try:
            self.printer.connect()
        except DeviceError as exc:
            self._lost(exc)
            return
        self._connected = True
        self._backoff.reset()
        self._poll_status()

    def _lost(self, exc: DeviceError) -> None:
        if self._connected:
            self.printer.disconnect()
        self._connected = False
        self._printer_status = None
        delay = self._backoff.next_delay()
        self._retry_at = time.monotonic() + delay
        log.warning("printer %s: %s (retrying in %.0f s)", self.printer.url, exc, delay)
        self._publish(SpoolerState.OFFLINE, f"{exc} Trying again in {delay:.0f} s.")

    def _poll_status(self) -> PrinterStatus | None:
        self._next_poll = time.monotonic() + self.timings.status_interval
        try:
            status = self.printer.status()
        except DeviceError as exc:
            self._lost(exc)
            return None
        self._printer_status = status
        self._publish_printer_state()
        return status

    def _can_print(self) -> bool:
        status = self._printer_status
        if not self.printer.can_report_status:
            return True  # a write-only printer: sending is the only way to find out
        return status is not None and status.ready

    def _publish_printer_state(self) -> None:
        status = self._printer_status
        problem = status.problem() if status is not None else None
        if status is not None and self.printer.can_report_status and problem is not None:
            state = SpoolerState.WAITING if status.answered else SpoolerState.OFFLINE
            self._publish(state, problem)
        elif status is not None and status.paper is Paper.NEAR_END:
            self._publish(SpoolerState.READY, "The paper is running low. Have a new roll ready.")
        else:
            self._publish(SpoolerState.READY, "The printer is ready.")

    def _print(self, job: PrintJob) -> None:
        if job.kind == DRAWER_KIND and self._expired(job):
            self._guarded(
                self.jobs.mark_expired,
                job.id,
                f"Not sent: the drawer kick was more than {self.timings.drawer_ttl:g} s old.",
            )
            return
        try:
            data = self.render(job.document)
        except Exception as exc:  # a document that cannot be rendered will never print
            log.exception("print job %s cannot be rendered", job.id)
            self._guarded(
                self.jobs.mark_failed, job.id, f"The receipt could not be laid out: {exc}"
            )
            return
        if self._guarded(self.jobs.mark_sending, job.id, data) is _FAILED:
            return  # not stored as sending: do not send it either
        self._publish(SpoolerState.PRINTING, "Printing…")
        try:
            self.printer.send(job.document, data)
        except DeviceError as exc:
            self._send_failed(job, exc)
            self._lost(exc)
            return
        self._confirm(job)

    def _expired(self, job: PrintJob) -> bool:
        return (self.now() - job.created_at).total_seconds() > self.timings.drawer_ttl

    def _send_failed(self, job: PrintJob, exc: DeviceError) -> None:
        if job.kind == DRAWER_KIND:
            if exc.partial:  # it may have opened; never kick twice
                self._guarded(self.jobs.mark_expired, job.id, f"{exc} The kick was not repeated.")
            else:
                self._guarded(self.jobs.mark_waiting, job.id, str(exc))
        elif exc.partial:
            self._guarded(
                self.jobs.mark_interrupted,
                job.id,
                f"{exc} The receipt may be cut off: confirm to print it again as a COPY.",
            )
        else:
            self._guarded(self.jobs.mark_waiting, job.id, str(exc))

    def _confirm(self, job: PrintJob) -> None:
        """After sending, ask the printer whether it is still fine; if it ran out of paper or
        went away, the receipt may be incomplete and the associate decides."""
        if job.kind == DRAWER_KIND or not self.printer.can_report_status:
            self._guarded(self.jobs.mark_printed, job.id)
            self._publish_printer_state()
            return
        after = self._poll_status()
        if after is None or not after.answered:
            why = "The printer stopped answering right after the receipt was sent."
        elif after.paper is Paper.OUT or after.cover_open:
            why = after.problem() or ""
        else:
            self._guarded(self.jobs.mark_printed, job.id)
            self._publish_printer_state()
            return
        self._guarded(
            self.jobs.mark_interrupted,
            job.id,
            f"{why} The receipt may be incomplete: confirm to print it again as a COPY.",
        )
        if after is not None:
            self._publish_printer_state()

    def _publish(self, state: SpoolerState, message: str) -> None:
        counts = self._guarded(self.jobs.counts)
        if not isinstance(counts, JobCounts):
            counts = JobCounts(self._status.waiting_jobs, self._status.interrupted_jobs)
        status = replace(
            self._status,
            state=state,
            message=message,
            printer=self._printer_status,
            waiting_jobs=counts.waiting,
            interrupted_jobs=counts.interrupted,
        )
        if status == self._status:
            return
        self._status = status
        if self.on_status is not None:
            try:
                self.on_status(status)
            except Exception:  # a broken listener must not stop the printing
                log.exception("print status listener failed")

    def _guarded(self, call: Callable[..., object], *args: object) -> object:
        """Runs one job-source call; a storage error is logged and the spooler carries on."""
        try:
            return call(*args)
        except Exception:
            log.exception("print queue storage failed in %s", getattr(call, "__name__", call))
            return _FAILED


_FAILED = object()
