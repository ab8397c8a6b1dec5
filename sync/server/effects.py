"""What each event kind does at HQ, collected as rows so a whole batch is written in bulk.

Validation happens first (`parse_event` plus the identity checks in `ingest`); an event that
reaches `Effects.add` is applied. Stock movements are collected in event order, so the level
walk in `stock_effects` can tell which sale ate into committed stock or emptied a shelf.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sync.protocol import (
    EventPayload,
    OutboxEvent,
    PickupCompleted,
    RefundCompleted,
    ReplenishmentReceived,
    SaleCompleted,
    ShiftClosed,
    StockCounted,
    StockoutReported,
    movements_of,
)
from sync.server.pickup_state import OrderState, PickupOutcome, apply_pickup


@dataclass(frozen=True, slots=True)
class StockStep:
    """One change of a SKU's level, in event order."""

    seq: int
    event_id: str
    sku: str
    delta: int
    committed_delta: int
    kind: str


@dataclass(slots=True)
class Effects:
    kiosk_id: str
    location: str
    now: datetime
    applied: list[dict[str, Any]] = field(default_factory=list)
    sales: list[dict[str, Any]] = field(default_factory=list)
    sale_lines: list[dict[str, Any]] = field(default_factory=list)
    refunds: list[dict[str, Any]] = field(default_factory=list)
    # refunds in event order, for refund_links to tie to the sale lines they came off
    refund_events: list[tuple[OutboxEvent, RefundCompleted]] = field(default_factory=list)
    shifts: list[dict[str, Any]] = field(default_factory=list)
    ledger: list[dict[str, Any]] = field(default_factory=list)
    exceptions: list[dict[str, Any]] = field(default_factory=list)
    steps: list[StockStep] = field(default_factory=list)
    stockouts: list[StockoutReported] = field(default_factory=list)
    pickup_outcomes: list[PickupOutcome] = field(default_factory=list)
    received_shipments: list[str] = field(default_factory=list)
    count_events: list[tuple[OutboxEvent, StockCounted]] = field(default_factory=list)
    # the orders this batch's pickups refer to; filled by ingest before add(), and moved on
    # by each pickup in turn (two visits for one order may arrive in one batch)
    orders: dict[str, OrderState] = field(default_factory=dict)

    def exception(
        self, category: str, reason: str, event: OutboxEvent | None = None, **extra: Any
    ) -> None:
        self.exceptions.append(
            {
                "kiosk_id": self.kiosk_id,
                "category": category,
                "seq": event.seq if event else None,
                "event_id": event.event_id if event else None,
                "kind": event.kind if event else None,
                "sku": extra.pop("sku", None),
                "business_day": extra.pop("business_day", None),
                "reason": reason,
                "detail": extra,
                "created_at": self.now,
            }
        )

    def mark(self, event: OutboxEvent, status: str, business_day: str | None) -> None:
        self.applied.append(
            {
                "kiosk_id": self.kiosk_id,
                "seq": event.seq,
                "event_id": event.event_id,
                "kind": event.kind,
                "status": status,
                "business_day": business_day,
                "applied_at": self.now,
            }
        )

    def add(self, event: OutboxEvent, payload: EventPayload, status: str = "applied") -> None:
        day = payload.business_day
        self.mark(event, status, day)
        self._rows(event, payload)
        released = self._freed(event, payload)
        for move in movements_of(payload):
            self.ledger.append(
                {
                    "stock_event_id": move.stock_event_id,
                    "kiosk_id": self.kiosk_id,
                    "seq": event.seq,
                    "location": self.location,
                    "sku": move.sku,
                    "delta": move.delta,
                    "kind": move.kind,
                    "business_day": day,
                    "occurred_at": event.occurred_at,
                }
            )
            self.steps.append(
                StockStep(
                    event.seq,
                    event.event_id,
                    move.sku,
                    move.delta,
                    -released.pop(move.sku, 0),
                    move.kind,
                )
            )
        for sku, quantity in released.items():  # ordered lines nobody collected: free them
            self.steps.append(StockStep(event.seq, event.event_id, sku, 0, -quantity, "release"))

    def _freed(self, event: OutboxEvent, payload: EventPayload) -> dict[str, int]:
        """Committed units a pickup gives back (see sync.server.pickup_state)."""
        if not isinstance(payload, PickupCompleted):
            return {}
        outcome = apply_pickup(self.orders.get(payload.order_id), payload, event.seq)
        self.pickup_outcomes.append(outcome)
        return dict(outcome.freed)

    def _rows(self, event: OutboxEvent, payload: EventPayload) -> None:
        match payload:
            case SaleCompleted():
                self.sales.append(
                    {
                        "id": payload.sale_id,
                        "kiosk_id": self.kiosk_id,
                        "location": self.location,
                        "seq": event.seq,
                        "receipt_no": payload.receipt_no,
                        "business_day": payload.business_day,
                        "occurred_at": payload.occurred_at,
                        "currency": payload.currency,
                        "total": payload.total,
                        "tax_total": payload.tax_total,
                        "discount_total": payload.discount_total,
                        "linked_order": payload.linked_order,
                        "payments": [
                            {"method": p.method, "amount": p.amount} for p in payload.payments
                        ],
                    }
                )
                self.sale_lines.extend(
                    {
                        "sale_id": payload.sale_id,
                        "line_no": ln.line_no,
                        "sku": ln.sku,
                        "quantity": ln.quantity,
                        "gross": ln.gross,
                        "tax": ln.tax,
                        "name": ln.name,
                        "unit_price": ln.unit_price,
                        "tax_class": ln.tax_class,
                        "tax_rate_ppm": ln.tax_rate_ppm,
                    }
                    for ln in payload.lines
                )
            case RefundCompleted():
                self.refunds.append(
                    {
                        "id": payload.refund_id,
                        "kiosk_id": self.kiosk_id,
                        "seq": event.seq,
                        "sale_id": payload.sale_id,
                        "business_day": payload.business_day,
                        "occurred_at": payload.occurred_at,
                        "currency": payload.currency,
                        "total": payload.total,
                        "reason": payload.reason,
                        "receipt_no": payload.receipt_no,
                        "sale_kiosk_id": payload.sale_kiosk,
                        "card_amount": sum(
                            p.amount for p in payload.payments if p.method == "card"
                        ),
                    }
                )
                self.refund_events.append((event, payload))
            case ShiftClosed():
                self.shifts.append(
                    {
                        "id": payload.shift_id,
                        "kiosk_id": self.kiosk_id,
                        "z_no": payload.z_no,
                        "business_day": payload.business_day,
                        "closed_at": payload.closed_at,
                        "data": payload.model_dump(mode="json"),
                    }
                )
            case StockCounted():
                self.count_events.append((event, payload))
            case StockoutReported():
                self.stockouts.append(payload)
            case ReplenishmentReceived():
                if payload.shipment_id:
                    self.received_shipments.append(payload.shipment_id)
            case _:
                pass


def record_ids(payload: EventPayload) -> dict[str, list[str]]:
    """The ids an event would create, by the table that must not already hold them."""
    ids: dict[str, list[str]] = {"stock": [m.stock_event_id for m in movements_of(payload)]}
    match payload:
        case SaleCompleted():
            ids["sale"] = [payload.sale_id]
        case RefundCompleted():
            ids["refund"] = [payload.refund_id]
        case ShiftClosed():
            ids["shift"] = [payload.shift_id]
        case PickupCompleted():
            ids["pickup"] = [payload.pickup_id]
        case _:
            pass
    return ids
