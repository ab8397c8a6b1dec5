"""A sale by its receipt number, for a kiosk of the same location to refund it.

Only the asking kiosk's own location is searched: a receipt from another shop is refunded
there, or here without the receipt (a manager approves), never from HQ's copy. What each line
has had back is summed over every kiosk's refunds that HQ has taken in (sync.server.refund_links);
the asking kiosk adds its own refunds HQ has not seen yet.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func
from sqlmodel import Session, col, select

from sync.protocol import SaleLookup, SaleLookupLine, SaleLookupTender
from sync.server.models import Kiosk, Refund, RefundLine, Sale, SaleLine


class SaleNotHere(LookupError):
    """HQ holds no sale with that receipt number at the kiosk's location (the message says so)."""


def find_by_receipt(session: Session, kiosk: Kiosk, receipt_no: str) -> SaleLookup:
    sale = session.exec(
        select(Sale)
        .where(Sale.location == kiosk.location, Sale.receipt_no == receipt_no)
        .order_by(col(Sale.occurred_at).desc())
    ).first()
    if sale is None:
        raise SaleNotHere(
            f"HQ holds no sale with receipt {receipt_no} at location {kiosk.location}: it was "
            "made at another location, or its kiosk has not synced it yet"
        )
    lines = session.exec(
        select(SaleLine).where(SaleLine.sale_id == sale.id).order_by(col(SaleLine.line_no))
    ).all()
    back = _refunded(session, sale.id)
    card_refunded = session.exec(
        select(func.coalesce(func.sum(Refund.card_amount), 0)).where(Refund.sale_id == sale.id)
    ).one()
    return SaleLookup(
        sale_id=sale.id,
        receipt_no=sale.receipt_no,
        kiosk_id=sale.kiosk_id,
        location=sale.location,
        occurred_at=sale.occurred_at,
        business_day=sale.business_day,
        currency=sale.currency,
        total=sale.total,
        tax_total=sale.tax_total,
        lines=[_line(line, back.get(line.line_no, (0, 0, 0))) for line in lines],
        tenders=_tenders(sale.payments),
        card_refunded=int(card_refunded),
        refund_ids=_counted_refunds(session, sale.id),
    )


def _counted_refunds(session: Session, sale_id: str) -> list[str]:
    ids = session.exec(
        select(RefundLine.refund_id).where(RefundLine.sale_id == sale_id).distinct()
    ).all()
    named = session.exec(select(Refund.id).where(Refund.sale_id == sale_id)).all()
    return sorted({*ids, *named})


def _refunded(session: Session, sale_id: str) -> dict[int, tuple[int, int, int]]:
    rows = session.exec(
        select(
            RefundLine.line_no,
            func.sum(RefundLine.quantity),
            func.sum(RefundLine.amount),
            func.sum(RefundLine.tax),
        )
        .where(RefundLine.sale_id == sale_id, col(RefundLine.line_no).is_not(None))
        .group_by(col(RefundLine.line_no))
    ).all()
    return {int(n): (int(q), int(a), int(t)) for n, q, a, t in rows if n is not None}


def _line(line: SaleLine, back: tuple[int, int, int]) -> SaleLookupLine:
    quantity, amount, tax = back
    return SaleLookupLine(
        line_no=line.line_no,
        sku=line.sku,
        name=line.name or line.sku,
        quantity=line.quantity,
        unit_price=line.unit_price,
        gross=line.gross,
        tax=line.tax,
        tax_class=line.tax_class,
        tax_rate_ppm=line.tax_rate_ppm,
        refunded_quantity=quantity,
        refunded_amount=amount,
        refunded_tax=tax,
    )


def _tenders(payments: list[dict[str, object]]) -> list[SaleLookupTender]:
    paid: defaultdict[str, int] = defaultdict(int)
    for payment in payments:
        method = "card" if payment.get("method") == "card" else "cash"
        amount = payment.get("amount", 0)
        paid[method] += amount if isinstance(amount, int) else 0
    return [
        SaleLookupTender(method="card" if m == "card" else "cash", amount=a)
        for m, a in sorted(paid.items())
    ]
