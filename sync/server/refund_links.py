"""Refunds tied to the sale lines they came off, across every kiosk of a location.

A refund from the receipt names its sale and (schema 2) the line of each item; one without the
receipt may still carry the receipt number, and HQ ties it when it holds that sale at the
refunding kiosk's location. Summed per line over all kiosks, these are what HQ tells a kiosk has
already come back (sync.server.sale_lookup).

Two tills refunding the same receipt while both were offline can together give back more than
was sold. The money and the goods did move, so the refund is recorded as it happened, and the
excess is raised as an "over_refund" exception for the daily report: never dropped, never
blocking the queue.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from sync.protocol import OutboxEvent, RefundCompleted, RefundLinePayload
from sync.server import bulk
from sync.server.effects import Effects
from sync.server.models import EventException, RefundLine


@dataclass(frozen=True, slots=True)
class _SoldLine:
    line_no: int
    sku: str
    quantity: int


def link(session: Session, effects: Effects) -> None:
    """Runs after the batch's sales are written, so a refund in the same batch as its sale (a
    kiosk's own, pushed together) finds it."""
    if not effects.refund_events:
        return
    by_receipt = _sales_by_receipt(session, effects)
    sale_ids = {p.sale_id for _, p in effects.refund_events if p.sale_id}
    sale_ids |= set(by_receipt.values())
    sold = _sold_lines(session, sorted(sale_ids))
    taken = _refunded_so_far(session, sorted(sale_ids))
    rows: list[dict[str, Any]] = []
    for event, refund in effects.refund_events:
        sale_id = refund.sale_id or by_receipt.get(refund.receipt_no or "")
        lines = sold.get(sale_id) if sale_id else None
        if refund.sale_id and lines is None:
            effects.exception(
                "refund_unlinked",
                f"refund {refund.refund_no or refund.refund_id} names sale {refund.sale_id} "
                f"({refund.receipt_no or 'no receipt number'}), which HQ does not hold",
                event,
                business_day=refund.business_day,
            )
        for item in refund.lines:
            line = _line_for(lines or [], item, taken, sale_id or "")
            rows.append(_row(effects.kiosk_id, refund, item, sale_id if line else None, line))
            if line is None or sale_id is None:
                continue
            key = (sale_id, line.line_no)
            taken[key] += item.quantity
            if taken[key] > line.quantity:
                _over_refund(effects, event, refund, item, line, refunded=taken[key])
    bulk.insert_rows(session, RefundLine, rows)
    bulk.insert_rows(session, EventException, effects.exceptions)
    effects.exceptions.clear()


def _sales_by_receipt(session: Session, effects: Effects) -> dict[str, str]:
    """Refunds without the receipt that carry its number: the sale, at this location."""
    wanted = sorted(
        {p.receipt_no for _, p in effects.refund_events if not p.sale_id and p.receipt_no}
    )
    rows = bulk.select_in(
        session,
        "SELECT receipt_no, id FROM sales",
        "receipt_no",
        wanted,
        location=effects.location,
    )
    return {str(receipt): str(sale_id) for receipt, sale_id in rows}


def _sold_lines(session: Session, sale_ids: list[str]) -> dict[str, list[_SoldLine]]:
    rows = bulk.select_in(
        session, "SELECT sale_id, line_no, sku, quantity FROM sale_lines", "sale_id", sale_ids
    )
    lines: dict[str, list[_SoldLine]] = defaultdict(list)
    for sale_id, line_no, sku, quantity in sorted(rows, key=lambda r: (r[0], r[1])):
        lines[str(sale_id)].append(_SoldLine(int(line_no), str(sku), int(quantity)))
    return dict(lines)


def _refunded_so_far(session: Session, sale_ids: list[str]) -> defaultdict[tuple[str, int], int]:
    rows = bulk.select_in(
        session, "SELECT sale_id, line_no, quantity FROM refund_lines", "sale_id", sale_ids
    )
    taken: defaultdict[tuple[str, int], int] = defaultdict(int)
    for sale_id, line_no, quantity in rows:
        if line_no is not None:
            taken[(str(sale_id), int(line_no))] += int(quantity)
    return taken


def _line_for(
    lines: list[_SoldLine],
    item: RefundLinePayload,
    taken: dict[tuple[str, int], int],
    sale_id: str,
) -> _SoldLine | None:
    """The line a refunded item came off: the one the kiosk named, else the first line of that
    SKU with something left (schema 1 kiosks and refunds without the receipt), else the last
    line of that SKU (an over-refund, raised by the caller)."""
    same_sku = [ln for ln in lines if ln.sku == item.sku]
    named = next((ln for ln in same_sku if ln.line_no == item.line_no), None)
    if named is not None:
        return named
    for line in same_sku:
        if taken.get((sale_id, line.line_no), 0) < line.quantity:
            return line
    return same_sku[-1] if same_sku else None


def _row(
    kiosk_id: str,
    refund: RefundCompleted,
    item: RefundLinePayload,
    sale_id: str | None,
    line: _SoldLine | None,
) -> dict[str, Any]:
    return {
        "refund_id": refund.refund_id,
        "kiosk_id": kiosk_id,
        "sale_id": sale_id,
        "line_no": line.line_no if line else None,
        "sku": item.sku,
        "quantity": item.quantity,
        "amount": item.amount,
        "tax": item.tax,
    }


def _over_refund(
    effects: Effects,
    event: OutboxEvent,
    refund: RefundCompleted,
    item: RefundLinePayload,
    line: _SoldLine,
    *,
    refunded: int,
) -> None:
    receipt = refund.receipt_no or refund.sale_id
    effects.exception(
        "over_refund",
        f"receipt {receipt} line {line.line_no} ({item.sku}): {line.quantity} sold, "
        f"{refunded} refunded across kiosks; refund {refund.refund_no or refund.refund_id} "
        f"at {effects.kiosk_id} gave back {item.quantity} of them",
        event,
        sku=item.sku,
        business_day=refund.business_day,
        receipt_no=refund.receipt_no,
        sale_id=refund.sale_id,
        line_no=line.line_no,
        sold=line.quantity,
        refunded=refunded,
        refund_id=refund.refund_id,
    )
