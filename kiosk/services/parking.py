"""Parking a cart (the customer went to fetch something) and resuming it later; voids."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import select

from kiosk.domain.cart import Cart
from kiosk.domain.errors import InvalidInput
from kiosk.domain.permissions import Actor
from kiosk.domain.sale_session import AppliedOverride
from kiosk.services.clock import Clock
from kiosk.store import audit
from kiosk.store.engine import Store
from kiosk.store.models import ParkedCart


@dataclass(frozen=True, slots=True)
class ParkedInfo:
    id: str
    label: str
    item_count: int
    total: int
    parked_at: datetime
    associate_id: str


class ParkingService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def park(self, cart: Cart, actor: Actor, label: str = "") -> ParkedInfo:
        if cart.is_empty():
            raise InvalidInput("There is nothing to park")
        priced = cart.priced()
        now = self.clock.now()
        row = ParkedCart(
            id=cart.cart_id,
            associate_id=actor.associate_id,
            label=label.strip() or now.strftime("%H:%M"),
            item_count=priced.item_count,
            total=priced.total.minor,
            cart_json=json.dumps(cart.to_dict()),
            created_at=now,
        )
        with self.store.write() as session:
            if session.get(ParkedCart, cart.cart_id) is not None:
                raise InvalidInput("This cart is already parked")
            session.add(row)
            audit.append(
                session,
                action="cart.parked",
                at=now,
                associate_id=actor.associate_id,
                subject=cart.cart_id,
                detail={"items": row.item_count, "total": row.total},
            )
        return _info(row)

    def parked(self) -> list[ParkedInfo]:
        with self.store.read() as session:
            rows = session.exec(select(ParkedCart).order_by(ParkedCart.created_at))  # type: ignore[arg-type]
            return [_info(r) for r in rows]

    def resume(self, parked_id: str, actor: Actor) -> Cart:
        now = self.clock.now()
        with self.store.write() as session:
            row = session.get(ParkedCart, parked_id)
            if row is None:
                raise InvalidInput("That parked sale was already resumed at another moment")
            cart = Cart.from_dict(json.loads(row.cart_json))
            session.delete(row)
            audit.append(
                session,
                action="cart.resumed",
                at=now,
                associate_id=actor.associate_id,
                subject=parked_id,
            )
        return cart

    def record_void(
        self,
        actor: Actor,
        what: str,
        cart: Cart,
        overrides: list[AppliedOverride],
        detail: dict[str, object] | None = None,
    ) -> None:
        """Voids happen in the cart (pure); this keeps the audit trail of them."""
        with self.store.write() as session:
            audit.append(
                session,
                action=f"{what}.voided",
                at=self.clock.now(),
                associate_id=actor.associate_id,
                subject=cart.cart_id,
                detail={
                    **(detail or {}),
                    "approved_by": [o.manager_id for o in overrides],
                    "reasons": [o.reason for o in overrides],
                },
            )


def _info(row: ParkedCart) -> ParkedInfo:
    return ParkedInfo(
        row.id, row.label, row.item_count, row.total, row.created_at, row.associate_id
    )
