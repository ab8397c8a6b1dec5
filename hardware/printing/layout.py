"""Lays a document out on the paper: which characters go on which row, at which width.

Both renderers (ESC/POS bytes and the PNG preview) print exactly these rows, so the preview
shows the receipt the printer will produce, line for line.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from hardware.document import (
    Align,
    Barcode,
    Columns,
    Cut,
    Document,
    DrawerKick,
    Feed,
    Logo,
    QrCode,
    Rule,
    Size,
    Text,
)
from hardware.printing.profiles import PrinterProfile

COPY_MARK = "*** COPY ***"
_WIDE = (Size.DOUBLE, Size.DOUBLE_WIDTH)
_TALL = (Size.DOUBLE, Size.DOUBLE_HEIGHT)
# Control characters in a product name or header would reach the printer as commands.
_CONTROL = dict.fromkeys([*range(32), 127], " ")


@dataclass(frozen=True, slots=True)
class TextRow:
    text: str
    align: Align = Align.LEFT
    bold: bool = False
    underline: bool = False
    size: Size = Size.NORMAL

    @property
    def scale(self) -> tuple[int, int]:
        return (2 if self.size in _WIDE else 1, 2 if self.size in _TALL else 1)


Row = TextRow | Barcode | QrCode | Logo | Feed | Cut | DrawerKick


def layout(document: Document, profile: PrinterProfile) -> list[Row]:
    rows: list[Row] = []
    if document.copy:
        rows.append(_copy_row())
    for block in document.blocks:
        match block:
            case Text():
                rows.extend(_text_rows(block, profile.columns))
            case Columns():
                rows.extend(
                    TextRow(line, bold=block.bold)
                    for line in columns_lines(block.cells, profile.columns)
                )
            case Rule():
                char = clean(block.char)[:1] or "-"
                rows.append(TextRow(char * profile.columns))
            case _:
                rows.append(block)
    if document.copy:
        rows.insert(_before_trailing_cut(rows), _copy_row())
    return rows


def clean(text: str) -> str:
    return text.translate(_CONTROL)


def _copy_row() -> TextRow:
    return TextRow(COPY_MARK, align=Align.CENTER, bold=True, size=Size.DOUBLE)


def _before_trailing_cut(rows: list[Row]) -> int:
    """The COPY mark at the bottom goes above the final feed and cut, not after them."""
    index = len(rows)
    while index > 0 and isinstance(rows[index - 1], Cut | Feed | DrawerKick):
        index -= 1
    return index


def _text_rows(block: Text, columns: int) -> list[TextRow]:
    width = columns // 2 if block.size in _WIDE else columns
    rows: list[TextRow] = []
    for paragraph in clean_lines(block.text):
        for line in wrap(paragraph, width):
            rows.append(TextRow(line, block.align, block.bold, block.underline, block.size))
    return rows


def clean_lines(text: str) -> list[str]:
    return [clean(line) for line in text.split("\n")] or [""]


def wrap(text: str, width: int) -> list[str]:
    """Word-wraps to `width`, keeping leading indentation; an empty line stays one row."""
    if len(text) <= width:
        return [text.rstrip()]
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]


def columns_lines(cells: tuple[str, ...], width: int) -> list[str]:
    """Two or three cells on a row: first left-aligned, the others right-aligned in fixed
    columns, so amounts line up down the receipt. A first cell that does not fit wraps above."""
    cells = tuple(clean(c).strip() if i else clean(c).rstrip() for i, c in enumerate(cells))
    if len(cells) == 1:
        return wrap(cells[0], width)
    right_cells = cells[1:]
    slot = max(8, width // 4)
    right = " ".join(c.rjust(slot) for c in right_cells)
    if len(right) >= width:
        return wrap(cells[0], width) + [line.rjust(width) for line in wrap(right, width)]
    room = width - len(right) - 1
    if len(cells[0]) > room and room < width // 3:
        # Too little room beside a wide right part: the label gets the row above to itself.
        return [*wrap(cells[0], width), right.rjust(width)]
    first = wrap(cells[0], room) if len(cells[0]) > room else [cells[0]]
    *above, last = first
    return [*above, last.ljust(room) + " " + right]
