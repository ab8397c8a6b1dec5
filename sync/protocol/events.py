"""Event payloads: what a kiosk writes into its outbox and HQ applies, one kind per class.

Every payload that moves stock names the kiosk ledger event(s) it caused (`stock_event_id`), so
both ends can build the same per-day, per-SKU digest of the stock ledger for reconciliation.
Kinds are never renamed or reused; a new shape is a new schema version.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Id = Annotated[str, StringConstraints(min_length=1, max_length=64)]
Sku = Annotated[str, StringConstraints(min_length=1, max_length=64)]
Day = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]
Text = Annotated[str, StringConstraints(max_length=500)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SaleLinePayload(Strict):
    line_no: int = Field(ge=1)
    sku: Sku
    name: str
    quantity: int = Field(ge=1)
    unit_price: int = Field(ge=0)
    line_discount: int = Field(ge=0)
    cart_discount: int = Field(ge=0)
    net: int
    tax: int
    gross: int
    tax_class: str
    tax_rate_ppm: int = Field(ge=0)
    price_overridden: bool = False
    stock_event_id: Id  # the ledger event this line caused (the reconciliation digest uses it)


class PaymentPayload(Strict):
    method: Literal["cash", "card"]
    amount: int = Field(ge=0)
    tendered: int = Field(ge=0)
    change: int = Field(ge=0)
    reference: str | None = None


class OverridePayload(Strict):
    approval_id: str
    permission: str
    manager_id: str
    reason: str
    target: str


class SaleCompleted(Strict):
    kind: Literal["sale.completed"] = "sale.completed"
    sale_id: Id
    receipt_no: str
    kiosk_code: str
    associate_id: str
    occurred_at: datetime
    business_day: Day
    currency: str = Field(min_length=3, max_length=3)
    tax_mode: Literal["inclusive", "exclusive"]
    location: str
    jurisdiction: str
    subtotal: int
    discount_total: int
    tax_total: int
    total: int
    lines: list[SaleLinePayload] = Field(min_length=1, max_length=500)
    payments: list[PaymentPayload]
    overrides: list[OverridePayload] = []
    linked_order: str | None = None


class RefundLinePayload(Strict):
    sku: Sku
    # The original sale's line (schema 2), so HQ can count what each line has had back across
    # kiosks; None without a receipt, and from kiosks on schema 1 (HQ then matches by SKU).
    line_no: int | None = Field(default=None, ge=1)
    quantity: int = Field(ge=1)
    amount: int = Field(ge=0)  # gross money given back for this line
    tax: int = 0
    restocked: bool = True  # back on the shelf, or written off (binned at once)
    stock_event_id: Id | None = None  # the item coming back (+quantity)
    writeoff_event_id: Id | None = None  # when not restocked: binned at once (-quantity)


class RefundCompleted(Strict):
    kind: Literal["refund.completed"] = "refund.completed"
    refund_id: Id
    sale_id: Id | None  # None for a refund without the original receipt
    receipt_no: str | None = None
    # The kiosk that made the sale when it is another one (schema 2): a receipt from another
    # till that HQ confirmed. None for this kiosk's own sales and for refunds without receipt.
    sale_kiosk: str | None = Field(default=None, max_length=32)
    associate_id: str
    occurred_at: datetime
    business_day: Day
    currency: str = Field(min_length=3, max_length=3)
    reason: Text = Field(min_length=1)  # a reason code, kept for audits as the field report asks
    note: Text = ""
    refund_no: str | None = None
    total: int = Field(ge=0)
    lines: list[RefundLinePayload] = Field(min_length=1, max_length=500)
    payments: list[PaymentPayload]


class StockAdjusted(Strict):
    """Waste, damage, theft found, expiry or a correction: a signed movement with a reason."""

    kind: Literal["stock.adjusted"] = "stock.adjusted"
    adjustment_id: Id
    sku: Sku
    delta: int
    reason: Literal["waste", "damage", "theft", "expired", "correction"]
    note: Text = ""
    stock_event_id: Id
    associate_id: str
    occurred_at: datetime
    business_day: Day


class StockCounted(Strict):
    """A physical count: the number found, and the movement that brought the ledger to it."""

    kind: Literal["stock.counted"] = "stock.counted"
    count_id: Id
    sku: Sku
    counted: int = Field(ge=0)
    delta: int  # counted minus what the kiosk's ledger said just before
    stock_event_id: Id
    associate_id: str
    occurred_at: datetime
    business_day: Day


class StockoutReported(Strict):
    """Queued the moment the kiosk's count of a product reaches zero (or below)."""

    kind: Literal["stockout.reported"] = "stockout.reported"
    report_id: Id
    sku: Sku
    on_hand: int
    occurred_at: datetime
    business_day: Day


