"""Documents rendered to ESC/POS and decoded back; PNG renders read by zxing-cpp."""

from __future__ import annotations

import pytest
import zxingcpp
from PIL import Image

from hardware.document import Align, Barcode, Columns, Document, QrCode, Text
from hardware.errors import UnknownProfile
from hardware.printing.escpos_render import render_escpos
from hardware.printing.layout import COPY_MARK
from hardware.printing.profiles import load_profile
from hardware.printing.raster import render_image
from tests.hardware.escpos_decoder import decode
from tests.hardware.receipts import drawer_kick, pages_of, sample_receipt

ACCENTS = "é ü ñ € £ ß à"


def roundtrip(document: Document, profile_name: str) -> tuple[list[str], object]:
    profile = load_profile(profile_name)
    receipt = decode(render_escpos(document, profile), pages_of(profile))
    return receipt.lines, receipt


@pytest.mark.parametrize("profile_name", ["TM-T20II", "POS-5890", "default", "TM-T88III"])
def test_accented_text_prints_through_a_code_page(profile_name: str) -> None:
    lines, receipt = roundtrip(Document("test", (Text(f"Prix: {ACCENTS}"),)), profile_name)
    assert f"Prix: {ACCENTS}" in lines
    assert receipt.resets == 1  # type: ignore[attr-defined]
    assert not receipt.images  # type: ignore[attr-defined]


def test_the_code_page_is_selected_after_the_reset_not_assumed() -> None:
    """The printer is on page 0 after ESC @; the euro sign needs another page, so the
    renderer must select it explicitly after the reset."""
    profile = load_profile("TM-T20II")
    data = render_escpos(Document("test", (Text("€5"),)), profile)
    reset = data.index(b"\x1b@")
    select = data.index(b"\x1bt", reset)
    assert select < data.index(b"5\n")
    assert decode(data, pages_of(profile)).lines == ["€5"]


def test_a_profile_with_only_cp437_still_prints_what_cp437_has() -> None:
    lines, _ = roundtrip(Document("test", (Text("ü é £ ñ"),)), "simple")
    assert lines == ["ü é £ ñ"]


def test_a_character_no_code_page_holds_prints_that_line_as_an_image() -> None:
    document = Document("test", (Text("before"), Text("Tick ✓ 中"), Text("after €1")))
    lines, receipt = roundtrip(document, "TM-T20II")
    assert lines == ["before", "after €1"]
    (picture,) = receipt.images  # type: ignore[attr-defined]
    assert picture.width == load_profile("TM-T20II").width_dots
    assert picture.convert("L").getextrema()[0] == 0  # ink on it: the text was drawn
    kinds = [kind for kind, _ in receipt.events]  # type: ignore[attr-defined]
    assert kinds == ["text", "image", "text"]


@pytest.mark.parametrize(
    ("spec", "columns"), [("POS-5890", 32), ("TM-T20II", 48), ("TM-T20II:b", 64), ("default", 42)]
)
def test_rows_fill_the_profile_width_and_never_exceed_it(spec: str, columns: int) -> None:
    lines, _ = roundtrip(sample_receipt(), spec)
    assert max(len(line) for line in lines) == columns
    total = next(line for line in lines if line.startswith("TOTAL"))
    assert len(total) == columns and total.endswith("€12.00")


def test_font_b_is_selected_for_a_font_b_profile() -> None:
    data = render_escpos(sample_receipt(), load_profile("TM-T20II:b"))
    assert data.startswith(b"\x1b@\x1bM\x01")


def test_a_reprint_is_marked_copy_at_top_and_bottom() -> None:
    original, _ = roundtrip(sample_receipt(), "TM-T20II")
    copy, _ = roundtrip(sample_receipt(copy=True), "TM-T20II")
    assert COPY_MARK not in "\n".join(original)
    marks = [i for i, line in enumerate(copy) if COPY_MARK in line]
    assert marks[0] == 0 and len(marks) == 2
    assert marks[1] > copy.index(next(line for line in copy if line.startswith("TOTAL")))


def test_native_barcode_and_qr_carry_the_receipt_number_and_link() -> None:
    _, receipt = roundtrip(sample_receipt(qr="https://shop.example/r/K01-000042"), "TM-T20II")
    assert receipt.of("barcode") == ["K01-000042"]  # type: ignore[attr-defined]
    assert receipt.of("qr") == ["https://shop.example/r/K01-000042"]  # type: ignore[attr-defined]
    assert receipt.cuts == 1  # type: ignore[attr-defined]


def test_a_curly_brace_in_a_code128_barcode_survives() -> None:
    _, receipt = roundtrip(Document("t", (Barcode("A{B}"),)), "TM-T20II")
    assert receipt.of("barcode") == ["A{B}"]  # type: ignore[attr-defined]


def read_codes(image: Image.Image) -> dict[str, str]:
    found = zxingcpp.read_barcodes(image.convert("L"))
    return {result.format.name: result.text for result in found}


def test_png_preview_barcode_and_qr_decode_with_zxing() -> None:
    document = sample_receipt(qr="https://shop.example/r/K01-000042")
    codes = read_codes(render_image(document, load_profile("TM-T20II")))
    assert codes == {"Code128": "K01-000042", "QRCode": "https://shop.example/r/K01-000042"}


def test_a_printer_without_native_codes_gets_images_that_decode() -> None:
    profile = load_profile("POS-5890")  # a 58 mm clone: no barcode or QR commands
    document = Document("t", (Barcode("K01-000042"), QrCode("PU1.order-77")))
    receipt = decode(render_escpos(document, profile), pages_of(profile))
    assert not receipt.of("barcode") and not receipt.of("qr")
    found = {}
    for picture in receipt.images:
        found.update(read_codes(picture))
    assert found == {"Code128": "K01-000042", "QRCode": "PU1.order-77"}
    assert "K01-000042" in receipt.lines  # the human-readable number under the bars


def test_control_characters_in_text_cannot_smuggle_printer_commands() -> None:
    profile = load_profile("TM-T20II")
    evil = Document("t", (Text("Cola\x1bp\x00\x19\xfa"), Columns(("Tea\x1d", "1"))))
    receipt = decode(render_escpos(evil, profile), pages_of(profile))
    assert receipt.drawer_kicks == []
    assert receipt.lines[0].startswith("Cola p")


def test_drawer_kick_document_kicks_pin_2() -> None:
    _, receipt = roundtrip(drawer_kick(), "TM-T20II")
    assert receipt.drawer_kicks == [2]  # type: ignore[attr-defined]


def test_an_unknown_profile_lists_the_valid_names() -> None:
    with pytest.raises(UnknownProfile, match=r"TM-T20II.*TM-T88V|TM-T88V.*TM-T20II"):
        load_profile("TM-T1000")
    with pytest.raises(UnknownProfile, match="no font 'b'"):
        load_profile("ZJ-5870:b")


def test_png_rows_line_up_with_the_paper_width() -> None:
    profile = load_profile("POS-5890")
    image = render_image(Document("t", (Text("x" * 40, align=Align.RIGHT),)), profile)
    assert image.width == 384
