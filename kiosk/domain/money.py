"""Money as integer minor units with an ISO 4217 currency. Floats are refused outright."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from functools import lru_cache

from babel.core import Locale
from babel.numbers import (
    format_currency,
    get_currency_precision,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
)

from kiosk.domain.errors import InvalidInput


@lru_cache(maxsize=16)
def _locale(name: str) -> Locale:
    """Parsing a locale costs as much as formatting with it; a till uses one or two."""
    return Locale.parse(name)


@lru_cache(maxsize=4096)
def _formatted(minor: int, currency: str, locale: str) -> str:
    """Receipts and screens show the same prices over and over."""
    fast = _fast_formatter(currency, locale)
    return fast.format(minor) if fast is not None else _babel_format(minor, currency, locale)


def _babel_format(minor: int, currency: str, locale: str) -> str:
    amount = Decimal(minor).scaleb(-currency_exponent(currency))
    return str(format_currency(amount, currency, locale=_locale(locale)))


@dataclass(frozen=True, slots=True)
class _CurrencyFormat:
    """Babel's standard currency pattern for one currency and locale, worked out once.

    Babel re-reads the pattern, the locale's symbols and the currency's name on every call,
    about 20 µs each; a sale's receipt formats a dozen amounts inside its transaction. Every
    part of a standard pattern except the digits is fixed per sign, so those parts are taken
    from babel once and only the digits are laid out here, the way babel lays them out.
    """

    prefix: tuple[str, str]  # (positive, negative), currency symbol already in place
    suffix: tuple[str, str]
    group: str
    decimal: str
    grouping: tuple[int, int]
    min_int: int
    digits: int

    def format(self, minor: int) -> str:
        negative = minor < 0
        whole, frac = divmod(-minor if negative else minor, 10**self.digits)
        text = str(whole).rjust(self.min_int, "0")
        size, grouped = self.grouping[0], ""
        while len(text) > size:
            grouped = self.group + text[-size:] + grouped
            text = text[:-size]
            size = self.grouping[1]
        number = text + grouped
        if self.digits:
            number += self.decimal + str(frac).rjust(self.digits, "0")
        return self.prefix[negative] + number + self.suffix[negative]


# Amounts a fast formatter must render exactly as babel does before it is trusted: no digits,
# every grouping width, large and negative amounts.
_PROBES = (0, 1, 7, 10, 99, 100, 1234, 12345, 123456, 1234567, 123456789, 10**12 + 5)


@lru_cache(maxsize=64)
def _fast_formatter(currency: str, locale: str) -> _CurrencyFormat | None:
    """None when the pattern is one this shortcut does not cover, or when it would not match
    babel's own output for the probe amounts; babel then formats every amount itself."""
    loc = _locale(locale)
    pattern = loc.currency_formats["standard"]
    affixes = "".join(pattern.prefix + pattern.suffix)
    if pattern.exp_prec or pattern.scale or "@" in pattern.pattern or "¤¤¤" in affixes:
        return None
    symbol = get_currency_symbol(currency, loc)

    def affix(text: str) -> str:
        text = text.replace("¤¤", currency.upper()).replace("¤", symbol)
        return re.sub(r"'([^']*)'", lambda m: m.group(1) or "'", text)

    fast = _CurrencyFormat(
        prefix=(affix(pattern.prefix[0]), affix(pattern.prefix[1])),
        suffix=(affix(pattern.suffix[0]), affix(pattern.suffix[1])),
        group=get_group_symbol(loc),
        decimal=get_decimal_symbol(loc),
        grouping=pattern.grouping,
        min_int=pattern.int_prec[0],
        digits=currency_exponent(currency),
    )
    for minor in _PROBES:
        for amount in (minor, -minor):
            if fast.format(amount) != _babel_format(amount, currency, locale):
                return None
    return fast


@lru_cache(maxsize=64)
def currency_exponent(currency: str) -> int:
    """Digits after the decimal point for a currency: 2 for EUR, 0 for JPY, 3 for KWD."""
    return int(get_currency_precision(currency))


def round_to_int(value: Decimal, rounding: str = ROUND_HALF_EVEN) -> int:
    """Rounds an exact Decimal to a whole number of minor units with an explicit rule."""
    return int(value.quantize(Decimal(1), rounding=rounding))


@dataclass(frozen=True, slots=True, order=True)
class Money:
    minor: int
    currency: str

    def __post_init__(self) -> None:
        # bool is an int subclass; neither it nor float may ever stand for money.
        if type(self.minor) is not int:
            raise TypeError(f"money must be integer minor units, got {type(self.minor).__name__}")
        if len(self.currency) != 3 or not self.currency.isupper():
            raise ValueError(f"not an ISO 4217 currency code: {self.currency!r}")

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @classmethod
    def parse(cls, text: str, currency: str) -> Money:
        """Reads a decimal amount such as "12.50" exactly; more decimals than the currency has
        is an error rather than a silent rounding."""
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise InvalidInput(f"{text!r} is not an amount of money") from None
        if not amount.is_finite():
            raise InvalidInput(f"{text!r} is not an amount of money")
        scaled = amount.scaleb(currency_exponent(currency))
        if scaled != scaled.to_integral_value():
            raise InvalidInput(f"{text!r} has more decimals than {currency} allows")
        return cls(int(scaled), currency)

    def _check(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise ValueError(f"cannot combine {self.currency} with {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __mul__(self, factor: int) -> Money:
        if type(factor) is not int:
            raise TypeError("money can only be multiplied by a whole number")
        return Money(self.minor * factor, self.currency)

    __rmul__ = __mul__

    def as_decimal(self) -> Decimal:
        return Decimal(self.minor).scaleb(-currency_exponent(self.currency))

    def is_zero(self) -> bool:
        return self.minor == 0

    def format(self, locale: str = "en_US") -> str:
        return _formatted(self.minor, self.currency, locale)

    def __str__(self) -> str:
        return f"{self.as_decimal()} {self.currency}"


def sum_money(values: list[Money], currency: str) -> Money:
    total = Money.zero(currency)
    for value in values:
        total = total + value
    return total
