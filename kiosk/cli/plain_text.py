"""A receipt-shaped plain-text rendering of a print document, for the terminal."""

from __future__ import annotations

from hardware.document import Align, Columns, Document, Rule, Text

WIDTH = 42


def as_text(document: Document, width: int = WIDTH) -> str:
    lines: list[str] = []
    for block in document.blocks:
        if isinstance(block, Text):
            for line in block.text.splitlines() or [""]:
                if block.align is Align.CENTER:
                    lines.append(line.center(width).rstrip())
                elif block.align is Align.RIGHT:
                    lines.append(line.rjust(width))
                else:
                    lines.append(line)
        elif isinstance(block, Columns):
            left, right = block.cells[0], " ".join(block.cells[1:])
            gap = max(1, width - len(left) - len(right))
            lines.append(f"{left}{' ' * gap}{right}")
        elif isinstance(block, Rule):
            lines.append(block.char * width)
    if document.copy:
        lines.insert(0, "*** COPY ***".center(width).rstrip())
    return "\n".join(lines)
