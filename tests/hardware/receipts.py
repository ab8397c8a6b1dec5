"""Documents the hardware tests print."""

from __future__ import annotations

from hardware.document import (
    Align,
    Barcode,
    Columns,
    Cut,
    Document,
    DrawerKick,
    Feed,
    QrCode,
    Rule,
    Size,
    Text,
)
from hardware.printing.profiles import PrinterProfile


def sample_receipt(*, lines: int = 6, copy: bool = False, qr: str | None = None) -> Document:
    blocks: list[object] = [
        Text("Café Zürich", align=Align.CENTER, bold=True, size=Size.DOUBLE),
        Columns(("Receipt K01-000042", "2026-11-27 10:15")),
        Rule(),
    ]
    for n in range(1, lines + 1):
        blocks.append(Text(f"Article {n} crème brûlée"))
        cents = n * 150
        blocks.append(Columns((f"  {n} x €1.50", f"€{cents // 100}.{cents % 100:02d}")))
    blocks += [Rule(), Columns(("TOTAL", "€12.00"), bold=True), Barcode("K01-000042")]
    if qr:
        blocks.append(QrCode(qr))
    blocks += [Feed(2), Cut()]
    return Document("receipt", tuple(blocks), copy=copy)  # type: ignore[arg-type]


def drawer_kick() -> Document:
    return Document("drawer", (DrawerKick(2),))


def pages_of(profile: PrinterProfile) -> dict[int, str]:
    pages = {number: name for name, number in profile.code_pages}
    pages.setdefault(0, "CP437")
    return pages
