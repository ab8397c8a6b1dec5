"""A keyboard-wedge scanner typing into a terminal: each line on a stream (stdin) is a scan.
Used by `kiosk scan-test --scanner wedge://`; the app reads wedge scanners through Qt."""

from __future__ import annotations

import os
import select
from collections.abc import Callable
from datetime import datetime

from hardware.errors import DeviceDisconnected
from hardware.scanning.events import ScanEvent
from hardware.scanning.reader import ScannerReader, utc_now


class StreamScanner(ScannerReader):
    def __init__(
        self,
        fd: int,
        on_scan: Callable[[ScanEvent], None],
        on_problem: Callable[[str], None] | None = None,
        *,
        source: str = "wedge://",
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(source, on_scan, on_problem, now=now)
        self.fd = fd
        self.ended = False  # the stream closed (end of input)
        self._pending = b""

    def _open(self) -> None:
        if self.ended:
            raise DeviceDisconnected("The input ended.")

    def _close(self) -> None:
        pass

    def _read(self, timeout: float) -> list[bytes | str]:
        if not select.select([self.fd], [], [], timeout)[0]:
            return []
        data = os.read(self.fd, 4096)
        if not data:
            self.ended = True
            rest, self._pending = self._pending, b""
            return [rest] if rest.strip() else []
        self._pending += data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        *lines, self._pending = self._pending.split(b"\n")
        return [line for line in lines if line.strip()]
