"""What HQ does with what kiosks tell it: oversells, stockouts and replenishment, pickup
orders and shipments on their streams, signed webhooks, reconciliation and the daily report."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from sqlalchemy import text
from sqlmodel import select

from kiosk.store import stock
from sync.protocol.pickup_codes import BadPickupCode, verify
from sync.server import admin, webhooks
from sync.server.admin_schemas import OrderIn, OrderLineIn, ShipmentIn, ShipmentLineIn
from sync.server.models import (
    EventException,
    ReplenishmentRequest,
    StockLedgerEntry,
    WebhookEndpoint,
)
from sync.server.report import daily_report, render_text
from tests.sync.conftest import HQ, KioskUnderTest


class Receiver:
    """A webhook receiver on 127.0.0.1 that fails its first `fail_first` calls."""

    def __init__(self, fail_first: int = 0) -> None:
        self.calls: list[tuple[dict[str, str], bytes]] = []
        self.fail_first = fail_first
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.calls.append((dict(self.headers), body))
                status = 500 if len(outer.calls) <= outer.fail_first else 200
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def sku_id(k: KioskUnderTest, sku: str) -> int:
    with k.store.read() as session:
        return int(
            session.execute(text("SELECT id FROM products WHERE sku = :s"), {"s": sku}).scalar_one()
        )


def test_stockouts_oversells_replenishment_and_signed_webhooks(
    hq: HQ, kiosk: KioskUnderTest
) -> None:
    receiver = Receiver(fail_first=1)
    clock = {"now": datetime.now(UTC)}
    try:
        with hq.db.write() as session:
            session.add(
                WebhookEndpoint(url=receiver.url, secret="s3cret", events=[], created_at=hq.now())
            )
        hq.stock_demo_catalog(on_hand=3)
        kiosk.enrol(hq)
        assert kiosk.sync().status == "ok"
        now = datetime.now(UTC)
        with hq.db.write() as session:  # an online order commits 2 of DRI-0001's 3 units
            order = admin.intake_order(
                session,
                OrderIn(
                    storefront_order_id="web-1001",
                    kiosk_id="K01",
                    customer_name="Ada",
                    contact="+49 151 2345 6789",
                    currency="EUR",
                    window_start=now,
                    window_end=now + timedelta(days=2),
                    lines=[
                        OrderLineIn(sku="DRI-0001", name="Still Water", quantity=2, unit_price=99)
                    ],
                ),
                now,
            )
            again = admin.intake_order(
                session,
                OrderIn(
                    storefront_order_id="web-1001",
                    kiosk_id="K01",
                    customer_name="Ada",
                    currency="EUR",
                    window_start=now,
                    window_end=now + timedelta(days=2),
                    lines=[
                        OrderLineIn(sku="DRI-0001", name="Still Water", quantity=2, unit_price=99)
                    ],
                ),
                now,
            )
        assert order.created and not again.created and again.order_id == order.order_id
        # The kiosk sells all 3 anyway: the sale is accepted and becomes an oversell exception.
        from kiosk.domain.payment import Tender, TenderMethod

        session_ = kiosk.simulator.basket(1)
        line = session_.cart.lines[0]
        session_.cart.remove(line.line_id)
        product = next(p for p in kiosk.simulator.products if p.sku == "DRI-0001")
        session_.cart.add(product, 3)
        total = session_.cart.priced().total.minor
        kiosk.simulator.checkout.complete_sale(
            session_, [Tender(TenderMethod.CARD, total, "A1")], print_receipt=False
        )
        with kiosk.store.read() as s:
            kinds = [
                r[0] for r in s.execute(text("SELECT kind FROM outbox ORDER BY seq DESC LIMIT 2"))
            ]
            assert stock.on_hand(s, [sku_id(kiosk, "DRI-0001")])[sku_id(kiosk, "DRI-0001")] == 0
        assert kinds == ["stockout.reported", "sale.completed"]  # queued at once, in order
        summary = kiosk.sync()
        assert summary.status == "ok"
        assert any(o for o in [summary.pulled.get("pickups")])
        with hq.db.read() as session:
            categories = [e.category for e in session.execute(select(EventException)).scalars()]
            requests = session.execute(select(ReplenishmentRequest)).scalars().all()
        assert "oversell" in categories
        assert [(r.sku, r.reason) for r in requests] == [("DRI-0001", "stockout")]
        # Webhooks were stored with the events; the dispatcher signs, retries and logs them.
        clock["now"] = datetime.now(UTC)
        dispatcher = webhooks.Dispatcher(hq.db, lambda: clock["now"])
        try:
            dispatcher.run_once()
            clock["now"] += timedelta(minutes=5)  # past the first back-off
            dispatcher.run_once()
        finally:
            dispatcher.stop()
        events = sorted(json.loads(body)["event"] for _, body in receiver.calls[1:])
        assert {"pickup.ready", "stock.out", "replenishment.requested"} <= set(events)
        for headers, body in receiver.calls:
            assert webhooks.verify(
                "s3cret", headers["X-KioskHQ-Signature"], body, time.time(), 10**9
            )
            assert not webhooks.verify(
                "wrong", headers["X-KioskHQ-Signature"], body, time.time(), 10**9
            )
    finally:
        receiver.stop()


def test_streams_deliver_orders_shipments_staff_and_prices(
    sqlite_hq: HQ, kiosk: KioskUnderTest
) -> None:
    hq = sqlite_hq
    hq.stock_demo_catalog(on_hand=20)
    kiosk.enrol(hq)
    now = datetime.now(UTC)
    with hq.db.write() as session:
        admin.create_shipment(
            session,
            ShipmentIn(kiosk_id="K01", lines=[ShipmentLineIn(sku="DRI-0002", quantity=24)]),
            now,
        )
        admin.add_staff(session, "Sam HQ", "manager", "4321", "EMP-0009")
        from sync.server.admin_schemas import PriceIn

        admin.set_prices(session, [PriceIn(sku="DRI-0003", price=155)])
        out = admin.intake_order(
            session,
            OrderIn(
                storefront_order_id="web-7",
                kiosk_id="K01",
                customer_name="Bo",
                currency="EUR",
                window_start=now,
                window_end=now + timedelta(hours=4),
                lines=[OrderLineIn(sku="DRI-0004", name="Cola Zero", quantity=1, unit_price=149)],
            ),
            now,
        )
    summary = kiosk.sync()
    assert summary.status == "ok", summary.error
    with kiosk.store.read() as s:
        assert (
            s.execute(text("SELECT price FROM products WHERE sku='DRI-0003'")).scalar_one() == 155
        )
        assert (
            s.execute(text("SELECT name FROM associates WHERE badge_code='EMP-0009'")).scalar_one()
            == "Sam HQ"
        )
        assert s.execute(text("SELECT quantity FROM shipment_lines")).scalar_one() == 24
        row = s.execute(
            text("SELECT order_no, status, code, contact_masked FROM pickup_orders")
        ).one()
        pickup_key = s.execute(text("SELECT pickup_key FROM sync_enrolment")).scalar_one()
    assert row[0] == "web-7" and row[1] == "ready" and row[2] == out.code
    assert verify(pickup_key, row[2], "K01", now).order_id == out.order_id
    for forged in (row[2][:-3] + "AAA", row[2].replace("K01", "K02")):
        try:
            verify(pickup_key, forged, "K01", now)
            raise AssertionError("a forged code passed")
        except BadPickupCode:
            pass
    # An unknown (tampered) cursor gets a reset and a full re-pull, stored atomically.
    with kiosk.store.write() as s:
        s.execute(text("UPDATE sync_cursors SET cursor = 'v1.1.forged' WHERE stream = 'pickups'"))
    summary = kiosk.sync()
    assert "pickups" in summary.resets and summary.pulled["pickups"] == 1


def test_reconciliation_finds_what_hq_lost_and_reports_it(
    sqlite_hq: HQ, kiosk: KioskUnderTest
) -> None:
    hq = sqlite_hq
    hq.stock_demo_catalog(on_hand=100)
    kiosk.enrol(hq)
    if abs(kiosk.clock.now() - datetime.now(UTC)) < timedelta(hours=1):
        kiosk.clock.advance(2 * 3600)  # a kiosk clock well off HQ's, whatever time it is now
    kiosk.sell(12)
    assert kiosk.sync().status == "ok"
    with hq.db.write() as session:  # HQ loses two ledger rows (a bad restore, a bad hand edit)
        ids = session.execute(select(StockLedgerEntry.id).limit(2)).scalars().all()
        for row_id in ids:
            session.execute(text("DELETE FROM stock_ledger WHERE id = :i"), {"i": row_id})
    summary = kiosk.sync()
    assert summary.status == "ok"
    assert summary.mismatches >= 1 and summary.anomalies >= 1
    with hq.db.read() as session:
        report = daily_report(session, "2026-11-27", datetime.now(UTC))
    part = report.kiosks[0]
    assert part.sales_count == 12 and part.events_applied >= 12
    assert any(e.category == "anomaly" for e in part.exceptions)
    text_report = render_text(report)
    assert "Kiosk K01" in text_report and "anomaly" in text_report
    assert part.clock_skew_flag  # the kiosk's clock is hours off HQ's


def test_stock_never_set_at_hq_is_one_report_line_not_an_oversell_per_sale(
    sqlite_hq: HQ, kiosk: KioskUnderTest
) -> None:
    """A shop that starts syncing before loading its stock at HQ must not get a page of alarms:
    nothing was promised to online orders, so nothing was oversold."""
    hq = sqlite_hq
    kiosk.enrol(hq)  # no stock set at HQ at all
    kiosk.sell(8)
    assert kiosk.sync().status == "ok"
    with hq.db.read() as session:
        categories = [e.category for e in session.execute(select(EventException)).scalars()]
        report = daily_report(session, "2026-11-27", datetime.now(UTC))
    assert "oversell" not in categories
    part = report.kiosks[0]
    assert part.sales_count == 8
    assert part.backlog_waiting == 0  # the batch that was just taken in is not "waiting"
    below = sum(1 for s in part.stock if s.on_hand < 0)
    assert below > 0
    text_report = render_text(report)
    assert f"{below} SKU(s) below zero at HQ" in text_report
    assert "outbox backlog" not in text_report
