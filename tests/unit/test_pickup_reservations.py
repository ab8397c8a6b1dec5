"""Stock reserved for pickup orders at the till, and the add-on offer sold at hand-over."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from kiosk.domain.cart import Cart
from kiosk.domain.errors import InvalidInput, PermissionDenied
from kiosk.domain.payment import Tender, TenderMethod
from kiosk.domain.permissions import Approval, Permission, Role
from kiosk.domain.pickup import Identification, IdMethod
from kiosk.domain.sale_session import SaleSession
from kiosk.services.availability import AvailabilityService, ReservedStock, Wanted
from kiosk.services.catalog import CatalogService
from kiosk.services.checkout import CheckoutService
from kiosk.services.clock import ManualClock
from kiosk.services.pickup import PickupService
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile
from sync.protocol import SaleCompleted
from tests.unit.pickup_orders import OrderDesk, barcode_of, staff

LIGHTER, CARD, BOTTLE = "HOU-0132", "PRE-0120", "TRA-0160"


@pytest.fixture
def desk(demo_store: Store, clock: ManualClock) -> OrderDesk:
    return OrderDesk(demo_store, clock)


def product_id(store: Store, sku: str) -> int:
    with store.read() as s:
        return int(
            s.execute(text("SELECT id FROM products WHERE sku = :s"), {"s": sku}).scalar_one()
        )


def sale_of(store: Store, profile: StoreProfile, sku: str, quantity: int) -> SaleSession:
    actor = staff(store)
    cart = Cart(profile.currency, profile.tax, profile.rounding_rule)
    cart.add(CatalogService(store, profile).lookup_sku(sku), quantity)
    return SaleSession(actor, cart, profile.selling_policy)


def cash(session: SaleSession) -> list[Tender]:
    return [Tender(TenderMethod.CASH, session.cart.priced().total.minor)]


def sales_count(store: Store) -> int:
    with store.read() as s:
        return int(s.execute(text("SELECT COUNT(*) FROM sales")).scalar_one())


def test_the_sell_screen_gets_on_hand_reserved_and_available(
    demo_store: Store, desk: OrderDesk, clock: ManualClock
) -> None:
    pid = product_id(demo_store, LIGHTER)
    levels = AvailabilityService(demo_store, clock)
    on_hand = levels.levels([pid])[pid].on_hand
    desk.add("web-1", [(LIGHTER, 1)])
    desk.add("web-2", [(LIGHTER, 1), (CARD, 1)])
    shown = levels.levels([pid])[pid]
    assert (shown.on_hand, shown.reserved, shown.available) == (on_hand, 2, max(on_hand - 2, 0))


def test_checkout_refuses_to_sell_reserved_units_unless_a_manager_approves(
    demo_store: Store, desk: OrderDesk, clock: ManualClock, profile: StoreProfile
) -> None:
    pid = product_id(demo_store, LIGHTER)
    on_hand = AvailabilityService(demo_store, clock).levels([pid])[pid].on_hand
    desk.add("web-3", [(LIGHTER, on_hand)])  # every lighter on the shelf is spoken for
    checkout = CheckoutService(demo_store, clock, profile)
    session = sale_of(demo_store, profile, LIGHTER, 1)
    before = sales_count(demo_store)
    with pytest.raises(ReservedStock) as refused:
        checkout.complete_sale(session, cash(session))
    assert str(refused.value) == (
        f"Only 0 x Lighter may be sold ({on_hand} reserved for online orders). Take the extra "
        "items off the sale, or ask a manager to approve selling reserved stock."
    )
    assert refused.value.skus == [LIGHTER] and sales_count(demo_store) == before
    # An associate cannot wave it through alone; a manager's one-time approval can.
    with pytest.raises(PermissionDenied, match="reserved for online orders needs a manager"):
        session.allow_reserved(LIGHTER, "customer insists")
    manager = staff(demo_store, Role.MANAGER)
    approval = Approval(Permission.SELL_RESERVED, manager.associate_id, manager.name, "x")
    session.allow_reserved(LIGHTER, "shelf holds more than the count", approval)
    done = checkout.complete_sale(session, cash(session))
    with demo_store.read() as s:
        payload = s.execute(
            text("SELECT payload FROM outbox WHERE event_id = :i"), {"i": done.sale_id}
        ).scalar_one()
    [override] = SaleCompleted.model_validate_json(payload).overrides
    assert (override.permission, override.target, override.manager_id) == (
        "sell_reserved",
        LIGHTER,
        manager.associate_id,
    )
    assert override.reason == "shelf holds more than the count"


def test_free_units_of_a_reserved_product_sell_as_usual(
    demo_store: Store, desk: OrderDesk, clock: ManualClock, profile: StoreProfile
) -> None:
    pid = product_id(demo_store, LIGHTER)
    on_hand = AvailabilityService(demo_store, clock).levels([pid])[pid].on_hand
    desk.add("web-4", [(LIGHTER, on_hand - 1)])
    checkout = CheckoutService(demo_store, clock, profile)
    session = sale_of(demo_store, profile, LIGHTER, 1)
    checkout.complete_sale(session, cash(session))
    again = sale_of(demo_store, profile, LIGHTER, 1)
    with pytest.raises(ReservedStock):
        checkout.complete_sale(again, cash(again))


def test_a_reservation_ends_with_the_pickup_window(
    demo_store: Store, desk: OrderDesk, clock: ManualClock, profile: StoreProfile
) -> None:
    pid = product_id(demo_store, LIGHTER)
    on_hand = AvailabilityService(demo_store, clock).levels([pid])[pid].on_hand
    desk.add("web-5", [(LIGHTER, on_hand)], hours=1)
    clock.advance(3601)
    assert AvailabilityService(demo_store, clock).levels([pid])[pid].reserved == 0
    session = sale_of(demo_store, profile, LIGHTER, 1)
    CheckoutService(demo_store, clock, profile).complete_sale(session, cash(session))


def test_the_add_on_offer_is_sold_at_its_price_in_a_sale_linked_to_the_order(
    demo_store: Store, desk: OrderDesk, clock: ManualClock, profile: StoreProfile
) -> None:
    order = desk.add("web-6", [(CARD, 1)], offer=(BOTTLE, 599))
    pickup = PickupService(demo_store, clock, profile)
    handover = pickup.identify(order.code)
    offer = pickup.offer(order.order_id)
    assert offer is not None and (offer.regular_price, offer.offer_price) == (899, 599)
    assert offer.product.sku == BOTTLE and offer.saving == 300
    pickup.scan(handover, barcode_of(demo_store, CARD))
    pickup.complete(staff(demo_store), handover, Identification(IdMethod.CODE))
    assert pickup.offer(order.order_id) is not None  # the customer is still at the counter
    session = pickup.offer_sale(staff(demo_store), order.order_id)
    assert session.cart.priced().total.minor == 599
    checkout = CheckoutService(demo_store, clock, profile)
    done = checkout.complete_sale(session, cash(session), linked_order=order.order_id)
    with demo_store.read() as s:
        payload = s.execute(
            text("SELECT payload FROM outbox WHERE event_id = :i"), {"i": done.sale_id}
        ).scalar_one()
    sale = SaleCompleted.model_validate_json(payload)
    assert sale.linked_order == order.order_id and sale.total == 599
    assert sale.lines[0].line_discount == 300 and sale.lines[0].sku == BOTTLE
    # One offer, one sale.
    assert pickup.offer(order.order_id) is None
    with pytest.raises(InvalidInput, match="no longer available"):
        pickup.offer_sale(staff(demo_store), order.order_id)
    twice = SaleSession(session.actor, session.cart.copy(), session.policy)
    with pytest.raises(InvalidInput, match="already sold"):
        checkout.complete_sale(twice, cash(twice), linked_order=order.order_id)


def test_the_offer_lapses_once_the_customer_has_gone_or_its_time_is_up(
    demo_store: Store, desk: OrderDesk, clock: ManualClock, profile: StoreProfile
) -> None:
    pickup = PickupService(demo_store, clock, profile)
    collected = desk.add("web-7", [(CARD, 1)], offer=(BOTTLE, 599))
    waiting = desk.add("web-8", [(CARD, 1)], offer=(BOTTLE, 599), hours=1)
    handover = pickup.identify(collected.code)
    pickup.scan(handover, barcode_of(demo_store, CARD))
    pickup.complete(staff(demo_store), handover, Identification(IdMethod.CODE))
    clock.advance(31 * 60)
    assert pickup.offer(collected.order_id) is None
    assert pickup.offer(waiting.order_id) is not None
    clock.advance(30 * 60)
    assert pickup.offer(waiting.order_id) is None


def test_the_same_check_runs_before_payment_so_a_manager_can_approve_in_time(
    demo_store: Store, desk: OrderDesk, clock: ManualClock, profile: StoreProfile
) -> None:
    pid = product_id(demo_store, LIGHTER)
    service = AvailabilityService(demo_store, clock)
    on_hand = service.levels([pid])[pid].on_hand
    desk.add("web-9", [(LIGHTER, on_hand)])
    wanted = [Wanted(pid, LIGHTER, "Lighter", 1), Wanted(pid, LIGHTER, "Lighter", 1)]
    with pytest.raises(ReservedStock, match="Only 0 x Lighter may be sold") as refused:
        service.check(wanted, set())
    assert [(s.wanted, s.available) for s in refused.value.shortfalls] == [(2, 0)]
    service.check(wanted, {LIGHTER})  # allowed for this sale: no complaint
    service.check([Wanted(product_id(demo_store, CARD), CARD, "Birthday Card", 1)], set())