class ReplenishmentLinePayload(Strict):
    sku: Sku
    quantity: int = Field(ge=0)  # what went on the shelf
    stock_event_id: Id
    expected: int | None = Field(default=None, ge=0)  # what the shipment said
    issue: Literal["short", "over", "damaged"] | None = None
    note: Text = ""


class ReplenishmentReceived(Strict):
    kind: Literal["replenishment.received"] = "replenishment.received"
    receipt_id: Id
    shipment_id: Id | None  # None for a delivery HQ did not announce
    associate_id: str
    occurred_at: datetime
    business_day: Day
    lines: list[ReplenishmentLinePayload] = Field(min_length=1, max_length=2000)


class PickupLinePayload(Strict):
    sku: Sku
    ordered: int = Field(ge=0)
    handed_over: int = Field(ge=0)
    stock_event_id: Id | None = None  # present when handed_over > 0


class PickupProof(Strict):
    method: Literal["code", "name_phone", "id_checked"]
    associate_id: str
    signature_png_b64: str | None = Field(default=None, max_length=400_000)
    note: Text = ""


class PickupCompleted(Strict):
    kind: Literal["pickup.completed"] = "pickup.completed"
    pickup_id: Id
    order_id: Id
    partial: bool
    reason: Text = ""  # why items were left, for a partial pickup
    lines: list[PickupLinePayload] = Field(min_length=1, max_length=500)
    proof: PickupProof
    occurred_at: datetime
    business_day: Day


class ShiftClosed(Strict):
    kind: Literal["shift.closed"] = "shift.closed"
    shift_id: Id
    z_no: int = Field(ge=1)
    associate_id: str
    opened_at: datetime
    closed_at: datetime
    business_day: Day
    currency: str = Field(min_length=3, max_length=3)
    sales_count: int = Field(ge=0)
    sales_total: int
    refunds_total: int = Field(ge=0)
    cash_expected: int
    cash_counted: int
    variance: int


EventPayload = (
    SaleCompleted
    | RefundCompleted
    | StockAdjusted
    | StockCounted
    | StockoutReported
    | ReplenishmentReceived
    | PickupCompleted
    | ShiftClosed
)

EVENT_MODELS: dict[str, type[EventPayload]] = {
    "sale.completed": SaleCompleted,
    "refund.completed": RefundCompleted,
    "stock.adjusted": StockAdjusted,
    "stock.counted": StockCounted,
    "stockout.reported": StockoutReported,
    "replenishment.received": ReplenishmentReceived,
    "pickup.completed": PickupCompleted,
    "shift.closed": ShiftClosed,
}


class UnknownEventKind(ValueError):
    pass


def parse_event(kind: str, payload: dict[str, Any]) -> EventPayload:
    """Validates a payload against its kind. Raises UnknownEventKind or pydantic.ValidationError."""
    model = EVENT_MODELS.get(kind)
    if model is None:
        raise UnknownEventKind(f"unknown event kind {kind!r}")
    if payload.get("kind", kind) != kind:
        raise UnknownEventKind(f"payload kind {payload.get('kind')!r} does not match {kind!r}")
    return model.model_validate(payload)


class Movement(NamedTuple):
    """One stock ledger entry an event caused, as both ends record it."""

    stock_event_id: str
    sku: str
    delta: int
    kind: str


def movements_of(event: EventPayload) -> list[Movement]:
    """The stock movements an event stands for (the same list at the kiosk and at HQ)."""
    match event:
        case SaleCompleted():
            return [Movement(ln.stock_event_id, ln.sku, -ln.quantity, "sale") for ln in event.lines]
        case RefundCompleted():
            # A written-off item is two movements: it came back, and it went in the bin; the
            # shelf count is unchanged but both ends keep the same ledger.
            moves = [
                Movement(ln.stock_event_id, ln.sku, ln.quantity, "refund")
                for ln in event.lines
                if ln.stock_event_id
            ]
            return moves + [
                Movement(ln.writeoff_event_id, ln.sku, -ln.quantity, "writeoff")
                for ln in event.lines
                if ln.writeoff_event_id
            ]
        case StockAdjusted():
            return [Movement(event.stock_event_id, event.sku, event.delta, event.reason)]
        case StockCounted():
            return [Movement(event.stock_event_id, event.sku, event.delta, "count")]
        case ReplenishmentReceived():
            return [
                Movement(ln.stock_event_id, ln.sku, ln.quantity, "receive") for ln in event.lines
            ]
        case PickupCompleted():
            return [
                Movement(ln.stock_event_id, ln.sku, -ln.handed_over, "pickup")
                for ln in event.lines
                if ln.handed_over and ln.stock_event_id
            ]
        case _:
            return []
