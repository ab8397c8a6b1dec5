"""The scanner from the kiosk's settings (used by kiosk.app).

`wedge://` (the default) is read by the UI from Qt key events through
hardware.scanning.wedge.WedgeDecoder, so there is no reader thread for it. Every other URL gets
a reader thread whose callbacks run on that thread: the app re-posts them to the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hardware.errors import DeviceError
from hardware.scanning.events import ScanEvent
from hardware.scanning.factory import open_scanner, parse_scanner_url
from hardware.scanning.reader import ScannerReader
from kiosk.config import KioskConfig
from kiosk.domain.errors import KioskError


def uses_keyboard_wedge(config: KioskConfig) -> bool:
    return parse_scanner_url(config.scanner).scheme == "wedge"


def build_scanner(
    config: KioskConfig,
    on_scan: Callable[[ScanEvent], None],
    on_problem: Callable[[str], None],
    *,
    usb_backend: Any = None,
) -> ScannerReader | None:
    """A reader to start() at launch and stop() at exit, or None for a keyboard wedge.
    Raises KioskError for a malformed URL (nothing is opened here)."""
    try:
        if uses_keyboard_wedge(config):
            return None
        return open_scanner(config.scanner, on_scan, on_problem, usb_backend=usb_backend)
    except DeviceError as exc:
        raise KioskError(f"Scanner settings: {exc}") from None
