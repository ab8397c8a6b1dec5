"""Webhooks for orchestration tools: endpoints, deliveries (stored before sending) and a log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, Text
from sqlmodel import Field

from sync.server.models.base import HQModel, ts, ts_required


class WebhookEndpoint(HQModel, table=True):
    __tablename__ = "webhook_endpoints"

    id: int | None = Field(default=None, primary_key=True)
    url: str
    secret: str  # the shared HMAC key; the receiver holds the same one
    events: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    active: bool = True
    created_at: datetime = ts_required()


class WebhookDelivery(HQModel, table=True):
    __tablename__ = "webhook_deliveries"
    __table_args__ = (Index("ix_webhook_due", "status", "next_attempt_at"),)

    id: str = Field(primary_key=True)  # also sent as the delivery id header (receivers dedupe)
    endpoint_id: int = Field(index=True)
    event: str
    body: str = Field(sa_column=Column(Text, nullable=False))
    status: str = "pending"  # pending | delivered | failed
    attempts: int = 0
    next_attempt_at: datetime = ts_required()
    lease_until: datetime | None = ts()  # a dispatcher claims a delivery for a while
    last_status: int | None = None
    last_error: str | None = None
    created_at: datetime = ts_required()
    delivered_at: datetime | None = ts()


class WebhookAttempt(HQModel, table=True):
    __tablename__ = "webhook_attempts"

    id: int | None = Field(default=None, primary_key=True)
    delivery_id: str = Field(index=True)
    at: datetime = ts_required()
    status_code: int | None = None
    error: str | None = None
    duration_ms: int = 0
