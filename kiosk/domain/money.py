"""Money as integer minor units with an ISO 4217 currency. Floats are refused outright."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from functools import lru_cache

from babel.core import Locale
from babel.numbers import format_currency, get_currency_precision

from kiosk.domain.errors import InvalidInput


@lru_cache(maxsize=16)
def _locale(name: str) -> Locale:
    """Parsing a locale costs as much as formatting with it; a till uses one or two."""
    return Locale.parse(name)


@lru_cache(maxsize=4096)
def _formatted(minor: int, currency: str, locale: str) -> str:
    """Receipts and screens show the same prices over and over; babel is slow enough for a
    cache of recent amounts to matter inside a sale's transaction."""
    amount = Decimal(minor).scaleb(-currency_exponent(currency))
    return str(format_currency(amount, currency, locale=_locale(locale)))


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
