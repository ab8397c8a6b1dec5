"""What a pickup does to an online order at HQ, decided without the database.

An order holds ("commits") its ordered units at its location until they are collected, the
order is cancelled, or its pickup window ends. A pickup frees what it handed over (those units
leave on-hand and committed together). A partial pickup keeps the rest held: the customer may
come back within the window, and HQ releases what is still not collected when it ends. A
pickup of an order HQ no longer holds (cancelled, released, already completed) still happened
at the kiosk, so its stock movements stand, but it frees nothing and is reported as a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sync.protocol import PickupCompleted

HOLDING = ("ready", "partial")


@dataclass(slots=True)
class OrderState:
    order_id: str
    order_no: str
    kiosk_id: str
    status: str
    ordered: dict[str, int]
    collected: dict[str, int] = field(default_factory=dict)

    def remaining(self) -> dict[str, int]:
        left = {sku: q - self.collected.get(sku, 0) for sku, q in self.ordered.items()}
        return {sku: q for sku, q in left.items() if q > 0}

    def held(self) -> dict[str, int]:
        """Units still committed to this order at HQ."""
        return self.remaining() if self.status in HOLDING else {}


@dataclass(frozen=True, slots=True)
class PickupOutcome:
    pickup: PickupCompleted
    seq: int
    order: OrderState | None  # None: HQ never had this order for this kiosk
    status_after: str
    freed: dict[str, int]  # committed units given back
    conflict: str | None


def apply_pickup(state: OrderState | None, pickup: PickupCompleted, seq: int) -> PickupOutcome:
    """Moves `state` on by one pickup (several pickups of one batch share the state)."""
    if state is None:
        return PickupOutcome(
            pickup, seq, None, "unknown", {}, f"pickup of unknown order {pickup.order_id}"
        )
    handed: dict[str, int] = {}
    for line in pickup.lines:
        if line.handed_over:
            handed[line.sku] = handed.get(line.sku, 0) + line.handed_over
    held = state.held()
    for sku, quantity in handed.items():
        state.collected[sku] = state.collected.get(sku, 0) + quantity
    if state.status not in HOLDING:
        conflict = f"order {state.order_no} was {state.status} at HQ when the kiosk handed it over"
        return PickupOutcome(pickup, seq, state, state.status, {}, conflict)
    freed = {sku: min(q, held[sku]) for sku, q in handed.items() if held.get(sku)}
    left = state.remaining()
    if left and pickup.partial:
        state.status = "partial"
    else:
        # The kiosk says the order is done: whatever is still held goes back on sale now.
        for sku, quantity in held.items():
            extra = quantity - freed.get(sku, 0)
            if extra > 0:
                freed[sku] = freed.get(sku, 0) + extra
        state.status = "completed"
    return PickupOutcome(pickup, seq, state, state.status, freed, None)
