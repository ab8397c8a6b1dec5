"""Pull streams: what HQ hands out, page by page, each page with the cursor to continue from.

Cursors are opaque strings minted by HQ (never a device timestamp). A page whose `reset` is set
answers an unknown or expired cursor: the kiosk drops its copy of the stream and stores this
page, the first of a full re-pull, in the same local transaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from sync.protocol.events import Id, Sku, Strict
from sync.protocol.store_settings import SettingValue

StreamName = Literal["catalog", "prices", "staff", "stock", "shipments", "pickups", "settings"]
STREAMS: tuple[StreamName, ...] = (
    "catalog",
    "prices",
    "staff",
    "stock",
    "shipments",
    "pickups",
    "settings",
)


class Page(Strict):
    stream: StreamName
    cursor: str
    has_more: bool
    reset: bool = False
    server_time: datetime


class TaxClassItem(Strict):
    code: str
    name: str
    rate_ppm: int = Field(ge=0)


class CategoryItem(Strict):
    code: str
    name: str
    sort_order: int = 0
    color: str = "#607d8b"


class ProductItem(Strict):
    sku: Sku
    name: str
    category_code: str | None = None
    tax_class_code: str
    unit: Literal["piece", "kg"] = "piece"
    active: bool = True
    price: int = Field(ge=0)  # current price, so a product never lands without one
    barcodes: list[str] = Field(default_factory=list)
    image: str | None = None


class CatalogPage(Page):
    """Each page carries the tax classes and categories its products refer to."""

    products: list[ProductItem]
    tax_classes: list[TaxClassItem] = Field(default_factory=list)
    categories: list[CategoryItem] = Field(default_factory=list)


class PriceItem(Strict):
    sku: Sku
    price: int = Field(ge=0)


class PricesPage(Page):
    prices: list[PriceItem]


class StaffItem(Strict):
    id: Id
    name: str
    role: Literal["associate", "manager", "admin"]
    pin_hash: str  # argon2id, never the PIN
    badge_code: str | None = None
    active: bool = True


class StaffPage(Page):
    staff: list[StaffItem]


class StockItem(Strict):
    sku: Sku
    on_hand: int
    committed: int = 0  # held for online pickup orders
    available: int = 0  # what the storefront may still sell: on hand - committed - buffer


class StockPage(Page):
    reflects_seq: int  # the last sequence from THIS kiosk the numbers include
    items: list[StockItem]


class ShipmentLineItem(Strict):
    sku: Sku
    quantity: int = Field(ge=0)


class ShipmentItem(Strict):
    shipment_id: Id
    status: Literal["in_transit", "received", "cancelled"]
    expected_at: datetime | None = None
    note: str = ""
    lines: list[ShipmentLineItem]


class ShipmentsPage(Page):
    shipments: list[ShipmentItem]


class PickupLineItem(Strict):
    line_no: int = Field(ge=1)
    sku: Sku
    name: str
    quantity: int = Field(ge=1)
    unit_price: int = Field(ge=0)


class PickupOfferItem(Strict):
    """The seed's add-on offer: a product at a discounted price, valid until pickup."""

    sku: Sku
    price: int = Field(ge=0)
    valid_until: datetime


class PickupOrderItem(Strict):
    order_id: Id
    order_no: str  # the storefront's order number, what the customer quotes
    customer_name: str
    contact_masked: str  # e.g. "+49 *** *** 1234"
    paid: bool
    total: int
    currency: str
    window_start: datetime
    window_end: datetime
    status: Literal["ready", "completed", "partial", "cancelled", "released"]
    code: str  # the signed pickup code (see sync.protocol.pickup_codes)
    lines: list[PickupLineItem]
    offer: PickupOfferItem | None = None


class PickupsPage(Page):
    orders: list[PickupOrderItem]


class SettingItem(Strict):
    """One business setting HQ manages for the kiosk's location (see store_settings)."""

    key: str
    value: SettingValue  # text, or a whole number (money in cents, never a float)
    updated_at: datetime


class SettingsPage(Page):
    settings: list[SettingItem]


_PAGES: dict[str, type[Page]] = {
    "catalog": CatalogPage,
    "prices": PricesPage,
    "staff": StaffPage,
    "stock": StockPage,
    "shipments": ShipmentsPage,
    "pickups": PickupsPage,
    "settings": SettingsPage,
}


def page_model(stream: str) -> type[Page]:
    return _PAGES[stream]
