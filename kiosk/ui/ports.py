"""What the UI needs from devices and sync, as small interfaces that app.py fills in.

The UI never imports the hardware layer. The printer port has the shape of
kiosk.services.printing.PrintingService (which the UI uses itself when app.py passes nothing,
so jobs are still stored; without a spooler nothing prints them). Calls into it happen on the
database worker, never on the GUI thread. A cash sale's drawer kick and its receipt are queued
by the checkout itself, inside the sale's transaction.

Status flows the other way: devices and sync report to `DeviceEvents` (implemented by the UI's
status bridge), from any thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from kiosk.store.print_jobs import StoredJob


class ReceiptPrinter(Protocol):
    def pending(self) -> list[StoredJob]:
        """Print jobs that still need something (queued, sending, or interrupted)."""
        ...

    def reprint_interrupted(self, job_id: str) -> str:
        """A job the printer cut off is printed again, whole, marked as a copy."""
        ...

    def dismiss_interrupted(self, job_id: str, reason: str) -> None:
        """The associate decided not to print a cut-off job again."""
        ...

    def print_receipt(self, sale_id: str, *, copy: bool = ...) -> str:
        """Queues a new receipt job for a completed sale, rebuilt from the stored sale, marked
        as a copy or not. Returns the job id. (The original that CheckoutService stores with
        the sale is already queued: the UI calls this only for a receipt declined at first,
        and for reprints.)"""
        ...


class SyncControl(Protocol):
    """The background sync worker, as the sync screen drives it (any thread)."""

    def request_run(self, trigger: str = ...) -> None:
        """Asks for a run now; progress and the outcome come through DeviceEvents."""
        ...


class DeviceEvents(Protocol):
    """Implemented by the UI. Every method may be called from any thread."""

    def printer_state(self, state: str, detail: str = "") -> None:
        """state: "ready" | "busy" | "paper_low" | "paper_out" | "cover_open" | "offline" |
        "error" | "interrupted" | "simulated" | "unknown"; detail: words for the associate."""
        ...

    def scanner_state(self, state: str, detail: str = "") -> None:
        """state: "ready" | "offline" | "error" | "keyboard"."""
        ...

    def receipt_rendered(self, png_path: str) -> None:
        """A (simulated) printer rendered a receipt to this PNG: show it in the preview."""
        ...

    def sync_state(self, online: bool, detail: str = "") -> None:
        """Whether HQ was reachable at the last attempt."""
        ...

    def sync_progress(self, step: str, done: int, total: int, message: str) -> None:
        """A sync run's progress: step "push", "pull:<stream>", "reconcile", or "done" when
        the run ended; total 0 when unknown."""
        ...

    def backlog_changed(self) -> None:
        """Events were pushed or acknowledged: re-read the number waiting to sync."""
        ...

    def scanned(self, code: str) -> None:
        """A scanner read on its own thread (serial, HID) read this code (AIM prefix kept)."""
        ...


class KeyRun(Protocol):
    """Characters the wedge decoder has finished with."""

    @property
    def text(self) -> str: ...


@runtime_checkable
class ScanRun(Protocol):
    """A finished scan (hardware.scanning.wedge.WedgeScan has this shape)."""

    @property
    def text(self) -> str: ...

    @property
    def terminated(self) -> bool: ...


class KeyDecoder(Protocol):
    """Tells a keyboard-wedge scanner from typing (hardware.scanning.wedge.WedgeDecoder)."""

    def feed(self, char: str, at: float) -> Sequence[KeyRun]: ...

    def poll(self, now: float) -> Sequence[KeyRun]: ...

    def deadline(self) -> float | None: ...
