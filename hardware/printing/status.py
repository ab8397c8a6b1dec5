"""Reading a printer's state with the real-time DLE EOT queries.

Each query is answered with one byte whose fixed bits (bit 1 and 4 set, bit 0 and 7 clear) let
us tell a real answer from line noise. The input buffer is flushed first so a stale byte (an
earlier late answer, automatic status back) is never taken for this answer. No answer within
the limit means "unknown": a printer that says nothing is never reported as having paper.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from hardware.transports.base import Transport, read_exactly

DLE_EOT = b"\x10\x04"
REPLY_TIMEOUT = 1.0
_FIXED_MASK, _FIXED_BITS = 0x93, 0x12


class Paper(enum.StrEnum):
    OK = "ok"
    NEAR_END = "near_end"
    OUT = "out"


@dataclass(frozen=True, slots=True)
class PrinterStatus:
    answered: bool  # False: no (valid) answer, everything else is unknown
    online: bool | None = None
    cover_open: bool | None = None
    paper: Paper | None = None
    drawer_open: bool | None = None
    error: bool | None = None  # cutter jam, overheating, ...
    detail: str = ""  # why the status is unknown

    @classmethod
    def unknown(cls, detail: str) -> PrinterStatus:
        return cls(answered=False, detail=detail)

    @property
    def ready(self) -> bool:
        return bool(
            self.answered
            and self.online
            and not self.cover_open
            and self.paper is not Paper.OUT
            and not self.error
        )

    def problem(self) -> str | None:
        """What stops printing, in words for the associate; None when it can print."""
        if not self.answered:
            return f"The printer does not answer ({self.detail}). Check that it is on."
        if self.cover_open:
            return "The printer cover is open. Close it to print."
        if self.paper is Paper.OUT:
            return "The printer is out of paper. Load a new roll to print."
        if self.error:
            return (
                "The printer reports an error (paper jam or cutter). Open it, clear it, close it."
            )
        if not self.online:
            return "The printer is offline. Check it (the feed button may be held)."
        return None


def _valid(byte: int) -> bool:
    return byte & _FIXED_MASK == _FIXED_BITS


def _ask(transport: Transport, n: int, timeout: float) -> int | None:
    transport.write(DLE_EOT + bytes([n]), timeout)
    reply = read_exactly(transport, 1, timeout)
    if not reply or not _valid(reply[0]):
        return None
    return reply[0]


def query_status(
    transport: Transport, *, timeout: float = REPLY_TIMEOUT, drawer_open_high: bool = True
) -> PrinterStatus:
    """Asks DLE EOT 1 (printer), 2 (offline cause) and 4 (paper sensor).

    Raises DeviceError when the connection itself fails (unplugged); returns an unknown status
    when the printer is connected but does not answer.
    """
    if not transport.can_read:
        return PrinterStatus.unknown("this connection cannot read the printer's answers")
    transport.discard_input()
    printer = _ask(transport, 1, timeout)
    if printer is None:
        return PrinterStatus.unknown(f"no answer to a status query within {timeout:g} s")
    offline = _ask(transport, 2, timeout)
    paper = _ask(transport, 4, timeout)
    if offline is None or paper is None:
        return PrinterStatus.unknown("the printer answered only part of the status queries")
    pin3_high = bool(printer & 0x04)
    if paper & 0x60 == 0x60 or offline & 0x20:
        level = Paper.OUT
    elif paper & 0x0C == 0x0C:
        level = Paper.NEAR_END
    else:
        level = Paper.OK
    return PrinterStatus(
        answered=True,
        online=not printer & 0x08,
        cover_open=bool(offline & 0x04),
        paper=level,
        drawer_open=pin3_high if drawer_open_high else not pin3_high,
        error=bool(offline & 0x40) and not offline & 0x24,  # cover or paper explain it already
    )
