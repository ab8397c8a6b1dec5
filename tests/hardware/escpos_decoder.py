"""Turns ESC/POS bytes back into what the paper would show: text rows (decoded through the
selected code page), images, barcodes, QR codes, cuts and drawer kicks, in order.

Only the commands this project sends are understood; anything else is an error, so a test
notices when the renderer starts emitting something unexpected.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from escpos.codepages import CodePages
from PIL import Image

ESC, GS, DLE, LF = 0x1B, 0x1D, 0x10, 0x0A


def page_table(encoding: str) -> list[str]:
    """Characters 128-255 of a code page, as python-escpos defines it."""
    info = CodePages.get_encoding(encoding)
    if "data" in info:
        return list("".join(info["data"]))
    table = []
    for byte in range(128, 256):
        try:
            table.append(bytes([byte]).decode(info["python_encode"]))
        except UnicodeDecodeError:
            table.append("\ufffd")
    return table


@dataclass
class Receipt:
    events: list[tuple[str, object]] = field(default_factory=list)
    resets: int = 0
    pages: list[int] = field(default_factory=list)  # every ESC t n, in order
    status_queries: list[int] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        return [str(value) for kind, value in self.events if kind == "text"]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def of(self, kind: str) -> list[object]:
        return [value for k, value in self.events if k == kind]

    @property
    def cuts(self) -> int:
        return len(self.of("cut"))

    @property
    def drawer_kicks(self) -> list[object]:
        return self.of("drawer")

    @property
    def images(self) -> list[Image.Image]:
        return [v for v in self.of("image") if isinstance(v, Image.Image)]


class Decoder:
    def __init__(self, code_pages: dict[int, str]) -> None:
        self.code_pages = code_pages  # ESC t number -> encoding
        self.page = 0
        self.line: list[str] = []
        self.receipt = Receipt()

    def decode(self, data: bytes) -> Receipt:
        i = 0
        while i < len(data):
            i = self._step(data, i)
        self._end_line(force=False)
        return self.receipt

    def _char(self, byte: int) -> str:
        if byte < 128:
            return chr(byte)
        return page_table(self.code_pages[self.page])[byte - 128]

    def _end_line(self, *, force: bool = True) -> None:
        if self.line or force:
            self.receipt.events.append(("text", "".join(self.line)))
        self.line = []

    def _step(self, data: bytes, i: int) -> int:
        b = data[i]
        if b == LF:
            self._end_line()
            return i + 1
        if b >= 0x20 and b != 0x7F:
            self.line.append(self._char(b))
            return i + 1
        if b == DLE and data[i + 1] == 0x04:
            self.receipt.status_queries.append(data[i + 2])
            return i + 3
        if b == ESC:
            cmd = data[i + 1]
            if cmd == ord("@"):
                self.receipt.resets += 1
                self.page = 0
                return i + 2
            if cmd == ord("t"):
                self.page = data[i + 2]
                self.receipt.pages.append(self.page)
                return i + 3
            if cmd in b"!E-aMG":
                return i + 3
            if cmd == ord("d"):
                self._end_line(force=False)
                self.receipt.events.extend(("text", "") for _ in range(data[i + 2]))
                return i + 3
            if cmd == ord("p"):
                self.receipt.events.append(("drawer", 2 if data[i + 2] in (0, 48) else 5))
                return i + 5
        if b == GS:
            return self._gs(data, i)
        raise ValueError(f"unexpected byte {b:#04x} at {i}: {data[i : i + 8]!r}")

    def _gs(self, data: bytes, i: int) -> int:
        cmd = data[i + 1]
        if cmd == ord("V"):
            self._end_line(force=False)
            self.receipt.events.append(("cut", data[i + 2]))
            return i + (4 if data[i + 2] in (65, 66) else 3)
        if cmd in b"!hwHf":
            return i + 3
        if cmd == ord("k"):
            kind = data[i + 2]
            if kind >= 65:
                n = data[i + 3]
                raw = data[i + 4 : i + 4 + n].decode("ascii")
                self.receipt.events.append(("barcode", _code128_text(raw) if kind == 73 else raw))
                return i + 4 + n
            end = data.index(0, i + 3)
            self.receipt.events.append(("barcode", data[i + 3 : end].decode("ascii")))
            return end + 1
        if cmd == ord("(") and data[i + 2] == ord("k"):
            size = data[i + 3] + 256 * data[i + 4]
            body = data[i + 5 : i + 5 + size]
            if body[1] == 80:  # store the symbol data
                self.receipt.events.append(("qr", body[3:].decode("utf-8")))
            return i + 5 + size
        if cmd == ord("v") and data[i + 2] == ord("0"):
            width_bytes = data[i + 4] + 256 * data[i + 5]
            height = data[i + 6] + 256 * data[i + 7]
            start = i + 8
            raster = data[start : start + width_bytes * height]
            ink = Image.frombytes("1", (width_bytes * 8, height), raster)
            # Raster bits are ink (1 = black); show them as a picture of the paper.
            paper = Image.eval(ink.convert("L"), lambda v: 255 - v)
            self.receipt.events.append(("image", paper))
            return start + width_bytes * height
        raise ValueError(f"unexpected GS command {cmd:#04x} at {i}")


def _code128_text(raw: str) -> str:
    """GS k 73 data starts with a code set ({B) and doubles a literal '{'."""
    assert raw.startswith("{B"), raw
    return raw[2:].replace("{{", "{")


def decode(data: bytes, code_pages: dict[int, str]) -> Receipt:
    return Decoder(code_pages).decode(data)
