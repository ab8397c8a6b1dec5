"""Returns: find the sale (scanned receipt, receipt number, day or amount, or the last sale),
pick lines and quantities, a reason, restock or write off each line, cash or card, refund.

Another till's receipt is refunded from HQ's copy when HQ confirms it (sale_finder.py), like
one of this till's. Without a receipt (or with another till's that HQ cannot confirm) the items
are scanned or searched and refunded at today's price; a manager approves that, and anything
above the refund limit. RefundService decides what needs approval; the dialog asks and the refund is
retried with the approvals. The refund receipt prints and shows on the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.barcode import CodeKind
from kiosk.domain.cart import ProductRef
from kiosk.domain.permissions import Actor
from kiosk.services.catalog import CatalogService
from kiosk.services.refunds import CompletedRefund, Method, RefundableSale, RefundService
from kiosk.store.engine import Store
from kiosk.ui.approval import ApprovalBridge
from kiosk.ui.formatting import LocaleFormats
from kiosk.ui.guarded import Approvals, run_guarded
from kiosk.ui.list_model import RowListModel
from kiosk.ui.messages import translate
from kiosk.ui.notices import NoticeBridge
from kiosk.ui.ops_scan import Scanned, resolve
from kiosk.ui.receipt import job_text
from kiosk.ui.return_lines import (
    LINE_ROLES,
    ReturnLine,
    items_of,
    line_rows,
    lines_of,
    product_line,
    requests_of,
    with_quantity,
)
from kiosk.ui.sale_finder import SaleFinder
from kiosk.ui.worker import DbWorker

FIND, LINES, DONE = "find", "lines", "done"
REASON_ROLES = ("code", "label")


def reason_label(code: str, configured: str) -> str:
    """The shipped reasons in the associate's language; a shop's own ones as configured."""
    shipped = {
        "damaged": translate("Returns", "Damaged"),
        "wrong_size": translate("Returns", "Wrong size"),
        "not_as_described": translate("Returns", "Not as described"),
        "changed_mind": translate("Returns", "Changed mind"),
        "wrong_item": translate("Returns", "Wrong item"),
        "other": translate("Returns", "Other"),
    }
    return shipped.get(code, configured)


class ReturnsBridge(QObject):
    changed = Signal()

    def __init__(
        self,
        *,
        worker: DbWorker,
        net: DbWorker,
        refunds: RefundService,
        catalog: CatalogService,
        approvals: ApprovalBridge,
        current_actor: Callable[[], Actor | None],
        formats: LocaleFormats,
        notices: NoticeBridge,
        store: Store,
        jobs_queued: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.refunds, self.catalog = worker, refunds, catalog
        self.approvals, self.current_actor = approvals, current_actor
        self.formats, self.notices, self.store = formats, notices, store
        self.jobs_queued = jobs_queued
        self.on_refunded: Callable[[], None] = lambda: None  # stock and backlog changed
        self.sale_finder = SaleFinder(
            worker=worker,
            net=net,
            refunds=refunds,
            formats=formats,
            notices=notices,
            on_found=self._loaded,
            on_foreign=self.withoutReceipt,
            on_failed=self._failed,
            parent=self,
        )
        self.lines_model = RowListModel(LINE_ROLES, self)
        self.reasons_model = RowListModel(REASON_ROLES, self)
        self._reset()

    def _reset(self) -> None:
        self._stage = FIND
        self._sale: RefundableSale | None = None
        self._foreign_receipt = ""  # another till's receipt number, refunded without it
        self._lines: list[ReturnLine] = []
        self._done: CompletedRefund | None = None
        self._receipt_text = ""
        self._busy = False
        self._suggested = ""  # the reason preselected for the one-tap refund of the last sale
        self.sale_finder.clear()
        self._show_lines()

    # --- entering -----------------------------------------------------------------------------
    def enter(self) -> None:
        self._reset()
        if not self.reasons_model.rows:
            refunds = self.refunds
            self.worker.submit(refunds.reasons, self._reasons)

    def _reasons(self, reasons: list[tuple[str, str]]) -> None:
        self.reasons_model.reset(
            [{"code": code, "label": reason_label(code, label)} for code, label in reasons]
        )

    def open_receipt(self, receipt_no: str) -> None:
        """A receipt was scanned on the sell screen: straight to its lines."""
        self.enter()
        self.sale_finder.findReceipt(receipt_no)

    # --- finding the sale (sale_finder.py) -----------------------------------------------------
    def _loaded(self, sale: RefundableSale, everything: bool) -> None:
        self._sale, self._foreign_receipt, self._stage = sale, "", LINES
        self._suggested = "wrong_item" if everything else ""
        self._lines = lines_of(sale)
        if everything:
            self._lines = [with_quantity(line, line.maximum) for line in self._lines]
        self._show_lines()
        if sale.fully_refunded:
            self.notices.show_info(
                translate("Returns", "Everything on receipt %1 was refunded already.").replace(
                    "%1", sale.header.receipt_no
                )
            )

    @Slot(str)
    def withoutReceipt(self, receipt_no: str) -> None:
        """No receipt, or another till's: scan or search the items (a manager approves)."""
        self._sale, self._foreign_receipt, self._stage = None, receipt_no.strip().upper(), LINES
        self._suggested = ""
        self._lines = []
        self._show_lines()

    # --- choosing lines -----------------------------------------------------------------------
    @Slot(int, int)
    def step(self, row: int, by: int) -> None:
        if 0 <= row < len(self._lines):
            line = self._lines[row]
            self._lines[row] = with_quantity(line, line.quantity + by)
            self._show_lines()

    @Slot(int, bool)
    def setRestock(self, row: int, restock: bool) -> None:
        if 0 <= row < len(self._lines):
            line = self._lines[row]
            self._lines[row] = replace(line, restock=restock)
            self._show_lines()

    @Slot()
    def selectAll(self) -> None:
        self._lines = [with_quantity(line, line.maximum) for line in self._lines]
        self._show_lines()

    def add_product(self, product: ProductRef) -> None:
        """A scanned or searched product: without a receipt it becomes a line; on a receipt
        it selects one more of that product's line."""
        if self._stage != LINES:
            return
        for row, line in enumerate(self._lines):
            if product.product_id in (line.product_id, self._product_of(line)):
                self.step(row, 1)
                return
        if self._sale is None:
            self._lines.append(product_line(product))
            self._show_lines()
        else:
            self.notices.show_error_text(
                translate("Returns", "%1 is not on this receipt.").replace("%1", product.name)
            )

    def _product_of(self, line: ReturnLine) -> int | None:
        if self._sale is None or line.sale_line_id is None:
            return None
        found = next((ln for ln in self._sale.lines if ln.sale_line_id == line.sale_line_id), None)
        return found.product_id if found else None

    # --- scans --------------------------------------------------------------------------------
    def scan(self, raw: str) -> None:
        catalog = self.catalog
        self.worker.submit(lambda: resolve(raw, catalog), self._scanned, self.notices.show_error)

    def _scanned(self, scanned: Scanned) -> None:
        if scanned.kind is CodeKind.RECEIPT:
            self.notices.dismiss()
            self.sale_finder.findReceipt(scanned.value)
        elif scanned.product is not None and self._stage == LINES:
            self.notices.dismiss()
            self.add_product(scanned.product)
        else:
            self.notices.show_info(
                translate("Returns", "Scan the receipt first, or choose “No receipt”.")
            )

    # --- refunding ----------------------------------------------------------------------------
    @Slot(str, str, str, str)
    def refund(self, reason: str, note: str, method: str, reference: str) -> None:
        actor = self.current_actor()
        if actor is None or self._busy or self._total() <= 0 or method not in ("cash", "card"):
            return
        how: Method = "card" if method == "card" else "cash"
        refunds, sale, card_ref = self.refunds, self._sale, reference.strip() or None
        if sale is not None and sale.copy is not None:  # another till's, confirmed by HQ
            requests, copy = requests_of(self._lines), sale.copy

            def work(given: Approvals) -> CompletedRefund:
                return refunds.refund_other_tills(
                    actor,
                    copy,
                    requests,
                    reason=reason,
                    note=note,
                    method=how,
                    reference=card_ref,
                    approvals=given,
                )

            target = sale.header.receipt_no
        elif sale is not None:
            requests = requests_of(self._lines)

            def work(given: Approvals) -> CompletedRefund:
                return refunds.refund(
                    actor,
                    sale.header.sale_id,
                    requests,
                    reason=reason,
                    note=note,
                    method=how,
                    reference=card_ref,
                    approvals=given,
                )

            target = sale.header.receipt_no
        else:
            items, receipt_no = items_of(self._lines), self._foreign_receipt or None

            def work(given: Approvals) -> CompletedRefund:
                return refunds.refund_without_receipt(
                    actor,
                    items,
                    reason=reason,
                    note=note,
                    method=how,
                    reference=card_ref,
                    approvals=given,
                    receipt_no=receipt_no,
                )

            target = receipt_no or "no receipt"
        self._set_busy(True)
        run_guarded(
            self.worker,
            self.approvals,
            work,
            target=target,
            on_success=self._refunded,
            on_failure=self._failed,
            on_asking=lambda: self._set_busy(False),
        )

    def _refunded(self, done: CompletedRefund) -> None:
        self._busy, self._done, self._stage = False, done, DONE
        self.changed.emit()
        store, job_id = self.store, done.print_job_id
        self.worker.submit(lambda: job_text(store, job_id), self._receipt_shown)
        self.worker.submit(self.jobs_queued, None, self._failed)
        self.on_refunded()

    def _receipt_shown(self, text: str) -> None:
        self._receipt_text = text
        self.changed.emit()

    @Slot()
    def newReturn(self) -> None:
        self._reset()

    # --- plumbing -----------------------------------------------------------------------------
    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.notices.show_error(error)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.changed.emit()

    def _show_lines(self) -> None:
        self.lines_model.sync(line_rows(self._lines, self.formats), "key")
        self.changed.emit()

    def _total(self) -> int:
        return sum(line.amount for line in self._lines)

    # --- what QML shows -----------------------------------------------------------------------
    def _get_stage(self) -> str:
        return self._stage

    def _get_receipt_no(self) -> str:
        if self._sale is not None:
            return self._sale.header.receipt_no
        return self._foreign_receipt

    def _get_with_receipt(self) -> bool:
        return self._sale is not None

    def _get_from_till(self) -> str:
        """The till that sold it, for another till's receipt HQ confirmed; else empty."""
        origin = self._sale.origin if self._sale else None
        return origin.kiosk if origin else ""

    def _get_sale_total(self) -> str:
        return self.formats.money(self._sale.header.total if self._sale else 0)

    def _get_sold_at(self) -> str:
        return self.formats.datetime(self._sale.header.created_at) if self._sale else ""

    def _get_total(self) -> str:
        return self.formats.money(self._total())

    def _get_total_minor(self) -> int:
        return self._total()

    def _get_card_left(self) -> int:
        """What may go back to the card the sale was paid with (any amount without receipt)."""
        if self._sale is None:
            return self._total()
        return self._sale.header.card_paid - self._sale.header.card_refunded

    def _get_busy(self) -> bool:
        return self._busy

    def _get_suggested(self) -> str:
        return self._suggested

    def _get_refund_no(self) -> str:
        return self._done.refund_no if self._done else ""

    def _get_refunded(self) -> str:
        return self.formats.money(self._done.total if self._done else 0)

    def _get_method(self) -> str:
        return self._done.method if self._done else ""

    def _get_receipt_text(self) -> str:
        return self._receipt_text

    def _get_lines(self) -> QObject:
        return self.lines_model

    def _get_finder(self) -> QObject:
        return self.sale_finder

    def _get_reasons(self) -> QObject:
        return self.reasons_model

    stage = Property(str, _get_stage, notify=changed)
    receiptNo = Property(str, _get_receipt_no, notify=changed)
    withReceipt = Property(bool, _get_with_receipt, notify=changed)
    fromTill = Property(str, _get_from_till, notify=changed)
    saleTotal = Property(str, _get_sale_total, notify=changed)
    soldAt = Property(str, _get_sold_at, notify=changed)
    total = Property(str, _get_total, notify=changed)
    totalMinor = Property(int, _get_total_minor, notify=changed)
    cardLeftMinor = Property(int, _get_card_left, notify=changed)
    busy = Property(bool, _get_busy, notify=changed)
    suggestedReason = Property(str, _get_suggested, notify=changed)
    refundNo = Property(str, _get_refund_no, notify=changed)
    refunded = Property(str, _get_refunded, notify=changed)
    refundMethod = Property(str, _get_method, notify=changed)
    receiptText = Property(str, _get_receipt_text, notify=changed)
    lines = Property(QObject, _get_lines, constant=True)
    finder = Property(QObject, _get_finder, constant=True)
    reasons = Property(QObject, _get_reasons, constant=True)
