"""Online orders for pickup at HQ after intake: hand-overs pushed by kiosks (with their proof,
kept for audits), cancellation by the storefront, and release when the pickup window ends.

Every change of an order bumps its `pickups` stream version, so the kiosk learns it on its next
pull. Stock commitments move with `stock_effects.upsert_levels`, the same path as everything
else that changes a level.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col, select

from sync.server import counters, stock_effects, webhooks
from sync.server.effects import Effects
from sync.server.models import PickupHandover, PickupOrder
from sync.server.pickup_state import HOLDING, OrderState, PickupOutcome


class OrderNotFound(ValueError):
    pass


class OrderConflict(ValueError):
    """The order is in a state that does not allow the change (409)."""


def _state(order: PickupOrder) -> OrderState:
    ordered: dict[str, int] = {}
    for line in order.lines:
        ordered[line["sku"]] = ordered.get(line["sku"], 0) + int(line["quantity"])
    collected = {str(k): int(v) for k, v in (order.collected or {}).items()}
    return OrderState(
        order.id, order.storefront_order_id, order.kiosk_id, order.status, ordered, collected
    )


def order_states(session: Session, order_ids: list[str], kiosk_id: str) -> dict[str, OrderState]:
    """The orders a batch of pickups refers to, locked until the push commits (so a cancel or
    a release cannot free the same units at the same time). Another kiosk's order is unknown."""
    if not order_ids:
        return {}
    rows = session.execute(
        select(PickupOrder)
        .where(col(PickupOrder.id).in_(sorted(set(order_ids))))
        .order_by(PickupOrder.id)
        .with_for_update()
    ).scalars()
    return {o.id: _state(o) for o in rows if o.kiosk_id == kiosk_id}


def record_handovers(session: Session, effects: Effects) -> None:
    """Writes what the batch's pickups did: order status, proof, hand-over rows, exceptions
    and webhooks. The stock steps were already collected by `Effects.add`."""
    now = effects.now
    rows: list[dict[str, Any]] = []
    for outcome in effects.pickup_outcomes:
        pickup = outcome.pickup
        if outcome.conflict:
            category = "unknown_order" if outcome.order is None else "pickup_conflict"
            effects.exception(
                category,
                outcome.conflict,
                None,
                order_id=pickup.order_id,
                pickup_id=pickup.pickup_id,  # its hand-over row keeps the proof
                kiosk_seq=outcome.seq,
            )
        rows.append(_handover_row(outcome, effects.kiosk_id, now))
        if outcome.order is None:
            continue
        order = session.get(PickupOrder, pickup.order_id)
        assert order is not None
        order.status = outcome.status_after
        order.collected = dict(outcome.order.collected)
        order.proof = pickup.proof.model_dump(mode="json", exclude={"signature_png_b64"}) | {
            "reason": pickup.reason,
            "pickup_id": pickup.pickup_id,
            "signed": pickup.proof.signature_png_b64 is not None,
        }
        order.completed_at = pickup.occurred_at
        order.version = counters.allocate(session, "pickups")
        session.add(order)
        webhooks.emit(
            session,
            "pickup.completed",
            {
                "order_id": order.id,
                "order_no": order.storefront_order_id,
                "kiosk_id": effects.kiosk_id,
                "partial": outcome.status_after == "partial",
                "status": outcome.status_after,
                "handed_over": {ln.sku: ln.handed_over for ln in pickup.lines},
                "remaining": outcome.order.remaining(),
                "identified_by": pickup.proof.method,
                "conflict": outcome.conflict,
            },
            now,
        )
    if rows:
        session.execute(insert(PickupHandover), rows)


def _handover_row(outcome: PickupOutcome, kiosk_id: str, now: datetime) -> dict[str, Any]:
    pickup = outcome.pickup
    return {
        "id": pickup.pickup_id,
        "order_id": pickup.order_id,
        "kiosk_id": kiosk_id,
        "seq": outcome.seq,
        "occurred_at": pickup.occurred_at,
        "partial": pickup.partial,
        "reason": pickup.reason,
        "lines": [ln.model_dump(mode="json") for ln in pickup.lines],
        "method": pickup.proof.method,
        "associate_id": pickup.proof.associate_id,
        "note": pickup.proof.note,
        "signature_png_b64": pickup.proof.signature_png_b64,
        "conflict": outcome.conflict,
        "received_at": now,
    }


def _give_back(session: Session, order: PickupOrder, state: OrderState, status: str) -> None:
    held = state.held()
    if held:
        stock_effects.upsert_levels(session, order.location, {s: (0, -q) for s, q in held.items()})
    order.status = status
    order.version = counters.allocate(session, "pickups")
    session.add(order)


def cancel_order(session: Session, storefront_order_id: str, now: datetime) -> PickupOrder:
    """The storefront cancelled the order: its held stock goes back on sale at once. The kiosk
    learns it on its next pull; a hand-over it made before then is reported as a conflict."""
    order: PickupOrder | None = session.execute(
        select(PickupOrder)
        .where(PickupOrder.storefront_order_id == storefront_order_id)
        .with_for_update()
    ).scalar_one_or_none()
    if order is None:
        raise OrderNotFound(f"no order {storefront_order_id}")
    if order.status == "cancelled":
        return order  # cancelling twice is harmless
    if order.status not in HOLDING:
        raise OrderConflict(
            f"order {storefront_order_id} is {order.status}; only an order waiting for pickup "
            "can be cancelled"
        )
    _give_back(session, order, _state(order), "cancelled")
    return order


def release_expired_orders(session: Session, now: datetime) -> int:
    """Orders whose pickup window has ended give back what was not collected."""
    orders = (
        session.execute(
            select(PickupOrder)
            .where(col(PickupOrder.status).in_(HOLDING), PickupOrder.window_end < now)
            .order_by(PickupOrder.id)
            .with_for_update()
        )
        .scalars()
        .all()
    )
    for order in orders:
        state = _state(order)
        remaining = state.remaining()
        _give_back(session, order, state, "released")
        webhooks.emit(
            session,
            "pickup.released",
            {
                "order_id": order.id,
                "order_no": order.storefront_order_id,
                "kiosk_id": order.kiosk_id,
                "not_collected": remaining,
                "collected": state.collected,
            },
            now,
        )
    return len(orders)


def find(session: Session, storefront_order_id: str) -> tuple[PickupOrder, list[PickupHandover]]:
    order: PickupOrder | None = session.execute(
        select(PickupOrder).where(PickupOrder.storefront_order_id == storefront_order_id)
    ).scalar_one_or_none()
    if order is None:
        raise OrderNotFound(f"no order {storefront_order_id}")
    handovers = (
        session.execute(
            select(PickupHandover)
            .where(PickupHandover.order_id == order.id)
            .order_by(col(PickupHandover.occurred_at))
        )
        .scalars()
        .all()
    )
    return order, list(handovers)
