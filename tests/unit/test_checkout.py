from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest
from sqlalchemy import text

from kiosk.domain.cart import Cart
from kiosk.domain.errors import InvalidInput, PaymentShort
from kiosk.domain.payment import Tender, TenderMethod
from kiosk.domain.permissions import Actor, Role
from kiosk.domain.sale_session import SaleSession
from kiosk.services.catalog import CatalogService
from kiosk.services.checkout import CheckoutService
from kiosk.services.clock import ManualClock
from kiosk.store import print_jobs
from kiosk.store.engine import Store
from kiosk.store.errors import StorageFull
from kiosk.store.settings import StoreProfile
from sync.protocol import SaleCompleted


def actor(store: Store) -> Actor:
    with store.read() as session:
        row = session.execute(text("SELECT id, name FROM associates WHERE role='associate'")).one()
    return Actor(row[0], row[1], Role.ASSOCIATE)


def basket(store: Store, profile: StoreProfile, *codes: str) -> SaleSession:
    catalog = CatalogService(store, profile)
    session = SaleSession(actor(store), Cart(profile.currency, profile.tax, profile.rounding_rule))
    for code in codes:
        session.add(catalog.lookup(catalog.classify(code)).product)
    return session


def counts(store: Store) -> dict[str, int]:
    tables = (
        "sales",
        "sale_lines",
        "payments",
        "stock_events",
        "outbox",
        "audit_log",
        "print_jobs",
    )
    with store.read() as session:
        return {t: session.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one() for t in tables}


WATER, COLA, CROISSANT = "4006380000018", "4006380000032", "4006380000636"


def test_a_sale_is_written_whole_in_one_transaction(
    demo_store: Store, profile: StoreProfile, clock: ManualClock
) -> None:
    before = counts(demo_store)
    session = basket(demo_store, profile, WATER, COLA, COLA, CROISSANT)
    total = session.cart.priced().total.minor
    done = CheckoutService(demo_store, clock, profile).complete_sale(
        session, [Tender(TenderMethod.CASH, 1000)]
    )
    assert done.receipt_no == "K01-000001"
    assert done.total == total == 99 + 2 * 149 + 120
    assert done.change == 1000 - total and done.opens_drawer
    after = counts(demo_store)
    assert {k: after[k] - before[k] for k in after} == {
        "sales": 1,
        "sale_lines": 3,
        "payments": 1,
        "stock_events": 3,
        "outbox": 1,
        "audit_log": 1,
        "print_jobs": 2,  # the receipt, and the kick that opens the drawer for the cash
    }
    with demo_store.read() as s:
        payload = s.execute(
            text("SELECT payload FROM outbox WHERE event_id = :i"), {"i": done.sale_id}
        ).scalar_one()
        event = SaleCompleted.model_validate(json.loads(payload))
        deltas = dict(
            s.execute(
                text("SELECT event_id, delta FROM stock_events WHERE reference = :i"),
                {"i": done.sale_id},
            ).all()
        )
        job = print_jobs.get(s, done.print_job_id or "")
    assert (
        event.total == total and event.location == "station-main" and event.jurisdiction == "DE-BE"
    )
    assert {ln.stock_event_id for ln in event.lines} == set(deltas)
    assert sorted(deltas.values()) == [-2, -1, -1]
    assert sum(ln.tax for ln in event.lines) == event.tax_total
    assert job is not None and job.state == "queued" and not job.document.copy
    with demo_store.read() as s:
        kinds = s.execute(
            text("SELECT kind FROM print_jobs WHERE reference = :i ORDER BY kind"),
            {"i": done.sale_id},
        ).scalars()
        assert list(kinds) == ["drawer", "receipt"]


def test_receipt_numbers_are_gapless_even_when_a_sale_fails(
    demo_store: Store, profile: StoreProfile, clock: ManualClock
) -> None:
    checkout = CheckoutService(demo_store, clock, profile)
    first = checkout.complete_sale(
        basket(demo_store, profile, WATER), [Tender(TenderMethod.CASH, 99)]
    )
    with pytest.raises(PaymentShort, match="Still due"):
        checkout.complete_sale(basket(demo_store, profile, COLA), [Tender(TenderMethod.CASH, 100)])
    with pytest.raises(InvalidInput, match="empty"):
        checkout.complete_sale(basket(demo_store, profile), [])
    second = checkout.complete_sale(
        basket(demo_store, profile, COLA), [Tender(TenderMethod.CARD, 149, "A77")]
    )
    assert (first.receipt_no, second.receipt_no) == ("K01-000001", "K01-000002")
    assert not second.opens_drawer


def test_a_full_disk_keeps_the_sale_on_screen_and_writes_nothing(
    demo_store: Store, profile: StoreProfile, clock: ManualClock
) -> None:
    raw = sqlite3.connect(demo_store.path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = raw.execute("PRAGMA page_count").fetchone()[0]
    raw.close()
    # Fill every free page, then forbid growth: the next sale cannot find room.
    with demo_store.write() as s:
        s.execute(text(f"PRAGMA max_page_count = {pages + 2}"))
    before = counts(demo_store)
    session = basket(demo_store, profile, *[WATER] * 1, COLA, CROISSANT)
    session.cart.lines[0].quantity = 5
    checkout = CheckoutService(demo_store, clock, profile)
    with pytest.raises(StorageFull, match="the sale is still on screen"):
        for _ in range(200):  # eventually the file must grow
            checkout.complete_sale(session, [Tender(TenderMethod.CASH, 5000)])
    sold = counts(demo_store)["sales"] - before["sales"]
    after = counts(demo_store)
    # Every sale that got in is whole; the one that did not left nothing behind.
    assert after["outbox"] - before["outbox"] == sold
    assert after["sale_lines"] - before["sale_lines"] == 3 * sold
    assert after["stock_events"] - before["stock_events"] == 3 * sold
    assert not session.cart.is_empty()


def test_exclusive_tax_store_adds_tax_at_the_till(
    demo_store: Store, profile: StoreProfile, clock: ManualClock
) -> None:
    session = basket(demo_store, replace(profile, tax_mode="exclusive"), COLA)
    assert session.cart.priced().total.minor == 149 + 28  # 19 % of 1.49 = 0.2831
