"""A receipt from another till: HQ's copy of the sale, made refundable at this one.

HQ answers with the sale as its kiosk pushed it, and with what every kiosk of the location has
given back of each line so far. This till adds its own refunds of that sale that HQ has not
counted yet (HQ lists the ones it counted, so none is counted twice), and from there the
quantities are checked exactly as for a sale of this till.

Threads: asking HQ (`HqSales.sale_by_receipt`) is network work and runs on the UI's network
thread; merging with the local refunds is store work and runs on the database worker.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Literal, Protocol

from kiosk.domain.barcode import RECEIPT_PATTERN
from kiosk.domain.errors import KioskError
from kiosk.store.refunds import LocalRefundLine, RefundableLine, SaleHeader
from sync.protocol import SaleLookup, SaleLookupLine

Why = Literal["offline", "not_enrolled", "not_at_hq", "refused"]


class ReceiptNotChecked(KioskError):
    """HQ could not confirm another till's receipt; it is refunded without it (a manager
    approves). The message is the one sentence the associate reads."""

    def __init__(self, receipt_no: str, why: Why) -> None:
        self.receipt_no, self.why = receipt_no, why
        super().__init__(not_checked_text(receipt_no, why))


def not_checked_text(receipt_no: str, why: Why) -> str:
    start = {
        "offline": "Head office cannot be reached, so",
        "not_enrolled": "This till is not connected to head office, so",
        "not_at_hq": "Head office has no sale with this number at this shop yet, so",
        "refused": "Head office refused the question, so",
    }[why]
    return (
        f"{start} receipt {receipt_no} cannot be checked. Refund without the receipt; "
        "a manager approves."
    )


class HqSales(Protocol):
    """HQ's copies of this location's sales (kiosk.devices.hq_sales fills it in)."""

    def sale_by_receipt(self, receipt_no: str) -> SaleLookup:
        """Raises ReceiptNotChecked when HQ cannot answer or holds no such sale here."""
        ...


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a sale refunded here from HQ's copy was made."""

    sale_id: str  # HQ's (and the selling kiosk's) id of the sale
    kiosk: str


def is_other_tills(receipt_no: str, kiosk_code: str) -> bool:
    return bool(RECEIPT_PATTERN.match(receipt_no)) and not receipt_no.startswith(f"{kiosk_code}-")


def merge(
    copy: SaleLookup, local: list[LocalRefundLine], product_ids: dict[str, int]
) -> tuple[SaleHeader, list[RefundableLine]]:
    """The sale as this till may refund it: HQ's figures plus this till's refunds HQ has not
    counted. A SKU missing from this till's catalog gets product id 0 (refused at refund)."""
    counted = set(copy.refund_ids)
    unseen = [ln for ln in local if ln.refund_id not in counted]
    back: defaultdict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for line in copy.lines:
        back[line.line_no] = [line.refunded_quantity, line.refunded_amount, line.refunded_tax]
    for item in unseen:
        target = _line_for(copy.lines, item, back)
        if target is not None:
            got = back[target.line_no]
            got[0], got[1], got[2] = got[0] + item.quantity, got[1] + item.amount, got[2] + item.tax
    card_here = {ln.refund_id: ln.card for ln in unseen if ln.sale_line_no is not None}
    header = SaleHeader(
        sale_id=copy.sale_id,
        receipt_no=copy.receipt_no,
        created_at=copy.occurred_at,
        total=copy.total,
        associate_id="",
        card_paid=sum(t.amount for t in copy.tenders if t.method == "card"),
        cash_paid=sum(t.amount for t in copy.tenders if t.method == "cash"),
        card_refunded=copy.card_refunded + sum(card_here.values()),
    )
    lines = [_refundable(line, back[line.line_no], product_ids) for line in copy.lines]
    return header, lines


def _line_for(
    lines: list[SaleLookupLine], item: LocalRefundLine, back: dict[int, list[int]]
) -> SaleLookupLine | None:
    """The same rule HQ applies (sync.server.refund_links): the named line, else the first
    line of that SKU with something left, else the last line of that SKU."""
    same_sku = [ln for ln in lines if ln.sku == item.sku]
    named = next((ln for ln in same_sku if ln.line_no == item.sale_line_no), None)
    if named is not None:
        return named
    for line in same_sku:
        if back[line.line_no][0] < line.quantity:
            return line
    return same_sku[-1] if same_sku else None


def _refundable(
    line: SaleLookupLine, back: list[int], product_ids: dict[str, int]
) -> RefundableLine:
    # Two tills refunding one receipt offline can have given back more than was sold (HQ
    # raises it); here that only means nothing is left.
    quantity = min(back[0], line.quantity)
    left = quantity < line.quantity
    return RefundableLine(
        sale_line_id=line.line_no,
        product_id=product_ids.get(line.sku, 0),
        sku=line.sku,
        name=line.name,
        sold=line.quantity,
        refunded=quantity,
        unit_price=line.unit_price,
        remaining_amount=max(0, line.gross - back[1]) if left else 0,
        remaining_tax=max(0, line.tax - back[2]) if left else 0,
        tax_class_code=line.tax_class,
        tax_rate_ppm=line.tax_rate_ppm,
        line_no=line.line_no,
    )
