"""What a scan becomes, whichever scanner read it: the code, its symbology (from an AIM prefix
when the scanner sends one), where it came from and when.

This is the device-side clean-up only: terminators stripped, the AIM prefix split off, GS1
separator stand-ins turned into the real separator (GS, 0x1D), and input that cannot be a
barcode (binary noise from a wrong baud rate, runaway data) refused with a message. What the
code *means* (GTIN, GS1, receipt number) is the domain's business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

MAX_SCAN_LENGTH = 512  # a signed pickup QR code is the longest thing a till reads
GS = "\x1d"
# Keyboard layouts and scanner settings replace the invisible group separator in many ways.
GS_STAND_INS = ("<GS>", "{GS}", "[GS]", "\u241d", "\\x1d", "\\x1D", "^]")
_AIM = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_AIM_NAMES = {
    "A": "Code 39",
    "C": "Code 128",
    "E": "EAN/UPC",
    "F": "Codabar",
    "G": "Code 93",
    "I": "Interleaved 2 of 5",
    "L": "PDF417",
    "Q": "QR Code",
    "d": "Data Matrix",
    "e": "GS1 DataBar",
    "z": "Aztec",
}
_AIM_EXACT = {
    "]C1": "GS1-128",
    "]E0": "EAN-13",
    "]E4": "EAN-8",
    "]d2": "GS1 DataMatrix",
    "]Q3": "GS1 QR Code",
}


@dataclass(frozen=True, slots=True)
class ScanEvent:
    code: str  # normalised: no terminator, no AIM prefix, GS1 separators as GS
    symbology: str | None  # "EAN-13", "GS1-128", "QR Code", ... when the scanner said
    aim: str | None  # the AIM identifier as sent ("]E0"), for the domain's rules
    raw: str  # what arrived, decoded, for logs and the scan-test tool
    source: str  # the scanner's URL
    at: datetime

    @property
    def labelled(self) -> str:
        """The code with its AIM identifier, as the domain's classifier takes it."""
        return (self.aim or "") + self.code


class RejectedScan(ValueError):
    """Input a scanner sent that is not a barcode. The message says what to do."""

    def __init__(self, message: str, raw: bytes | str, source: str) -> None:
        super().__init__(message)
        self.raw = raw
        self.source = source


def scan_event(data: bytes | str, source: str, at: datetime) -> ScanEvent:
    if isinstance(data, bytes):
        try:
            raw = data.decode("utf-8")
        except UnicodeDecodeError:
            raise RejectedScan(
                "The scanner sent unreadable (binary) data. Check that its baud rate and "
                "interface settings match the kiosk's, then scan again.",
                data,
                source,
            ) from None
    else:
        raw = data
    text = raw.strip("\r\n\t ")
    if not text:
        raise RejectedScan("The scan was empty. Scan again.", data, source)
    if len(text) > MAX_SCAN_LENGTH:
        raise RejectedScan(
            f"The scan was too long ({len(text)} characters) to be a barcode. Scan again.",
            data,
            source,
        )
    aim = None
    if _AIM.match(text):
        aim, text = text[:3], text[3:]
    for stand_in in GS_STAND_INS:
        text = text.replace(stand_in, GS)
    if any((ord(c) < 32 and c != GS) or ord(c) == 127 or c == "\ufffd" for c in text):
        raise RejectedScan(
            "The scan contained control characters, so it is not a barcode. Check the "
            "scanner's settings and scan again.",
            data,
            source,
        )
    if not text.strip(GS):
        raise RejectedScan("The scan was empty. Scan again.", data, source)
    symbology = None
    if aim is not None:
        symbology = _AIM_EXACT.get(aim) or _AIM_NAMES.get(aim[1], f"AIM {aim}")
    return ScanEvent(text, symbology, aim, raw, source, at)
