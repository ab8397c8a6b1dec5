"""A printer-independent description of what to print.

Services build documents (a receipt, a Z report, a test page); the printing layer renders them
to ESC/POS bytes for a given printer profile, or to a PNG for the screen. A document is plain
data and round-trips through JSON, so a print job can be stored before it is sent.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, fields
from typing import Any, Literal


class Align(enum.StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


class Size(enum.StrEnum):
    NORMAL = "normal"
    DOUBLE_HEIGHT = "double_height"
    DOUBLE_WIDTH = "double_width"
    DOUBLE = "double"


@dataclass(frozen=True, slots=True)
class Text:
    text: str
    align: Align = Align.LEFT
    bold: bool = False
    underline: bool = False
    size: Size = Size.NORMAL
    type: Literal["text"] = "text"


@dataclass(frozen=True, slots=True)
class Columns:
    """Two or three cells on one line: first left-aligned, last right-aligned, middle right."""

    cells: tuple[str, ...]
    bold: bool = False
    type: Literal["columns"] = "columns"


@dataclass(frozen=True, slots=True)
class Rule:
    char: str = "-"
    type: Literal["rule"] = "rule"


@dataclass(frozen=True, slots=True)
class Barcode:
    data: str
    symbology: str = "CODE128"
    height: int = 64
    show_text: bool = True
    type: Literal["barcode"] = "barcode"


@dataclass(frozen=True, slots=True)
class QrCode:
    data: str
    size: int = 6
    type: Literal["qr"] = "qr"


@dataclass(frozen=True, slots=True)
class Logo:
    """A resource name (resources/receipt/) or a path to an image file."""

    source: str
    type: Literal["logo"] = "logo"


@dataclass(frozen=True, slots=True)
class Feed:
    lines: int = 1
    type: Literal["feed"] = "feed"


@dataclass(frozen=True, slots=True)
class Cut:
    partial: bool = False
    type: Literal["cut"] = "cut"


@dataclass(frozen=True, slots=True)
class DrawerKick:
    pin: int = 2
    type: Literal["drawer"] = "drawer"


Block = Text | Columns | Rule | Barcode | QrCode | Logo | Feed | Cut | DrawerKick
_BLOCKS: dict[str, type[Any]] = {
    "text": Text,
    "columns": Columns,
    "rule": Rule,
    "barcode": Barcode,
    "qr": QrCode,
    "logo": Logo,
    "feed": Feed,
    "cut": Cut,
    "drawer": DrawerKick,
}
_ENUMS: dict[str, type[enum.StrEnum]] = {"align": Align, "size": Size}
_FIELD_NAMES: dict[type[Any], tuple[str, ...]] = {
    cls: tuple(f.name for f in fields(cls)) for cls in _BLOCKS.values()
}


@dataclass(frozen=True, slots=True)
class Document:
    kind: str  # receipt | refund | pickup | report | test | drawer
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    copy: bool = False  # a reprint: the renderer marks it COPY at the top and bottom

    def to_dict(self) -> dict[str, Any]:
        # Blocks are flat: their StrEnums and tuples are JSON as they are, so no deep copy
        # (dataclasses.asdict) is needed; this runs inside every sale's transaction.
        return {
            "kind": self.kind,
            "copy": self.copy,
            "blocks": [
                {name: getattr(block, name) for name in _FIELD_NAMES[type(block)]}
                for block in self.blocks
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        blocks: list[Block] = []
        for raw in data["blocks"]:
            kind = raw["type"]
            values = {
                k: (_ENUMS[k](v) if k in _ENUMS else tuple(v) if isinstance(v, list) else v)
                for k, v in raw.items()
            }
            blocks.append(_BLOCKS[kind](**values))
        return cls(kind=data["kind"], blocks=tuple(blocks), copy=bool(data.get("copy", False)))

    def as_copy(self) -> Document:
        return Document(kind=self.kind, blocks=self.blocks, copy=True)
