"""Hand-overs of online orders at this kiosk, with their proof of pickup, kept for audits.

Kept apart from `pickup_orders` (HQ's copy, overwritten by every pull and cleared by a stream
reset) so a pull can never lose a proof; both tables are append-only (triggers refuse UPDATE
and DELETE), like the stock ledger the hand-overs move.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Column, Field, LargeBinary, SQLModel

from kiosk.store.types import UtcDateTime


class PickupHandoverRow(SQLModel, table=True):
    __tablename__ = "pickup_handovers"

    pickup_id: str = Field(primary_key=True)  # also the pickup.completed event id
    order_id: str = Field(index=True)
    order_no: str
    associate_id: str
    method: str  # code | name_phone | id_checked
    note: str = ""  # e.g. "phone ending 4242", "ID checked: passport"
    signature_png: bytes | None = Field(default=None, sa_column=Column(LargeBinary()))
    partial: bool
    reason: str = ""  # why items were left, for a partial pickup
    occurred_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))
    business_day: str
    print_job_id: str | None = None


class PickupHandoverLineRow(SQLModel, table=True):
    __tablename__ = "pickup_handover_lines"

    pickup_id: str = Field(primary_key=True, foreign_key="pickup_handovers.pickup_id")
    line_no: int = Field(primary_key=True)
    sku: str
    name: str
    ordered: int  # still to collect when this hand-over began
    handed_over: int
    stock_event_id: str | None = None  # the ledger movement, when handed_over > 0
