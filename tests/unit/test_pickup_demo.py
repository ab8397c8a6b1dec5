"""The demo store's pickup orders: genuine codes without an HQ, fresh ones when they run out."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kiosk.services.clock import ManualClock
from kiosk.services.demo_pickups import (
    DemoOrdersRefused,
    ensure_demo_orders,
    issue_demo_orders,
)
from kiosk.services.pickup import PickupService
from kiosk.services.pickup_orders import PickupRefused
from kiosk.store import sync_state
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile
from sync.ports import Enrolment


def test_the_demo_orders_open_by_their_codes_and_one_is_flagged_overdue(
    demo_store: Store, clock: ManualClock, profile: StoreProfile
) -> None:
    service = PickupService(demo_store, clock, profile)
    waiting = {v.order.order_no: v for v in service.orders()}
    assert sorted(waiting) == ["DEMO-1001", "DEMO-1002", "DEMO-1003"]
    for view in waiting.values():
        assert service.identify(view.order.code).order_no == view.order.order_no
    assert [v.order.order_no for v in service.flagged()] == ["DEMO-1004"]
    assert service.offer(waiting["DEMO-1001"].order.order_id) is not None


def test_fresh_demo_orders_are_issued_when_the_old_ones_ran_out(
    demo_store: Store, clock: ManualClock, profile: StoreProfile
) -> None:
    service = PickupService(demo_store, clock, profile)
    old_code = service.orders("DEMO-1002")[0].order.code
    assert not ensure_demo_orders(demo_store, clock, profile)  # still waiting: left alone
    clock.advance(15 * 24 * 3600)
    assert service.orders() == []
    assert ensure_demo_orders(demo_store, clock, profile)
    fresh = service.orders("DEMO-1002")[0].order.code
    assert fresh != old_code
    assert service.identify(fresh).order_no == "DEMO-1002"
    with pytest.raises(PickupRefused, match="not genuine"):
        service.identify(old_code)  # signed with the key that was thrown away


def test_an_enrolled_kiosk_gets_no_demo_orders(
    demo_store: Store, clock: ManualClock, profile: StoreProfile
) -> None:
    with demo_store.write() as session:
        sync_state.save_enrolment(
            session,
            Enrolment("http://hq", "K01", "K", "station-main", "a2V5", datetime.now(UTC)),
        )
    with pytest.raises(DemoOrdersRefused, match="enrolled with an HQ"):
        issue_demo_orders(demo_store, clock, profile)
    clock.advance(15 * 24 * 3600)
    assert not ensure_demo_orders(demo_store, clock, profile)
