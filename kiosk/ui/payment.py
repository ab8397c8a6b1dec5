"""Taking payment: cash through a keypad with quick amounts, card on the external terminal,
or several tenders (split). The sale completes as soon as the tenders cover the total.

Completing runs CheckoutService on the database worker with a snapshot of the sale, so nothing
on screen can change what is being written. The receipt and, for cash, the drawer kick are
queued in the sale's own transaction; the spooler is woken afterwards, and a printer fault is
reported on the status bar but never undoes a committed sale.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.errors import KioskError
from kiosk.domain.payment import Tender, TenderMethod, check_card_reference
from kiosk.domain.permissions import Approval, Permission
from kiosk.domain.sale_session import SaleSession
from kiosk.services.availability import AvailabilityService, ReservedStock, Wanted
from kiosk.services.checkout import CheckoutService, CompletedSale
from kiosk.ui.approval import ApprovalBridge
from kiosk.ui.formatting import LocaleFormats, append_digit, quick_cash_amounts
from kiosk.ui.list_model import RowListModel
from kiosk.ui.messages import describe, translate
from kiosk.ui.notices import NoticeBridge
from kiosk.ui.worker import DbWorker

TENDER_ROLES = ("method", "amount", "reference")


class PaymentBridge(QObject):
    changed = Signal()

    def __init__(
        self,
        *,
        worker: DbWorker,
        checkout: CheckoutService,
        formats: LocaleFormats,
        notices: NoticeBridge,
        jobs_queued: Callable[[], None],
        on_completed: Callable[[CompletedSale, bool], None],
        availability: AvailabilityService | None = None,
        approvals: ApprovalBridge | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.availability = availability
        self.approvals = approvals
        self._linked_order: str | None = None
        self.worker = worker
        self.checkout = checkout
        self.formats = formats
        self.notices = notices
        self.jobs_queued = jobs_queued  # wakes the spooler: the sale stored its print jobs
        self.on_completed = on_completed
        self.on_failed: Callable[[BaseException], None] = lambda error: None  # e.g. no shift
        self.tender_model = RowListModel(TENDER_ROLES, self)
        self._session: SaleSession | None = None
        self._due = 0
        self._tenders: list[Tender] = []
        self._entry = 0
        self._print = True
        self._busy = False
        self._card_message = ""

    @property
    def is_busy(self) -> bool:
        return self._busy

    def start(self, session: SaleSession, linked_order: str | None = None) -> None:
        self._session = session
        self._linked_order = linked_order
        self._due = session.cart.priced().total.minor
        self._tenders = []
        self._entry = 0
        self._busy = False
        self._card_message = ""
        self._tenders_changed()
        self._check_reserved(session)

    def _check_reserved(self, session: SaleSession) -> None:
        """Before any money changes hands: does the sale take stock reserved for pickup
        orders? Then a manager is asked now, not after the customer has paid."""
        availability = self.availability
        if availability is None:
            return
        wanted = [
            Wanted(ln.product.product_id, ln.product.sku, ln.product.name, ln.quantity)
            for ln in session.cart.lines
        ]
        allowed = session.reserved_allowed()

        def failed(error: BaseException) -> None:
            if not self._reserved(error, session, lambda: self._check_reserved(session)):
                self.notices.show_error(error)

        self.worker.submit(lambda: availability.check(wanted, allowed), None, failed)

    def _reserved(
        self, error: BaseException, session: SaleSession, then: Callable[[], None]
    ) -> bool:
        """Asks a manager to approve selling reserved stock (one product per approval), then
        `then()`. Returns False for any other error, which the caller shows."""
        if not isinstance(error, ReservedStock) or self.approvals is None:
            return False
        if session is not self._session:
            return True  # the payment was left meanwhile
        sku = error.skus[0]
        self.notices.show_error(error)

        def approved(approval: Approval) -> None:
            try:
                session.allow_reserved(sku, approval.reason, approval)
            except KioskError as failed:
                self.notices.show_error(failed)
                return
            self.notices.dismiss()
            then()

        self.approvals.request(Permission.SELL_RESERVED, sku, approved)
        return True

    # --- keypad --------------------------------------------------------------------------------
    @Slot(str)
    def keypad(self, digits: str) -> None:
        self._entry = append_digit(self._entry, digits)
        self.changed.emit()

    @Slot()
    def backspace(self) -> None:
        self._entry //= 10
        self.changed.emit()

    @Slot()
    def clearEntry(self) -> None:
        self._entry = 0
        self.changed.emit()

    # --- tenders -------------------------------------------------------------------------------
    @Slot()
    def payCash(self) -> None:
        """Cash of the amount typed; with nothing typed, exactly what is still due."""
        self.payCashAmount(self._entry or self._remaining())

    @Slot(int)
    def payCashAmount(self, minor: int) -> None:
        if self._busy:
            return
        if self._due == 0 and not self._tenders:
            self._complete()  # nothing to pay (a 100 % discount): the sale is still recorded
            return
        if minor <= 0 or self._remaining() <= 0:
            return
        self._add(Tender(TenderMethod.CASH, minor))

    @Slot(int, str, result=bool)
    def payCard(self, minor: int, reference: str) -> bool:
        """A card payment the terminal approved. False (with `cardMessage`) if refused."""
        if self._busy:
            return False
        try:
            if minor <= 0:
                raise KioskError(translate("Messages", "Enter the amount the terminal charged."))
            if minor > self._remaining():
                raise KioskError(
                    translate("Messages", "The card amount is more than what is still due.")
                )
            ref = check_card_reference(reference)
        except KioskError as error:
            self._card_message = describe(error)
            self.changed.emit()
            return False
        self._card_message = ""
        self._add(Tender(TenderMethod.CARD, minor, ref))
        return True

    @Slot(int)
    def removeTender(self, row: int) -> None:
        if not self._busy and 0 <= row < len(self._tenders):
            del self._tenders[row]
            self._tenders_changed()

    def _add(self, tender: Tender) -> None:
        self._tenders.append(tender)
        self._entry = 0
        self._tenders_changed()
        if self._remaining() <= 0:
            self._complete()

    def _tenders_changed(self) -> None:
        self.tender_model.reset(
            [
                {
                    "method": t.method.value,
                    "amount": self.formats.money(t.amount),
                    "reference": t.reference or "",
                }
                for t in self._tenders
            ]
        )
        self.changed.emit()

    # --- completing ----------------------------------------------------------------------------
    def _complete(self) -> None:
        session = self._session
        if session is None or self._busy:
            return
        self._busy = True
        self.changed.emit()
        # Cards first: settle() lets only cash exceed what is due (the change).
        tenders = sorted(self._tenders, key=lambda t: t.method is TenderMethod.CASH)
        snapshot = SaleSession(session.actor, session.cart.copy(), session.policy,
                               list(session.overrides))  # fmt: skip
        checkout, printing = self.checkout, self._print
        linked = self._linked_order
        self.worker.submit(
            lambda: checkout.complete_sale(
                snapshot, tenders, print_receipt=printing, linked_order=linked
            ),
            lambda sale: self._completed(sale, printing),
            self._failed,
        )

    def _completed(self, sale: CompletedSale, printed: bool) -> None:
        self._busy = False
        self._session = None
        self.changed.emit()
        if sale.opens_drawer or sale.print_job_id is not None:
            self.worker.submit(self.jobs_queued, None, self._device_failed)
        self.on_completed(sale, printed)

    def _failed(self, error: BaseException) -> None:
        # Nothing was written (one transaction): the sale and its tenders stay on screen.
        self._busy = False
        self.changed.emit()
        session = self._session
        if session is not None and self._reserved(error, session, self._complete):
            return
        self.notices.show_error(error)
        self.on_failed(error)

    def _device_failed(self, error: BaseException) -> None:
        self.notices.show_error_text(
            translate("Messages", "The sale is saved, but: %1").replace("%1", describe(error))
        )

    # --- what QML shows ------------------------------------------------------------------------
    def _paid(self) -> int:
        return sum(t.amount for t in self._tenders)

    def _remaining(self) -> int:
        return max(0, self._due - self._paid())

    def _get_due(self) -> str:
        return self.formats.money(self._due)

    def _get_remaining(self) -> str:
        return self.formats.money(self._remaining())

    def _get_remaining_minor(self) -> int:
        return self._remaining()

    def _get_entry(self) -> str:
        return self.formats.money(self._entry)

    def _get_entry_minor(self) -> int:
        return self._entry

    def _get_change(self) -> str:
        """Change for what has been tendered plus the cash being typed: the associate sees
        what to hand back before pressing "Take cash"."""
        return self.formats.money(max(0, self._paid() + self._entry - self._due))

    def _get_quick(self) -> list[dict[str, object]]:
        remaining = self._remaining()
        if remaining <= 0:
            return []
        amounts = quick_cash_amounts(remaining, self.formats.exponent)
        return [{"minor": m, "label": self.formats.money(m)} for m in amounts]

    def _get_print(self) -> bool:
        return self._print

    def _set_print(self, value: bool) -> None:
        if value != self._print:
            self._print = value
            self.changed.emit()

    def _get_busy(self) -> bool:
        return self._busy

    def _get_card_message(self) -> str:
        return self._card_message

    def _get_tenders(self) -> QObject:
        return self.tender_model

    @Slot(int, result=str)
    def money(self, minor: int) -> str:
        return self.formats.money(minor)

    due = Property(str, _get_due, notify=changed)
    remaining = Property(str, _get_remaining, notify=changed)
    remainingMinor = Property(int, _get_remaining_minor, notify=changed)
    entry = Property(str, _get_entry, notify=changed)
    entryMinor = Property(int, _get_entry_minor, notify=changed)
    change = Property(str, _get_change, notify=changed)
    quickAmounts = Property(list, _get_quick, notify=changed)
    printReceipt = Property(bool, _get_print, _set_print, notify=changed)
    busy = Property(bool, _get_busy, notify=changed)
    cardMessage = Property(str, _get_card_message, notify=changed)
    tenders = Property(QObject, _get_tenders, constant=True)
