"""An order as the pickup screen shows it, and the rule for when it may be handed over."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session

from kiosk.domain.errors import KioskError
from kiosk.domain.pickup import OrderState, order_state
from kiosk.store import pickups
from kiosk.store.pickups import StoredOrder


class PickupRefused(KioskError):
    """The order cannot be handed over (unknown, already collected, cancelled, expired)."""


@dataclass(frozen=True, slots=True)
class PickupOrderView:
    order: StoredOrder
    state: OrderState

    @property
    def units_left(self) -> int:
        return sum(self.order.to_collect().values())


def view_of(order: StoredOrder, now: datetime) -> PickupOrderView:
    left = sum(order.to_collect().values())
    got = sum(order.collected.values())
    return PickupOrderView(order, order_state(order.hq_status, left, got, order.window_end, now))


def local_time(at: datetime, timezone: str) -> str:
    return at.astimezone(ZoneInfo(timezone)).strftime("%d %b %Y %H:%M")


def refuse_unless_open(
    session: Session, view: PickupOrderView, timezone: str, *, allow_expired: bool = False
) -> None:
    """Raises PickupRefused with what the associate should tell the customer.

    `allow_expired` lets a hand-over that began inside the window finish after it ended (the
    customer is at the counter); HQ then reports it if it had already released the order.
    """
    order, state = view.order, view.state
    if state.open or (allow_expired and state is OrderState.EXPIRED):
        if not order.paid:
            # Paying at pickup would need a sale for the order's lines that moves the stock
            # instead of the hand-over; until that exists, unpaid goods stay on the shelf.
            raise PickupRefused(
                f"Order {order.order_no} is not paid yet, so it cannot be handed over. The "
                "customer pays online first (or the shop marks it paid at HQ)."
            )
        return
    if state is OrderState.COMPLETED:
        done = pickups.handovers(session, order.order_id)
        when = f" on {local_time(done[-1].occurred_at, timezone)}" if done else ""
        raise PickupRefused(f"Order {order.order_no} was already picked up{when}.")
    if state is OrderState.CANCELLED:
        raise PickupRefused(
            f"Order {order.order_no} was cancelled by the shop. Do not hand it over; the "
            "customer can contact the shop."
        )
    if state is OrderState.CONFLICT:
        raise PickupRefused(
            f"Order {order.order_no} was handed over here, but the shop had cancelled it. "
            "HQ has been told."
        )
    raise PickupRefused(
        f"The pickup window of order {order.order_no} ended on "
        f"{local_time(order.window_end, timezone)}; the order was released. The customer can "
        "contact the shop."
    )
