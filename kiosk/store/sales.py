"""Writing and reading completed sales. The insert is the checkout's hot path."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from kiosk.store.catalog import dbapi
from kiosk.store.types import iso_utc


@dataclass(frozen=True, slots=True)
class SaleRow:
    id: str
    receipt_no: str
    seq: int
    kiosk_code: str
    associate_id: str
    created_at: datetime
    business_day: str
    currency: str
    tax_mode: str
    subtotal: int
    discount_total: int
    tax_total: int
    total: int
    location: str
    jurisdiction: str
    cart_id: str
    linked_order: str | None
    overrides_json: str
    shift_id: str


@dataclass(frozen=True, slots=True)
class LineRow:
    line_no: int
    product_id: int
    sku: str
    name: str
    quantity: int
    unit_price: int
    line_discount: int
    cart_discount: int
    net: int
    tax: int
    gross: int
    tax_class_code: str
    tax_rate_ppm: int
    price_overridden: bool
    override_reason: str
    discount_reason: str


@dataclass(frozen=True, slots=True)
class PaymentRow:
    method: str
    amount: int
    tendered: int
    change: int
    reference: str | None


_SALE = (
    "INSERT INTO sales (id, receipt_no, seq, kiosk_code, associate_id, created_at, business_day, "
    "currency, tax_mode, subtotal, discount_total, tax_total, total, location, jurisdiction, "
    "cart_id, linked_order, overrides_json, shift_id) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_LINE = (
    "INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name, quantity, unit_price, "
    "line_discount, cart_discount, net, tax, gross, tax_class_code, tax_rate_ppm, "
    "price_overridden, override_reason, discount_reason) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_PAYMENT = (
    "INSERT INTO payments (sale_id, method, amount, tendered, change, reference) "
    "VALUES (?,?,?,?,?,?)"
)


def insert_sale(
    session: Session, sale: SaleRow, lines: list[LineRow], payments: list[PaymentRow]
) -> None:
    conn = dbapi(session)
    conn.execute(
        _SALE,
        (
            sale.id,
            sale.receipt_no,
            sale.seq,
            sale.kiosk_code,
            sale.associate_id,
            iso_utc(sale.created_at),
            sale.business_day,
            sale.currency,
            sale.tax_mode,
            sale.subtotal,
            sale.discount_total,
            sale.tax_total,
            sale.total,
            sale.location,
            sale.jurisdiction,
            sale.cart_id,
            sale.linked_order,
            sale.overrides_json,
            sale.shift_id,
        ),
    )
    conn.executemany(
        _LINE,
        [
            (
                sale.id,
                ln.line_no,
                ln.product_id,
                ln.sku,
                ln.name,
                ln.quantity,
                ln.unit_price,
                ln.line_discount,
                ln.cart_discount,
                ln.net,
                ln.tax,
                ln.gross,
                ln.tax_class_code,
                ln.tax_rate_ppm,
                ln.price_overridden,
                ln.override_reason,
                ln.discount_reason,
            )
            for ln in lines
        ],
    )
    conn.executemany(
        _PAYMENT,
        [(sale.id, p.method, p.amount, p.tendered, p.change, p.reference) for p in payments],
    )


def find_sale_id(session: Session, receipt_no: str) -> str | None:
    row = session.execute(
        text("SELECT id FROM sales WHERE receipt_no = :r"), {"r": receipt_no}
    ).first()
    return str(row[0]) if row else None


def load_sale(
    session: Session, sale_id: str
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]] | None:
    sale = (
        session.execute(text("SELECT * FROM sales WHERE id = :i"), {"i": sale_id})
        .mappings()
        .first()
    )
    if sale is None:
        return None
    lines = (
        session.execute(
            text("SELECT * FROM sale_lines WHERE sale_id = :i ORDER BY line_no"), {"i": sale_id}
        )
        .mappings()
        .all()
    )
    payments = (
        session.execute(
            text("SELECT * FROM payments WHERE sale_id = :i ORDER BY id"), {"i": sale_id}
        )
        .mappings()
        .all()
    )
    return dict(sale), [dict(x) for x in lines], [dict(x) for x in payments]
