"""What sync keeps at the kiosk: enrolment (never the token), stream cursors, the run log, and
what HQ sent: the stock snapshot, replenishment shipments and pickup orders."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Column, Field, SQLModel

from kiosk.store.types import UtcDateTime


class SyncEnrolment(SQLModel, table=True):
    __tablename__ = "sync_enrolment"

    id: int = Field(default=1, primary_key=True)  # one row: a kiosk talks to one HQ
    hq_url: str
    kiosk_id: str
    kiosk_name: str
    location: str
    pickup_key: str  # HQ's public key for verifying pickup codes offline
    enrolled_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))


class SyncCursor(SQLModel, table=True):
    __tablename__ = "sync_cursors"

    stream: str = Field(primary_key=True)
    cursor: str
    updated_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))


class SyncRun(SQLModel, table=True):
    __tablename__ = "sync_runs"

    id: int | None = Field(default=None, primary_key=True)
    trigger: str
    started_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False, index=True))
    finished_at: datetime | None = Field(default=None, sa_column=Column(UtcDateTime()))
    status: str
    step: str = ""
    pushed: int = 0
    duplicates: int = 0
    parked: int = 0
    pulled_json: str = "{}"
    resets_json: str = "[]"
    mismatches: int = 0
    anomalies: int = 0
    repaired: int = 0
    clock_skew_s: float | None = None
    error: str | None = None


class StockSnapshotRow(SQLModel, table=True):
    """HQ's count for this kiosk's location, and the last kiosk sequence it includes."""

    __tablename__ = "stock_snapshot"

    sku: str = Field(primary_key=True)
    on_hand: int
    committed: int = 0
    available: int = 0
    reflects_seq: int
    updated_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))


class ShipmentRow(SQLModel, table=True):
    __tablename__ = "shipments"

    shipment_id: str = Field(primary_key=True)
    status: str
    expected_at: datetime | None = Field(default=None, sa_column=Column(UtcDateTime()))
    note: str = ""
    updated_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))


class ShipmentLineRow(SQLModel, table=True):
    __tablename__ = "shipment_lines"

    shipment_id: str = Field(
        primary_key=True, foreign_key="shipments.shipment_id", ondelete="CASCADE"
    )
    line_no: int = Field(primary_key=True)
    sku: str
    quantity: int


class PickupOrderRow(SQLModel, table=True):
    __tablename__ = "pickup_orders"

    order_id: str = Field(primary_key=True)
    order_no: str = Field(index=True)
    customer_name: str
    contact_masked: str
    paid: bool
    total: int
    currency: str
    window_start: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))
    window_end: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))
    status: str = Field(index=True)
    code: str
    offer_json: str | None = None
    updated_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))


class PickupOrderLineRow(SQLModel, table=True):
    __tablename__ = "pickup_order_lines"

    order_id: str = Field(
        primary_key=True, foreign_key="pickup_orders.order_id", ondelete="CASCADE"
    )
    line_no: int = Field(primary_key=True)
    sku: str = Field(index=True)  # stock held for pickup is looked up by product at checkout
    name: str
    quantity: int
    unit_price: int
