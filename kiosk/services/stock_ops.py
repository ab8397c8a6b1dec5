"""Stock at the till: waste and damage with a reason, cycle counts, the low-stock view."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlmodel import Session

from kiosk.domain.errors import InvalidInput
from kiosk.domain.permissions import Actor, Permission, authorize
from kiosk.services.clock import Clock, business_day
from kiosk.store import audit, catalog, outbox, settings, stock
from kiosk.store.catalog import ProductInfo
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile
from kiosk.store.stockouts import queue_stockouts
from sync.protocol import StockAdjusted, StockCounted

# Taking stock out of the sellable count needs a reason HQ and the accountant understand.
LOSS_REASONS = ("waste", "damage", "theft", "expired")
ADJUST_REASONS = (*LOSS_REASONS, "correction")
DEFAULT_LOW_STOCK = 3


@dataclass(frozen=True, slots=True)
class Adjustment:
    adjustment_id: str
    event_id: str
    product: ProductInfo
    delta: int
    reason: str
    note: str


@dataclass(frozen=True, slots=True)
class CountLine:
    count_id: str
    event_id: str
    product: ProductInfo
    expected: int  # what the ledger said just before the count
    counted: int

    @property
    def delta(self) -> int:
        return self.counted - self.expected

    @property
    def value(self) -> int:
        """The variance at selling price, in minor units (negative means missing)."""
        return self.delta * self.product.price


@dataclass(frozen=True, slots=True)
class LowStock:
    product: ProductInfo
    on_hand: int


class StockService:
    def __init__(self, store: Store, clock: Clock, profile: StoreProfile) -> None:
        self.store = store
        self.clock = clock
        self.profile = profile

    def adjust(
        self, actor: Actor, product_id: int, delta: int, reason: str, note: str = ""
    ) -> Adjustment:
        authorize(actor, Permission.STOCK, None)
        if reason not in ADJUST_REASONS:
            raise InvalidInput(f"Choose a reason: {', '.join(ADJUST_REASONS)}")
        if type(delta) is not int or delta == 0:
            raise InvalidInput("Enter how many items, not zero")
        if reason in LOSS_REASONS and delta > 0:
            raise InvalidInput(f"{reason.capitalize()} takes items out of stock")
        now = self.clock.now()
        with self.store.write() as session:
            product = _product(session, product_id)
            event_id, adjustment_id = uuid.uuid4().hex, uuid.uuid4().hex
            stock.record(
                session,
                [stock.Movement(event_id, product.id, delta, "adjust", adjustment_id, reason)],
                now,
                actor.associate_id,
            )
            audit.append(
                session,
                action="stock.adjusted",
                at=now,
                associate_id=actor.associate_id,
                subject=product.sku,
                detail={"delta": delta, "reason": reason, "note": note.strip()},
            )
            adjustment = Adjustment(adjustment_id, event_id, product, delta, reason, note.strip())
            self._on_adjusted(session, adjustment, actor)
        return adjustment

    def count(self, actor: Actor, counts: dict[int, int]) -> list[CountLine]:
        """Records what was physically found; the difference becomes count events."""
        authorize(actor, Permission.STOCK, None)
        if not counts:
            raise InvalidInput("Count at least one product")
        if any(type(n) is not int or n < 0 for n in counts.values()):
            raise InvalidInput("A count is a whole number, zero or more")
        now = self.clock.now()
        with self.store.write() as session:
            before = stock.on_hand(session, counts)
            lines = [
                CountLine(
                    uuid.uuid4().hex, uuid.uuid4().hex, _product(session, pid), before[pid], counted
                )
                for pid, counted in counts.items()
            ]
            stock.record(
                session,
                [
                    stock.Movement(
                        ln.event_id,
                        ln.product.id,
                        ln.delta,
                        "count",
                        ln.count_id,
                        "cycle count",
                        ln.counted,
                    )
                    for ln in lines
                ],
                now,
                actor.associate_id,
            )
            audit.append(
                session,
                action="stock.counted",
                at=now,
                associate_id=actor.associate_id,
                subject=f"{len(lines)} products",
                detail={
                    "variance_units": sum(ln.delta for ln in lines),
                    "variance_value": sum(ln.value for ln in lines),
                },
            )
            self._on_counted(session, lines, actor)
        return sorted(lines, key=lambda ln: (ln.value, ln.product.name))

    def low_stock(self, limit: int = 200) -> list[LowStock]:
        with self.store.read() as session:
            threshold = int(settings.get(session, "low_stock_threshold", DEFAULT_LOW_STOCK))
            rows = stock.low_stock(session, threshold, limit)
            return [LowStock(_product(session, pid), on_hand) for pid, on_hand in rows]

    def on_hand(self, product_ids: list[int]) -> dict[int, int]:
        with self.store.read() as session:
            return stock.on_hand(session, product_ids)

    # What HQ must learn, written in the same transaction; each stock event's reference is
    # its event's id (the ledger rule in kiosk.store.stock).
    def _on_adjusted(self, session: Session, adjustment: Adjustment, actor: Actor) -> None:
        now = self.clock.now()
        day = business_day(now, self.profile.timezone)
        event = StockAdjusted(
            adjustment_id=adjustment.adjustment_id,
            sku=adjustment.product.sku,
            delta=adjustment.delta,
            reason=adjustment.reason,  # checked against ADJUST_REASONS above
            note=adjustment.note,
            stock_event_id=adjustment.event_id,
            associate_id=actor.associate_id,
            occurred_at=now,
            business_day=day,
        )
        outbox.emit(session, adjustment.adjustment_id, event, now)
        if adjustment.delta < 0:
            queue_stockouts(session, {adjustment.product.id: -adjustment.delta}, now, day)

    def _on_counted(self, session: Session, lines: list[CountLine], actor: Actor) -> None:
        now = self.clock.now()
        day = business_day(now, self.profile.timezone)
        for line in lines:
            event = StockCounted(
                count_id=line.count_id,
                sku=line.product.sku,
                counted=line.counted,
                delta=line.delta,
                stock_event_id=line.event_id,
                associate_id=actor.associate_id,
                occurred_at=now,
                business_day=day,
            )
            outbox.emit(session, line.count_id, event, now)
        taken = {ln.product.id: -ln.delta for ln in lines if ln.delta < 0}
        queue_stockouts(session, taken, now, day)


def _product(session: Session, product_id: int) -> ProductInfo:
    product = catalog.find_by_id(session, product_id)
    if product is None:
        raise InvalidInput("That product is not in the catalog")
    return product
