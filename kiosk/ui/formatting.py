"""Money, numbers and times as the associate's locale writes them.

Amounts stay integer minor units everywhere; only this module turns them into text (through
babel, the same formatting the receipts use). Keypads build amounts digit by digit in minor
units, so no decimal separator is ever parsed from what someone typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel.dates import format_datetime, format_time
from babel.numbers import format_decimal

from kiosk.domain.money import Money, currency_exponent


@dataclass(frozen=True, slots=True)
class LocaleFormats:
    locale: str  # a babel/ICU locale name: "en_IE", "de"
    currency: str
    timezone: str = "UTC"

    def money(self, minor: int) -> str:
        return _money_text(minor, self.currency, self.locale)

    @property
    def exponent(self) -> int:
        return currency_exponent(self.currency)

    def percent_bp(self, basis_points: int) -> str:
        """1250 basis points -> "12.5 %" (or "12,5 %")."""
        return f"{format_decimal(Decimal(basis_points) / 100, locale=self.locale)} %"

    def time(self, at: datetime) -> str:
        return str(format_time(at, "short", tzinfo=ZoneInfo(self.timezone), locale=self.locale))

    def datetime(self, at: datetime) -> str:
        return str(format_datetime(at, "short", tzinfo=ZoneInfo(self.timezone), locale=self.locale))


@lru_cache(maxsize=8192)
def _money_text(minor: int, currency: str, locale: str) -> str:
    # Prices repeat all day; babel takes ~10 µs a call, a lookup far less (cart rows re-render
    # every line on each change).
    return Money(minor, currency).format(locale)


def append_digit(minor: int, digits: str, limit: int = 10**9) -> int:
    """A cash-register keypad: typing 1, 2, 5, 0 enters 12.50. Refuses to grow past `limit`."""
    if not digits.isdigit():
        raise ValueError(f"not keypad digits: {digits!r}")
    grown = minor * 10 ** len(digits) + int(digits)
    return grown if grown <= limit else minor


def quick_cash_amounts(due: int, exponent: int, count: int = 3) -> list[int]:
    """The notes a customer is likely to hand over for `due`: the next round amounts above it.

    Steps are 1, 5, 10, 20, 50, 100, 200, 500 in major units, scaled to the currency's minor
    units; the exact amount is offered separately.
    """
    unit = 10**exponent
    steps = [s * unit for s in (1, 5, 10, 20, 50, 100, 200, 500)]
    amounts: list[int] = []
    for step in steps:
        rounded = -(-due // step) * step
        if rounded > due and rounded not in amounts:
            amounts.append(rounded)
        if len(amounts) == count:
            break
    return amounts
