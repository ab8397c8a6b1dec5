"""Things on their way: replenishment shipments and requests, online orders for pickup."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, Text
from sqlmodel import Field

from sync.server.models.base import HQModel, big, ts, ts_required


class Shipment(HQModel, table=True):
    __tablename__ = "shipments"
    __table_args__ = (Index("ix_shipments_kiosk_version", "kiosk_id", "version"),)

    id: str = Field(primary_key=True)
    kiosk_id: str
    location: str
    status: str = "in_transit"  # in_transit | received | cancelled
    expected_at: datetime | None = ts()
    note: str = ""
    lines: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: datetime = ts_required()
    received_at: datetime | None = ts()
    version: int = big()


class ReplenishmentRequest(HQModel, table=True):
    __tablename__ = "replenishment_requests"
    __table_args__ = (Index("ix_replenishment_open", "location", "sku", "status"),)

    id: int | None = Field(default=None, primary_key=True)
    location: str
    sku: str
    reason: str  # stockout | below_reorder_point
    on_hand: int
    status: str = "open"  # open | shipped | closed
    created_at: datetime = ts_required()


class PickupOrder(HQModel, table=True):
    __tablename__ = "pickup_orders"
    __table_args__ = (Index("ix_pickup_orders_kiosk_version", "kiosk_id", "version"),)

    id: str = Field(primary_key=True)
    storefront_order_id: str = Field(unique=True)  # the intake's idempotency key
    kiosk_id: str
    location: str
    customer_name: str
    contact_masked: str
    paid: bool
    total: int
    currency: str
    window_start: datetime = ts_required()
    window_end: datetime = ts_required()
    status: str = "ready"  # ready | completed | partial | cancelled | released
    code: str
    lines: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    offer: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    proof: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    created_at: datetime = ts_required()
    completed_at: datetime | None = ts()
    version: int = big()
    # sku -> units handed over so far (None until the first pickup). What is ordered and not
    # collected stays committed until the window ends, so a customer may come back for it.
    collected: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))


class PickupHandover(HQModel, table=True):
    """One hand-over at a kiosk, with its proof, kept for audits. An order collected in two
    visits has two; one HQ could not simply apply (the order was cancelled or released by
    then) names the conflict."""

    __tablename__ = "pickup_handovers"

    id: str = Field(primary_key=True)  # the kiosk's pickup id
    order_id: str = Field(index=True)
    kiosk_id: str
    seq: int
    occurred_at: datetime = ts_required()
    partial: bool
    reason: str = ""
    lines: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    method: str  # code | name_phone | id_checked
    associate_id: str
    note: str = ""
    signature_png_b64: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    conflict: str | None = None
    received_at: datetime = ts_required()
