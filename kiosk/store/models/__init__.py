"""SQLModel tables. Importing this package registers every table on SQLModel.metadata."""

from kiosk.store.models.catalog import Barcode, Category, Product, TaxClassRow
from kiosk.store.models.operations import CashMovement, Refund, RefundLine, RefundPayment, Shift
from kiosk.store.models.ops import AuditEntry, Counter, OutboxEntry, PrintJob, Setting
from kiosk.store.models.pickup import PickupHandoverLineRow, PickupHandoverRow
from kiosk.store.models.sales import ParkedCart, Payment, Sale, SaleLine, StockEvent
from kiosk.store.models.staff import Associate, LoginThrottle
from kiosk.store.models.sync import (
    PickupOrderLineRow,
    PickupOrderRow,
    ShipmentLineRow,
    ShipmentRow,
    StockSnapshotRow,
    SyncCursor,
    SyncEnrolment,
    SyncRun,
)

__all__ = [
    "Associate",
    "AuditEntry",
    "Barcode",
    "CashMovement",
    "Category",
    "Counter",
    "LoginThrottle",
    "OutboxEntry",
    "ParkedCart",
    "Payment",
    "PickupHandoverLineRow",
    "PickupHandoverRow",
    "PickupOrderLineRow",
    "PickupOrderRow",
    "PrintJob",
    "Product",
    "Refund",
    "RefundLine",
    "RefundPayment",
    "Sale",
    "SaleLine",
    "Setting",
    "Shift",
    "ShipmentLineRow",
    "ShipmentRow",
    "StockEvent",
    "StockSnapshotRow",
    "SyncCursor",
    "SyncEnrolment",
    "SyncRun",
    "TaxClassRow",
]
