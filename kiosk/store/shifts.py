"""Shift rows and the figures the X and Z reports are made of."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlmodel import Session

from kiosk.domain.shift_report import ShiftReport, TaxLine, TenderLine, expected_cash
from kiosk.store.catalog import dbapi
from kiosk.store.models import Shift
from kiosk.store.types import iso_utc


def open_shift(session: Session) -> Shift | None:
    row = session.execute(text("SELECT id FROM shifts WHERE state = 'open'")).first()
    return session.get(Shift, row[0]) if row else None


def open_shift_id(session: Session) -> str | None:
    row = dbapi(session).execute("SELECT id FROM shifts WHERE state = 'open'").fetchone()
    return str(row[0]) if row else None


@dataclass(frozen=True, slots=True)
class Names:
    opened_by: str
    closed_by: str | None = None


def _one(session: Session, sql: str, shift_id: str) -> tuple[int, ...]:
    row = session.execute(text(sql), {"s": shift_id}).one()
    return tuple(int(v or 0) for v in row)


def _tenders(session: Session, sql: str, shift_id: str) -> list[TenderLine]:
    rows = session.execute(text(sql), {"s": shift_id}).all()
    return [TenderLine(r[0], int(r[1]), int(r[2] or 0)) for r in rows]


def figures(
    session: Session, shift: Shift, now: datetime, names: Names, kind: str = "X"
) -> ShiftReport:
    sid = shift.id
    sales_count, sales_total, tax_total, discount_total, discounted, overrides = _one(
        session,
        "SELECT COUNT(*), SUM(total), SUM(tax_total), SUM(discount_total), "
        "SUM(discount_total > 0), SUM(json_array_length(overrides_json)) "
        "FROM sales WHERE shift_id = :s",
        sid,
    )
    sales_by_tender = _tenders(
        session,
        "SELECT p.method, COUNT(*), SUM(p.amount) FROM payments p JOIN sales s "
        "ON s.id = p.sale_id WHERE s.shift_id = :s GROUP BY p.method ORDER BY p.method",
        sid,
    )
    refunds_count, refunds_total, refund_overrides = _one(
        session,
        "SELECT COUNT(*), SUM(total), SUM(json_array_length(approvals_json)) "
        "FROM refunds WHERE shift_id = :s",
        sid,
    )
    refunds_by_tender = _tenders(
        session,
        "SELECT p.method, COUNT(*), SUM(p.amount) FROM refund_payments p JOIN refunds r "
        "ON r.id = p.refund_id WHERE r.shift_id = :s GROUP BY p.method ORDER BY p.method",
        sid,
    )
    tax_rows = session.execute(
        text(
            "SELECT l.tax_class_code, l.tax_rate_ppm, SUM(l.net), SUM(l.tax), SUM(l.gross) "
            "FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE s.shift_id = :s "
            "GROUP BY l.tax_class_code, l.tax_rate_ppm ORDER BY l.tax_class_code"
        ),
        {"s": sid},
    ).all()
    cash_in, cash_out, no_sales = _one(
        session,
        "SELECT SUM(CASE WHEN kind = 'in' THEN amount END), "
        "SUM(CASE WHEN kind = 'out' THEN amount END), SUM(kind = 'no_sale') "
        "FROM cash_movements WHERE shift_id = :s",
        sid,
    )
    until = iso_utc(shift.closed_at or now)
    voids = dict(
        session.execute(
            text(
                "SELECT action, COUNT(*) FROM audit_log WHERE action IN "
                "('line.voided', 'cart.voided') AND at >= :since AND at <= :until "
                "GROUP BY action"
            ),
            {"since": iso_utc(shift.opened_at), "until": until},
        ).all()
    )
    cash_sales = sum(t.amount for t in sales_by_tender if t.method == "cash")
    cash_refunds = sum(t.amount for t in refunds_by_tender if t.method == "cash")
    return ShiftReport(
        kind=kind,
        shift_id=sid,
        currency="",
        opened_at=iso_utc(shift.opened_at),
        opened_by=names.opened_by,
        printed_at=iso_utc(now),
        float_total=shift.float_total,
        sales_count=sales_count,
        sales_total=sales_total,
        tax_total=tax_total,
        discount_total=discount_total,
        discounted_sales=discounted,
        overrides=overrides + refund_overrides,
        line_voids=int(voids.get("line.voided", 0)),
        cart_voids=int(voids.get("cart.voided", 0)),
        refunds_count=refunds_count,
        refunds_total=refunds_total,
        cash_in=cash_in,
        cash_out=cash_out,
        no_sales=no_sales,
        expected_cash=expected_cash(shift.float_total, cash_sales, cash_refunds, cash_in, cash_out),
        sales_by_tender=sales_by_tender,
        refunds_by_tender=refunds_by_tender,
        tax_by_class=[TaxLine(r[0], int(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in tax_rows],
        closed_by=names.closed_by,
    )
