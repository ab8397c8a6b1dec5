"""The accountant's export: every sale and refund line with its tax tags."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass

from sqlalchemy import text

from kiosk.domain.money import Money
from kiosk.store.engine import Store

FIELDS = (
    "type", "number", "business_day", "occurred_at", "location", "jurisdiction", "currency",
    "sku", "tax_class", "tax_rate_percent", "quantity", "net", "tax", "gross",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class TaxRow:
    type: str  # sale | refund
    number: str
    business_day: str
    occurred_at: str
    location: str
    jurisdiction: str
    currency: str
    sku: str
    tax_class: str
    tax_rate_percent: str
    quantity: int
    net: int  # minor units; refunds are negative
    tax: int
    gross: int


_QUERY = text(
    """
    SELECT 'sale', s.receipt_no, s.business_day, s.created_at, s.location, s.jurisdiction,
           s.currency, l.sku, l.tax_class_code, l.tax_rate_ppm, l.quantity, l.net, l.tax, l.gross
      FROM sale_lines l JOIN sales s ON s.id = l.sale_id
     WHERE s.business_day BETWEEN :first AND :last
    UNION ALL
    SELECT 'refund', r.refund_no, r.business_day, r.created_at, r.location, r.jurisdiction,
           r.currency, l.sku, l.tax_class_code, l.tax_rate_ppm, -l.quantity, -l.net, -l.tax,
           -l.amount
      FROM refund_lines l JOIN refunds r ON r.id = l.refund_id
     WHERE r.business_day BETWEEN :first AND :last
     ORDER BY 4, 2
    """
)


def tax_rows(store: Store, first_day: str, last_day: str) -> list[TaxRow]:
    with store.read() as session:
        rows = session.execute(_QUERY, {"first": first_day, "last": last_day}).all()
    return [
        TaxRow(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            r[8],
            _percent(r[9]),
            r[10],
            r[11],
            r[12],
            r[13],
        )
        for r in rows
    ]


def _percent(ppm: int) -> str:
    whole, rest = divmod(ppm, 10_000)
    return f"{whole}.{rest:04d}".rstrip("0").rstrip(".")


def _exported(row: TaxRow) -> dict[str, object]:
    """Amounts as exact decimal strings ("12.34", "-0.50"): what an accountant's tool reads,
    and never a float."""
    data: dict[str, object] = asdict(row)
    for field in ("net", "tax", "gross"):
        data[field] = str(Money(getattr(row, field), row.currency).as_decimal())
    return data


def render(rows: list[TaxRow], fmt: str) -> str:
    exported = [_exported(r) for r in rows]
    if fmt == "json":
        return json.dumps(exported, indent=2)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(FIELDS)
    writer.writerows([row[f] for f in FIELDS] for row in exported)
    return out.getvalue()
