"""`sim://`: a scanner for the demo and tests. Codes come from the URL
(`sim://?codes=4006381333931,K01-000042`) or from `scan()`, e.g. a demo button in the UI."""

from __future__ import annotations

import queue
from collections.abc import Callable, Iterable
from datetime import datetime

from hardware.scanning.events import ScanEvent
from hardware.scanning.reader import ScannerReader, utc_now


class SimulatedScanner(ScannerReader):
    def __init__(
        self,
        on_scan: Callable[[ScanEvent], None],
        on_problem: Callable[[str], None] | None = None,
        *,
        codes: Iterable[bytes | str] = (),
        source: str = "sim://",
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(source, on_scan, on_problem, now=now)
        self._queue: queue.Queue[bytes | str] = queue.Queue()
        for code in codes:
            self._queue.put(code)

    def scan(self, code: bytes | str) -> None:
        """As if the code was scanned now (safe from any thread)."""
        self._queue.put(code)

    def _open(self) -> None:
        pass

    def _close(self) -> None:
        pass

    def _read(self, timeout: float) -> list[bytes | str]:
        try:
            return [self._queue.get(timeout=timeout)]
        except queue.Empty:
            return []
