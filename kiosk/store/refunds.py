"""What of a sale can still be refunded, and writing a refund."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlmodel import Session

from kiosk.store.catalog import dbapi
from kiosk.store.types import iso_utc


@dataclass(frozen=True, slots=True)
class RefundableLine:
    sale_line_id: int
    product_id: int
    sku: str
    name: str
    sold: int
    refunded: int
    unit_price: int
    remaining_amount: int  # gross not yet given back
    remaining_tax: int
    tax_class_code: str
    tax_rate_ppm: int
    line_no: int = 0  # on the receipt; for another till's sale this is also sale_line_id

    @property
    def refundable(self) -> int:
        return self.sold - self.refunded


@dataclass(frozen=True, slots=True)
class SaleHeader:
    sale_id: str
    receipt_no: str
    created_at: datetime
    total: int
    associate_id: str
    card_paid: int
    cash_paid: int
    card_refunded: int


def sale_header(session: Session, sale_id: str) -> SaleHeader | None:
    row = session.execute(
        text(
            "SELECT s.id, s.receipt_no, s.created_at, s.total, s.associate_id, "
            "(SELECT COALESCE(SUM(amount), 0) FROM payments WHERE sale_id = s.id "
            " AND method = 'card'), "
            "(SELECT COALESCE(SUM(amount), 0) FROM payments WHERE sale_id = s.id "
            " AND method = 'cash'), "
            "(SELECT COALESCE(SUM(p.amount), 0) FROM refund_payments p JOIN refunds r "
            " ON r.id = p.refund_id WHERE r.sale_id = s.id AND p.method = 'card') "
            "FROM sales s WHERE s.id = :i"
        ),
        {"i": sale_id},
    ).first()
    if row is None:
        return None
    return SaleHeader(
        row[0], row[1], datetime.fromisoformat(row[2]), row[3], row[4], row[5], row[6], row[7]
    )


def refundable_lines(session: Session, sale_id: str) -> list[RefundableLine]:
    rows = (
        dbapi(session)
        .execute(
            "SELECT l.id, l.product_id, l.sku, l.name, l.quantity, "
            "COALESCE(SUM(r.quantity), 0), l.unit_price, l.gross - COALESCE(SUM(r.amount), 0), "
            "l.tax - COALESCE(SUM(r.tax), 0), l.tax_class_code, l.tax_rate_ppm, l.line_no "
            "FROM sale_lines l LEFT JOIN refund_lines r ON r.sale_line_id = l.id "
            "WHERE l.sale_id = ? GROUP BY l.id ORDER BY l.line_no",
            (sale_id,),
        )
        .fetchall()
    )
    return [RefundableLine(*row) for row in rows]


def find_sale_ids(
    session: Session,
    *,
    receipt_fragment: str | None = None,
    business_day: str | None = None,
    total: int | None = None,
    limit: int = 20,
) -> list[str]:
    clauses: list[str] = []
    params: dict[str, object] = {"limit": limit}
    if receipt_fragment:
        clauses.append("receipt_no LIKE :fragment")
        params["fragment"] = f"%{receipt_fragment}%"
    if business_day:
        clauses.append("business_day = :day")
        params["day"] = business_day
    if total is not None:
        clauses.append("total = :total")
        params["total"] = total
    where = " AND ".join(clauses) or "1"
    rows = session.execute(
        text(f"SELECT id FROM sales WHERE {where} ORDER BY seq DESC LIMIT :limit"), params
    )
    return [str(r[0]) for r in rows]


@dataclass(frozen=True, slots=True)
class RefundRow:
    id: str
    refund_no: str
    shift_id: str
    sale_id: str | None
    receipt_no: str | None
    associate_id: str
    created_at: datetime
    business_day: str
    currency: str
    reason_code: str
    reason_note: str
    total: int
    tax_total: int
    location: str
    jurisdiction: str
    approvals_json: str
    origin_sale_id: str | None = None  # another till's sale, as HQ holds it
    origin_kiosk: str | None = None


@dataclass(frozen=True, slots=True)
class RefundLineRow:
    sale_line_id: int | None
    product_id: int
    sku: str
    name: str
    quantity: int
    amount: int
    net: int
    tax: int
    tax_class_code: str
    tax_rate_ppm: int
    restock: bool
    stock_event_id: str
    writeoff_event_id: str | None
    sale_line_no: int | None = None


def insert_refund(
    session: Session,
    refund: RefundRow,
    lines: list[RefundLineRow],
    method: str,
    reference: str | None,
) -> None:
    conn = dbapi(session)
    conn.execute(
        "INSERT INTO refunds (id, refund_no, shift_id, sale_id, receipt_no, associate_id, "
        "created_at, business_day, currency, reason_code, reason_note, total, tax_total, "
        "location, jurisdiction, approvals_json, origin_sale_id, origin_kiosk) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            refund.id,
            refund.refund_no,
            refund.shift_id,
            refund.sale_id,
            refund.receipt_no,
            refund.associate_id,
            iso_utc(refund.created_at),
            refund.business_day,
            refund.currency,
            refund.reason_code,
            refund.reason_note,
            refund.total,
            refund.tax_total,
            refund.location,
            refund.jurisdiction,
            refund.approvals_json,
            refund.origin_sale_id,
            refund.origin_kiosk,
        ),
    )
    conn.executemany(
        "INSERT INTO refund_lines (refund_id, sale_line_id, product_id, sku, name, quantity, "
        "amount, net, tax, tax_class_code, tax_rate_ppm, restock, stock_event_id, "
        "writeoff_event_id, sale_line_no) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                refund.id,
                ln.sale_line_id,
                ln.product_id,
                ln.sku,
                ln.name,
                ln.quantity,
                ln.amount,
                ln.net,
                ln.tax,
                ln.tax_class_code,
                ln.tax_rate_ppm,
                ln.restock,
                ln.stock_event_id,
                ln.writeoff_event_id,
                ln.sale_line_no,
            )
            for ln in lines
        ],
    )
    conn.execute(
        "INSERT INTO refund_payments (refund_id, method, amount, reference) VALUES (?,?,?,?)",
        (refund.id, method, refund.total, reference),
    )


def last_sale_id(session: Session, shift_id: str) -> str | None:
    row = session.execute(
        text("SELECT id FROM sales WHERE shift_id = :s ORDER BY seq DESC LIMIT 1"), {"s": shift_id}
    ).first()
    return str(row[0]) if row else None


@dataclass(frozen=True, slots=True)
class LocalRefundLine:
    """An item this till refunded off another till's receipt (or without it, naming it)."""

    refund_id: str
    sale_line_no: int | None  # None for a refund without the receipt
    sku: str
    quantity: int
    amount: int
    tax: int
    card: int  # the refund's card part (the same on each of its lines)


def refunds_of_other_sale(
    session: Session, origin_sale_id: str, receipt_no: str
) -> list[LocalRefundLine]:
    """This till's refunds of another till's sale: from HQ's copy, and those made without the
    receipt while HQ could not be asked, which carry its number (HQ ties those by SKU too)."""
    rows = (
        dbapi(session)
        .execute(
            "SELECT r.id, l.sale_line_no, l.sku, l.quantity, l.amount, l.tax, "
            "(SELECT COALESCE(SUM(p.amount), 0) FROM refund_payments p "
            " WHERE p.refund_id = r.id AND p.method = 'card') "
            "FROM refunds r JOIN refund_lines l ON l.refund_id = r.id "
            "WHERE r.origin_sale_id = ? "
            "OR (r.sale_id IS NULL AND r.origin_sale_id IS NULL AND r.receipt_no = ?) "
            "ORDER BY r.created_at, l.id",
            (origin_sale_id, receipt_no),
        )
        .fetchall()
    )
    return [LocalRefundLine(*row) for row in rows]
