from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hardware.scanning.wedge import TypedKeys, WedgeDecoder, WedgeScan, WedgeSettings


def type_keys(
    decoder: WedgeDecoder, text: str, start: float, gap: float
) -> tuple[list[WedgeScan | TypedKeys], float]:
    out: list[WedgeScan | TypedKeys] = []
    t = start
    for char in text:
        out += decoder.feed(char, t)
        t += gap
    return out, t


def test_a_fast_burst_ending_in_enter_is_a_scan() -> None:
    decoder = WedgeDecoder()
    out, _ = type_keys(decoder, "4006381333931\r", 10.0, 0.008)
    (scan,) = out
    assert isinstance(scan, WedgeScan)
    assert (scan.text, scan.terminated) == ("4006381333931", True)
    assert scan.started == 10.0 and scan.ended == pytest.approx(10.096)


def test_a_person_typing_is_passed_through() -> None:
    decoder = WedgeDecoder()
    out, t = type_keys(decoder, "cola", 5.0, 0.180)
    out += decoder.poll(t + 1)
    assert "".join(o.text for o in out if isinstance(o, TypedKeys)) == "cola"
    assert not any(isinstance(o, WedgeScan) for o in out)


def test_a_scan_without_terminator_ends_after_silence() -> None:
    decoder = WedgeDecoder(WedgeSettings(silence=0.150))
    out, t = type_keys(decoder, "K01-000042", 1.0, 0.004)
    assert out == []
    assert decoder.poll(t + 0.1) == []
    (scan,) = decoder.poll(t + 0.2)
    assert isinstance(scan, WedgeScan) and scan.text == "K01-000042" and not scan.terminated


def test_prefix_and_suffix_are_stripped() -> None:
    decoder = WedgeDecoder(WedgeSettings(prefix="~", suffix="#"))
    out, _ = type_keys(decoder, "~96385074#\n", 0.0, 0.002)
    assert [(o.text, o.terminated) for o in out if isinstance(o, WedgeScan)] == [("96385074", True)]


def test_a_scan_right_after_typing_is_still_a_scan() -> None:
    decoder = WedgeDecoder()
    typed, t = type_keys(decoder, "ab", 0.0, 0.3)
    out, _ = type_keys(decoder, "12345678\r", t + 0.3, 0.005)
    texts = [o.text for o in typed + out if isinstance(o, TypedKeys)]
    assert "".join(texts) == "ab"
    assert [o.text for o in out if isinstance(o, WedgeScan)] == ["12345678"]


@given(
    st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126), min_size=4, max_size=60),
    st.floats(min_value=0.0005, max_value=0.020),
)
def test_any_code_scanned_at_real_scanner_speed_comes_out_whole(code: str, gap: float) -> None:
    decoder = WedgeDecoder()
    out, _ = type_keys(decoder, code + "\r", 100.0, gap)
    assert [o.text for o in out if isinstance(o, WedgeScan)] == [code]
    assert not [o for o in out if isinstance(o, TypedKeys)]


@given(st.text(alphabet="abcdefgh123 ", min_size=1, max_size=20), st.floats(0.06, 0.5))
def test_slow_typing_is_never_taken_for_a_scan(text: str, gap: float) -> None:
    decoder = WedgeDecoder()
    out, t = type_keys(decoder, text, 0.0, gap)
    out += decoder.poll(t + 5)
    assert "".join(o.text for o in out if isinstance(o, TypedKeys)) == text
