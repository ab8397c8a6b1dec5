from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.barcode import CodeKind, InvalidBarcode, classify, normalise, with_check_digit


@pytest.mark.parametrize(
    ("raw", "fmt", "gtin14"),
    [
        ("4006381333931", "EAN-13", "04006381333931"),
        ("96385074", "EAN-8", "00000096385074"),
        ("036000291452", "UPC-A", "00036000291452"),
        ("10614141000415", "GTIN-14", "10614141000415"),
        ("]E04006381333931\r\n", "EAN-13", "04006381333931"),
    ],
)
def test_valid_gtins_normalise_to_gtin14(raw: str, fmt: str, gtin14: str) -> None:
    code = classify(raw)
    assert code.kind is CodeKind.GTIN
    assert code.format == fmt
    assert code.lookup_key == gtin14


@pytest.mark.parametrize("raw", ["4006381333932", "96385075", "036000291453"])
def test_a_bad_check_digit_is_refused_with_the_expected_digit(raw: str) -> None:
    with pytest.raises(
        InvalidBarcode, match=r"damaged or misread \(its check digit should be \d\)"
    ):
        classify(raw)


def test_gs1_element_strings_with_separators_and_aim_prefix() -> None:
    code = classify("]C10104006381333931<GS>10LOT42\x1d17271231")
    assert code.kind is CodeKind.GS1
    assert code.lookup_key == "04006381333931"
    assert code.ais["10"] == "LOT42"
    assert code.ais["17"] == "271231"
    assert code.symbology == "]C1"
    hri = classify("(01)04006381333931(10)A1")
    assert hri.ais == {"01": "04006381333931", "10": "A1"}


def test_a_broken_gs1_string_is_refused() -> None:
    with pytest.raises(InvalidBarcode, match="GS1 barcode is damaged"):
        classify("]C10104006381333932")  # the GTIN inside has a bad check digit
    with pytest.raises(InvalidBarcode, match="GS1 barcode could not be read"):
        classify("]C1xx")  # GS1-128 symbology, but no application identifier


def test_variable_measure_codes_carry_price_or_weight() -> None:
    price = classify(with_check_digit("201234501234"), rcn_region="se")
    assert price.kind is CodeKind.VARIABLE_MEASURE
    assert price.embedded_price == Decimal("12.34")
    assert price.lookup_key == "0" + with_check_digit("201234500000")
    weight = classify(with_check_digit("231234501234"), rcn_region="se")
    assert weight.embedded_weight_kg == Decimal("1.234")
    # Without a region the same code is an ordinary in-store GTIN.
    assert classify(with_check_digit("201234501234")).kind is CodeKind.GTIN


def test_our_own_codes_are_recognised() -> None:
    assert classify("K01-000042").kind is CodeKind.RECEIPT
    assert classify("EMP-0001").kind is CodeKind.BADGE
    assert classify("PU1.abc.def").kind is CodeKind.PICKUP
    assert classify("SH1.xyz").kind is CodeKind.SHIPMENT
    assert classify("COF-0188").kind is CodeKind.INTERNAL


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("", "empty"),
        ("\r\n", "empty"),
        ("ab\x00cd", "unreadable"),
        ("\x1b[A", "unreadable"),
        ("9" * 600, "too long"),
    ],
)
def test_garbage_is_refused_clearly(raw: str, message: str) -> None:
    with pytest.raises(InvalidBarcode, match=message):
        classify(raw)


@given(st.text(max_size=80))
def test_any_input_is_classified_or_refused_never_crashes(raw: str) -> None:
    try:
        code = classify(raw)
    except InvalidBarcode as exc:
        assert str(exc)
    else:
        assert code.value
        assert normalise(raw)[0]
