"""Stock operations and refunds tell HQ, in the same transaction, with the ledger rule kept:
every stock event's reference is the id of the outbox event that announces it."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from kiosk.domain.cash import CashCount
from kiosk.domain.errors import InvalidInput
from kiosk.services.associates import AssociateService
from kiosk.services.clock import ManualClock
from kiosk.services.receiving import ArrivedLine, ReceivingService, UnknownShipment
from kiosk.services.refunds import RefundRequest, RefundService
from kiosk.services.shifts import ShiftService
from kiosk.services.simulate import Simulator
from kiosk.services.stock_ops import StockService
from kiosk.store.engine import Store
from kiosk.store.models import ShipmentLineRow, ShipmentRow
from kiosk.store.settings import StoreProfile
from sync.protocol import movements_of, parse_event


def announce_shipment(store: Store) -> None:
    """What a pull of the replenishment stream leaves in the store."""
    now = datetime(2026, 11, 27, 6, 0, tzinfo=UTC)
    with store.write() as session:
        session.add(ShipmentRow(shipment_id="SHP-77", status="in_transit", updated_at=now))
        session.flush()
        for n, (sku, qty) in enumerate((("DRI-0001", 24), ("DRI-0003", 12)), start=1):
            session.add(ShipmentLineRow(shipment_id="SHP-77", line_no=n, sku=sku, quantity=qty))


def test_receiving_a_shipment_records_differences_and_tells_hq(
    demo_store: Store, profile: StoreProfile, clock: ManualClock
) -> None:
    alex = AssociateService(demo_store, clock).login_pin("1234")
    receiving = ReceivingService(demo_store, clock, profile)
    with pytest.raises(UnknownShipment, match="Sync with HQ first"):
        receiving.shipment("SH1.SHP-77")
    announce_shipment(demo_store)
    view = receiving.shipment("SH1.SHP-77")
    assert [(ln.sku, ln.quantity) for ln in view.lines] == [("DRI-0001", 24), ("DRI-0003", 12)]
    before = StockService(demo_store, clock, profile).on_hand([1, 3])
    receipt = receiving.receive(
        alex, "SHP-77", [ArrivedLine("DRI-0001", 20), ArrivedLine("DRI-0003", 10, damaged=2)]
    )
    assert [(d.sku, d.issue) for d in receipt.differences] == [
        ("DRI-0001", "short"),
        ("DRI-0003", "damaged"),
    ]
    assert StockService(demo_store, clock, profile).on_hand([1, 3]) == {
        1: before[1] + 20,
        3: before[3] + 10,
    }
    with pytest.raises(InvalidInput, match="already received"):
        receiving.receive(alex, "SHP-77", [ArrivedLine("DRI-0001", 1)])
    event = _events(demo_store, "replenishment.received")[0]
    assert [(ln.sku, ln.quantity, ln.expected, ln.issue) for ln in event.lines] == [  # type: ignore[attr-defined]
        ("DRI-0001", 20, 24, "short"),
        ("DRI-0003", 10, 12, "damaged"),
    ]


def _events(store: Store, kind: str) -> list[object]:
    with store.read() as session:
        rows = session.execute(
            text("SELECT payload FROM outbox WHERE kind = :k ORDER BY seq"), {"k": kind}
        ).scalars()
        return [parse_event(kind, json.loads(r)) for r in rows]


def test_every_stock_event_is_announced_by_its_outbox_event(
    demo_store: Store, profile: StoreProfile, clock: ManualClock
) -> None:
    alex = AssociateService(demo_store, clock).login_pin("1234")
    sale = Simulator(demo_store, clock, profile, seed=3).sale(lines=3)
    refunds = RefundService(demo_store, clock, profile)
    found = refunds.find(sale.receipt_no)
    refunds.refund(
        alex,
        found.header.sale_id,
        [RefundRequest(ln.sale_line_id, 1, restock=i == 0) for i, ln in enumerate(found.lines)],
        reason="damaged",
        method="cash",
    )
    stock = StockService(demo_store, clock, profile)
    stock.adjust(alex, 7, -1, "expired")
    stock.count(alex, {8: 0})
    announce_shipment(demo_store)
    ReceivingService(demo_store, clock, profile).receive(
        alex, "SHP-77", [ArrivedLine("DRI-0001", 24)]
    )
    ShiftService(demo_store, clock, profile).close(alex, CashCount("EUR"))
    with demo_store.read() as session:
        rows = session.execute(
            text(
                "SELECT e.event_id, e.delta, o.kind, o.payload FROM stock_events e "
                "JOIN outbox o ON o.event_id = e.reference"
            )
        ).all()
        unannounced = set(
            session.execute(
                text(
                    "SELECT reference FROM stock_events e WHERE NOT EXISTS "
                    "(SELECT 1 FROM outbox o WHERE o.event_id = e.reference)"
                )
            ).scalars()
        )
        kinds = set(session.execute(text("SELECT kind FROM outbox")).scalars())
    # Each event's own list of movements (what HQ applies) names exactly these ledger rows.
    by_event: dict[str, set[tuple[str, int]]] = {}
    for event_id, delta, kind, payload in rows:
        moves = movements_of(parse_event(kind, json.loads(payload)))
        by_event.setdefault(payload, {(m.stock_event_id, m.delta) for m in moves})
        assert (event_id, delta) in by_event[payload]
    assert unannounced == {"opening-stock"}  # only the demo's opening stock predates HQ
    assert len(rows) >= 3 + 2 + 1 + 1 + 1  # sale, refund (one written off), waste, count, receipt
    assert {
        "sale.completed",
        "refund.completed",
        "stock.adjusted",
        "stock.counted",
        "replenishment.received",
        "shift.closed",
    } <= kinds
    closed = _events(demo_store, "shift.closed")[0]
    assert closed.z_no == 1 and closed.sales_count == 1  # type: ignore[attr-defined]
