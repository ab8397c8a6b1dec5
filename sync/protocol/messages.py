"""Request and response bodies of enrolment, push, reconcile and repair."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from pydantic import Field

from sync.protocol.events import Day, Id, Sku, Strict

MAX_BATCH = 1000  # a kiosk sends ~250; HQ refuses more than this in one request
MAX_SEQ = 2**31 - 1  # sequences and counts fit a 32-bit integer column everywhere
MAX_SUM = 2**62


class OutboxEvent(Strict):
    """One outbox entry on the wire. The payload is validated per event, by HQ, when it is
    applied, so one bad event is parked instead of refusing the whole batch."""

    seq: int = Field(ge=1, le=MAX_SEQ)
    event_id: Id
    kind: str = Field(min_length=1, max_length=64)
    occurred_at: datetime
    payload: dict[str, Any]


class BacklogReport(Strict):
    waiting: int = Field(ge=0, le=MAX_SEQ)  # events in the outbox not yet acknowledged
    oldest_at: datetime | None = None
    last_seq: int = Field(ge=0, le=MAX_SEQ)


class PushRequest(Strict):
    sent_at: datetime  # the kiosk's clock, for the skew check
    backlog: BacklogReport
    events: list[OutboxEvent] = Field(max_length=MAX_BATCH)


class ParkedEvent(Strict):
    seq: int
    event_id: str
    reason: str


class PushResponse(Strict):
    acked_through: int  # every event up to this sequence is safe at HQ
    expected_seq: int | None = None  # set when the batch did not continue where HQ stands
    applied: int = 0
    duplicates: int = 0
    parked: list[ParkedEvent] = Field(default_factory=list)
    server_time: datetime


class SkuDigest(Strict):
    sku: Sku
    count: int = Field(ge=0, le=MAX_SEQ)
    delta_sum: int = Field(ge=-MAX_SUM, le=MAX_SUM)
    ids_hash: str = Field(pattern=r"^[0-9a-f]{64}$")


class DayDigest(Strict):
    day: Day
    skus: list[SkuDigest] = Field(max_length=200_000)


class ReconcileRequest(Strict):
    days: list[DayDigest] = Field(max_length=31)
    final: bool = False  # the second pass, after re-pushing: what differs now is an anomaly


class DigestMismatch(Strict):
    day: str
    sku: str
    kiosk: SkuDigest | None
    hq: SkuDigest | None


class ReconcileResponse(Strict):
    mismatches: list[DigestMismatch]
    anomalies_recorded: int = 0
    server_time: datetime


class RepairRequest(Strict):
    """Events re-sent for days whose digests differ. HQ applies those it does not hold."""

    events: list[OutboxEvent] = Field(max_length=MAX_BATCH)


class RepairResponse(Strict):
    applied: int
    already_known: int
    parked: list[ParkedEvent] = Field(default_factory=list)


class EnrolRequest(Strict):
    code: str = Field(min_length=4, max_length=64)
    device_name: str = Field(default="", max_length=200)


class EnrolResponse(Strict):
    kiosk_id: str
    kiosk_name: str
    location: str
    token: str  # shown once; the kiosk keeps it in the OS keyring
    pickup_key: str  # HQ's Ed25519 public key (base64) for verifying pickup codes offline
    server_time: datetime


class ErrorBody(Strict):
    error: str
    detail: Any = None


class UpgradeNeededBody(Strict):
    error: str = "upgrade_needed"
    detail: str
    supported_protocol: tuple[int, int]
    supported_schema: tuple[int, int]


def ids_hash(ids: Iterable[str]) -> str:
    """The digest of a set of ledger event ids: order-free, so both ends agree."""
    return hashlib.sha256("\n".join(sorted(ids)).encode()).hexdigest()
