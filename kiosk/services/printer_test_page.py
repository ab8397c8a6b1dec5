"""The printer test page (`kiosk print-test`): code pages, columns, a barcode, a QR code, a cut."""

from __future__ import annotations

from hardware.document import (
    Align,
    Barcode,
    Block,
    Columns,
    Cut,
    Document,
    Feed,
    QrCode,
    Rule,
    Size,
    Text,
)


def printer_test_page(url: str, profile: str, columns: int, font: str) -> Document:
    blocks: list[Block] = [
        Text("Kiosk POS", align=Align.CENTER, bold=True, size=Size.DOUBLE),
        Text("printer test page", align=Align.CENTER),
        Rule("="),
        Columns(("Printer", url)),
        Columns(("Profile", f"{profile}, font {font.upper()}, {columns} columns")),
        Rule(),
        Text("Accents and symbols (code pages):", bold=True),
        Text("é è à ç ü ö ä ß ñ ø å  € £ ¥ §"),
        Text("Not in any code page (printed as an image):", bold=True),
        Text("✓ → ♥ 中文"),
        Rule(),
        Columns(("Two columns", "right")),
        Columns(("Three", "columns", "12.34")),
        Text("Bold", bold=True),
        Text("Underlined", underline=True),
        Text("Double height", size=Size.DOUBLE_HEIGHT),
        Text("Centred", align=Align.CENTER),
        Text("Right", align=Align.RIGHT),
        Text("|" + "-" * (columns - 2) + "|"),
        Rule(),
        Text("Code 128:", bold=True),
        Barcode("TEST-0001"),
        Text("QR code:", bold=True),
        QrCode("https://example.com/kiosk-print-test"),
        Feed(2),
        Cut(),
    ]
    return Document(kind="test", blocks=tuple(blocks))
