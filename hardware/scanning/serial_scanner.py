"""Scanners on RS-232 or USB-CDC serial ports: each scan is a line ending in CR and/or LF."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from datetime import datetime

import serial

from hardware.backoff import Backoff
from hardware.errors import DeviceDisconnected
from hardware.scanning.events import MAX_SCAN_LENGTH, ScanEvent
from hardware.scanning.reader import ScannerReader, utc_now
from hardware.transports.serial_port import PORT_ERRORS, serial_open_error

UNTERMINATED_AFTER = 2.0  # seconds a partial line may wait for its CR/LF


class SerialScanner(ScannerReader):
    def __init__(
        self,
        path: str,
        on_scan: Callable[[ScanEvent], None],
        on_problem: Callable[[str], None] | None = None,
        *,
        baudrate: int = 9600,
        source: str | None = None,
        now: Callable[[], datetime] = utc_now,
        backoff: Backoff | None = None,
    ) -> None:
        source = source or f"serial://{path}"
        super().__init__(source, on_scan, on_problem, now=now, backoff=backoff)
        self.path = path
        self.baudrate = baudrate
        self._port: serial.Serial | None = None
        self._pending = bytearray()
        self._pending_since = 0.0

    def _open(self) -> None:
        port = serial.Serial(baudrate=self.baudrate, timeout=0, exclusive=True)
        port.port = self.path
        try:
            port.open()
        except serial.SerialException as exc:
            raise serial_open_error(self.path, exc, "scanner") from None
        self._port = port
        self._pending.clear()

    def _close(self) -> None:
        if self._port is not None:
            with contextlib.suppress(*PORT_ERRORS):  # unplugged: nothing to release
                self._port.close()
            self._port = None

    def _read(self, timeout: float) -> list[bytes | str]:
        port = self._port
        assert port is not None
        try:
            if port.timeout != timeout:
                port.timeout = timeout
            data = port.read(max(1, port.in_waiting))
        except PORT_ERRORS as exc:
            raise DeviceDisconnected(
                f"The scanner at {self.path} was disconnected ({exc})."
            ) from None
        return self._lines(bytes(data))

    def _lines(self, data: bytes) -> list[bytes | str]:
        if data and not self._pending:
            self._pending_since = time.monotonic()
        self._pending += data
        scans: list[bytes | str] = []
        while True:
            ends = [i for i in (self._pending.find(b"\r"), self._pending.find(b"\n")) if i >= 0]
            if not ends:
                break
            end = min(ends)
            line = bytes(self._pending[:end])
            del self._pending[: end + 1]
            self._pending_since = time.monotonic()
            if line:
                scans.append(line)
        if len(self._pending) > MAX_SCAN_LENGTH * 4:
            self._pending.clear()
            self._problem(
                "The scanner sent a long stream without an end of line, which was dropped. "
                "Set it to end each scan with CR or LF."
            )
        elif self._pending and time.monotonic() - self._pending_since > UNTERMINATED_AFTER:
            self._pending.clear()
            self._problem(
                "The scanner sent a code without an end of line, which was dropped. "
                "Set it to end each scan with CR or LF."
            )
        return scans
