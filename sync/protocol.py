"""Sync protocol v1: the wire schemas both ends share.

Event payloads are what a kiosk writes into its outbox (in the same transaction as the
sale/refund/stock change they describe) and later pushes to HQ unchanged.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

PROTOCOL_VERSION = 1
SCHEMA_VERSION = 1


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SaleLinePayload(Strict):
    line_no: int = Field(ge=1)
    sku: str
    name: str
    quantity: int = Field(ge=1)
    unit_price: int = Field(ge=0)
    line_discount: int = Field(ge=0)
    cart_discount: int = Field(ge=0)
    net: int
    tax: int
    gross: int
    tax_class: str
    tax_rate_ppm: int = Field(ge=0)
    price_overridden: bool = False
    stock_event_id: str  # the ledger event this line caused (the reconciliation digest uses it)


class PaymentPayload(Strict):
    method: Literal["cash", "card"]
    amount: int = Field(ge=0)
    tendered: int = Field(ge=0)
    change: int = Field(ge=0)
    reference: str | None = None


class OverridePayload(Strict):
    approval_id: str
    permission: str
    manager_id: str
    reason: str
    target: str


class SaleCompleted(Strict):
    kind: Literal["sale.completed"] = "sale.completed"
    sale_id: str
    receipt_no: str
    kiosk_code: str
    associate_id: str
    occurred_at: datetime
    business_day: str
    currency: str = Field(min_length=3, max_length=3)
    tax_mode: Literal["inclusive", "exclusive"]
    location: str
    jurisdiction: str
    subtotal: int
    discount_total: int
    tax_total: int
    total: int
    lines: list[SaleLinePayload] = Field(min_length=1)
    payments: list[PaymentPayload]
    overrides: list[OverridePayload] = []
    linked_order: str | None = None
