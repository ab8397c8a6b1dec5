"""Document -> ESC/POS bytes, built with python-escpos's Dummy printer and the printer's profile.

Every job starts with ESC @ (a clean state whatever the last job left behind) and selects its
code page explicitly: ESC @ puts the printer back on its default page, but python-escpos 3.1
keeps believing the old page is selected and would skip the switch (fixed upstream after 3.1).
"""

from __future__ import annotations

from escpos.constants import QR_ECLEVEL_M
from escpos.printer import Dummy

from hardware.document import Align, Barcode, Cut, Document, DrawerKick, Feed, Logo, QrCode, Size
from hardware.printing.codepages import encode, plan_runs
from hardware.printing.layout import TextRow, layout
from hardware.printing.profiles import PrinterProfile
from hardware.printing.raster import (
    LogoLoader,
    barcode_image,
    barcode_modules,
    load_logo_file,
    logo_image,
    module_width,
    qr_image,
    text_row_image,
)

ESC_AT = b"\x1b@"
CODE_PAGE = b"\x1bt"
IMAGE_MODES = ("bitImageRaster", "graphics", "bitImageColumn")


def reset_sequence(profile: PrinterProfile) -> bytes:
    """Sent after connecting (and reconnecting): reset, font, base code page."""
    font = b"\x1bM" + bytes([0 if profile.font == "a" else 1])
    return ESC_AT + font + CODE_PAGE + bytes([profile.base_code_page[1]])


class _Job:
    def __init__(self, profile: PrinterProfile, logos: LogoLoader) -> None:
        self.profile = profile
        self.logos = logos
        self.printer = Dummy(
            profile=profile.escpos_profile(), magic_encode_args={"encoder": profile.encoder}
        )
        self.page = ""
        self.image_mode = next((m for m in IMAGE_MODES if profile.supports(m)), None)

    def start(self) -> None:
        self.printer._raw(reset_sequence(self.profile))
        self.page = self.profile.base_code_page[0]

    def text_row(self, row: TextRow) -> None:
        p = self.printer
        p.set(
            align=row.align.value,
            bold=row.bold,
            underline=1 if row.underline else 0,
            normal_textsize=row.size is Size.NORMAL,
            double_width=row.size in (Size.DOUBLE, Size.DOUBLE_WIDTH),
            double_height=row.size in (Size.DOUBLE, Size.DOUBLE_HEIGHT),
        )
        runs = plan_runs(self.profile, row.text, self.page)
        if runs is None and self.image_mode is not None:
            self.image(text_row_image(row, self.profile))
            return
        if runs is None:  # a printer that cannot print images either: the least bad option
            runs = plan_runs(self.profile, _ascii_fallback(row.text), self.page) or []
        for page, text in runs:
            if page != self.page:
                p._raw(CODE_PAGE + bytes([self._number(page)]))
                self.page = page
            p._raw(encode(self.profile, (page, text)))
        p._raw(b"\n")

    def _number(self, page: str) -> int:
        return dict(self.profile.code_pages)[page]

    def image(self, picture: object) -> None:
        assert self.image_mode is not None
        self.printer.set(align="left")
        self.printer.image(picture, impl=self.image_mode, center=False)

    def barcode(self, block: Barcode) -> None:
        modules = barcode_modules(block)
        width = module_width(len(modules), self.profile)
        symbology = block.symbology.upper().replace("-", "").replace("_", "")
        if symbology == "CODE128" and self.profile.supports("barcodeB") and width >= 2:
            # Code set B covers printable ASCII; "{" introduces a set switch, so it is doubled.
            self.printer._hw_barcode(
                "{B" + block.data.replace("{", "{{"),
                "CODE128",
                height=max(1, min(255, block.height)),
                width=width,
                pos="BELOW" if block.show_text else "OFF",
                font="A",
                align_ct=True,
                function_type="B",
                check=False,  # python-escpos's pattern rejects the doubled "{"
            )
            self.printer._raw(b"\n")
            return
        bars = barcode_image(block, self.profile) if self.image_mode else None
        if bars is not None:
            self.image(bars)
        if block.show_text or bars is None:
            self.text_row(TextRow(block.data, align=Align.CENTER))

    def qr(self, block: QrCode) -> None:
        if self.profile.supports("qrCode"):
            self.printer.set(align="center")
            self.printer.qr(block.data, ec=QR_ECLEVEL_M, size=block.size, native=True)
            self.printer._raw(b"\n")
        elif self.image_mode is not None:
            self.image(qr_image(block, self.profile))
        else:
            self.text_row(TextRow(block.data, align=Align.CENTER))


def _ascii_fallback(text: str) -> str:
    return "".join(c if c.isascii() else "?" for c in text)


def render_escpos(
    document: Document, profile: PrinterProfile, logos: LogoLoader = load_logo_file
) -> bytes:
    job = _Job(profile, logos)
    job.start()
    for row in layout(document, profile):
        match row:
            case TextRow():
                job.text_row(row)
            case Barcode():
                job.barcode(row)
            case QrCode():
                job.qr(row)
            case Logo():
                picture = logo_image(row, profile, logos) if job.image_mode else None
                if picture is not None:
                    job.image(picture)
            case Feed():
                job.printer.print_and_feed(max(0, min(255, row.lines)))
            case Cut():
                job.printer.cut(mode="PART" if row.partial else "FULL")
            case DrawerKick():
                job.printer.cashdraw(5 if row.pin == 5 else 2)
    return bytes(job.printer.output)
