"""What happened at the till: sales, their lines and payments, parked carts, the stock ledger."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Column, Field, SQLModel

from kiosk.store.types import UtcDateTime, utcnow


class Sale(SQLModel, table=True):
    __tablename__ = "sales"

    id: str = Field(primary_key=True)  # client-generated UUID, the idempotency key at HQ
    receipt_no: str = Field(unique=True)  # "<kiosk code>-<gapless sequence>"
    seq: int = Field(unique=True)
    kiosk_code: str
    associate_id: str = Field(foreign_key="associates.id")
    created_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False, index=True))
    business_day: str = Field(index=True)  # local date "YYYY-MM-DD" for reports
    currency: str
    tax_mode: str
    subtotal: int
    discount_total: int
    tax_total: int
    total: int
    location: str
    jurisdiction: str
    cart_id: str
    # a pickup order this sale belongs to (add-on offers); indexed to find an offer's sale
    linked_order: str | None = Field(default=None, index=True)
    overrides_json: str = "[]"  # manager approvals used in this sale
    shift_id: str | None = Field(default=None, foreign_key="shifts.id", index=True)


class SaleLine(SQLModel, table=True):
    __tablename__ = "sale_lines"

    id: int | None = Field(default=None, primary_key=True)
    sale_id: str = Field(foreign_key="sales.id", index=True)
    line_no: int
    product_id: int = Field(foreign_key="products.id")
    sku: str
    name: str
    quantity: int
    unit_price: int
    line_discount: int
    cart_discount: int
    net: int
    tax: int
    gross: int
    tax_class_code: str
    tax_rate_ppm: int
    price_overridden: bool = False
    override_reason: str = ""
    discount_reason: str = ""


class Payment(SQLModel, table=True):
    __tablename__ = "payments"

    id: int | None = Field(default=None, primary_key=True)
    sale_id: str = Field(foreign_key="sales.id", index=True)
    method: str  # "cash" | "card"
    amount: int  # what this tender paid towards the total
    tendered: int  # cash handed over (equal to amount for cards)
    change: int
    reference: str | None = None  # the card terminal's approval code; never card data


class ParkedCart(SQLModel, table=True):
    __tablename__ = "parked_carts"

    id: str = Field(primary_key=True)
    associate_id: str = Field(foreign_key="associates.id")
    label: str
    item_count: int
    total: int
    cart_json: str
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UtcDateTime()))


class StockEvent(SQLModel, table=True):
    """One signed, immutable movement of stock. On-hand is a sum, never a stored number."""

    __tablename__ = "stock_events"

    id: int | None = Field(default=None, primary_key=True)
    event_id: str = Field(unique=True)
    product_id: int = Field(foreign_key="products.id", index=True)
    delta: int
    kind: str  # sale | refund | receive | waste | count | adjust
    reference: str | None = Field(default=None, index=True)
    reason: str = ""
    counted: int | None = None  # the absolute number, for physical counts only
    associate_id: str | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UtcDateTime()))
