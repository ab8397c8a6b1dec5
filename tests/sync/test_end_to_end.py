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


def test_digests_file_each_movement_under_its_local_business_day(
    sqlite_hq: HQ, kiosk: KioskUnderTest
) -> None:
    from kiosk.store.sync_port import KioskSyncStore

    sqlite_hq.stock_demo_catalog(on_hand=500)
    kiosk.enrol(sqlite_hq)
    # Berlin (the demo store's time zone) is UTC+1: sales at 22:30-23:30 UTC fall on both sides
    # of local midnight, over four days.
    kiosk.clock.advance(-kiosk.clock.now().hour * 3600 + 22.5 * 3600 - 3 * 86400)
    for _ in range(4):
        kiosk.sell(3)  # 37 s apart: before local midnight
        kiosk.clock.advance(3600)
        kiosk.sell(2)  # after it
        kiosk.clock.advance(86400 - 3600)
    assert kiosk.sync().status == "ok"
    port = KioskSyncStore(kiosk.store)
    days = port.days_to_reconcile(kiosk.clock.now(), 5)
    everything = port.ledger_digests(days)
    some = port.ledger_digests([days[0], days[2], days[4]])  # not consecutive
    assert [d.day for d in some] == [days[0], days[2], days[4]]
    assert some == [everything[0], everything[2], everything[4]]
    assert sum(s.count for d in everything for s in d.skus) == len(kiosk_ledger(kiosk))
    assert [bool(d.skus) for d in everything] == [True, True, True, True, True]
    again = kiosk.sync()
    assert again.status == "ok" and again.mismatches == 0  # HQ files them the same way
