"""Every bad input at pickup gets a clear message and changes nothing (or is kept and reported,
never lost): forged, foreign and expired codes, orders already collected or cancelled, codes
scanned twice, items not on the order."""

from __future__ import annotations

from datetime import timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text

from kiosk.domain.errors import InvalidInput
from kiosk.domain.pickup import Identification, IdMethod, WrongItem
from kiosk.services.clock import ManualClock
from kiosk.services.pickup import DEMO_KEY_SETTING, PickupService
from kiosk.services.pickup_orders import PickupRefused
from kiosk.store import settings
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile
from tests.unit.pickup_orders import OrderDesk, barcode_of, staff

MAGAZINE, LIGHTER = "PRE-0116", "HOU-0132"


@pytest.fixture
def desk(demo_store: Store, clock: ManualClock) -> OrderDesk:
    return OrderDesk(demo_store, clock)


@pytest.fixture
def service(demo_store: Store, clock: ManualClock, profile: StoreProfile) -> PickupService:
    return PickupService(demo_store, clock, profile)


def outbox_size(store: Store) -> int:
    with store.read() as s:
        return int(s.execute(text("SELECT COUNT(*) FROM outbox")).scalar_one())


def test_forged_foreign_and_expired_codes_are_told_apart_offline(
    desk: OrderDesk, service: PickupService, clock: ManualClock
) -> None:
    order = desk.add("web-1", [(MAGAZINE, 1)])
    forged = desk.code(order.order_id, key=Ed25519PrivateKey.generate())
    tampered = order.code.replace(order.order_id, order.order_id[::-1])
    foreign = desk.code(order.order_id, kiosk_id="K02")
    expired = desk.code(order.order_id, expires=clock.now() - timedelta(minutes=1))
    for code, message in (
        (forged, "not genuine"),
        (tampered, "not genuine"),
        (foreign, "for pickup at kiosk K02, not here"),
        (expired, "has expired"),
        ("PU1.garbage", "not a pickup code"),
    ):
        with pytest.raises(PickupRefused, match=message):
            service.identify(code)
    with pytest.raises(InvalidInput, match="not a pickup code"):
        service.identify("4006380000018")  # a product, scanned at the wrong moment


def test_a_genuine_code_for_an_order_not_pulled_yet_says_to_sync(
    desk: OrderDesk, service: PickupService
) -> None:
    with pytest.raises(PickupRefused, match="has not reached this kiosk yet. Sync with HQ"):
        service.identify(desk.code("an-order-hq-took-after-the-last-sync"))


def test_a_kiosk_with_no_hq_key_cannot_check_codes_and_says_what_to_do(
    demo_store: Store, desk: OrderDesk, service: PickupService
) -> None:
    order = desk.add("web-2", [(MAGAZINE, 1)])
    with demo_store.write() as s:
        s.execute(text("DELETE FROM settings WHERE key = :k"), {"k": DEMO_KEY_SETTING})
    with pytest.raises(PickupRefused, match="not enrolled with HQ.*by name or number"):
        service.identify(order.code)
    assert service.start("web-2").order_no == "web-2"  # the list still works
    with demo_store.read() as s:
        assert settings.get(s, DEMO_KEY_SETTING) is None


def test_a_code_scanned_twice_and_a_code_of_an_order_already_picked_up(
    demo_store: Store, desk: OrderDesk, service: PickupService
) -> None:
    order = desk.add("web-3", [(MAGAZINE, 1)])
    other = desk.add("web-4", [(LIGHTER, 1)])
    handover = service.identify(order.code)
    with pytest.raises(InvalidInput, match="web-3 is already open: scan its items"):
        service.scan(handover, order.code)
    with pytest.raises(InvalidInput, match="another order's code. Finish or cancel order web-3"):
        service.scan(handover, other.code)
    with pytest.raises(WrongItem, match="not an item"):
        service.scan(handover, "K01-000001")  # a receipt number
    service.scan(handover, barcode_of(demo_store, MAGAZINE))
    service.complete(staff(demo_store), handover, Identification(IdMethod.CODE))
    events = outbox_size(demo_store)
    with pytest.raises(PickupRefused, match=r"web-3 was already picked up on 27 Nov 2026"):
        service.identify(order.code)
    with pytest.raises(PickupRefused, match=r"web-3 was already picked up on 27 Nov 2026"):
        service.start("web-3")
    # The same hand-over object cannot be recorded twice either.
    with pytest.raises(PickupRefused, match="already picked up"):
        service.complete(staff(demo_store), handover, Identification(IdMethod.CODE))
    assert outbox_size(demo_store) == events


