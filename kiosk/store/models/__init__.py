"""SQLModel tables. Importing this package registers every table on SQLModel.metadata."""

from kiosk.store.models.catalog import Barcode, Category, Product, TaxClassRow
from kiosk.store.models.ops import AuditEntry, Counter, OutboxEntry, PrintJob, Setting
from kiosk.store.models.sales import ParkedCart, Payment, Sale, SaleLine, StockEvent
from kiosk.store.models.staff import Associate, LoginThrottle

__all__ = [
    "Associate",
    "AuditEntry",
    "Barcode",
    "Category",
    "Counter",
    "LoginThrottle",
    "OutboxEntry",
    "ParkedCart",
    "Payment",
    "PrintJob",
    "Product",
    "Sale",
    "SaleLine",
    "Setting",
    "StockEvent",
    "TaxClassRow",
]
