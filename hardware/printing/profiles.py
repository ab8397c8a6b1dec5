"""Printer models, from python-escpos's capability database: columns per font, paper width in
dots, usable code pages and features.

A profile is named like the database ("TM-T20II", "POS-5890", "default"); append ":b" to print
in font B ("TM-T20II:b"). Gaps in the database are filled in here once, so nothing downstream
has to cope with "Unknown": a missing paper width is taken from the font A column count (12 dots
a character), a missing resolution is 180 dpi.
"""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass
from typing import Any, ClassVar

from escpos.capabilities import CAPABILITIES, Profile
from escpos.codepages import CodePages
from escpos.magicencode import Encoder

from hardware.errors import UnknownProfile

FONT_CELL = {"a": (12, 24), "b": (9, 17)}  # dots per character, as on Epson-compatible heads
# Pages tried first for a line, so Western European text lands on one page (no switching).
_PREFERRED = ("CP858", "CP1252", "ISO_8859-15", "CP850", "CP437")


def profile_names() -> list[str]:
    return sorted(CAPABILITIES["profiles"])


class _KioskEscposProfile(Profile):  # type: ignore[misc]
    """An escpos Profile over a completed copy of the database entry (see module docstring)."""

    profile_data: ClassVar[dict[str, Any]] = {}


@dataclass(frozen=True, slots=True)
class PrinterProfile:
    name: str
    font: str  # "a" or "b"
    columns: int  # characters per line in the chosen font
    width_dots: int  # printable width
    dpi: int
    code_pages: tuple[tuple[str, int], ...]  # (encoding, ESC t number), in order of preference
    features: dict[str, bool]
    data: dict[str, Any]  # the completed database entry, for python-escpos
    encoder: Encoder  # python-escpos's per-page character maps, shared (read-only after warm-up)

    @property
    def cell(self) -> tuple[int, int]:
        return FONT_CELL[self.font]

    @property
    def base_code_page(self) -> tuple[str, int]:
        """The page selected after every reset (ESC @ leaves the printer on its own default)."""
        return self.code_pages[0]

    def supports(self, feature: str) -> bool:
        return bool(self.features.get(feature))

    def escpos_profile(self) -> Any:
        cls = type(
            f"Kiosk{self.name.replace('-', '')}Profile",
            (_KioskEscposProfile,),
            {"profile_data": self.data},
        )
        return cls(features=self.data["features"])


def load_profile(spec: str) -> PrinterProfile:
    """`spec` is a profile name, optionally with ":a" or ":b" for the font."""
    name, _, font = spec.strip().partition(":")
    font = (font or "a").lower()
    return _load(name, font)


@functools.lru_cache(maxsize=32)
def _load(name: str, font: str) -> PrinterProfile:
    profiles = CAPABILITIES["profiles"]
    if name not in profiles:
        raise UnknownProfile(
            f"Unknown printer profile {name!r}. Valid profiles: {', '.join(profile_names())}"
        )
    data = copy.deepcopy(profiles[name])
    fonts = data.get("fonts") or {"0": {"columns": 42, "name": "Font A"}}
    index = {"a": "0", "b": "1"}.get(font)
    if index is None or index not in fonts:
        have = ", ".join({"0": "a", "1": "b"}.get(k, k) for k in fonts)
        raise UnknownProfile(f"Printer profile {name!r} has no font {font!r} (it has: {have})")
    columns_a = int(fonts["0"]["columns"])
    media = data.setdefault("media", {})
    width = media.setdefault("width", {})
    if not isinstance(width.get("pixels"), int):
        width["pixels"] = columns_a * FONT_CELL["a"][0]
    if not isinstance(media.get("dpi"), int):
        media["dpi"] = 180
    data["fonts"] = fonts
    pages = _usable_code_pages(data.get("codePages", {}))
    if not pages:
        pages = (("CP437", 0),)
    data["codePages"] = {str(n): enc for enc, n in pages}
    encoder = Encoder(dict(pages))
    for enc, _ in pages:
        encoder.can_encode(enc, "a")  # builds the page's character map now, not mid-receipt
    return PrinterProfile(
        name=name,
        font=font,
        columns=int(fonts[index]["columns"]),
        width_dots=int(width["pixels"]),
        dpi=int(media["dpi"]),
        code_pages=pages,
        features=dict(data.get("features", {})),
        data=data,
        encoder=encoder,
    )


def _usable_code_pages(table: dict[str, str]) -> tuple[tuple[str, int], ...]:
    """Pages python-escpos can encode, each once at its lowest number, preferred ones first.

    The database lists some pages under several numbers (CP437 at 0, 50 and 52 on the POS-5890);
    python-escpos keeps the last, which some clones do not implement.
    """
    lowest: dict[str, int] = {}
    for number, encoding in sorted(table.items(), key=lambda item: int(item[0])):
        if encoding in lowest:
            continue
        try:
            info = CodePages.get_encoding(encoding)
        except KeyError:
            continue
        if "data" in info or "python_encode" in info:
            lowest[encoding] = int(number)
    ordered = sorted(
        lowest.items(),
        key=lambda item: (
            _PREFERRED.index(item[0]) if item[0] in _PREFERRED else len(_PREFERRED),
            item[1],
        ),
    )
    return tuple(ordered)
