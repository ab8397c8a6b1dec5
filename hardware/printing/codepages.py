"""Choosing code pages for a line of text.

A receipt printer has no Unicode: each byte above 127 means whatever the selected code page
(ESC t n) says. python-escpos's MagicEncode picks pages character by character and prefers
pages it used before, so the same receipt can come out with different bytes depending on what
was printed earlier. Here the choice is per line and deterministic: the current page if it holds
the whole line, else the first page (in the profile's preference order) that does, else runs of
pages. A character that no page holds returns None: the caller prints that line as an image
rather than let the printer show a wrong glyph.
"""

from __future__ import annotations

from hardware.printing.profiles import PrinterProfile

Run = tuple[str, str]  # (encoding, text)


def plan_runs(profile: PrinterProfile, text: str, current: str) -> list[Run] | None:
    if text.isascii():
        return [(current, text)]
    encoder = profile.encoder
    pages = [current] + [name for name, _ in profile.code_pages if name != current]
    for page in pages:
        if all(encoder.can_encode(page, char) for char in text):
            return [(page, text)]
    runs: list[Run] = []
    page = current
    start = 0
    for index, char in enumerate(text):
        if encoder.can_encode(page, char):
            continue
        holder = next((p for p in pages if encoder.can_encode(p, char)), None)
        if holder is None:
            return None
        if index > start:
            runs.append((page, text[start:index]))
        page, start = holder, index
    runs.append((page, text[start:]))
    return runs


def encode(profile: PrinterProfile, run: Run) -> bytes:
    page, text = run
    return bytes(profile.encoder.encode(text, page))
