"""Hardware figures (issue 4): rendering a receipt to ESC/POS bytes, decoding wedge key events."""

from __future__ import annotations

import functools
import time

from hardware.document import Align, Barcode, Block, Columns, Cut, Document, Feed, Rule, Size, Text
from hardware.printing.escpos_render import render_escpos
from hardware.printing.profiles import load_profile
from hardware.scanning.wedge import WedgeDecoder
from tests.bench.harness import BenchContext, Figure, ms, percentile, timed


def receipt(lines: int = 40) -> Document:
    """A sale receipt with `lines` printed rows of articles (names with accents, prices)."""
    blocks: list[Block] = [
        Text("Corner Kiosk", align=Align.CENTER, bold=True, size=Size.DOUBLE),
        Text("Bahnhofstraße 1, Zürich", align=Align.CENTER),
        Columns(("Receipt K01-000042", "2026-11-27 10:15")),
        Columns(("Served by", "Alex Associate")),
        Rule(),
    ]
    for n in range(lines // 2):
        blocks.append(Text(f"Café crème brûlée {n}"))
        blocks.append(Columns((f"  2 x €{n}.50", f"€{2 * n + 1}.00")))
    blocks += [
        Rule(),
        Columns(("TOTAL", "€420.00"), bold=True),
        Columns(("Cash", "€500.00")),
        Columns(("Change", "€80.00")),
        Text("Thank you!", align=Align.CENTER),
        Barcode("K01-000042"),
        Feed(2),
        Cut(),
    ]
    return Document("receipt", tuple(blocks))


def run(ctx: BenchContext) -> list[Figure]:
    return [*_render(), *_wedge()]


def _render() -> list[Figure]:
    document = receipt(40)
    figures = []
    for spec in ("TM-T20II", "POS-5890"):
        profile = load_profile(spec)
        render_escpos(document, profile)  # warm the font and code-page caches, as the app does
        samples = timed(functools.partial(render_escpos, document, profile), 300)
        figures.append(
            Figure(
                f"render a 40-line receipt to ESC/POS bytes, {spec} p99",
                ms(percentile(samples, 99)),
                "ms",
                5.0,
                note="native barcode" if profile.supports("barcodeB") else "barcode as image",
            )
        )
    return figures


def _wedge() -> list[Figure]:
    decoder = WedgeDecoder()
    code = "4006381333931"
    scans = 20_000
    t = 0.0
    started = time.perf_counter()
    for _ in range(scans):
        for char in code:
            decoder.feed(char, t)
            t += 0.004
        decoder.feed("\r", t)
        t += 0.5
    elapsed = time.perf_counter() - started
    per_key = elapsed / (scans * (len(code) + 1))
    return [Figure("wedge decoding cost per key event", per_key * 1e6, "µs", 50.0)]
