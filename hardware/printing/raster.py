"""Receipts as pictures: the PNG preview and simulated printer, and the images sent to printers
for what they cannot draw themselves (a line with characters no code page holds, barcodes and
QR codes on printers without native support, logos).

Everything is drawn at the printer's own resolution, one pixel per dot, on a grid of character
cells the size of the printer's font, so the preview breaks lines where the paper does.
"""

from __future__ import annotations

import functools
import io
import logging
from collections.abc import Callable
from pathlib import Path

import barcode
import qrcode
from PIL import Image, ImageDraw, ImageFont

from hardware.document import Align, Barcode, Cut, Document, DrawerKick, Feed, Logo, QrCode
from hardware.printing.layout import TextRow, layout
from hardware.printing.profiles import PrinterProfile

log = logging.getLogger(__name__)

LINE_GAP = 6  # dots between rows, as with the printer's default line spacing
QUIET_MODULES = 10  # blank modules each side of a barcode, so scanners find its edges
SYMBOLOGIES = {"CODE128": "code128", "EAN13": "ean13", "EAN8": "ean8", "CODE39": "code39"}
LogoLoader = Callable[[str], Image.Image | None]
Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


@functools.lru_cache(maxsize=8)
def _font(cell_width: int, bold: bool) -> Font:
    size = round(cell_width / 0.6)  # a monospace glyph is about 0.6 em wide
    name = "DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf"
    try:
        return ImageFont.truetype(name, size)
    except OSError:
        # No DejaVu installed: Pillow's own font still fills the cell grid, just less evenly.
        return ImageFont.load_default(size)


def text_row_image(row: TextRow, profile: PrinterProfile) -> Image.Image:
    """One printed row, full paper width, positioned as the printer aligns it."""
    cell_w, cell_h = profile.cell
    scale_x, scale_y = row.scale
    chars = max(1, len(row.text))
    line = Image.new("L", (chars * cell_w, cell_h), 255)
    draw = ImageDraw.Draw(line)
    font = _font(cell_w, row.bold)
    for index, char in enumerate(row.text):
        if char != " ":
            advance = font.getlength(char)
            draw.text((index * cell_w + (cell_w - advance) / 2, 0), char, font=font, fill=0)
    if row.underline:
        draw.line((0, cell_h - 2, len(row.text) * cell_w, cell_h - 2), fill=0, width=2)
    if scale_x != 1 or scale_y != 1:
        line = line.resize((line.width * scale_x, line.height * scale_y), Image.Resampling.NEAREST)
    if line.width > profile.width_dots:
        ratio = profile.width_dots / line.width
        line = line.resize((profile.width_dots, max(1, round(line.height * ratio))))
    return _on_paper(line, row.align, profile, gap=LINE_GAP)


def _on_paper(
    image: Image.Image, align: Align, profile: PrinterProfile, *, gap: int = 0
) -> Image.Image:
    paper = Image.new("L", (profile.width_dots, image.height + gap), 255)
    if align is Align.CENTER:
        x = (profile.width_dots - image.width) // 2
    elif align is Align.RIGHT:
        x = profile.width_dots - image.width
    else:
        x = 0
    paper.paste(image, (max(0, x), 0))
    return paper


def barcode_modules(block: Barcode) -> str:
    """The bars as '1'/'0' modules, quiet zones not included. Raises ValueError for bad data."""
    name = SYMBOLOGIES.get(block.symbology.upper().replace("-", "").replace("_", ""))
    if name is None:
        raise ValueError(f"unsupported barcode symbology {block.symbology!r}")
    try:
        return "".join(barcode.get_barcode_class(name)(block.data).build())
    except Exception as exc:  # python-barcode raises several unrelated types for bad data
        raise ValueError(f"cannot encode {block.data!r} as {block.symbology}: {exc}") from None


