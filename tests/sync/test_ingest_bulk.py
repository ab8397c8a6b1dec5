"""A push's bulk writes, on SQLite and PostgreSQL: what COPY / executemany stored reads back
exactly through the models, and a push that empties several shelves raises each alert once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from sync.protocol import BacklogReport, OutboxEvent, PushRequest, PushResponse
from sync.server import admin, ingest, kiosks
from sync.server.admin_schemas import StockSetIn
from sync.server.db import HQDatabase
from sync.server.models import (
    AppliedEvent,
    EventException,
    ReplenishmentRequest,
    Sale,
    SaleLine,
    StockLedgerEntry,
    StockLevel,
    WebhookDelivery,
    WebhookEndpoint,
)
from tests.sync.conftest import hq_database

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
SOLD_AT = datetime(2026, 11, 27, 10, 15, 30, 123456, tzinfo=timezone(timedelta(hours=1)))  # CET


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HQDatabase]:
    database = hq_database(request.param, tmp_path, request)
    with database.write() as session:
        kiosks.add_kiosk(session, "Bulk", "loc", NOW, "K01")
    yield database
    database.dispose()


def sale(seq: int, lines: list[tuple[str, int]]) -> OutboxEvent:
    payload: dict[str, Any] = {
        "kind": "sale.completed",
        "sale_id": f"sale-{seq}",
        "receipt_no": f"K01-{seq:06d}",
        "kiosk_code": "K01",
        "associate_id": "a1",
        "occurred_at": SOLD_AT.isoformat(),
        "business_day": "2026-11-27",
        "currency": "EUR",
        "tax_mode": "inclusive",
        "location": "loc",
        "jurisdiction": "DE-BE",
        "subtotal": 250 * len(lines),
        "discount_total": 0,
        "tax_total": 40 * len(lines),
        "total": 250 * len(lines),
        "payments": [{"method": "card", "amount": 250 * len(lines), "tendered": 0, "change": 0}],
        "lines": [
            {
                "line_no": n,
                "sku": sku,
                "name": f"Item {sku}",
                "quantity": quantity,
                "unit_price": 250 // quantity,
                "line_discount": 0,
                "cart_discount": 0,
                "net": 210,
                "tax": 40,
                "gross": 250,
                "tax_class": "STD",
                "tax_rate_ppm": 190000,
                "stock_event_id": f"se-{seq}-{n}",
            }
            for n, (sku, quantity) in enumerate(lines, start=1)
        ],
    }
    return OutboxEvent(
        seq=seq, event_id=f"sale-{seq}", kind="sale.completed", occurred_at=SOLD_AT, payload=payload
    )


def push(db: HQDatabase, events: list[OutboxEvent]) -> PushResponse:
    request = PushRequest(sent_at=NOW, backlog=BacklogReport(waiting=0, last_seq=0), events=events)
    with db.write() as session:
        return ingest.push(session, "K01", request, NOW)


def test_rows_written_in_bulk_read_back_exactly(db: HQDatabase) -> None:
    bad = sale(2, [("B", 1)])
    bad.payload["lines"][0]["quantity"] = 0  # invalid: parked, with the payload kept as JSON
    answer = push(db, [sale(1, [("A", 2), ("B", 1)]), bad, sale(3, [("A", 1)])])
    assert answer.acked_through == 3 and answer.applied == 2 and len(answer.parked) == 1
    with db.read() as session:
        first = session.get(Sale, "sale-1")
        assert first is not None
        stored = (first.receipt_no, first.total, first.tax_total, first.seq)
        assert stored == ("K01-000001", 500, 80, 1)
        assert first.occurred_at == SOLD_AT and first.occurred_at.tzinfo is not None
        lines = session.execute(
            select(SaleLine.line_no, SaleLine.sku, SaleLine.quantity)
            .where(SaleLine.sale_id == "sale-1")
            .order_by(col(SaleLine.line_no))
        ).all()
        assert [tuple(r) for r in lines] == [(1, "A", 2), (2, "B", 1)]
        ledger = session.execute(
            select(StockLedgerEntry).order_by(col(StockLedgerEntry.stock_event_id))
        ).scalars()
        assert [(e.stock_event_id, e.sku, e.delta, e.seq, e.location) for e in ledger] == [
            ("se-1-1", "A", -2, 1, "loc"),
            ("se-1-2", "B", -1, 1, "loc"),
            ("se-3-1", "A", -1, 3, "loc"),
        ]
        entry = session.execute(select(StockLedgerEntry).limit(1)).scalar_one()
        assert entry.occurred_at == SOLD_AT and entry.business_day == "2026-11-27"
        applied = session.execute(
            select(AppliedEvent.seq, AppliedEvent.status).order_by(col(AppliedEvent.seq))
        ).all()
        assert [tuple(r) for r in applied] == [(1, "applied"), (2, "parked"), (3, "applied")]
        parked = session.execute(
            select(EventException).where(EventException.category == "invalid")
        ).scalar_one()
        assert parked.detail == {"payload": bad.payload} and parked.created_at == NOW
        levels = session.execute(select(StockLevel.sku, StockLevel.on_hand)).all()
        assert sorted(tuple(r) for r in levels) == [("A", -3), ("B", -1)]


def test_one_push_raises_each_alert_once(db: HQDatabase) -> None:
    with db.write() as session:
        admin.set_location(session, "loc", safety_buffer=None, reorder_point=5)
        for sku, on_hand in (("A", 6), ("B", 1), ("C", 10), ("D", 7)):
            admin.set_stock(session, "loc", StockSetIn(sku=sku, on_hand=on_hand), NOW)
        session.add(
            ReplenishmentRequest(
                location="loc", sku="D", reason="below_reorder_point", on_hand=5, created_at=NOW
            )
        )
        session.add(WebhookEndpoint(url="http://127.0.0.1:9/hook", secret="s", created_at=NOW))
    # A goes 6 -> 4 (below the reorder point), B 1 -> 0 (stockout), C 10 -> 9 (nothing),
    # D 7 -> 4 (below, but a request for D is already open: a webhook and no new request).
    answer = push(db, [sale(1, [("A", 2), ("B", 1)]), sale(2, [("C", 1), ("D", 3)])])
    assert answer.applied == 2
    with db.read() as session:
        requests = {
            r.sku: r
            for r in session.execute(select(ReplenishmentRequest)).scalars()
            if r.created_at == NOW and r.sku != "D"
        }
        assert {sku: (r.reason, r.on_hand) for sku, r in requests.items()} == {
            "A": ("below_reorder_point", 4),
            "B": ("stockout", 0),
        }
        assert len(session.execute(select(ReplenishmentRequest)).all()) == 3
        deliveries = [
            json.loads(body) for body in session.execute(select(WebhookDelivery.body)).scalars()
        ]
    seen = sorted((d["event"], d["data"]["sku"]) for d in deliveries)
    assert seen == [
        ("replenishment.requested", "A"),
        ("replenishment.requested", "B"),
        ("stock.low", "A"),
        ("stock.low", "D"),
        ("stock.out", "B"),
    ]
    for delivery in deliveries:
        if delivery["event"] == "replenishment.requested":
            request = requests[delivery["data"]["sku"]]
            assert delivery["data"]["request_id"] == request.id
            assert delivery["data"]["reason"] == request.reason


def test_odd_text_comes_back_exactly_as_sent_on_sqlite(tmp_path: Path) -> None:
    # SQLite's JSON functions cut a string at NUL; lookups and upserts must not go through them
    # (PostgreSQL refuses NUL in text altogether).
    database = HQDatabase(f"sqlite:///{tmp_path / 'hq.db'}")
    database.migrate()
    odd = "[(\U000dc5e9g\x91\x003"
    try:
        with database.write() as session:
            kiosks.add_kiosk(session, "Odd", "loc", NOW, "K01")
            row = admin.set_stock(session, "loc", StockSetIn(sku=odd, on_hand=4), NOW)
        assert row.sku == odd and row.on_hand == 4
        first = sale(1, [(odd, 1)])
        first.payload["lines"][0]["stock_event_id"] = "se\x00odd"
        again = sale(2, [("A", 1)])
        again.payload["lines"][0]["stock_event_id"] = "se\x00odd"  # the same ledger event again
        answer = push(database, [first, again])
        assert answer.applied == 1 and [p.seq for p in answer.parked] == [2]
        assert "already recorded" in answer.parked[0].reason
        with database.read() as session:
            assert session.get(StockLevel, ("loc", odd)) is not None
            levels = dict(session.execute(select(StockLevel.sku, StockLevel.on_hand)).all())
            ledger = session.execute(select(StockLedgerEntry.stock_event_id)).scalars().all()
        assert levels == {odd: 3} and "se\x00odd" in ledger
    finally:
        database.dispose()