def test_nothing_scanned_means_nothing_to_record(
    demo_store: Store, desk: OrderDesk, service: PickupService
) -> None:
    order = desk.add("web-5", [(MAGAZINE, 1)])
    handover = service.identify(order.code)
    with pytest.raises(InvalidInput, match="Scan the items you hand over first"):
        service.complete(staff(demo_store), handover, Identification(IdMethod.CODE))


def test_an_order_cancelled_at_hq_is_refused_once_the_kiosk_knows(
    desk: OrderDesk, service: PickupService
) -> None:
    order = desk.add("web-6", [(MAGAZINE, 1)])
    desk.pull(order.model_copy(update={"status": "cancelled"}))  # the next sync brings it
    with pytest.raises(PickupRefused, match="web-6 was cancelled by the shop. Do not hand"):
        service.identify(order.code)
    assert service.orders("web-6") == []


def test_a_pickup_made_offline_before_hq_cancelled_it_is_kept_flagged_and_reported(
    demo_store: Store, desk: OrderDesk, service: PickupService
) -> None:
    order = desk.add("web-7", [(MAGAZINE, 1)])
    handover = service.identify(order.code)  # offline: the cancellation has not arrived
    service.scan(handover, barcode_of(demo_store, MAGAZINE))
    done = service.complete(staff(demo_store), handover, Identification(IdMethod.CODE))
    desk.pull(order.model_copy(update={"status": "cancelled"}))  # then the sync brings it
    flags = {v.order.order_no: v.state.value for v in service.flagged()}
    assert flags["web-7"] == "conflict"
    with pytest.raises(PickupRefused, match="handed over here, but the shop had cancelled it"):
        service.identify(order.code)
    with demo_store.read() as s:
        pending = s.execute(
            text("SELECT state FROM outbox WHERE event_id = :i"), {"i": done.pickup_id}
        ).scalar_one()
    assert pending == "pending"  # the hand-over goes to HQ, which records the conflict
    assert len(service.history(order.order_id)) == 1


def test_an_order_not_collected_by_the_end_of_its_window_is_flagged(
    desk: OrderDesk, service: PickupService, clock: ManualClock
) -> None:
    order = desk.add("web-8", [(MAGAZINE, 1)], hours=2)
    clock.advance(3 * 3600)
    assert "web-8" not in [v.order.order_no for v in service.orders()]
    assert ("web-8", "expired") in [(v.order.order_no, v.state.value) for v in service.flagged()]
    with pytest.raises(PickupRefused, match="window of order web-8 ended on 27 Nov 2026 12:00"):
        service.start(order.order_id)


def test_a_hand_over_begun_in_the_window_may_finish_after_it_ends(
    demo_store: Store, desk: OrderDesk, service: PickupService, clock: ManualClock
) -> None:
    order = desk.add("web-9", [(MAGAZINE, 1)], hours=0.05)
    handover = service.identify(order.code)
    service.scan(handover, barcode_of(demo_store, MAGAZINE))
    clock.advance(600)  # the customer was slow at the counter
    done = service.complete(staff(demo_store), handover, Identification(IdMethod.CODE))
    assert not done.partial


def test_unknown_order_numbers_get_a_clear_message(service: PickupService) -> None:
    with pytest.raises(PickupRefused, match="No pickup order web-404 at this kiosk"):
        service.start("web-404")


def test_an_unpaid_order_is_not_handed_over(desk: OrderDesk, service: PickupService) -> None:
    order = desk.add("web-10", [(MAGAZINE, 1)], paid=False)
    with pytest.raises(PickupRefused, match="web-10 is not paid yet, so it cannot be handed"):
        service.identify(order.code)
    with pytest.raises(PickupRefused, match="not paid yet"):
        service.start("web-10")