def module_width(modules: int, profile: PrinterProfile, largest: int = 3) -> int:
    """Dots per module so the code and its quiet zones fit the paper (0: it does not fit)."""
    return min(largest, profile.width_dots // (modules + 2 * QUIET_MODULES))


def barcode_image(block: Barcode, profile: PrinterProfile) -> Image.Image | None:
    modules = barcode_modules(block)
    module = module_width(len(modules), profile)
    if module < 1:
        return None
    bars = Image.new("L", ((len(modules) + 2 * QUIET_MODULES) * module, block.height), 255)
    draw = ImageDraw.Draw(bars)
    for index, bit in enumerate(modules):
        if bit == "1":
            x = (QUIET_MODULES + index) * module
            draw.rectangle((x, 0, x + module - 1, block.height - 1), fill=0)
    return _on_paper(bars, Align.CENTER, profile, gap=LINE_GAP)


def qr_image(block: QrCode, profile: PrinterProfile) -> Image.Image:
    code = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(block.data)
    code.make(fit=True)
    matrix = code.get_matrix()
    module = max(1, min(block.size, profile.width_dots // len(matrix)))
    side = len(matrix) * module
    image = Image.new("L", (side, side), 255)
    draw = ImageDraw.Draw(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                draw.rectangle(
                    (x * module, y * module, (x + 1) * module - 1, (y + 1) * module - 1), fill=0
                )
    return _on_paper(image, Align.CENTER, profile, gap=LINE_GAP)


def load_logo_file(source: str) -> Image.Image | None:
    path = Path(source)
    if not path.is_file():
        return None
    try:
        with Image.open(path) as image:
            return image.convert("L")
    except OSError:
        return None


def logo_image(block: Logo, profile: PrinterProfile, logos: LogoLoader) -> Image.Image | None:
    image = logos(block.source)
    if image is None:
        log.warning("receipt logo %r not found; printing without it", block.source)
        return None
    image = image.convert("L")
    if image.width > profile.width_dots:
        ratio = profile.width_dots / image.width
        image = image.resize((profile.width_dots, max(1, round(image.height * ratio))))
    return _on_paper(image, Align.CENTER, profile, gap=LINE_GAP)


def _cut_mark(profile: PrinterProfile) -> Image.Image:
    image = Image.new("L", (profile.width_dots, 24), 255)
    draw = ImageDraw.Draw(image)
    for x in range(0, profile.width_dots, 12):
        draw.line((x, 12, x + 6, 12), fill=128, width=2)
    return image


def render_image(
    document: Document, profile: PrinterProfile, logos: LogoLoader = load_logo_file
) -> Image.Image:
    """The whole receipt as the paper would look (greyscale, white paper)."""
    cell_h = profile.cell[1]
    parts: list[Image.Image] = [Image.new("L", (profile.width_dots, 12), 255)]
    for row in layout(document, profile):
        match row:
            case TextRow():
                parts.append(text_row_image(row, profile))
            case Barcode():
                parts.extend(_barcode_parts(row, profile))
            case QrCode():
                parts.append(qr_image(row, profile))
            case Logo():
                logo = logo_image(row, profile, logos)
                if logo is not None:
                    parts.append(logo)
            case Feed():
                parts.append(
                    Image.new("L", (profile.width_dots, row.lines * (cell_h + LINE_GAP)), 255)
                )
            case Cut():
                parts.append(_cut_mark(profile))
            case DrawerKick():
                pass  # opens the drawer; nothing appears on paper
    height = sum(p.height for p in parts)
    receipt = Image.new("L", (profile.width_dots, height), 255)
    y = 0
    for part in parts:
        receipt.paste(part, (0, y))
        y += part.height
    return receipt


def _barcode_parts(block: Barcode, profile: PrinterProfile) -> list[Image.Image]:
    try:
        bars = barcode_image(block, profile)
    except ValueError as exc:
        log.warning("barcode not drawn: %s", exc)
        bars = None
    parts = [bars] if bars is not None else []
    if block.show_text or bars is None:
        parts.append(text_row_image(TextRow(block.data, align=Align.CENTER), profile))
    return parts


def render_png(
    document: Document, profile: PrinterProfile, logos: LogoLoader = load_logo_file
) -> bytes:
    buffer = io.BytesIO()
    render_image(document, profile, logos).save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()
