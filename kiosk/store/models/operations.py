"""Daily operations: shifts (the drawer from float to Z report), cash movements, refunds."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Column, Field, SQLModel

from kiosk.store.types import UtcDateTime


class Shift(SQLModel, table=True):
    """One drawer session. Once closed it is the Z report and never changes (a trigger)."""

    __tablename__ = "shifts"

    id: str = Field(primary_key=True)
    state: str = Field(index=True)  # open | closed
    opened_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))
    opened_by: str = Field(foreign_key="associates.id")
    float_json: str  # counted float by denomination
    float_total: int
    business_day: str
    closed_at: datetime | None = Field(default=None, sa_column=Column(UtcDateTime()))
    closed_by: str | None = None
    counted_json: str | None = None  # the blind count by denomination
    counted_total: int | None = None
    expected_cash: int | None = None
    variance: int | None = None
    z_no: int | None = Field(default=None, unique=True)
    report_json: str | None = None  # the Z report exactly as printed


class CashMovement(SQLModel, table=True):
    __tablename__ = "cash_movements"

    id: str = Field(primary_key=True)
    shift_id: str = Field(foreign_key="shifts.id", index=True)
    kind: str  # in | out | no_sale
    amount: int  # always >= 0; the kind gives the direction
    reason: str
    associate_id: str
    approved_by: str | None = None
    at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))


class Refund(SQLModel, table=True):
    __tablename__ = "refunds"

    id: str = Field(primary_key=True)
    refund_no: str = Field(unique=True)  # "<kiosk code>-R<gapless sequence>"
    shift_id: str = Field(foreign_key="shifts.id", index=True)
    sale_id: str | None = Field(default=None, foreign_key="sales.id", index=True)
    receipt_no: str | None = None  # the original receipt, also for another kiosk's receipt
    associate_id: str = Field(foreign_key="associates.id")
    created_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False, index=True))
    business_day: str = Field(index=True)
    currency: str
    reason_code: str = Field(index=True)
    reason_note: str = ""
    total: int
    tax_total: int
    location: str
    jurisdiction: str
    approvals_json: str = "[]"
    # Another till's sale, confirmed by HQ (sale_id stays None: it is not in this store)
    origin_sale_id: str | None = Field(default=None, index=True)
    origin_kiosk: str | None = None


class RefundLine(SQLModel, table=True):
    __tablename__ = "refund_lines"

    id: int | None = Field(default=None, primary_key=True)
    refund_id: str = Field(foreign_key="refunds.id", index=True)
    sale_line_id: int | None = Field(default=None, foreign_key="sale_lines.id", index=True)
    product_id: int = Field(foreign_key="products.id")
    sku: str
    name: str
    quantity: int
    amount: int  # gross given back
    net: int
    tax: int
    tax_class_code: str
    tax_rate_ppm: int
    restock: bool
    stock_event_id: str  # the item coming back (+quantity)
    writeoff_event_id: str | None = None  # binned at once (-quantity) when not restocked
    sale_line_no: int | None = None  # the line on the original receipt (this till's or not)


class RefundPayment(SQLModel, table=True):
    __tablename__ = "refund_payments"

    id: int | None = Field(default=None, primary_key=True)
    refund_id: str = Field(foreign_key="refunds.id", index=True)
    method: str  # cash | card
    amount: int
    reference: str | None = None
