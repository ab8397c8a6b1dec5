"""The customer's signature, drawn on the touchscreen, kept as a small PNG for proof of pickup.

The screen hands over its strokes (lists of points in screen pixels); drawing them here keeps
the picture the same whatever the display, and lets the UI stay free of image code.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from kiosk.domain.errors import InvalidInput

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
# The event to HQ carries the PNG as base64, at most 400,000 characters; this leaves room.
MAX_PNG_BYTES = 280_000
WIDTH, HEIGHT = 600, 200

Point = tuple[float, float]


def render(strokes: Sequence[Sequence[Point]], width: float, height: float) -> bytes:
    """Black strokes on white, scaled from a `width` x `height` pad to 600 x 200, as PNG."""
    if not any(len(s) >= 2 for s in strokes):
        raise InvalidInput("The signature is empty. Ask the customer to sign, or skip it.")
    if width <= 0 or height <= 0:
        raise InvalidInput("The signature pad has no size")
    from PIL import Image, ImageDraw  # only when someone signed: keeps the till's start-up lean

    scale = min(WIDTH / width, HEIGHT / height)
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    for stroke in strokes:
        points = [(x * scale, y * scale) for x, y in stroke]
        if len(points) >= 2:
            draw.line(points, fill=0, width=3, joint="curve")
    out = io.BytesIO()
    image.convert("1").save(out, format="PNG", optimize=True)
    return out.getvalue()


def check_png(data: bytes) -> bytes:
    """Accepts a signature image only if it is a PNG of a size HQ takes."""
    if not data.startswith(PNG_MAGIC):
        raise InvalidInput("The signature is not a PNG image")
    if len(data) > MAX_PNG_BYTES:
        raise InvalidInput(
            f"The signature image is too large ({len(data) // 1000} kB); sign again smaller"
        )
    return data
