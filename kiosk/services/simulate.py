"""`kiosk simulate`: realistic sales through the same checkout the till uses.

Baskets are drawn from the catalog (most sales are 1-3 items; a few are large), tenders are
mixed (cash with notes rounded up, card with an approval code, some split). Used for demos,
benchmarks, the crash test and load tests.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import select

from kiosk.domain.cart import Cart, Discount, DiscountKind, ProductRef
from kiosk.domain.cash import CashCount
from kiosk.domain.errors import KioskError
from kiosk.domain.payment import Tender, TenderMethod
from kiosk.domain.permissions import Actor, Role
from kiosk.domain.sale_session import SaleSession
from kiosk.services.checkout import CheckoutService, CompletedSale
from kiosk.services.clock import Clock
from kiosk.services.shifts import ShiftService
from kiosk.store import catalog, reservations
from kiosk.store.engine import Store
from kiosk.store.models import Associate
from kiosk.store.settings import StoreProfile

_NOTES = (500, 1000, 2000, 5000, 10000)


@dataclass(frozen=True, slots=True)
class SimulationReport:
    sales: int
    revenue: int


class Simulator:
    def __init__(self, store: Store, clock: Clock, profile: StoreProfile, seed: int) -> None:
        self.rng = random.Random(seed)
        self.profile = profile
        self.checkout = CheckoutService(store, clock, profile)
        with store.read() as session:
            associate = session.exec(select(Associate).where(Associate.active)).first()
            if associate is None:
                raise KioskError("The store has no associates; add one with `kiosk staff add`")
            self.actor = Actor(associate.id, associate.name, Role(associate.role))
            ids = [
                r[0]
                for r in catalog.dbapi(session).execute(
                    "SELECT id FROM products WHERE active ORDER BY id"
                )
            ]
            # Sampled with the seeded generator so that --seed makes runs repeatable. Stock
            # reserved for online pickup orders is left alone, as an associate would.
            sample = self.rng.sample(ids, min(2000, len(ids)))
            reserved = reservations.reserved(session, sample, clock.now())
            self.products: list[ProductRef] = []
            for product_id in (pid for pid in sample if pid not in reserved):
                info = catalog.find_by_id(session, product_id)
                if info is not None:
                    self.products.append(info.ref(profile.currency))
        if not self.products:
            raise KioskError("The store has no products; import a catalog first")
        shifts = ShiftService(store, clock, profile)
        self.opened_shift = shifts.current() is None
        if self.opened_shift:  # selling needs an open drawer; a simulation brings an empty one
            shifts.open(self.actor, CashCount(profile.currency))

    def basket(self, lines: int | None = None) -> SaleSession:
        rng = self.rng
        cart = Cart(self.profile.currency, self.profile.tax, self.profile.rounding_rule)
        count = lines or rng.choice((1, 1, 1, 2, 2, 3, 3, 4, 5, 8))
        for product in rng.sample(self.products, min(count, len(self.products))):
            line = cart.add(product, rng.choice((1, 1, 1, 1, 2, 3)))
            if rng.random() < 0.05:
                cart.set_line_discount(line.line_id, Discount(DiscountKind.PERCENT, 1000, "promo"))
        return SaleSession(self.actor, cart, self.profile.selling_policy)

    def tenders(self, total: int) -> list[Tender]:
        rng = self.rng
        roll = rng.random()
        approval = f"A{rng.randrange(10**6):06d}"
        if roll < 0.35 or total == 0:
            return [Tender(TenderMethod.CARD, total, approval)] if total else []
        if roll < 0.40 and total > 100:
            card = rng.randrange(1, total)
            return [Tender(TenderMethod.CARD, card, approval), *self._cash(total - card)]
        return self._cash(total)

    def _cash(self, due: int) -> list[Tender]:
        if self.rng.random() < 0.3:
            return [Tender(TenderMethod.CASH, due)]  # exact money
        note = next((n for n in _NOTES if n >= due), None)
        tendered = note if note is not None else -(-due // 1000) * 1000
        return [Tender(TenderMethod.CASH, tendered)]

    def sale(self, *, lines: int | None = None, print_receipt: bool = False) -> CompletedSale:
        session = self.basket(lines)
        total = session.cart.priced().total.minor
        return self.checkout.complete_sale(
            session, self.tenders(total), print_receipt=print_receipt
        )

    def run(
        self,
        count: int,
        *,
        print_receipt: bool = False,
        on_sale: Callable[[CompletedSale], None] | None = None,
    ) -> SimulationReport:
        revenue = 0
        for _ in range(count):
            done = self.sale(print_receipt=print_receipt)
            revenue += done.total
            if on_sale is not None:
                on_sale(done)
        return SimulationReport(count, revenue)
