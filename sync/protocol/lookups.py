"""Answers HQ gives a kiosk on request, outside the push/pull streams (schema 2).

A sale from another kiosk of the same location, looked up by its receipt number, so a till can
refund from the receipt a customer brings back. Money is integer minor units, like everywhere.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from sync.protocol.events import Strict

RECEIPT_LOOKUP_PATTERN = r"^[A-Za-z0-9]{1,16}-[0-9]{1,12}$"  # "<kiosk code>-<sequence>"


class SaleLookupLine(Strict):
    line_no: int = Field(ge=1)
    sku: str
    name: str
    quantity: int = Field(ge=1)
    unit_price: int = Field(ge=0)
    gross: int  # what the line cost the customer, tax included, after discounts
    tax: int
    tax_class: str
    tax_rate_ppm: int = Field(ge=0)
    # What every kiosk of the location has given back for this line so far, as HQ knows it.
    refunded_quantity: int = Field(ge=0)
    refunded_amount: int = Field(ge=0)
    refunded_tax: int = 0


class SaleLookupTender(Strict):
    method: Literal["cash", "card"]
    amount: int = Field(ge=0)  # what this tender paid, change already taken off


class SaleLookup(Strict):
    sale_id: str
    receipt_no: str
    kiosk_id: str  # the kiosk that sold it
    location: str
    occurred_at: datetime
    business_day: str
    currency: str
    total: int
    tax_total: int
    lines: list[SaleLookupLine]
    tenders: list[SaleLookupTender]
    card_refunded: int = Field(ge=0)  # given back to a card so far, by any kiosk
    # The refunds the figures above count, so the asking kiosk adds exactly its own that HQ
    # has not taken in yet (no double count when one reaches HQ during the lookup).
    refund_ids: list[str] = Field(default_factory=list)
