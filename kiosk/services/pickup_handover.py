"""Recording a hand-over: one transaction for the stock movements, the proof of pickup, the
pickup.completed event for HQ, the audit entry and the pickup receipt. All of it or none.

Each stock movement's reference is the pickup id, which is also the outbox event's id (the
ledger rule in kiosk.store.stock), so the shelf count drops at once and HQ's ledger gets the
same movements when the event is pushed.
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass

from sqlmodel import Session

from kiosk.domain.errors import InvalidInput
from kiosk.domain.permissions import Actor, Permission, authorize
from kiosk.domain.pickup import HandOver, Identification, partial_reason, proof_note
from kiosk.services.clock import Clock, business_day
from kiosk.services.pickup_documents import PickupReceipt, pickup_document
from kiosk.services.pickup_orders import PickupRefused, refuse_unless_open, view_of
from kiosk.services.signature import check_png
from kiosk.store import audit, catalog, outbox, pickups, print_jobs, stock
from kiosk.store.engine import Store
from kiosk.store.pickups import Handover, HandoverLine, StoredOrder
from kiosk.store.settings import StoreProfile
from kiosk.store.stockouts import queue_stockouts
from sync.protocol import PickupCompleted, PickupLinePayload, PickupProof


@dataclass(frozen=True, slots=True)
class CompletedPickup:
    pickup_id: str
    order_id: str
    order_no: str
    partial: bool
    handed_over: dict[str, int]
    remaining: dict[str, int]
    print_job_id: str | None


class HandoverRecorder:
    def __init__(self, store: Store, clock: Clock, profile: StoreProfile) -> None:
        self.store = store
        self.clock = clock
        self.profile = profile

    def record(
        self,
        actor: Actor,
        handover: HandOver,
        identification: Identification,
        *,
        reason_code: str = "",
        reason_note: str = "",
        signature_png: bytes | None = None,
        print_receipt: bool = True,
    ) -> CompletedPickup:
        authorize(actor, Permission.SELL, None)
        handed = handover.handed_over
        if not handed:
            raise InvalidInput("Scan the items you hand over first (or cancel the pickup)")
        reason = partial_reason(reason_code, reason_note) if handover.remaining else ""
        signature = check_png(signature_png) if signature_png else None
        now = self.clock.now()
        day = business_day(now, self.profile.timezone)
        pickup_id = uuid.uuid4().hex
        print_job_id = uuid.uuid4().hex if print_receipt else None

        with self.store.write() as tx:
            order = pickups.order(tx, handover.order_id)
            if order is None:
                raise PickupRefused(f"Order {handover.order_no} is no longer at this kiosk")
            # Checked again inside the transaction: a sync may have cancelled the order, or
            # another hand-over collected part of it, since this one began.
            refuse_unless_open(tx, view_of(order, now), self.profile.timezone, allow_expired=True)
            note = proof_note(identification, order.contact_masked, handover.opened_by_code)
            lines = self._lines(tx, order, handed)
            remaining = {
                sku: left - handed.get(sku, 0)
                for sku, left in order.to_collect().items()
                if left > handed.get(sku, 0)
            }
            movements = [
                stock.Movement(event_id, product_id, -ln.handed_over, "pickup", pickup_id)
                for ln, (event_id, product_id) in lines
                if event_id is not None
            ]
            stock.record(tx, movements, now, actor.associate_id)
            record = Handover(
                pickup_id=pickup_id,
                order_id=order.order_id,
                order_no=order.order_no,
                associate_id=actor.associate_id,
                method=identification.method.value,
                note=note,
                signature_png=signature,
                partial=bool(remaining),
                reason=reason,
                occurred_at=now,
                business_day=day,
                print_job_id=print_job_id,
                lines=tuple(ln for ln, _ in lines),
            )
            pickups.insert_handover(tx, record)
            outbox.emit(tx, pickup_id, _event(record, signature), now)
            queue_stockouts(tx, {m.product_id: -m.delta for m in movements}, now, day)
            audit.append(
                tx,
                action="pickup.completed",
                at=now,
                associate_id=actor.associate_id,
                subject=order.order_no,
                detail={
                    "pickup_id": pickup_id,
                    "handed_over": handed,
                    "remaining": remaining,
                    "identified_by": record.method,
                    "signed": signature is not None,
                    "reason": reason,
                },
            )
            if print_job_id is not None:
                names = {ln.sku: ln.name for ln in order.lines}
                document = pickup_document(
                    PickupReceipt(
                        order_no=order.order_no,
                        customer_name=order.customer_name,
                        at=now,
                        associate_name=actor.name,
                        handed_over=[(names[s], q) for s, q in handed.items()],
                        remaining=[(names[s], q) for s, q in remaining.items()],
                        method=record.method,
                        signed=signature is not None,
                        reason=reason,
                    ),
                    self.profile,
                )
                print_jobs.enqueue(
                    tx,
                    job_id=print_job_id,
                    kind="pickup",
                    document=document,
                    at=now,
                    reference=pickup_id,
                )
        return CompletedPickup(
            pickup_id,
            order.order_id,
            order.order_no,
            bool(remaining),
            dict(handed),
            remaining,
            print_job_id,
        )

    def _lines(
        self, tx: Session, order: StoredOrder, handed: dict[str, int]
    ) -> list[tuple[HandoverLine, tuple[str | None, int]]]:
        """One line per ordered SKU still to collect, with its ledger event (if any went)."""
        names = {ln.sku: ln.name for ln in order.lines}
        out: list[tuple[HandoverLine, tuple[str | None, int]]] = []
        to_collect = order.to_collect()
        for sku, quantity in handed.items():
            if quantity > to_collect.get(sku, 0):
                raise PickupRefused(
                    f"Only {to_collect.get(sku, 0)} x {names.get(sku, sku)} are still to collect "
                    f"for order {order.order_no}; it changed since this hand-over began. "
                    "Start it again."
                )
        for sku, left in to_collect.items():
            quantity = handed.get(sku, 0)
            product = catalog.find_by_sku(tx, sku)
            if quantity and product is None:
                raise InvalidInput(f"SKU {sku} is not in this kiosk's catalog; sync with HQ first")
            event_id = uuid.uuid4().hex if quantity else None
            line = HandoverLine(sku, names[sku], left, quantity, event_id)
            out.append((line, (event_id, product.id if product else 0)))
        return out


def _event(record: Handover, signature: bytes | None) -> PickupCompleted:
    return PickupCompleted(
        pickup_id=record.pickup_id,
        order_id=record.order_id,
        partial=record.partial,
        reason=record.reason,
        lines=[
            PickupLinePayload(
                sku=ln.sku,
                ordered=ln.ordered,
                handed_over=ln.handed_over,
                stock_event_id=ln.stock_event_id,
            )
            for ln in record.lines
        ],
        proof=PickupProof.model_validate(
            {
                "method": record.method,
                "associate_id": record.associate_id,
                "signature_png_b64": base64.b64encode(signature).decode() if signature else None,
                "note": record.note,
            }
        ),
        occurred_at=record.occurred_at,
        business_day=record.business_day,
    )
