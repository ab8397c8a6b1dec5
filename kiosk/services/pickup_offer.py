"""The add-on offer at pickup (the seed's "pickup-ready notification with a one-tap add-on"):
HQ may attach one product at a discounted price to an order, valid until the pickup. If the
customer takes it, it is sold in a normal sale linked to the order, the saving shown as a line
discount so the receipt and the tax report tell the truth about the price."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.domain.cart import Cart, Discount, DiscountKind, ProductRef
from kiosk.domain.errors import InvalidInput
from kiosk.domain.permissions import Actor
from kiosk.domain.pickup import OrderState
from kiosk.domain.sale_session import SaleSession
from kiosk.services.clock import Clock
from kiosk.services.pickup_orders import view_of
from kiosk.store import catalog, pickups
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile

# "Valid until pickup": once the order is collected the offer lapses, except that the customer
# is still at the counter just after the hand-over, which is when it is shown.
AT_THE_COUNTER = timedelta(minutes=30)


@dataclass(frozen=True, slots=True)
class AddOnOffer:
    order_id: str
    order_no: str
    product: ProductRef
    regular_price: int
    offer_price: int
    valid_until: datetime

    @property
    def saving(self) -> int:
        return max(self.regular_price - self.offer_price, 0)


class AddOnOffers:
    def __init__(self, store: Store, clock: Clock, profile: StoreProfile) -> None:
        self.store = store
        self.clock = clock
        self.profile = profile

    def offer(self, order_id: str) -> AddOnOffer | None:
        """The order's offer, if it still stands (None: no offer, expired, or already sold)."""
        now = self.clock.now()
        with self.store.read() as session:
            order = pickups.order(session, order_id)
            if order is None or not order.offer:
                return None
            state = view_of(order, now).state
            if state is OrderState.COMPLETED:
                done = pickups.handovers(session, order_id)
                if not done or now > done[-1].occurred_at + AT_THE_COUNTER:
                    return None
            elif not state.open:
                return None
            valid_until = datetime.fromisoformat(str(order.offer["valid_until"]))
            if now >= valid_until or pickups.offer_sale_id(session, order_id):
                return None
            info = catalog.find_by_sku(session, str(order.offer["sku"]))
        if info is None or not info.active:
            return None  # the catalog has not got it (yet): better no offer than a wrong one
        return AddOnOffer(
            order.order_id,
            order.order_no,
            info.ref(self.profile.currency),
            info.price,
            min(int(order.offer["price"]), info.price),
            valid_until,
        )

    def sale(self, actor: Actor, order_id: str) -> SaleSession:
        """A sale holding the offered product at the offer price, for the normal pay flow.
        Complete it with CheckoutService.complete_sale(..., linked_order=order_id)."""
        found = self.offer(order_id)
        if found is None:
            raise InvalidInput("This order's add-on offer is no longer available")
        cart = Cart(self.profile.currency, self.profile.tax, self.profile.rounding_rule)
        line = cart.add(found.product, 1)
        if found.saving:
            # HQ set this price, so the associate's own discount limit does not apply.
            cart.set_line_discount(
                line.line_id,
                Discount(DiscountKind.AMOUNT, found.saving, f"pickup offer {found.order_no}"),
            )
        return SaleSession(actor, cart, self.profile.selling_policy)
