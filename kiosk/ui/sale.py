"""The sale at the till: the cart, its totals, and every change an associate can make to it.

SaleSession is pure Python, so cart changes run right here on the GUI thread and the cart list
updates in the same frame. What touches the store (the audit trail of voids) goes to the
database worker; parking and resuming live in parking.py. An action that needs a manager goes
through the approval bridge and is retried, unchanged, with the approval.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.cart import Cart, Discount, DiscountKind, PricedCart, ProductRef
from kiosk.domain.errors import KioskError, PermissionDenied
from kiosk.domain.money import Money
from kiosk.domain.permissions import Actor, Approval, Permission
from kiosk.domain.sale_session import AppliedOverride, SaleSession
from kiosk.services.parking import ParkingService
from kiosk.store.catalog import ProductInfo
from kiosk.store.settings import StoreProfile
from kiosk.ui.approval import ApprovalBridge
from kiosk.ui.cart_model import CartModel
from kiosk.ui.formatting import LocaleFormats
from kiosk.ui.messages import translate
from kiosk.ui.notices import NoticeBridge
from kiosk.ui.worker import DbWorker

T = TypeVar("T")
SELLING, PAYING, RECEIPT = "selling", "paying", "receipt"
Done = Callable[[Any, list[AppliedOverride]], None]


class SaleBridge(QObject):
    totalsChanged = Signal()
    stageChanged = Signal()
    lineAdded = Signal(int)  # the row, so the cart list can scroll to it

    def __init__(
        self,
        *,
        worker: DbWorker,
        parking: ParkingService,
        profile: StoreProfile,
        formats: LocaleFormats,
        approvals: ApprovalBridge,
        notices: NoticeBridge,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.parking = parking
        self.profile = profile
        self.formats = formats
        self.approvals = approvals
        self.notices = notices
        self.cart_model = CartModel(self)
        self.on_payment_started: Callable[[SaleSession, str | None], None] = lambda s, o: None
        self._session: SaleSession | None = None
        self._linked_order: str | None = None  # a pickup order this sale belongs to
        self._priced: PricedCart | None = None
        self._stage = SELLING

    # --- who is selling ------------------------------------------------------------------------
    @property
    def session(self) -> SaleSession | None:
        return self._session

    @property
    def current_stage(self) -> str:
        return self._stage

    def begin(self, actor: Actor) -> None:
        """Someone signed in: a fresh sale, or the open one continued under their name."""
        policy = self.profile.selling_policy
        if self._session is None:
            self._session = SaleSession(actor, self._new_cart(), policy)
        elif self._session.actor != actor:
            old = self._session
            self._session = SaleSession(actor, old.cart, policy, old.overrides)
        self._refresh()

    def _new_cart(self) -> Cart:
        return Cart(self.profile.currency, self.profile.tax, self.profile.rounding_rule)

    @Slot()
    def newSale(self) -> None:
        self._linked_order = None
        if self._session is not None:
            self._session = SaleSession(
                self._session.actor, self._new_cart(), self.profile.selling_policy
            )
        self._set_stage(SELLING)
        self._refresh()

    # --- adding products -----------------------------------------------------------------------
    def add_product(self, info: ProductInfo) -> None:
        self.add_ref(info.ref(self.profile.currency))

    def add_ref(self, product: ProductRef) -> None:
        session = self._session
        if session is None:
            return
        if self._stage == RECEIPT:
            self.newSale()  # scanning after a sale starts the next one
            session = self._session
            assert session is not None
        if self._stage != SELLING:
            self.notices.show_error_text(
                translate("Messages", "Finish or cancel the payment first.")
            )
            return
        try:
            line = session.add(product)
        except KioskError as error:
            self.notices.show_error(error)
            return
        self._refresh()
        self.lineAdded.emit(self.cart_model.row_of(line.line_id))

    # --- changing lines ------------------------------------------------------------------------
    @Slot(str)
    def increment(self, line_id: str) -> None:
        self._change_quantity(line_id, +1)

    @Slot(str)
    def decrement(self, line_id: str) -> None:
        self._change_quantity(line_id, -1)

    def _change_quantity(self, line_id: str, step: int) -> None:
        session = self._session
        if session is None:
            return
        try:
            quantity = session.cart.line(line_id).quantity + step
            if quantity < 1:
                return  # removing a line is its own, audited action
            session.set_quantity(line_id, quantity)
        except KioskError as error:
            self.notices.show_error(error)
        self._refresh()

    @Slot(str)
    def removeLine(self, line_id: str) -> None:
        session = self._session
        if session is None:
            return
        try:
            line = session.cart.line(line_id)
        except KioskError as error:
            self.notices.show_error(error)
            return
        detail = {"sku": line.product.sku, "quantity": line.quantity}
        self._guarded(
            lambda approval: session.void_line(line_id, approval),
            line.product.sku,
            lambda _, used: self._record_void("line", used, detail),
        )

    @Slot()
    def voidSale(self) -> None:
        session = self._session
        if session is None:
            return
        detail = {"items": session.cart.priced().item_count}

        def voided(_: object, used: list[AppliedOverride]) -> None:
            self._record_void("cart", used, detail)
            self.newSale()

        self._guarded(session.void_cart, session.cart.cart_id, voided)

    def _record_void(self, what: str, used: list[AppliedOverride], detail: dict[str, Any]) -> None:
        session = self._session
        if session is None:
            return
        actor, cart, parking = session.actor, session.cart.copy(), self.parking
        self.worker.submit(lambda: parking.record_void(actor, what, cart, used, detail))

    @Slot(str, str, int, str)
    def setLineDiscount(self, line_id: str, kind: str, value: int, reason: str) -> None:
        session = self._session
        if session is None:
            return
        try:
            discount = Discount(DiscountKind(kind), value, reason.strip())
            target = session.cart.line(line_id).product.sku
        except (KioskError, ValueError) as error:
            self.notices.show_error(error)
            return
        self._guarded(
            lambda approval: session.set_line_discount(line_id, discount, approval), target
        )

    @Slot(str)
    def removeLineDiscount(self, line_id: str) -> None:
        session = self._session
        if session is not None:
            self._guarded(lambda approval: session.set_line_discount(line_id, None), line_id)

    @Slot(str, int, str)
    def setCartDiscount(self, kind: str, value: int, reason: str) -> None:
        session = self._session
        if session is None:
            return
        try:
            discount = Discount(DiscountKind(kind), value, reason.strip())
        except (KioskError, ValueError) as error:
            self.notices.show_error(error)
            return
        self._guarded(
            lambda approval: session.set_cart_discount(discount, approval), session.cart.cart_id
        )

    @Slot()
    def removeCartDiscount(self) -> None:
        session = self._session
        if session is not None:
            self._guarded(lambda approval: session.set_cart_discount(None), session.cart.cart_id)

    @Slot(str, int, str)
    def overridePrice(self, line_id: str, minor: int, reason: str) -> None:
        session = self._session
        if session is None:
            return
        try:
            price = Money(minor, self.profile.currency)
            target = session.cart.line(line_id).product.sku
        except (KioskError, TypeError, ValueError) as error:
            self.notices.show_error(error)
            return
        self._guarded(
            lambda approval: session.override_price(line_id, price, reason, approval), target
        )

    def _guarded(
        self, action: Callable[[Approval | None], Any], target: str, done: Done | None = None
    ) -> None:
        """Runs a cart action; if a manager must approve it, asks, then retries it once."""
        session = self._session
        if session is None:
            return
        before = len(session.overrides)
        try:
            result = action(None)
        except PermissionDenied as denied:
            self.approvals.request(
                Permission(denied.permission),
                target,
                lambda approval: self._retry(action, approval, before, done),
            )
            return
        except KioskError as error:
            self.notices.show_error(error)
            return
        self._finish(result, before, done)

    def _retry(
        self,
        action: Callable[[Approval | None], Any],
        approval: Approval,
        before: int,
        done: Done | None,
    ) -> None:
        try:
            result = action(approval)
        except KioskError as error:
            self.notices.show_error(error)
            return
        self._finish(result, before, done)

    def _finish(self, result: Any, before: int, done: Done | None) -> None:
        self._refresh()
        if done is not None and self._session is not None:
            done(result, self._session.overrides[before:])

    # --- the add-on offer of a pickup order ------------------------------------------------
    def start_linked(self, session: SaleSession, order_id: str) -> bool:
        """The accepted add-on of a pickup order becomes the sale on screen, linked to the
        order. Refused (False) while another sale is open, so no customer's items mix."""
        current = self._session
        if current is not None and not current.cart.is_empty() and self._stage != RECEIPT:
            self.notices.show_error_text(
                translate("Messages", "Finish or park the current sale first.")
            )
            return False
        self._session = session
        self._linked_order = order_id
        self._set_stage(SELLING)
        self._refresh()
        return True

    @property
    def linked_order(self) -> str | None:
        return self._linked_order

    # --- for the parking bridge ----------------------------------------------------------------
    def load(self, cart: Cart) -> None:
        """Continues a resumed cart as the current sale."""
        session = self._session
        if session is None:
            return
        self._session = SaleSession(session.actor, cart, self.profile.selling_policy)
        self._linked_order = None
        self._set_stage(SELLING)
        self._refresh()

    def forget(self) -> None:
        """Signing out after parking: the next sign-in starts a fresh sale."""
        self._session = None
        self._linked_order = None
        self._refresh()

    # --- payment stages ------------------------------------------------------------------------
    @Slot()
    def startPayment(self) -> None:
        session = self._session
        if session is None or session.cart.is_empty() or self._stage != SELLING:
            return
        self._set_stage(PAYING)
        self.on_payment_started(session, self._linked_order)

    @Slot()
    def backToSale(self) -> None:
        if self._stage == PAYING:
            self._set_stage(SELLING)

    def show_receipt(self) -> None:
        self._set_stage(RECEIPT)

    def _set_stage(self, stage: str) -> None:
        if stage != self._stage:
            self._stage = stage
            self.stageChanged.emit()

    # --- what QML shows ------------------------------------------------------------------------
    def _refresh(self) -> None:
        session = self._session
        if session is None:
            self._priced = None
            self.cart_model.reset([])
        else:
            self._priced = session.cart.priced()
            self.cart_model.show(session.cart, self._priced, self.formats)
        self.totalsChanged.emit()

    def _money(self, attr: str) -> str:
        if self._priced is None:
            return self.formats.money(0)
        value: Money = getattr(self._priced, attr)
        return self.formats.money(value.minor)

    def _get_stage(self) -> str:
        return self._stage

    def _get_subtotal(self) -> str:
        return self._money("subtotal")

    def _get_discount_total(self) -> str:
        return self._money("discount_total")

    def _get_tax_total(self) -> str:
        return self._money("tax_total")

    def _get_total(self) -> str:
        return self._money("total")

    def _get_total_minor(self) -> int:
        return self._priced.total.minor if self._priced else 0

    def _get_has_discount(self) -> bool:
        return bool(self._priced and self._priced.discount_total.minor)

    def _get_item_count(self) -> int:
        return self._priced.item_count if self._priced else 0

    def _get_has_items(self) -> bool:
        return bool(self._priced and self._priced.lines)

    def _get_tax_included(self) -> bool:
        return self.profile.tax_mode == "inclusive"

    def _get_cart_discount(self) -> str:
        session = self._session
        discount = session.cart.cart_discount if session else None
        if discount is None:
            return ""
        if discount.kind is DiscountKind.PERCENT:
            return f"−{self.formats.percent_bp(discount.value)}"
        return f"−{self.formats.money(discount.value)}"

    def _get_cart(self) -> QObject:
        return self.cart_model

    stage = Property(str, _get_stage, notify=stageChanged)
    subtotal = Property(str, _get_subtotal, notify=totalsChanged)
    discountTotal = Property(str, _get_discount_total, notify=totalsChanged)
    taxTotal = Property(str, _get_tax_total, notify=totalsChanged)
    total = Property(str, _get_total, notify=totalsChanged)
    totalMinor = Property(int, _get_total_minor, notify=totalsChanged)
    hasDiscount = Property(bool, _get_has_discount, notify=totalsChanged)
    itemCount = Property(int, _get_item_count, notify=totalsChanged)
    hasItems = Property(bool, _get_has_items, notify=totalsChanged)
    taxIncluded = Property(bool, _get_tax_included, constant=True)
    cartDiscount = Property(str, _get_cart_discount, notify=totalsChanged)
    cart = Property(QObject, _get_cart, constant=True)
