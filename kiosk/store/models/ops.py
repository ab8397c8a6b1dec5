"""Operational tables: the outbox to HQ, the audit log, print jobs, settings and counters."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Column, Field, Index, LargeBinary, SQLModel

from kiosk.store.types import UtcDateTime, utcnow


class OutboxEntry(SQLModel, table=True):
    """An event HQ must learn about, written in the same transaction as what it describes."""

    __tablename__ = "outbox"
    # Reconciliation re-sends the events of a business day.
    __table_args__ = (Index("ix_outbox_created_at", "created_at"),)

    seq: int = Field(primary_key=True)  # gapless per kiosk, from the "outbox" counter
    event_id: str = Field(unique=True)  # the idempotency key at HQ
    kind: str
    payload: str  # JSON, in the sync protocol's schema
    created_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))
    state: str = Field(default="pending", index=True)  # pending | acked
    attempts: int = 0
    acked_at: datetime | None = Field(default=None, sa_column=Column(UtcDateTime()))
    last_error: str | None = None


class AuditEntry(SQLModel, table=True):
    """Append-only, hash-chained record of who did what."""

    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))
    associate_id: str | None = None
    action: str = Field(index=True)
    subject: str = ""
    detail: str = "{}"  # JSON
    prev_hash: str
    hash: str


class PrintJob(SQLModel, table=True):
    """A receipt (or drawer kick) stored before it is sent, so no print is lost or doubled."""

    __tablename__ = "print_jobs"

    id: str = Field(primary_key=True)
    kind: str  # receipt | drawer | report | test
    document: str  # JSON of hardware.document.Document
    rendered: bytes | None = Field(default=None, sa_column=Column(LargeBinary()))
    reference: str | None = Field(default=None, index=True)  # sale id, shift id, ...
    is_copy: bool = False
    state: str = Field(
        default="queued", index=True
    )  # queued | sending | printed | failed | expired
    attempts: int = 0
    last_error: str | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UtcDateTime()))
    printed_at: datetime | None = Field(default=None, sa_column=Column(UtcDateTime()))


class Setting(SQLModel, table=True):
    __tablename__ = "settings"

    key: str = Field(primary_key=True)
    value: str  # JSON


class Counter(SQLModel, table=True):
    """Gapless counters (receipt numbers, outbox sequence, Z numbers). Incremented inside the
    transaction that uses the number, so a rollback gives the number back."""

    __tablename__ = "counters"

    name: str = Field(primary_key=True)
    value: int = 0
