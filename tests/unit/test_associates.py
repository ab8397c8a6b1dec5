from __future__ import annotations

import pytest
from sqlalchemy import text

from kiosk.domain.cart import Cart, ProductRef
from kiosk.domain.errors import InvalidInput
from kiosk.domain.money import Money
from kiosk.domain.permissions import Permission, Role
from kiosk.domain.tax import TaxClass
from kiosk.services.associates import AssociateService, LockedOut, LoginFailed
from kiosk.services.clock import ManualClock
from kiosk.services.parking import ParkingService
from kiosk.store import audit
from kiosk.store.engine import Store


def actions(store: Store) -> list[str]:
    with store.read() as session:
        return list(session.execute(text("SELECT action FROM audit_log ORDER BY id")).scalars())


def test_pin_and_badge_log_in(demo_store: Store, clock: ManualClock) -> None:
    staff = AssociateService(demo_store, clock)
    alex = staff.login_pin("1234")
    assert (alex.name, alex.role) == ("Alex Associate", Role.ASSOCIATE)
    assert staff.login_badge("EMP-0002").role is Role.MANAGER
    assert actions(demo_store)[-2:] == ["login", "login"]


def test_wrong_pins_lock_the_till_and_the_lock_survives_a_restart(
    demo_store: Store, clock: ManualClock
) -> None:
    staff = AssociateService(demo_store, clock)
    for left in (4, 3, 2, 1):
        with pytest.raises(LoginFailed, match=f"{left} tr"):
            staff.login_pin("0000")
    with pytest.raises(LockedOut, match="locked for 30 s") as locked:
        staff.login_pin("1111")
    assert locked.value.seconds_left == 30
    restarted = AssociateService(demo_store, clock)  # a new process reads the same store
    with pytest.raises(LockedOut):
        restarted.login_pin("1234")  # even the right PIN waits
    clock.advance(31)
    assert restarted.login_pin("1234").name == "Alex Associate"
    assert "login.failed.pin" in actions(demo_store)


def test_lockouts_grow_until_a_good_login(demo_store: Store, clock: ManualClock) -> None:
    staff = AssociateService(demo_store, clock)
    waits = []
    for _ in range(3):
        for _ in range(4):
            with pytest.raises(LoginFailed):
                staff.login_pin("0000")
        with pytest.raises(LockedOut) as locked:
            staff.login_pin("0000")
        waits.append(locked.value.seconds_left)
        clock.advance(locked.value.seconds_left + 1)
    assert waits == [30, 60, 120]


def test_a_manager_approves_one_action_and_it_is_audited(
    demo_store: Store, clock: ManualClock
) -> None:
    staff = AssociateService(demo_store, clock)
    alex = staff.login_pin("1234")
    with pytest.raises(InvalidInput, match="reason"):
        staff.approve("9876", Permission.VOID_CART, "", alex)
    with pytest.raises(LoginFailed, match="may not approve"):
        staff.approve("1234", Permission.VOID_CART, "customer left", alex)
    approval = staff.approve("9876", Permission.VOID_CART, "customer left", alex, "cart-1")
    assert approval.manager_name == "Morgan Manager" and not approval.spent
    with demo_store.read() as session:
        detail = session.execute(
            text("SELECT detail FROM audit_log WHERE action = 'override.approved'")
        ).scalar_one()
        assert audit.verify(session).ok
    assert '"reason":"customer left"' in detail and '"target":"cart-1"' in detail


def test_pins_are_unique_and_well_formed(demo_store: Store, clock: ManualClock) -> None:
    staff = AssociateService(demo_store, clock)
    with pytest.raises(InvalidInput, match="4 to 8 digits"):
        staff.enroll("Sam", Role.ASSOCIATE, "12a4")
    with pytest.raises(InvalidInput, match="already used"):
        staff.enroll("Sam", Role.ASSOCIATE, "1234")
    member = staff.enroll("Sam", Role.ASSOCIATE, "55555", "EMP-0003")
    with demo_store.read() as session:
        stored = session.execute(
            text("SELECT pin_hash FROM associates WHERE id = :i"), {"i": member.id}
        ).scalar_one()
    assert "55555" not in stored and stored.startswith("$argon2id$")


def test_park_and_resume_a_cart(demo_store: Store, clock: ManualClock) -> None:
    alex = AssociateService(demo_store, clock).login_pin("1234")
    parking = ParkingService(demo_store, clock)
    cart = Cart("EUR")
    cart.add(
        ProductRef(1, "DRI-0001", "Still Water", Money(99, "EUR"), TaxClass("STD", "S", 190_000)), 3
    )
    with pytest.raises(InvalidInput, match="nothing to park"):
        parking.park(Cart("EUR"), alex)
    info = parking.park(cart, alex, "blue jacket")
    assert (info.label, info.item_count, info.total) == ("blue jacket", 3, 297)
    assert [p.id for p in parking.parked()] == [cart.cart_id]
    resumed = parking.resume(cart.cart_id, alex)
    assert resumed.to_dict() == cart.to_dict()
    with pytest.raises(InvalidInput, match="already resumed"):
        parking.resume(cart.cart_id, alex)
    assert actions(demo_store)[-2:] == ["cart.parked", "cart.resumed"]
