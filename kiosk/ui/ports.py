"""What the UI needs from devices and sync, as small interfaces app.py fills in.

The UI never imports the hardware layer. app.py hands it objects with these shapes: the real
printing service and drawer when the hardware layer is wired, or the stand-ins in
`stand_ins.py` until then. Calls into a port happen on the database worker (never on the GUI
thread), one at a time, after the sale they concern is committed.

Status flows the other way: devices and sync report to `DeviceEvents` (implemented by the UI's
status bridge), from any thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable


class ReceiptOutput(Protocol):
    def print_receipt(self, sale_id: str, copy: bool) -> None:
        """Prints the receipt of a completed sale.

        copy=False prints the original: the job CheckoutService stored with the sale if there is
        one (it must not be printed twice), otherwise a new job. copy=True prints a reprint
        marked as a copy. Raises a KioskError with a message for the associate if the job
        cannot even be queued; a printer fault later is reported through DeviceEvents.
        """
        ...


class CashDrawer(Protocol):
    def kick_drawer(self, sale_id: str) -> None:
        """Opens the drawer for a completed cash sale (recorded so it is never replayed)."""
        ...


class DeviceEvents(Protocol):
    """Implemented by the UI. Every method may be called from any thread."""

    def printer_state(self, state: str, detail: str = "") -> None:
        """state: "ready" | "busy" | "paper_low" | "paper_out" | "cover_open" | "offline" |
        "error" | "simulated"."""
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

    def backlog_changed(self) -> None:
        """Events were pushed or acknowledged: re-read the number waiting to sync."""
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
