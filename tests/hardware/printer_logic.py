"""The behaviour shared by the fake printers (serial, TCP, USB): it keeps what it received and
answers DLE EOT status queries from its state, the way an Epson-compatible printer does."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

DLE_EOT = b"\x10\x04"


@dataclass
class FakePrinterLogic:
    paper: str = "ok"  # ok | near_end | out
    cover_open: bool = False
    drawer_pin_high: bool = False
    answers: bool = True  # False: a printer that ignores status queries
    garbage_answers: bool = False
    received: bytearray = field(default_factory=bytearray)
    lock: threading.Lock = field(default_factory=threading.Lock)
    _pending: bytearray = field(default_factory=bytearray)

    def feed(self, data: bytes) -> bytes:
        """Takes bytes from the host; returns the printer's replies to queries among them."""
        with self.lock:
            self.received += data
            self._pending += data
            replies = bytearray()
            while (index := self._pending.find(DLE_EOT)) != -1 and index + 2 < len(self._pending):
                replies += self._answer(self._pending[index + 2])
                del self._pending[: index + 3]
            if DLE_EOT not in self._pending:
                del self._pending[:-2]  # keep a query split across two reads
            return bytes(replies)

    def _answer(self, n: int) -> bytes:
        if not self.answers:
            return b""
        if self.garbage_answers:
            return b"\xff"
        offline = self.cover_open or self.paper == "out"
        if n == 1:
            return bytes([0x12 | (0x08 if offline else 0) | (0x04 if self.drawer_pin_high else 0)])
        if n == 2:
            return bytes(
                [0x12 | (0x04 if self.cover_open else 0) | (0x20 if self.paper == "out" else 0)]
            )
        if n == 4:
            level = {"ok": 0, "near_end": 0x0C, "out": 0x6C}[self.paper]
            return bytes([0x12 | level])
        return b""

    def printed(self) -> bytes:
        """What was received, without the status queries."""
        with self.lock:
            data = bytes(self.received)
        out = bytearray()
        i = 0
        while i < len(data):
            if data.startswith(DLE_EOT, i) and i + 2 < len(data):
                i += 3
                continue
            out.append(data[i])
            i += 1
        return bytes(out)
