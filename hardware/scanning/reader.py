"""A scanner reader: one thread that owns the device, turns what it sends into scan events and
survives everything the device does (garbage, unplugging, permission changes).

Subclasses open the device, read what has arrived (with a timeout, so stop() is prompt) and
close it. Problems reach `on_problem` as sentences for the associate; scans reach `on_scan`.
Both callbacks run on the reader's thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from hardware.backoff import Backoff
from hardware.errors import DeviceError
from hardware.scanning.events import RejectedScan, ScanEvent, scan_event

log = logging.getLogger(__name__)
POLL = 0.2  # seconds a read may wait, which bounds how long stop() waits


def utc_now() -> datetime:
    return datetime.now(UTC)


class ScannerReader:
    def __init__(
        self,
        source: str,
        on_scan: Callable[[ScanEvent], None],
        on_problem: Callable[[str], None] | None = None,
        *,
        now: Callable[[], datetime] = utc_now,
        backoff: Backoff | None = None,
    ) -> None:
        self.source = source
        self.on_scan = on_scan
        self.on_problem = on_problem
        self.now = now
        self.backoff = backoff or Backoff(1.0, 30.0)
        self.connected = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- subclass hooks -----------------------------------------------------------------------

    def _open(self) -> None:
        raise NotImplementedError

    def _close(self) -> None:
        raise NotImplementedError

    def _read(self, timeout: float) -> list[bytes | str]:
        """Complete scans that arrived within `timeout`; raise DeviceError if the device went."""
        raise NotImplementedError

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name=f"scanner {self.source}")
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                if not self.connected and not self._connect():
                    continue
                try:
                    scans = self._read(POLL)
                except DeviceError as exc:
                    self._disconnect(str(exc))
                    continue
                for data in scans:
                    self._deliver(data)
        finally:
            if self.connected:
                self._close()
                self.connected = False

    def _connect(self) -> bool:
        try:
            self._open()
        except DeviceError as exc:
            self._problem(str(exc))
            self._stop.wait(self.backoff.next_delay())
            return False
        self.connected = True
        self.backoff.reset()
        return True

    def _disconnect(self, why: str) -> None:
        self._close()
        self.connected = False
        self._problem(why)
        self._stop.wait(self.backoff.next_delay())

    def _deliver(self, data: bytes | str) -> None:
        try:
            event = scan_event(data, self.source, self.now())
        except RejectedScan as exc:
            log.info("scan rejected from %s: %r", self.source, exc.raw)
            self._problem(str(exc))
            return
        try:
            self.on_scan(event)
        except Exception:  # a failing listener must not stop the scanner
            log.exception("scan listener failed")

    def _problem(self, message: str) -> None:
        log.warning("scanner %s: %s", self.source, message)
        if self.on_problem is not None:
            try:
                self.on_problem(message)
            except Exception:
                log.exception("scanner problem listener failed")
