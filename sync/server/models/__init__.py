"""HQ tables. Importing this package registers them all on HQ_METADATA (not SQLModel's global
metadata, which the kiosk's own tables use when both live in one process, as in tests)."""

from sync.server.models.base import HQ_METADATA, HQModel
from sync.server.models.catalog import Category, Price, Product, StaffMember, TaxClass
from sync.server.models.core import (
    AdminToken,
    Counter,
    HQSetting,
    Kiosk,
    Location,
    LocationSetting,
)
from sync.server.models.ledger import (
    AppliedEvent,
    EventException,
    Refund,
    RefundLine,
    Sale,
    SaleLine,
    ShiftReport,
    StockLedgerEntry,
    StockLevel,
)
from sync.server.models.orders import (
    PickupHandover,
    PickupOrder,
    ReplenishmentRequest,
    Shipment,
)
from sync.server.models.webhooks import WebhookAttempt, WebhookDelivery, WebhookEndpoint

__all__ = [
    "HQ_METADATA",
    "AdminToken",
    "AppliedEvent",
    "Category",
    "Counter",
    "EventException",
    "HQModel",
    "HQSetting",
    "Kiosk",
    "Location",
    "LocationSetting",
    "PickupHandover",
    "PickupOrder",
    "Price",
    "Product",
    "Refund",
    "RefundLine",
    "ReplenishmentRequest",
    "Sale",
    "SaleLine",
    "ShiftReport",
    "Shipment",
    "StaffMember",
    "StockLedgerEntry",
    "StockLevel",
    "TaxClass",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookEndpoint",
]
