"""What the pickup screen shows, computed on the database worker as plain values.

The hand-over in progress (`HandOver`) is only ever touched by tasks on the database worker;
each task returns one of these snapshots, and the GUI thread shows the snapshot. So the screen
never reads an object another thread may be changing.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.pickup import HandOver, OrderState, phone_digits_of
from kiosk.services.pickup_offer import AddOnOffer
from kiosk.services.pickup_orders import PickupOrderView
from kiosk.ui.formatting import LocaleFormats
from kiosk.ui.list_model import Row
from kiosk.ui.messages import translate

ORDER_ROLES = ("orderId", "orderNo", "customer", "items", "until", "state", "flagged")
LINE_ROLES = ("sku", "name", "toCollect", "scanned", "toGo")


def state_text(state: OrderState) -> str:
    texts = {
        OrderState.READY: translate("Pickup", "ready"),
        OrderState.PARTIAL: translate("Pickup", "partly collected"),
        OrderState.COMPLETED: translate("Pickup", "collected"),
        OrderState.EXPIRED: translate("Pickup", "not collected in time"),
        OrderState.CANCELLED: translate("Pickup", "cancelled"),
        OrderState.CONFLICT: translate("Pickup", "handed over, but cancelled at HQ"),
        OrderState.RELEASED: translate("Pickup", "released"),
    }
    return texts[state]


def order_rows(
    waiting: list[PickupOrderView], flagged: list[PickupOrderView], formats: LocaleFormats
) -> list[Row]:
    rows = []
    for view, is_flagged in [(v, False) for v in waiting] + [(v, True) for v in flagged]:
        order = view.order
        rows.append(
            {
                "orderId": order.order_id,
                "orderNo": order.order_no,
                "customer": order.customer_name,
                "items": translate("Pickup", "%1 items").replace("%1", str(view.units_left)),
                "until": formats.datetime(order.window_end),
                "state": state_text(view.state),
                "flagged": is_flagged,
            }
        )
    return rows


@dataclass(frozen=True, slots=True)
class HandoverSnapshot:
    order_id: str
    order_no: str
    customer: str
    contact: str
    until: str
    opened_by_code: bool
    has_phone: bool
    lines: list[Row]
    complete: bool
    any_scanned: bool
    message: str = ""


def snapshot(
    handover: HandOver, view: PickupOrderView, formats: LocaleFormats, message: str = ""
) -> HandoverSnapshot:
    lines = [
        {
            "sku": line.sku,
            "name": line.name,
            "toCollect": line.to_collect,
            "scanned": handover.scanned.get(line.sku, 0),
            "toGo": handover.left(line.sku),
        }
        for line in handover.lines
    ]
    return HandoverSnapshot(
        order_id=handover.order_id,
        order_no=handover.order_no,
        customer=view.order.customer_name,
        contact=view.order.contact_masked,
        until=formats.datetime(view.order.window_end),
        opened_by_code=handover.opened_by_code,
        has_phone=bool(phone_digits_of(view.order.contact_masked)),
        lines=lines,
        complete=handover.complete,
        any_scanned=bool(handover.handed_over),
        message=message,
    )


def offer_text(offer: AddOnOffer | None, formats: LocaleFormats) -> str:
    if offer is None:
        return ""
    return (
        translate("Pickup", "%1 for %2 instead of %3")
        .replace("%1", offer.product.name)
        .replace("%2", formats.money(offer.offer_price))
        .replace("%3", formats.money(offer.regular_price))
    )
