"""A receipt document drawn as monospaced text, for the on-screen preview.

The hardware layer renders documents to ESC/POS and to PNG; until a simulated printer hands the
UI a PNG, this shows what would have printed, at a typical 42-column width.
"""

from __future__ import annotations

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
    Text,
)

WIDTH = 42


def _aligned(text: str, align: Align) -> str:
    if align is Align.CENTER:
        return text.center(WIDTH).rstrip()
    if align is Align.RIGHT:
        return text.rjust(WIDTH)
    return text


def _columns(cells: tuple[str, ...]) -> str:
    if len(cells) == 1:
        return cells[0]
    right = cells[-1]
    middle = " ".join(cells[1:-1])
    left = cells[0]
    room = WIDTH - len(right) - (len(middle) + 1 if middle else 0) - 1
    left = left[:room] if len(left) > room else left
    fill = WIDTH - len(left) - len(right) - (len(middle) + 1 if middle else 0)
    return left + " " * max(1, fill) + (middle + " " if middle else "") + right


def render_text(document: Document) -> str:
    lines: list[str] = []
    if document.copy:
        lines.append(_aligned("*** COPY ***", Align.CENTER))
    for block in document.blocks:
        if isinstance(block, Text):
            lines.append(_aligned(block.text.upper() if block.bold else block.text, block.align))
        elif isinstance(block, Columns):
            lines.append(_columns(block.cells))
        elif isinstance(block, Rule):
            lines.append(block.char * WIDTH)
        elif isinstance(block, Barcode):
            lines.append(_aligned(f"||| {block.data} |||", Align.CENTER))
        elif isinstance(block, QrCode):
            lines.append(_aligned("[QR]", Align.CENTER))
        elif isinstance(block, Logo):
            lines.append(_aligned("[logo]", Align.CENTER))
        elif isinstance(block, Feed):
            lines.extend([""] * block.lines)
        elif isinstance(block, Cut):
            lines.append("- " * (WIDTH // 2))
        elif isinstance(block, DrawerKick):
            continue
    if document.copy:
        lines.append(_aligned("*** COPY ***", Align.CENTER))
    return "\n".join(lines)
