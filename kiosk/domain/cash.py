"""Counting cash by denomination: the float at opening and the blind count at closing."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.domain.errors import InvalidInput
from kiosk.domain.money import Money

# Notes and coins in circulation, in minor units, largest first.
DENOMINATIONS: dict[str, tuple[int, ...]] = {
    "EUR": (50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1),
    "USD": (10000, 5000, 2000, 1000, 500, 200, 100, 25, 10, 5, 1),
    "GBP": (5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1),
    "CHF": (100000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5),
    "SEK": (100000, 50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100),
    "PLN": (50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1),
}


def denominations(currency: str) -> tuple[int, ...]:
    """The notes and coins to count; empty for a currency we do not know (count by total)."""
    return DENOMINATIONS.get(currency, ())


@dataclass(frozen=True, slots=True)
class CashCount:
    """Pieces per denomination, or (for an unknown currency) a single counted total."""

    currency: str
    pieces: dict[int, int] = field(default_factory=dict)
    loose_total: int = 0  # for currencies without a denomination table

    def __post_init__(self) -> None:
        allowed = set(denominations(self.currency))
        for value, count in self.pieces.items():
            if type(count) is not int or count < 0:
                raise InvalidInput("Counts are whole numbers of notes or coins, zero or more")
            if value not in allowed:
                raise InvalidInput(
                    f"{Money(value, self.currency)} is not a note or coin of {self.currency}"
                )
        if type(self.loose_total) is not int or self.loose_total < 0:
            raise InvalidInput("A counted amount cannot be negative")
        if self.loose_total and allowed:
            raise InvalidInput(f"Count {self.currency} by notes and coins")

    @property
    def total(self) -> int:
        return self.loose_total + sum(value * count for value, count in self.pieces.items())

    def to_json(self) -> dict[str, int]:
        data = {str(value): count for value, count in sorted(self.pieces.items()) if count}
        if self.loose_total:
            data["total"] = self.loose_total
        return data

    @classmethod
    def from_json(cls, currency: str, data: dict[str, int]) -> CashCount:
        loose = int(data.get("total", 0))
        pieces = {int(k): int(v) for k, v in data.items() if k != "total"}
        return cls(currency, pieces, loose)
