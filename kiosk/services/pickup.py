"""Pickup of online orders at the kiosk: find the order (the customer's signed code, or the list
searched by name or order number), scan each item as it goes over the counter, and record the
hand-over with its proof (see pickup_handover.py). Everything works offline: the code is
checked against HQ's public key kept since enrolment, and the orders were pulled beforehand.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session

from kiosk.domain.barcode import CodeKind, classify
from kiosk.domain.errors import InvalidInput
from kiosk.domain.permissions import Actor
from kiosk.domain.pickup import (
    HandOver,
    Identification,
    OrderState,
    PickupLine,
    WrongItem,
)
from kiosk.domain.sale_session import SaleSession
from kiosk.services.catalog import CatalogService
from kiosk.services.clock import Clock
from kiosk.services.pickup_handover import CompletedPickup, HandoverRecorder
from kiosk.services.pickup_offer import AddOnOffer, AddOnOffers
from kiosk.services.pickup_orders import (
    PickupOrderView,
    PickupRefused,
    refuse_unless_open,
    view_of,
)
from kiosk.store import pickups, settings, sync_state
from kiosk.store.engine import Store
from kiosk.store.pickups import Handover, StoredOrder
from kiosk.store.settings import StoreProfile

if TYPE_CHECKING:
    from sync.protocol.pickup_codes import PickupCode

# Demo stores have no HQ: their orders are signed with a throwaway key whose public half is
# kept under this setting (see demo_pickups.py). An enrolled kiosk always uses HQ's key.
DEMO_KEY_SETTING = "demo_pickup_key"


@dataclass(frozen=True, slots=True)
class ScanResult:
    sku: str
    name: str
    left: int  # units of this line still to scan
    message: str


class PickupService:
    def __init__(self, store: Store, clock: Clock, profile: StoreProfile) -> None:
        self.store = store
        self.clock = clock
        self.profile = profile
        self.catalog = CatalogService(store, profile)
        self.recorder = HandoverRecorder(store, clock, profile)
        self.offers = AddOnOffers(store, clock, profile)

    # --- finding orders -----------------------------------------------------------------------
    def orders(self, query: str = "") -> list[PickupOrderView]:
        """Orders waiting for pickup here (ready or partly collected), soonest deadline first;
        `query` matches the order number or the customer's name."""
        with self.store.read() as session:
            found = pickups.search(session, query)
        now = self.clock.now()
        return [v for v in (view_of(o, now) for o in found) if v.state.open]

    def flagged(self) -> list[PickupOrderView]:
        """Orders that need a look: not collected by the end of their window (HQ releases
        them), or handed over here after HQ had cancelled them (HQ is told)."""
        with self.store.read() as session:
            found = pickups.search(session, "", hq_statuses=("ready", "partial", "cancelled"))
        flags, now = (OrderState.EXPIRED, OrderState.CONFLICT), self.clock.now()
        return [v for v in (view_of(o, now) for o in found) if v.state in flags]

    def view(self, order_id: str) -> PickupOrderView:
        with self.store.read() as session:
            return view_of(self._stored(session, order_id), self.clock.now())

    def history(self, order_id: str) -> list[Handover]:
        """Every hand-over of an order here, with its proof (kept for audits)."""
        with self.store.read() as session:
            return pickups.handovers(session, order_id)

    # --- starting a hand-over ----------------------------------------------------------------
    def identify(self, raw: str) -> HandOver:
        """The customer's pickup code was scanned: checked offline, then the hand-over opens."""
        code = self._pickup_code(raw)
        with self.store.read() as session:
            found = pickups.order(session, code.order_id)
            if found is None:
                raise PickupRefused(
                    "This pickup code is genuine, but its order has not reached this kiosk yet. "
                    "Sync with HQ and scan again, or ask the customer to come back later."
                )
            return self._open(session, found, by_code=True)

    def start(self, order_id: str) -> HandOver:
        """The order was picked from the list: the customer is identified by name and phone
        digits, or an ID, when the hand-over completes."""
        with self.store.read() as session:
            return self._open(session, self._stored(session, order_id), by_code=False)

    def _open(self, session: Session, found: StoredOrder, *, by_code: bool) -> HandOver:
        refuse_unless_open(session, view_of(found, self.clock.now()), self.profile.timezone)
        names = {ln.sku: ln.name for ln in found.lines}
        return HandOver(
            found.order_id,
            found.order_no,
            tuple(PickupLine(sku, names[sku], n) for sku, n in found.to_collect().items()),
            opened_by_code=by_code,
        )

    # --- during a hand-over ----------------------------------------------------------------
    def scan(self, handover: HandOver, raw: str) -> ScanResult:
        """An item scanned as it is handed over: it counts down its line. Anything else gets a
        message and counts nothing."""
        code = self.catalog.classify(raw)
        if code.kind is CodeKind.PICKUP:
            scanned = self._pickup_code(raw)
            if scanned.order_id == handover.order_id:
                raise InvalidInput(f"Order {handover.order_no} is already open: scan its items.")
            raise InvalidInput(
                f"That is another order's code. Finish or cancel order {handover.order_no} first."
            )
        if not code.is_product:
            raise WrongItem(f"That is not an item. Scan the items of order {handover.order_no}.")
        product = self.catalog.lookup(code).product
        left = handover.count(product.sku, product.name)
        message = f"{product.name}: {left} more to hand over" if left else f"{product.name}: done"
        return ScanResult(product.sku, product.name, left, message)

    def complete(
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
        """Records the hand-over in one transaction: stock movements, proof, the event for HQ,
        the audit entry and the pickup receipt. A partial pickup needs a reason."""
        return self.recorder.record(
            actor,
            handover,
            identification,
            reason_code=reason_code,
            reason_note=reason_note,
            signature_png=signature_png,
            print_receipt=print_receipt,
        )

    # --- the add-on offer ------------------------------------------------------------------
    def offer(self, order_id: str) -> AddOnOffer | None:
        """Shown at hand-over when HQ attached an offer that still stands."""
        return self.offers.offer(order_id)

    def offer_sale(self, actor: Actor, order_id: str) -> SaleSession:
        """The accepted offer as a sale to pay; complete it with linked_order=order_id."""
        return self.offers.sale(actor, order_id)

    # --- helpers --------------------------------------------------------------------------------
    def _stored(self, session: Session, order_id: str) -> StoredOrder:
        found = pickups.order(session, order_id) or pickups.by_order_no(session, order_id)
        if found is None:
            raise PickupRefused(
                f"No pickup order {order_id} at this kiosk. Check the number, or sync with HQ."
            )
        return found

    def _pickup_code(self, raw: str) -> PickupCode:
        code = classify(raw, self.profile.rcn_region)
        if code.kind is not CodeKind.PICKUP:
            raise InvalidInput("That is not a pickup code. Scan the QR code the customer shows.")
        with self.store.read() as session:
            key, kiosk_id = self._verification_key(session)
        from sync.protocol import pickup_codes  # cryptography loads at the first code, not at start

        try:
            return pickup_codes.verify(key, code.value, kiosk_id, self.clock.now())
        except pickup_codes.BadPickupCode as exc:
            raise PickupRefused(str(exc)) from None

    def _verification_key(self, session: Session) -> tuple[str, str]:
        enrolment = sync_state.enrolment(session)
        if enrolment is not None:
            return enrolment.pickup_key, enrolment.kiosk_id
        demo = settings.get(session, DEMO_KEY_SETTING)
        if demo:
            return str(demo), self.profile.kiosk_code
        raise PickupRefused(
            "This kiosk is not enrolled with HQ, so it cannot check pickup codes. Find the "
            "order by name or number instead."
        )
