"""Pickup orders put into a kiosk store the way a pull from HQ stores them, with codes signed by
a key the test holds (standing in for HQ's), so tests can also forge, misdirect and age codes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text

from kiosk.domain.permissions import Actor, Role
from kiosk.services.clock import ManualClock
from kiosk.services.pickup import DEMO_KEY_SETTING
from kiosk.store import catalog, settings, sync_pull
from kiosk.store.engine import Store
from sync.protocol import PickupLineItem, PickupOfferItem, PickupOrderItem, PickupsPage
from sync.protocol.pickup_codes import public_key_text, sign


@dataclass
class OrderDesk:
    """Plays HQ's part for one kiosk store: signs codes and "pulls" orders into the store."""

    store: Store
    clock: ManualClock
    kiosk_id: str = "K01"

    def __post_init__(self) -> None:
        self.key = Ed25519PrivateKey.generate()
        with self.store.write() as session:
            settings.put(session, DEMO_KEY_SETTING, public_key_text(self.key))

    def add(
        self,
        order_no: str,
        lines: list[tuple[str, int]],
        *,
        customer: str = "Ada Lovelace",
        contact: str = "*** 4242",
        hours: float = 48,
        status: str = "ready",
        offer: tuple[str, int] | None = None,
        order_id: str | None = None,
        paid: bool = True,
    ) -> PickupOrderItem:
        now = self.clock.now()
        order_id = order_id or uuid.uuid4().hex
        end = now + timedelta(hours=hours)
        with self.store.read() as session:
            items = []
            for n, (sku, quantity) in enumerate(lines, start=1):
                info = catalog.find_by_sku(session, sku)
                assert info is not None, sku
                items.append(
                    PickupLineItem(
                        line_no=n, sku=sku, name=info.name, quantity=quantity, unit_price=info.price
                    )
                )
        order = PickupOrderItem(
            order_id=order_id,
            order_no=order_no,
            customer_name=customer,
            contact_masked=contact,
            paid=paid,
            total=sum(i.quantity * i.unit_price for i in items),
            currency="EUR",
            window_start=now - timedelta(hours=1),
            window_end=end,
            status=status,
            code=self.code(order_id, expires=end),
            lines=items,
            offer=PickupOfferItem(sku=offer[0], price=offer[1], valid_until=end) if offer else None,
        )
        self.pull(order)
        return order

    def pull(self, *orders: PickupOrderItem) -> None:
        """Stores orders exactly as the sync's pickups stream does (a later page overwrites)."""
        page = PickupsPage(
            stream="pickups",
            cursor="test",
            has_more=False,
            server_time=self.clock.now(),
            orders=list(orders),
        )
        with self.store.write() as session:
            sync_pull.apply(session, page, self.clock.now())

    def code(
        self,
        order_id: str,
        *,
        expires: datetime | None = None,
        kiosk_id: str | None = None,
        key: Ed25519PrivateKey | None = None,
    ) -> str:
        return sign(
            key or self.key,
            order_id,
            kiosk_id or self.kiosk_id,
            expires or self.clock.now() + timedelta(hours=48),
        )


def staff(store: Store, role: Role = Role.ASSOCIATE) -> Actor:
    with store.read() as session:
        row = session.execute(
            text("SELECT id, name FROM associates WHERE role = :r"), {"r": role.value}
        ).first()
    assert row is not None
    return Actor(row[0], row[1], role)


def barcode_of(store: Store, sku: str) -> str:
    """The EAN-13 printed on a product (what the scanner reads)."""
    with store.read() as session:
        code = session.execute(
            text(
                "SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id "
                "WHERE p.sku = :s ORDER BY b.code DESC LIMIT 1"
            ),
            {"s": sku},
        ).scalar_one()
    text_code = str(code)  # GTIN-14 when imported here; as HQ sent it when pulled
    return text_code[1:] if len(text_code) == 14 and text_code.startswith("0") else text_code
