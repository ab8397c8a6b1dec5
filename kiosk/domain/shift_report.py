"""The X and Z reports: what a shift took, by tender, and the cash that should be in the drawer.

Plain data, computed by the store's queries and kept exactly as printed (the Z report is stored
with the closed shift and never recomputed).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class TenderLine:
    method: str
    count: int
    amount: int


@dataclass(frozen=True, slots=True)
class TaxLine:
    tax_class: str
    rate_ppm: int
    net: int
    tax: int
    gross: int


@dataclass(frozen=True, slots=True)
class ShiftReport:
    kind: str  # "X" (any time, changes nothing) or "Z" (the close)
    shift_id: str
    currency: str
    opened_at: str
    opened_by: str
    printed_at: str
    float_total: int
    sales_count: int
    sales_total: int
    tax_total: int
    discount_total: int
    discounted_sales: int
    overrides: int
    line_voids: int
    cart_voids: int
    refunds_count: int
    refunds_total: int
    cash_in: int
    cash_out: int
    no_sales: int
    expected_cash: int
    sales_by_tender: list[TenderLine] = field(default_factory=list)
    refunds_by_tender: list[TenderLine] = field(default_factory=list)
    tax_by_class: list[TaxLine] = field(default_factory=list)
    z_no: int | None = None
    closed_at: str | None = None
    closed_by: str | None = None
    counted_cash: int | None = None
    variance: int | None = None  # counted minus expected: negative means cash is missing

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ShiftReport:
        values = dict(data)
        values["sales_by_tender"] = [TenderLine(**t) for t in data["sales_by_tender"]]
        values["refunds_by_tender"] = [TenderLine(**t) for t in data["refunds_by_tender"]]
        values["tax_by_class"] = [TaxLine(**t) for t in data["tax_by_class"]]
        return cls(**values)


def expected_cash(
    float_total: int, cash_sales: int, cash_refunds: int, cash_in: int, cash_out: int
) -> int:
    """What the drawer should hold: the float, plus cash taken (net of change), minus cash
    given back, plus and minus the recorded movements."""
    return float_total + cash_sales - cash_refunds + cash_in - cash_out
