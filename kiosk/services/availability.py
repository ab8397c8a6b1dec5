"""What may be sold: on hand, reserved for online pickup orders, and available.

Checkout refuses to sell units that pickup orders reserve, because the customer who paid online
is on the way for exactly those. A manager may approve it for one sale (the shelf holds more
than the count says, or the order will not be collected); the approval goes to HQ with the
sale, where it shows as an oversell to resolve.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from kiosk.domain.errors import KioskError
from kiosk.services.clock import Clock
from kiosk.store import catalog, reservations, stock
from kiosk.store.engine import Store
from kiosk.store.reservations import StockLevels


@dataclass(frozen=True, slots=True)
class Wanted:
    """Units of one product a sale takes."""

    product_id: int
    sku: str
    name: str
    quantity: int


@dataclass(frozen=True, slots=True)
class Shortfall:
    sku: str
    name: str
    wanted: int
    available: int
    reserved: int


class ReservedStock(KioskError):
    """The sale would take units reserved for pickup orders; nothing was written."""

    def __init__(self, message: str, shortfalls: list[Shortfall]) -> None:
        super().__init__(message)
        self.shortfalls = shortfalls

    @property
    def skus(self) -> list[str]:
        return [s.sku for s in self.shortfalls]


class AvailabilityService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def levels(self, product_ids: list[int]) -> dict[int, StockLevels]:
        """On hand, reserved and available per product (the sell screen shows them)."""
        with self.store.read() as session:
            return reservations.levels(session, product_ids, self.clock.now())

    def levels_for_sku(self, sku: str) -> StockLevels | None:
        with self.store.read() as session:
            product = catalog.find_by_sku(session, sku)
            if product is None:
                return None
            return reservations.levels(session, [product.id], self.clock.now())[product.id]

    def check(self, wanted: list[Wanted], allowed_skus: set[str]) -> None:
        """The same check as checkout's, before payment is taken, so a manager can approve
        while the customer still stands there with the money."""
        with self.store.read() as session:
            refuse_reserved(session, wanted, allowed_skus, self.clock.now())


def refuse_reserved(
    session: Session, lines: list[Wanted], allowed_skus: set[str], now: datetime
) -> None:
    """Raises ReservedStock if the sale would dip into reserved units (checkout calls it
    inside the sale's own transaction, so the numbers cannot change before it commits)."""
    wanted: dict[int, tuple[Wanted, int]] = {}
    for line in lines:
        first, quantity = wanted.get(line.product_id, (line, 0))
        wanted[line.product_id] = (first, quantity + line.quantity)
    held = reservations.reserved(session, wanted, now)
    if not held:
        return
    on_hand = stock.on_hand(session, held)
    short = [
        Shortfall(line.sku, line.name, quantity, max(on_hand[pid] - held[pid], 0), held[pid])
        for pid, (line, quantity) in wanted.items()
        if pid in held
        and line.sku not in allowed_skus
        and quantity > max(on_hand[pid] - held[pid], 0)
    ]
    if short:
        raise ReservedStock(_message(short), short)


def _message(short: list[Shortfall]) -> str:
    parts = [
        f"only {s.available} x {s.name} may be sold ({s.reserved} reserved for online orders)"
        for s in short
    ]
    text = "; ".join(parts)
    return (
        f"{text[0].upper()}{text[1:]}. Take the extra items off the sale, or ask a manager to "
        "approve selling reserved stock."
    )
