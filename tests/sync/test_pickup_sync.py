"""Pickup end to end with the real HQ on 127.0.0.1: a storefront posts an order to the admin
API, the kiosk syncs, the associate hands it over (online, or with HQ down), and HQ shows the
order collected with its proof and its stock consumed or released."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import select

from kiosk.domain.pickup import Identification, IdMethod
from kiosk.services.pickup import PickupService
from kiosk.services.pickup_orders import PickupRefused
from kiosk.services.signature import render
from kiosk.store import reservations
from kiosk.store.settings import load_profile
from sync.server.models import EventException
from sync.server.pickups import release_expired_orders
from tests.sync.conftest import HQ, KioskUnderTest
from tests.sync.ledgers import hq_ledger, kiosk_ledger
from tests.sync.servers import ServedHQ
from tests.sync.storefront import Storefront, open_storefront
from tests.unit.pickup_orders import barcode_of, staff

MAGAZINE, LIGHTER, BOTTLE = "PRE-0116", "HOU-0132", "TRA-0160"
STROKES = [[(12.0, 70.0), (40.0, 20.0), (90.0, 75.0), (150.0, 30.0)]]


@pytest.fixture
def shop(hq: HQ, kiosk: KioskUnderTest) -> Iterator[Storefront]:
    yield from open_storefront(hq, kiosk.enrol, kiosk.clock.now)


@pytest.fixture
def sqlite_shop(sqlite_hq: HQ, kiosk: KioskUnderTest) -> Iterator[Storefront]:
    yield from open_storefront(sqlite_hq, kiosk.enrol, kiosk.clock.now)


def pickup_service(kiosk: KioskUnderTest) -> PickupService:
    with kiosk.store.read() as session:
        profile = load_profile(session)
    return PickupService(kiosk.store, kiosk.clock, profile)


def hand_over_by_code(kiosk: KioskUnderTest, code: str, scans: list[str], **complete: Any) -> str:
    service = pickup_service(kiosk)
    handover = service.identify(code)
    for sku in scans:
        service.scan(handover, barcode_of(kiosk.store, sku))
    kiosk.clock.advance(30)
    done = service.complete(staff(kiosk.store), handover, Identification(IdMethod.CODE), **complete)
    return done.pickup_id


def test_an_online_order_is_pulled_reserved_handed_over_and_shows_collected_at_hq(
    shop: Storefront, kiosk: KioskUnderTest
) -> None:
    order = shop.order(
        "web-1001", [(MAGAZINE, 1), (LIGHTER, 2)], offer={"sku": BOTTLE, "price": 599}
    )
    assert shop.stock(LIGHTER) == (20, 2)  # committed at HQ the moment it is taken in
    summary = kiosk.sync()
    assert summary.status == "ok", summary.error
    assert summary.pulled["pickups"] == 1
    service = pickup_service(kiosk)
    [waiting] = service.orders("Ada")
    assert waiting.order.contact_masked == "*** 4242" and waiting.order.order_no == "web-1001"
    lighter = waiting.order.lines[1]
    with kiosk.store.read() as session:
        pid = session.execute(
            text("SELECT id FROM products WHERE sku = :s"), {"s": lighter.sku}
        ).scalar_one()
        levels = reservations.levels(session, [pid], kiosk.clock.now())[pid]
    assert (levels.on_hand, levels.reserved, levels.available) == (20, 2, 18)
    assert service.offer(order["order_id"]) is not None

    png = render(STROKES, 300, 100)
    pickup_id = hand_over_by_code(
        kiosk, order["code"], [LIGHTER, MAGAZINE, LIGHTER], signature_png=png
    )
    summary = kiosk.sync()
    assert summary.status == "ok", summary.error

    detail = shop.detail("web-1001")
    assert detail["status"] == "completed"
    assert detail["collected"] == {MAGAZINE: 1, LIGHTER: 2} and detail["not_collected"] == {}
    [proof] = detail["handovers"]
    assert proof["pickup_id"] == pickup_id and proof["identified_by"] == "code"
    assert proof["associate_id"] == staff(kiosk.store).associate_id
    assert base64.b64decode(proof["signature_png_b64"]) == png
    assert proof["conflict"] is None
    # The units left the shelf and are no longer committed to the order.
    assert shop.stock(LIGHTER) == (18, 0) and shop.stock(MAGAZINE) == (19, 0)
    assert sorted(kiosk_ledger(kiosk.store)) == hq_ledger(shop.hq.db, "K01")
    assert {"pickup.ready", "pickup.completed"} <= set(shop.webhooks())
    assert pickup_service(kiosk).view(order["order_id"]).state.value == "completed"


def test_a_partial_pickup_keeps_the_rest_committed_until_hq_releases_it_at_the_window_end(
    sqlite_shop: Storefront, kiosk: KioskUnderTest
) -> None:
    shop = sqlite_shop
    order = shop.order("web-2002", [(LIGHTER, 3)])
    assert kiosk.sync().status == "ok"
    hand_over_by_code(kiosk, order["code"], [LIGHTER], reason_code="missing")
    assert kiosk.sync().status == "ok"
    detail = shop.detail("web-2002")
    assert detail["status"] == "partial" and detail["not_collected"] == {LIGHTER: 2}
    assert detail["handovers"][0]["reason"] == "missing"
    assert shop.stock(LIGHTER) == (19, 2)  # one went; two wait for the customer
    # The window ends: HQ's housekeeping gives the rest back and tells the storefront.
    end = kiosk.clock.now() + timedelta(hours=49)
    with shop.hq.db.write() as session:
        assert release_expired_orders(session, end) == 1
    assert shop.stock(LIGHTER) == (19, 0)
    assert shop.detail("web-2002")["status"] == "released"
    assert "pickup.released" in shop.webhooks()
    kiosk.clock.advance(49 * 3600)
    assert kiosk.sync().status == "ok"
    view = pickup_service(kiosk).view(order["order_id"])
    assert view.state.value == "released"
    assert sorted(kiosk_ledger(kiosk.store)) == hq_ledger(shop.hq.db, "K01")


def test_a_pickup_with_hq_down_is_recorded_and_reaches_hq_when_it_is_back(
    sqlite_shop: Storefront, kiosk: KioskUnderTest
) -> None:
    shop = sqlite_shop
    order = shop.order("web-3003", [(MAGAZINE, 1), (LIGHTER, 1)])
    assert kiosk.sync().status == "ok"
    port = shop.hq.served.port
    shop.hq.served.stop()  # HQ is down (or the kiosk's network is)
    pickup_id = hand_over_by_code(
        kiosk, order["code"], [MAGAZINE, LIGHTER], signature_png=render(STROKES, 300, 100)
    )
    offline = kiosk.sync()
    assert offline.status == "offline", offline
    shop.hq.served = ServedHQ(shop.hq.db, port=port).start()  # back, same address and data
    summary = kiosk.sync()
    assert summary.status == "ok", summary.error and summary.pushed >= 1
    detail = shop.detail("web-3003")
    assert detail["status"] == "completed"
    assert [h["pickup_id"] for h in detail["handovers"]] == [pickup_id]
    assert detail["handovers"][0]["signature_png_b64"]
    assert shop.stock(MAGAZINE) == (19, 0) and shop.stock(LIGHTER) == (19, 0)
    assert sorted(kiosk_ledger(kiosk.store)) == hq_ledger(shop.hq.db, "K01")
    again = kiosk.sync()  # nothing doubled by a second run
    assert again.status == "ok" and again.pushed == 0
    assert len(shop.detail("web-3003")["handovers"]) == 1


def test_an_order_cancelled_at_hq_is_refused_after_sync_and_an_offline_pickup_is_a_conflict(
    sqlite_shop: Storefront, kiosk: KioskUnderTest
) -> None:
    shop = sqlite_shop
    early = shop.order("web-4004", [(MAGAZINE, 1)])
    late = shop.order("web-4005", [(LIGHTER, 1)])
    assert kiosk.sync().status == "ok"
    assert shop.http.post("/v1/admin/orders/web-4004/cancel").json()["status"] == "cancelled"
    assert shop.stock(MAGAZINE) == (20, 0)  # back on sale at once
    assert shop.http.post("/v1/admin/orders/web-4004/cancel").status_code == 200  # harmless
    assert kiosk.sync().status == "ok"
    with pytest.raises(PickupRefused, match="web-4004 was cancelled by the shop"):
        pickup_service(kiosk).identify(early["code"])

    # web-4005 is cancelled while the kiosk is cut off, and handed over before it hears.
    assert shop.http.post("/v1/admin/orders/web-4005/cancel").status_code == 200
    pickup_id = hand_over_by_code(kiosk, late["code"], [LIGHTER])
    assert kiosk.sync().status == "ok"
    detail = shop.detail("web-4005")
    assert detail["status"] == "cancelled"
    [handover] = detail["handovers"]
    assert handover["pickup_id"] == pickup_id
    assert "web-4005 was cancelled at HQ when the kiosk handed it over" in handover["conflict"]
    with shop.hq.db.read() as session:
        [conflict] = session.execute(
            select(EventException).where(EventException.category == "pickup_conflict")
        ).scalars()
    assert conflict.kiosk_id == "K01" and conflict.detail["pickup_id"] == pickup_id
    # The item did leave the shelf; nothing was released twice.
    assert shop.stock(LIGHTER) == (19, 0)
    assert sorted(kiosk_ledger(kiosk.store)) == hq_ledger(shop.hq.db, "K01")
    flags = {v.order.order_no: v.state.value for v in pickup_service(kiosk).flagged()}
    assert flags == {"web-4005": "conflict"}
    refused = shop.http.post("/v1/admin/orders/web-1/cancel")
    assert refused.status_code == 404


def test_a_code_for_another_kiosk_is_refused_and_its_orders_never_reach_this_one(
    sqlite_shop: Storefront, kiosk: KioskUnderTest
) -> None:
    shop = sqlite_shop
    shop.hq.add_kiosk("Platform 2")  # K02, same station
    theirs = shop.order("web-5005", [(MAGAZINE, 1)], kiosk_id="K02")
    ours = shop.order("web-5006", [(MAGAZINE, 1)])
    assert kiosk.sync().status == "ok"
    service = pickup_service(kiosk)
    assert [v.order.order_no for v in service.orders()] == ["web-5006"]
    with pytest.raises(PickupRefused, match="for pickup at kiosk K02, not here"):
        service.identify(theirs["code"])
    hand_over_by_code(kiosk, ours["code"], [MAGAZINE])
    assert kiosk.sync().status == "ok"
    done = shop.http.post("/v1/admin/orders/web-5006/cancel")
    assert done.status_code == 409 and "completed" in done.json()["detail"]


def test_two_visits_pushed_in_one_batch_free_exactly_what_was_ordered(
    sqlite_shop: Storefront, kiosk: KioskUnderTest
) -> None:
    shop = sqlite_shop
    order = shop.order("web-6006", [(LIGHTER, 2), (MAGAZINE, 1)])
    assert kiosk.sync().status == "ok"
    hand_over_by_code(kiosk, order["code"], [LIGHTER], reason_code="later")
    kiosk.clock.advance(3600)  # the customer comes back; the kiosk has not synced since
    hand_over_by_code(kiosk, order["code"], [LIGHTER, MAGAZINE])
    summary = kiosk.sync()
    assert summary.status == "ok" and summary.pushed >= 2
    detail = shop.detail("web-6006")
    assert detail["status"] == "completed"
    assert [h["partial"] for h in detail["handovers"]] == [True, False]
    assert shop.stock(LIGHTER) == (18, 0) and shop.stock(MAGAZINE) == (19, 0)
    with shop.hq.db.read() as session:
        assert not list(session.execute(select(EventException.category)).scalars())
