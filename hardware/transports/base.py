"""What every printer connection offers: open, close, and reads and writes that each carry their
own deadline. Nothing here may block without one: a printer that stops answering must cost the
spooler a bounded wait, never its thread."""

from __future__ import annotations

import time
from typing import Protocol

WRITE_TIMEOUT = 10.0  # seconds for one chunk; a receipt is a few kilobytes
CHUNK = 4096


class Transport(Protocol):
    url: str
    can_read: bool  # False for write-only connections (file://), which cannot report status

    def open(self) -> None: ...

    def close(self) -> None: ...

    def write(self, data: bytes, timeout: float) -> None:
        """Sends all of `data` or raises a DeviceError whose `partial` says whether any of it
        may have reached the device."""
        ...

    def read(self, size: int, timeout: float) -> bytes:
        """Up to `size` bytes; b"" when nothing arrived within `timeout` seconds."""
        ...

    def discard_input(self) -> None:
        """Drops bytes already waiting (stale status replies), so the next read is fresh."""
        ...


def read_exactly(transport: Transport, size: int, timeout: float) -> bytes:
    """Reads until `size` bytes arrived or `timeout` passed; returns what arrived."""
    deadline = time.monotonic() + timeout
    data = b""
    while len(data) < size:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        data += transport.read(size - len(data), left)
    return data
