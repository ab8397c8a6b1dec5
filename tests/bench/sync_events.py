"""Varied, valid events for the HQ ingest bench, shaped by the real kiosk checkout.

The sales are real checkout output (the Simulator's baskets of 1-8 lines, mixed tenders, some
discounts) read from a kiosk's outbox, each used once and given this kiosk's ids, code, location
and receipt numbers. Between them, as in a kiosk's day: refunds of earlier sales, waste
write-offs, stockout reports, and a shift close at the end.
"""

from __future__ import annotations

import gzip
import random
import uuid
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sync.protocol import BacklogReport, OutboxEvent, PushRequest

Payload = dict[str, Any]


_ID_FIELDS = {
    "sale.completed": "sale_id",
    "refund.completed": "refund_id",
    "stock.adjusted": "adjustment_id",
    "stockout.reported": "report_id",
    "shift.closed": "shift_id",
}


def _id() -> str:
    return uuid.uuid4().hex


class KioskDay:
    """One kiosk's events, in sequence order, built from its share of real sales."""

    def __init__(self, kiosk_code: str, location: str, sales: list[Payload], seed: int) -> None:
        self.kiosk_code = kiosk_code
        self.location = location
        self.sales = sales
        self.rng = random.Random(seed)
        self.sold: list[Payload] = []
        self.refunds_total = 0
        self.events: list[OutboxEvent] = []

    def build(self, count: int) -> list[OutboxEvent]:
        feed = iter(self.sales)
        while len(self.events) < count - 1:
            roll = self.rng.random()
            if roll < 0.02 and self.sold:
                self._add("refund.completed", self._refund())
            elif roll < 0.05 and self.sold:
                self._add("stock.adjusted", self._waste())
            elif roll < 0.06 and self.sold:
                self._add("stockout.reported", self._stockout())
            else:
                self._add("sale.completed", self._sale(next(feed)))
        self._add("shift.closed", self._shift_close())
        return self.events

    def _add(self, kind: str, payload: Payload) -> None:
        event_id = payload[_ID_FIELDS[kind]]  # as the kiosk does: the record's own id
        occurred = datetime.fromisoformat(str(payload.get("occurred_at") or payload["closed_at"]))
        self.events.append(
            OutboxEvent(
                seq=len(self.events) + 1,
                event_id=event_id,
                kind=kind,
                occurred_at=occurred,
                payload=payload,
            )
        )

    def _sale(self, template: Payload) -> Payload:
        sale = dict(
            template,
            sale_id=_id(),
            kiosk_code=self.kiosk_code,
            location=self.location,
            receipt_no=f"{self.kiosk_code}-{len(self.sold) + 1:06d}",
            lines=[dict(line, stock_event_id=_id()) for line in template["lines"]],
        )
        self.sold.append(sale)
        return sale

    def _refund(self) -> Payload:
        sale = self.rng.choice(self.sold)
        line = self.rng.choice(sale["lines"])
        amount = line["gross"] // line["quantity"]
        self.refunds_total += amount
        return {
            "kind": "refund.completed",
            "refund_id": _id(),
            "sale_id": sale["sale_id"],
            "receipt_no": sale["receipt_no"],
            "associate_id": sale["associate_id"],
            "occurred_at": sale["occurred_at"],
            "business_day": sale["business_day"],
            "currency": sale["currency"],
            "reason": "damaged",
            "total": amount,
            "lines": [
                {
                    "sku": line["sku"],
                    "quantity": 1,
                    "amount": amount,
                    "tax": line["tax"] // line["quantity"],
                    "restocked": True,
                    "stock_event_id": _id(),
                }
            ],
            "payments": [{"method": "cash", "amount": amount, "tendered": amount, "change": 0}],
        }

    def _waste(self) -> Payload:
        sale = self.rng.choice(self.sold)
        return {
            "kind": "stock.adjusted",
            "adjustment_id": _id(),
            "sku": self.rng.choice(sale["lines"])["sku"],
            "delta": -self.rng.choice((1, 1, 2)),
            "reason": "waste",
            "stock_event_id": _id(),
            "associate_id": sale["associate_id"],
            "occurred_at": sale["occurred_at"],
            "business_day": sale["business_day"],
        }

    def _stockout(self) -> Payload:
        sale = self.sold[-1]
        return {
            "kind": "stockout.reported",
            "report_id": _id(),
            "sku": sale["lines"][0]["sku"],
            "on_hand": 0,
            "occurred_at": sale["occurred_at"],
            "business_day": sale["business_day"],
        }

    def _shift_close(self) -> Payload:
        last = self.sold[-1]
        takings = sum(int(s["total"]) for s in self.sold)
        return {
            "kind": "shift.closed",
            "shift_id": _id(),
            "z_no": 1,
            "associate_id": last["associate_id"],
            "opened_at": self.sold[0]["occurred_at"],
            "closed_at": last["occurred_at"],
            "business_day": last["business_day"],
            "currency": last["currency"],
            "sales_count": len(self.sold),
            "sales_total": takings,
            "refunds_total": self.refunds_total,
            "cash_expected": takings - self.refunds_total,
            "cash_counted": takings - self.refunds_total,
            "variance": 0,
        }


def push_bodies(events: list[OutboxEvent], sent_at: datetime, batch: int) -> Iterator[bytes]:
    """The gzip-compressed push requests a kiosk would send, `batch` events each."""
    for start in range(0, len(events), batch):
        chunk = events[start : start + batch]
        request = PushRequest(
            sent_at=sent_at,
            backlog=BacklogReport(waiting=len(events) - start, last_seq=events[-1].seq),
            events=chunk,
        )
        yield gzip.compress(request.model_dump_json().encode(), compresslevel=5)
