"""Bodies of the admin API (HQ only; kiosks never see these)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from sync.protocol import Strict
from sync.protocol.events import Id, Sku


class ProductIn(Strict):
    sku: Sku
    name: str = Field(min_length=1, max_length=200)
    price: int = Field(ge=0, le=10**9)
    tax_class: str = Field(min_length=1, max_length=32)
    tax_rate_ppm: int | None = Field(default=None, ge=0, le=1_000_000)
    category: str | None = Field(default=None, max_length=64)
    category_name: str | None = Field(default=None, max_length=100)
    barcodes: list[str] = Field(default=[], max_length=20)
    unit: Literal["piece", "kg"] = "piece"
    active: bool = True


class ProductsIn(Strict):
    products: list[ProductIn] = Field(min_length=1, max_length=20_000)


class PriceIn(Strict):
    sku: Sku
    price: int = Field(ge=0, le=10**9)


class PricesIn(Strict):
    prices: list[PriceIn] = Field(min_length=1, max_length=100_000)


class Changed(Strict):
    changed: int


class StockSetIn(Strict):
    sku: Sku
    on_hand: int | None = Field(default=None, ge=0, le=10**9)  # a count at HQ
    reorder_point: int | None = Field(default=None, ge=0, le=10**9)


class LocationIn(Strict):
    safety_buffer: int | None = Field(default=None, ge=0, le=10**6)
    reorder_point: int | None = Field(default=None, ge=0, le=10**6)


class StockRow(Strict):
    sku: str
    on_hand: int
    committed: int
    safety_buffer: int
    available: int  # for online sale
    reorder_point: int


class LocationStock(Strict):
    location: str
    items: list[StockRow]


class ShipmentLineIn(Strict):
    sku: Sku
    quantity: int = Field(ge=1, le=10**6)


class ShipmentIn(Strict):
    kiosk_id: Id
    lines: list[ShipmentLineIn] = Field(min_length=1, max_length=2000)
    expected_at: datetime | None = None
    note: str = Field(default="", max_length=500)
    shipment_id: Id | None = None  # idempotency key; generated when missing


class ShipmentOut(Strict):
    shipment_id: str
    status: str


class OrderLineIn(Strict):
    sku: Sku
    name: str = Field(min_length=1, max_length=200)
    quantity: int = Field(ge=1, le=1000)
    unit_price: int = Field(ge=0, le=10**9)


class OfferIn(Strict):
    sku: Sku
    price: int = Field(ge=0, le=10**9)


class OrderIn(Strict):
    """An online order for pickup at a kiosk, from the storefront. Idempotent by order id."""

    storefront_order_id: Id
    kiosk_id: Id
    customer_name: str = Field(min_length=1, max_length=200)
    contact: str = Field(default="", max_length=100)  # masked before it is stored
    paid: bool = True
    currency: str = Field(min_length=3, max_length=3)
    window_start: datetime
    window_end: datetime
    lines: list[OrderLineIn] = Field(min_length=1, max_length=100)
    offer: OfferIn | None = None


class OrderOut(Strict):
    order_id: str
    storefront_order_id: str
    status: str
    code: str
    created: bool  # False when this order id had been taken in before


class KioskOut(Strict):
    kiosk_id: str
    name: str
    location: str
    enrolled: bool
    revoked: bool
    last_seq: int
    last_seen_at: datetime | None
    clock_skew_s: float | None
    backlog_waiting: int


class NewKioskIn(Strict):
    name: str = Field(min_length=1, max_length=100)
    location: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")
    kiosk_id: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_-]{1,32}$")


class NewKioskOut(Strict):
    kiosk_id: str
    enrolment_code: str
    expires_at: datetime


class WebhookIn(Strict):
    url: str = Field(pattern=r"^https?://", max_length=500)
    events: list[str] = Field(default=[], max_length=10)


class WebhookOut(Strict):
    id: int
    url: str
    events: list[str]
    secret: str  # shown once at creation


class OrderLineOut(Strict):
    sku: str
    name: str
    quantity: int
    unit_price: int


class HandoverOut(Strict):
    """One hand-over at the kiosk and its proof of pickup, as kept for audits."""

    pickup_id: str
    kiosk_id: str
    occurred_at: datetime
    partial: bool
    reason: str
    handed_over: dict[str, int]
    identified_by: str  # code | name_phone | id_checked
    associate_id: str
    note: str
    signature_png_b64: str | None  # the customer's signature as drawn on the kiosk
    conflict: str | None  # set when HQ no longer held the order (cancelled, released)


class OrderDetailOut(Strict):
    order_id: str
    storefront_order_id: str
    kiosk_id: str
    status: str  # ready | partial | completed | cancelled | released
    customer_name: str
    contact_masked: str
    paid: bool
    total: int
    currency: str
    window_start: datetime
    window_end: datetime
    lines: list[OrderLineOut]
    collected: dict[str, int]
    not_collected: dict[str, int]
    offer: dict[str, object] | None
    handovers: list[HandoverOut]
