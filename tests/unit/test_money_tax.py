from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_currency
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.errors import InvalidInput
from kiosk.domain.money import Money, _fast_formatter, currency_exponent
from kiosk.domain.tax import PPM, Rounding, TaxMode, parse_rate_percent, tax_for_amount

rates = st.sampled_from([0, 50_000, 70_000, 77_000, 88_750, 190_000, 200_000, 250_000])
amounts = st.integers(min_value=0, max_value=10**9)


def test_floats_never_become_money() -> None:
    with pytest.raises(TypeError):
        Money(1.5, "EUR")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money(True, "EUR")
    with pytest.raises(TypeError):
        Money(100, "EUR") * 1.5  # type: ignore[operator]


def test_parse_is_exact_and_refuses_extra_decimals() -> None:
    assert Money.parse("12.34", "EUR").minor == 1234
    assert Money.parse("0.1", "EUR").minor == 10
    assert Money.parse("1500", "JPY").minor == 1500
    assert currency_exponent("KWD") == 3
    with pytest.raises(InvalidInput, match="more decimals"):
        Money.parse("1.005", "EUR")
    with pytest.raises(InvalidInput, match="not an amount"):
        Money.parse("abc", "EUR")
    with pytest.raises(InvalidInput):
        Money.parse("NaN", "EUR")


def test_currencies_do_not_mix() -> None:
    with pytest.raises(ValueError, match="EUR with USD"):
        Money(1, "EUR") + Money(1, "USD")


def test_formatting_follows_the_locale() -> None:
    assert Money(123456, "EUR").format("de_DE") == "1.234,56\xa0€"
    assert Money(123456, "USD").format("en_US") == "$1,234.56"


@given(amounts, rates, st.sampled_from(list(TaxMode)), st.sampled_from(list(Rounding)))
def test_line_tax_adds_up_exactly_and_is_within_half_a_cent(
    amount: int, rate: int, mode: TaxMode, rounding: Rounding
) -> None:
    split = tax_for_amount(amount, rate, mode, rounding)
    assert split.net + split.tax == split.gross
    assert all(type(v) is int for v in (split.net, split.tax, split.gross))
    exact_tax = Decimal(split.net) * rate / PPM
    if mode is TaxMode.EXCLUSIVE:
        assert split.net == amount
        assert abs(Decimal(split.tax) - exact_tax) <= Decimal("0.5")
    else:
        assert split.gross == amount
        exact_net = Decimal(amount) * PPM / (PPM + rate)
        assert abs(Decimal(split.net) - exact_net) <= Decimal("0.5")


def test_known_tax_values() -> None:
    # 1.19 EUR incl. 19 % VAT is exactly 1.00 net + 0.19 tax.
    assert tax_for_amount(119, 190_000, TaxMode.INCLUSIVE, Rounding.HALF_EVEN).tax == 19
    # 0.05 at 10 %: 0.005 rounds half-even to 0, half-up to 1.
    assert tax_for_amount(5, 100_000, TaxMode.EXCLUSIVE, Rounding.HALF_EVEN).tax == 0
    assert tax_for_amount(5, 100_000, TaxMode.EXCLUSIVE, Rounding.HALF_UP).tax == 1
    assert parse_rate_percent("8.875") == 88_750
    with pytest.raises(ValueError):
        parse_rate_percent("8.87555")


LOCALES = ["en_US", "en_GB", "en_IN", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_CH", "it_IT"]
LOCALES += ["es_ES", "nl_NL", "pl_PL", "sv_SE", "da_DK", "nb_NO", "cs_CZ", "hu_HU", "pt_BR"]
LOCALES += ["ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_EG", "he_IL", "fa_IR", "tr_TR", "ru_RU"]
CURRENCIES = ["EUR", "USD", "CHF", "GBP", "JPY", "KWD", "INR", "SEK", "PLN", "HUF", "CLP"]


@given(
    st.sampled_from(LOCALES),
    st.sampled_from(CURRENCIES),
    st.integers(min_value=-(10**15), max_value=10**15),
)
def test_formatting_is_exactly_what_babel_writes(locale: str, currency: str, minor: int) -> None:
    """The shortcut that lays out the digits itself must never differ from babel."""
    expected = format_currency(
        Decimal(minor).scaleb(-currency_exponent(currency)), currency, locale=locale
    )
    assert Money(minor, currency).format(locale) == expected


def test_patterns_the_shortcut_does_not_match_are_left_to_babel() -> None:
    # Swiss German writes large amounts without a group separator, unlike its pattern says.
    assert _fast_formatter("CHF", "de_CH") is None
    assert Money(123456789, "CHF").format("de_CH") == "CHF\xa01234567.89"
    assert _fast_formatter("EUR", "de_DE") is not None
