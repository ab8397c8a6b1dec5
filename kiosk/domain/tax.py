"""Tax per line, on integer minor units, with an explicit rounding rule.

Rates are held as integer parts per million (19% = 190_000) so that no float and no
inexact decimal ever enters the calculation.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

from kiosk.domain.money import round_to_int

PPM = 1_000_000


class TaxMode(enum.StrEnum):
    INCLUSIVE = "inclusive"  # shelf prices include tax (most of Europe)
    EXCLUSIVE = "exclusive"  # tax is added at the till (most of the US)


class Rounding(enum.StrEnum):
    HALF_EVEN = "half_even"
    HALF_UP = "half_up"

    @property
    def decimal_rule(self) -> str:
        return ROUND_HALF_EVEN if self is Rounding.HALF_EVEN else ROUND_HALF_UP


@dataclass(frozen=True, slots=True)
class TaxClass:
    code: str
    name: str
    rate_ppm: int

    def __post_init__(self) -> None:
        if type(self.rate_ppm) is not int or not 0 <= self.rate_ppm <= PPM:
            raise ValueError(f"tax rate must be 0..{PPM} ppm, got {self.rate_ppm!r}")

    @property
    def percent(self) -> Decimal:
        return Decimal(self.rate_ppm) / Decimal(PPM // 100)


@dataclass(frozen=True, slots=True)
class LineTax:
    net: int
    tax: int
    gross: int


def tax_for_amount(amount: int, rate_ppm: int, mode: TaxMode, rounding: Rounding) -> LineTax:
    """Splits (inclusive) or extends (exclusive) one line amount into net, tax and gross.

    Rounding happens once per line; the invariant net + tax == gross always holds exactly.
    """
    if mode is TaxMode.INCLUSIVE:
        net = round_to_int(Decimal(amount) * PPM / (PPM + rate_ppm), rounding.decimal_rule)
        return LineTax(net=net, tax=amount - net, gross=amount)
    tax = round_to_int(Decimal(amount) * rate_ppm / PPM, rounding.decimal_rule)
    return LineTax(net=amount, tax=tax, gross=amount + tax)


def parse_rate_percent(text: str) -> int:
    """ "19", "7.7" or "8.875" percent to ppm, exactly."""
    value = Decimal(text.strip().rstrip("%")) * (PPM // 100)
    if value != value.to_integral_value() or not 0 <= value <= PPM:
        raise ValueError(f"not a tax rate: {text!r}")
    return int(value)
