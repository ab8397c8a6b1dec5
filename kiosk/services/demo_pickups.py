"""Online orders for the demo store, so `make run` can show a pickup without an HQ.

Each issue signs the codes with a fresh Ed25519 key and keeps only its public half (in the
store's settings, where the pickup service finds it when the kiosk is not enrolled); the
private half is thrown away, so no secret is stored anywhere. The orders go in through the same
storage as pulled ones. Issuing again replaces the demo orders with fresh ones (new codes, a
new pickup window); hand-overs already recorded stay in the audit trail.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import Session

from kiosk.services.clock import Clock
from kiosk.services.pickup import DEMO_KEY_SETTING
from kiosk.store import catalog, settings, sync_pull, sync_state
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile
from kiosk.store.types import iso_utc
from sync.protocol import PickupLineItem, PickupOfferItem, PickupOrderItem, PickupsPage

DEMO_PREFIX = "DEMO-"


@dataclass(frozen=True, slots=True)
class DemoOrder:
    order_no: str
    customer: str
    contact_masked: str
    lines: tuple[tuple[str, int], ...]  # (sku, quantity)
    offer: tuple[str, int] | None = None  # (sku, price in minor units)
    overdue: bool = False  # its window has already ended: shows how late orders are flagged


# README lists these (kiosk/services/PICKUP_README.md); `kiosk pickup codes` prints the codes.
DEMO_ORDERS = (
    DemoOrder(
        "DEMO-1001",
        "Ada Lovelace",
        "*** 0101",
        (("TRA-0152", 1), ("TRA-0156", 1), ("HOU-0128", 2)),
        offer=("TRA-0160", 599),
    ),
    DemoOrder("DEMO-1002", "Grace Hopper", "*** 4242", (("PRE-0124", 1), ("TRA-0164", 2))),
    DemoOrder(
        "DEMO-1003",
        "Alan Turing",
        "a***@example.org",
        (("HOU-0144", 1), ("HOU-0136", 1)),
        offer=("HOU-0140", 199),
    ),
    DemoOrder("DEMO-1004", "Charles Babbage", "*** 1871", (("HOU-0148", 1),), overdue=True),
)
DEMO_WINDOW = timedelta(days=14)


class DemoOrdersRefused(ValueError):
    pass


def issue_demo_orders(store: Store, clock: Clock, profile: StoreProfile) -> list[str]:
    """(Re)issues the demo orders; returns their order numbers."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from sync.protocol.pickup_codes import public_key_text, sign

    now = clock.now()
    key = Ed25519PrivateKey.generate()
    with store.write() as session:
        if sync_state.enrolment(session) is not None:
            raise DemoOrdersRefused(
                "This kiosk is enrolled with an HQ: its pickup orders come from there"
            )
        items = []
        for demo in DEMO_ORDERS:
            end = now - timedelta(hours=1) if demo.overdue else now + DEMO_WINDOW
            start = end - timedelta(days=1) if demo.overdue else now - timedelta(hours=1)
            order_id = uuid.uuid4().hex
            lines = []
            for n, (sku, quantity) in enumerate(demo.lines, start=1):
                product = catalog.find_by_sku(session, sku)
                assert product is not None, f"demo order names unknown SKU {sku}"
                lines.append(
                    PickupLineItem(
                        line_no=n,
                        sku=sku,
                        name=product.name,
                        quantity=quantity,
                        unit_price=product.price,
                    )
                )
            items.append(
                PickupOrderItem(
                    order_id=order_id,
                    order_no=demo.order_no,
                    customer_name=demo.customer,
                    contact_masked=demo.contact_masked,
                    paid=True,
                    total=sum(ln.quantity * ln.unit_price for ln in lines),
                    currency=profile.currency,
                    window_start=start,
                    window_end=end,
                    status="ready",
                    code=sign(key, order_id, profile.kiosk_code, end),
                    lines=lines,
                    offer=(
                        PickupOfferItem(sku=demo.offer[0], price=demo.offer[1], valid_until=end)
                        if demo.offer
                        else None
                    ),
                )
            )
        _forget_demo_orders(session)
        page = PickupsPage(
            stream="pickups", cursor="demo", has_more=False, server_time=now, orders=items
        )
        sync_pull.apply(session, page, now)
        settings.put(session, DEMO_KEY_SETTING, public_key_text(key))
    return [d.order_no for d in DEMO_ORDERS]


def _forget_demo_orders(session: Session) -> None:
    conn = catalog.dbapi(session)
    found = conn.execute(
        "SELECT order_id FROM pickup_orders WHERE order_no LIKE ?", (DEMO_PREFIX + "%",)
    )
    ids = [r[0] for r in found]
    conn.executemany("DELETE FROM pickup_order_lines WHERE order_id = ?", [(i,) for i in ids])
    conn.executemany("DELETE FROM pickup_orders WHERE order_id = ?", [(i,) for i in ids])


def ensure_demo_orders(store: Store, clock: Clock, profile: StoreProfile) -> bool:
    """At `kiosk run --demo`: issues fresh demo orders when none is waiting any more (their
    window passed, or the store predates pickups). Never touches an enrolled kiosk."""
    now = clock.now()
    with store.read() as session:
        if sync_state.enrolment(session) is not None:
            return False
        waiting = (
            catalog.dbapi(session)
            .execute(
                "SELECT COUNT(*) FROM pickup_orders WHERE order_no LIKE ? AND status = 'ready' "
                "AND window_end > ?",
                (DEMO_PREFIX + "%", iso_utc(now)),
            )
            .fetchone()[0]
        )
    if waiting:
        return False
    issue_demo_orders(store, clock, profile)
    return True
