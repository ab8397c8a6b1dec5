"""Signed webhooks for orchestration tools (Zapier-style), stored before they are sent.

`emit` writes one delivery row per subscribed endpoint inside the transaction that caused the
event, so a webhook exists exactly when its cause was committed. `Dispatcher` sends due
deliveries: it claims each with a lease (an UPDATE that only one HQ process can win), signs the
body with HMAC-SHA256, logs every attempt and retries failures with exponential backoff.

Receivers verify `X-KioskHQ-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of "<t>.<body>">`
with the endpoint's secret, and deduplicate by `X-KioskHQ-Delivery`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import ColumnElement, insert, or_, text, update
from sqlmodel import Session, col, select

from sync.server.db import HQDatabase
from sync.server.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint

log = logging.getLogger(__name__)

EVENTS = (
    "stock.out",
    "stock.low",
    "replenishment.requested",
    "pickup.ready",
    "pickup.completed",
    "pickup.released",
    "reconciliation.anomaly",
)
MAX_ATTEMPTS = 10
FIRST_RETRY = timedelta(seconds=10)
LONGEST_RETRY = timedelta(hours=1)
LEASE = timedelta(seconds=60)


def emit(session: Session, event: str, data: dict[str, Any], now: datetime) -> int:
    """Queues `event` for every active endpoint subscribed to it. Returns how many."""
    return emit_many(session, [(event, data)], now)


def emit_many(session: Session, events: list[tuple[str, dict[str, Any]]], now: datetime) -> int:
    """Queues each (event, data) for every active endpoint subscribed to it, in one statement
    (a push that empties many shelves raises many alerts). Returns how many deliveries."""
    if not events:
        return 0
    endpoints = session.execute(select(WebhookEndpoint).where(WebhookEndpoint.active)).scalars()
    subscribers = [(e.id, set(e.events)) for e in endpoints]
    rows = []
    for event, data in events:
        assert event in EVENTS, event
        for endpoint_id, wanted in subscribers:
            if wanted and event not in wanted:
                continue
            delivery_id = uuid.uuid4().hex
            body = json.dumps(
                {"id": delivery_id, "event": event, "created_at": now.isoformat(), "data": data},
                separators=(",", ":"),
                sort_keys=True,
            )
            rows.append(
                {
                    "id": delivery_id,
                    "endpoint_id": endpoint_id,
                    "event": event,
                    "body": body,
                    "status": "pending",
                    "attempts": 0,
                    "next_attempt_at": now,
                    "created_at": now,
                }
            )
    if rows:
        session.execute(insert(WebhookDelivery), rows)
    return len(rows)


def signature(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def verify(secret: str, header: str, body: bytes, now: float, tolerance: float = 300) -> bool:
    """What a receiver does (used by the tests and shown in the README)."""
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        stamp = int(parts["t"])
    except (KeyError, ValueError):
        return False
    expected = signature(secret, stamp, body)
    return abs(now - stamp) <= tolerance and hmac.compare_digest(expected, header)


def _lease_free(now: datetime) -> ColumnElement[bool]:
    lease = col(WebhookDelivery.lease_until)
    return or_(lease.is_(None), lease < now)


def backoff(attempts: int) -> timedelta:
    delay: timedelta = FIRST_RETRY * 2 ** max(attempts - 1, 0)
    return min(delay, LONGEST_RETRY)


class Dispatcher:
    """Sends due deliveries. Safe to run in every HQ process at once."""

    def __init__(
        self,
        db: HQDatabase,
        clock: Callable[[], datetime],
        *,
        timeout: float = 10.0,
        idle_wait: float = 2.0,
    ) -> None:
        self.db = db
        self.clock = clock
        self.http = httpx.Client(timeout=timeout, follow_redirects=False)
        self.idle_wait = idle_wait
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="hq-webhooks", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=15)
        self.http.close()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                sent = self.run_once()
            except Exception:  # the dispatcher must outlive a bad row or a DB blip
                log.exception("webhook dispatch failed; retrying shortly")
                sent = 0
            if not sent:
                self._stop.wait(self.idle_wait)

    def run_once(self, limit: int = 20) -> int:
        """Claims and sends up to `limit` due deliveries; returns how many were attempted."""
        done = 0
        for _ in range(limit):
            claimed = self._claim()
            if claimed is None:
                break
            self._send(*claimed)
            done += 1
        return done

    def _claim(self) -> tuple[WebhookDelivery, WebhookEndpoint] | None:
        now = self.clock()
        with self.db.write() as session:
            candidate = session.execute(
                select(WebhookDelivery.id)
                .where(
                    WebhookDelivery.status == "pending",
                    col(WebhookDelivery.next_attempt_at) <= now,
                    col(WebhookDelivery.lease_until).is_(None)
                    | (col(WebhookDelivery.lease_until) < now),
                )
                .order_by(col(WebhookDelivery.next_attempt_at))
                .limit(1)
            ).scalar()
            if candidate is None:
                return None
            # Re-checked by the UPDATE itself: of two processes, only one changes the row.
            won = session.execute(  # type: ignore[attr-defined]  # CursorResult has rowcount
                update(WebhookDelivery)
                .where(
                    col(WebhookDelivery.id) == candidate,
                    col(WebhookDelivery.status) == "pending",
                    col(WebhookDelivery.lease_until).is_(None)
                    | (col(WebhookDelivery.lease_until) < now),
                )
                .values(lease_until=now + LEASE)
            ).rowcount
            if not won:
                return None
            delivery = session.get(WebhookDelivery, candidate)
            assert delivery is not None
            endpoint = session.get(WebhookEndpoint, delivery.endpoint_id)
            assert endpoint is not None
            return delivery, endpoint

    def _send(self, delivery: WebhookDelivery, endpoint: WebhookEndpoint) -> None:
        body = delivery.body.encode()
        stamp = int(self.clock().timestamp())
        headers = {
            "Content-Type": "application/json",
            "X-KioskHQ-Event": delivery.event,
            "X-KioskHQ-Delivery": delivery.id,
            "X-KioskHQ-Signature": signature(endpoint.secret, stamp, body),
        }
        started = time.perf_counter()
        status: int | None = None
        error: str | None = None
        try:
            status = self.http.post(endpoint.url, content=body, headers=headers).status_code
            if not 200 <= status < 300:
                error = f"receiver answered {status}"
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"[:500]
        took = int((time.perf_counter() - started) * 1000)
        self._record(delivery, status, error, took)

    def _record(
        self, delivery: WebhookDelivery, status: int | None, error: str | None, took_ms: int
    ) -> None:
        now = self.clock()
        attempts = delivery.attempts + 1
        values: dict[str, Any] = {
            "attempts": attempts,
            "last_status": status,
            "last_error": error,
            "lease_until": None,
        }
        if error is None:
            values.update(status="delivered", delivered_at=now)
        elif attempts >= MAX_ATTEMPTS:
            values.update(status="failed")
        else:
            values.update(next_attempt_at=now + backoff(attempts))
        with self.db.write() as session:
            session.execute(
                update(WebhookDelivery)
                .where(col(WebhookDelivery.id) == delivery.id)
                .values(**values)
            )
            session.execute(
                insert(WebhookAttempt),
                [
                    {
                        "delivery_id": delivery.id,
                        "at": now,
                        "status_code": status,
                        "error": error,
                        "duration_ms": took_ms,
                    }
                ],
            )


def pending_count(session: Session) -> int:
    return int(
        session.execute(
            text("SELECT COUNT(*) FROM webhook_deliveries WHERE status = 'pending'")
        ).scalar_one()
    )
