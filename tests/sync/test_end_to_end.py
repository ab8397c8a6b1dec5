"""One kiosk and the real HQ: enrol, sell, sync; HQ's ledger equals the kiosk's."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import select

from kiosk.store import stock
from sync.server.models import Sale, StockLedgerEntry
from tests.sync.conftest import HQ, KioskUnderTest


def kiosk_ledger(k: KioskUnderTest) -> set[tuple[str, str, int]]:
    with k.store.read() as session:
        rows = session.execute(
            text(
                "SELECT e.event_id, p.sku, e.delta FROM stock_events e "
                "JOIN outbox o ON o.event_id = e.reference JOIN products p ON p.id = e.product_id"
            )
        ).all()
    return {(r[0], r[1], r[2]) for r in rows}


def hq_ledger(hq: HQ, kiosk_id: str) -> set[tuple[str, str, int]]:
    with hq.db.read() as session:
        rows = session.execute(
            select(
                StockLedgerEntry.stock_event_id, StockLedgerEntry.sku, StockLedgerEntry.delta
            ).where(StockLedgerEntry.kiosk_id == kiosk_id)
        ).all()
    return {(r[0], r[1], r[2]) for r in rows}


def test_sell_sync_and_the_ledgers_agree(hq: HQ, kiosk: KioskUnderTest) -> None:
    hq.stock_demo_catalog(on_hand=40)
    kiosk.enrol(hq)
    kiosk.sell(30)
    summary = kiosk.sync()
    assert summary.status == "ok", summary.error
    assert summary.pushed >= 30
    assert summary.pulled["catalog"] == 200
    assert kiosk_ledger(kiosk) == hq_ledger(hq, "K01")
    with hq.db.read() as session:
        assert len(session.execute(select(Sale)).all()) == 30
    # Stock shown = HQ snapshot + nothing after it (everything was pushed)
    with kiosk.store.read() as session:
        pid = session.execute(text("SELECT id FROM products WHERE sku = 'DRI-0001'")).scalar_one()
        shown = stock.on_hand(session, [pid])[pid]
    sold = sum(-d for _, sku, d in kiosk_ledger(kiosk) if sku == "DRI-0001")
    assert shown == 40 - sold
    again = kiosk.sync()
    assert again.status == "ok" and again.pushed == 0 and again.mismatches == 0
