"""What kiosks told HQ: applied events, sales, refunds, the stock ledger and levels, exceptions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field

from sync.server.models.base import HQModel, big, ts, ts_required


class AppliedEvent(HQModel, table=True):
    """One row per kiosk sequence HQ has taken in (applied or parked). Event ids are unique
    among applied rows (checked on the way in); a parked row may repeat one."""

    __tablename__ = "applied_events"
    __table_args__ = (Index("ix_applied_events_kiosk_event", "kiosk_id", "event_id"),)

    kiosk_id: str = Field(primary_key=True)
    seq: int = Field(primary_key=True)
    event_id: str
    kind: str
    status: str  # applied | parked | repaired
    business_day: str | None = Field(default=None, index=True)
    applied_at: datetime = ts_required()


class EventException(HQModel, table=True):
    """Something to resolve: a parked invalid event, an oversell, a count variance, a gap, a
    reconciliation anomaly. Reported daily, never blocking the queue."""

    __tablename__ = "event_exceptions"

    id: int | None = Field(default=None, primary_key=True)
    kiosk_id: str | None = Field(default=None, index=True)
    category: str = Field(index=True)  # invalid | oversell | count_variance | gap | anomaly
    seq: int | None = None
    event_id: str | None = None
    kind: str | None = None
    sku: str | None = None
    business_day: str | None = Field(default=None, index=True)
    reason: str
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = ts_required()
    resolved_at: datetime | None = ts()


class Sale(HQModel, table=True):
    __tablename__ = "sales"
    __table_args__ = (
        Index("ix_sales_kiosk_day", "kiosk_id", "business_day"),
        # another kiosk of the location looks a sale up by its receipt to refund it
        Index("ix_sales_location_receipt", "location", "receipt_no"),
    )

    id: str = Field(primary_key=True)
    kiosk_id: str
    location: str = ""  # the selling kiosk's location when HQ took the sale in
    seq: int
    receipt_no: str
    business_day: str
    occurred_at: datetime = ts_required()
    currency: str
    total: int
    tax_total: int
    discount_total: int
    linked_order: str | None = None
    # [{"method": "cash" | "card", "amount": int}]: what each tender paid, change taken off
    payments: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class SaleLine(HQModel, table=True):
    __tablename__ = "sale_lines"

    id: int | None = Field(default=None, primary_key=True)
    sale_id: str = Field(index=True)
    line_no: int
    sku: str
    quantity: int
    gross: int
    tax: int
    # what a kiosk refunding from this receipt shows and computes with (schema 2 columns;
    # sales taken in before them read "", 0)
    name: str = ""
    unit_price: int = 0
    tax_class: str = ""
    tax_rate_ppm: int = 0


class Refund(HQModel, table=True):
    __tablename__ = "refunds"
    __table_args__ = (Index("ix_refunds_kiosk_day", "kiosk_id", "business_day"),)

    id: str = Field(primary_key=True)
    kiosk_id: str  # the kiosk that gave the money back
    seq: int
    sale_id: str | None = Field(default=None, index=True)
    business_day: str
    occurred_at: datetime = ts_required()
    currency: str
    total: int
    reason: str
    receipt_no: str | None = None  # the original receipt, also when refunded without it
    sale_kiosk_id: str | None = None  # the kiosk that made the sale, when it is another one
    card_amount: int = 0  # the part given back to a card


class RefundLine(HQModel, table=True):
    """What a refund gave back, line by line, tied to the sale line it came off when HQ can
    tell (a refund from the receipt, or one without it whose receipt number HQ holds). Summed
    over every kiosk, this is what each line of a sale has had back."""

    __tablename__ = "refund_lines"

    id: int | None = Field(default=None, primary_key=True)
    refund_id: str = Field(index=True)
    kiosk_id: str
    sale_id: str | None = Field(default=None, index=True)
    line_no: int | None = None
    sku: str
    quantity: int
    amount: int
    tax: int


class ShiftReport(HQModel, table=True):
    __tablename__ = "shift_reports"

    id: str = Field(primary_key=True)
    kiosk_id: str = Field(index=True)
    z_no: int
    business_day: str
    closed_at: datetime = ts_required()
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class StockLedgerEntry(HQModel, table=True):
    """The kiosk's ledger events as HQ recorded them; the reconciliation digest is built here."""

    __tablename__ = "stock_ledger"
    __table_args__ = (
        Index("ix_stock_ledger_kiosk_day", "kiosk_id", "business_day"),
        Index("ix_stock_ledger_location_sku", "location", "sku"),
    )

    id: int | None = Field(default=None, primary_key=True)
    stock_event_id: str = Field(unique=True)
    kiosk_id: str | None = None  # None for movements HQ itself records (transfers, intake)
    seq: int | None = None
    location: str
    sku: str
    delta: int
    kind: str
    business_day: str
    occurred_at: datetime = ts_required()


class StockLevel(HQModel, table=True):
    __tablename__ = "stock_levels"
    __table_args__ = (Index("ix_stock_levels_location_version", "location", "version"),)

    location: str = Field(primary_key=True)
    sku: str = Field(primary_key=True)
    on_hand: int = 0
    committed: int = 0  # held for online pickup orders
    reorder_point: int | None = None  # per-SKU override of the location's
    version: int = big()
