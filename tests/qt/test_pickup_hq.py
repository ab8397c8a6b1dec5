"""The whole pickup, end to end: a storefront posts an order to the real HQ on 127.0.0.1, the
kiosk syncs, the associate hands it over on the pickup screen (the code and the items scanned
through the keyboard-wedge path), the kiosk syncs again, and HQ shows the order collected with
its proof and its stock consumed. The same with HQ stopped during the hand-over and started
again before the sync."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from kiosk.devices import sync_setup
from kiosk.services.clock import ManualClock
from kiosk.store.engine import Store
from sync.ports import RunSummary
from tests.qt.conftest import KioskFactory
from tests.qt.test_pickup_screen import draw, tap_in_view

# The sync tests' fixtures: the real HQ under uvicorn, and a real keyring backend class.
from tests.sync.conftest import FAST_RETRY, FAST_TIMEOUTS, HQ, sqlite_hq, test_keyring  # noqa: F401
from tests.sync.ledgers import hq_ledger, kiosk_ledger
from tests.sync.servers import ServedHQ
from tests.sync.storefront import Storefront, open_storefront
from tests.unit.pickup_orders import barcode_of

MAGAZINE, LIGHTER = "PRE-0116", "HOU-0132"


def sync(store: Store, clock: ManualClock) -> RunSummary:
    """`kiosk sync` as the sync worker runs it: off the GUI thread, on its own connection."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(
            sync_setup.run_sync, store, clock.now, retry=FAST_RETRY, timeouts=FAST_TIMEOUTS
        ).result()


@pytest.fixture
def shop(
    sqlite_hq: HQ,  # noqa: F811 - the fixture imported above
    demo_store: Store,
    clock: ManualClock,
) -> Iterator[Storefront]:
    def enrol(hq: HQ) -> None:
        code = hq.add_kiosk("Platform 1")
        sync_setup.enroll(
            demo_store, hq.url, code, clock.now, timeouts=FAST_TIMEOUTS, retry=FAST_RETRY
        )

    yield from open_storefront(sqlite_hq, enrol, clock.now)


@pytest.mark.parametrize("hq_up", [True, False], ids=["online", "hq-down"])
def test_an_online_order_handed_over_on_the_pickup_screen_shows_collected_at_hq(
    shop: Storefront,
    make_kiosk: KioskFactory,
    demo_store: Store,
    clock: ManualClock,
    hq_up: bool,
) -> None:
    order = shop.order("web-9001", [(MAGAZINE, 1), (LIGHTER, 2)])
    assert sync(demo_store, clock).status == "ok"
    codes = {sku: barcode_of(demo_store, sku) for sku in (MAGAZINE, LIGHTER)}
    port = shop.hq.served.port
    if not hq_up:
        shop.hq.served.stop()  # the hand-over needs no network at all
    kiosk = make_kiosk()
    kiosk.sign_in()

    kiosk.scan(order["code"])
    assert kiosk.text("pickupOrderNo") == "Order web-9001"
    for sku in (LIGHTER, MAGAZINE, LIGHTER):
        kiosk.scan(codes[sku])
    draw(kiosk, kiosk.obj("signaturePad"), [(30, 80), (90, 30), (160, 90), (230, 40)])
    tap_in_view(kiosk, "Hand over")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("pickupResult"))
    assert kiosk.text("pickupResult") == "Order web-9001 is handed over."

    if not hq_up:
        assert sync(demo_store, clock).status == "offline"
        shop.hq.served = ServedHQ(shop.hq.db, port=port).start()  # back, same address and data
    summary = sync(demo_store, clock)
    assert summary.status == "ok", summary.error
    detail = shop.detail("web-9001")
    assert detail["status"] == "completed" and detail["collected"] == {MAGAZINE: 1, LIGHTER: 2}
    [proof] = detail["handovers"]
    assert proof["identified_by"] == "code" and proof["note"] == "pickup code scanned"
    assert base64.b64decode(proof["signature_png_b64"]).startswith(b"\x89PNG")
    assert shop.stock(LIGHTER) == (18, 0) and shop.stock(MAGAZINE) == (19, 0)
    with ThreadPoolExecutor(1) as pool:  # the GUI thread may not read the store
        ours = pool.submit(kiosk_ledger, demo_store).result()
    assert sorted(ours) == hq_ledger(shop.hq.db, "K01")
    assert "pickup.completed" in shop.webhooks()
