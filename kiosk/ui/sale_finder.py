"""Finding the sale to refund: by receipt number (typed or scanned), by a search on part of the
number, the day and the total, or the last sale of this shift in one tap.

A receipt from another till is not in this store: HQ is asked for its copy of the sale (on the
UI's network thread, so neither the screen nor the database waits on the network), and the sale
is then shown and refunded like one of this till's. When HQ cannot confirm it (offline, not
enrolled, no such sale at this shop), the associate is told why in one sentence and the items
are refunded without the receipt (today's prices, a manager approves), with its number kept on
the refund.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from kiosk.services.refunds import RefundableSale, RefundService, SaleNotFound
from kiosk.ui.formatting import LocaleFormats
from kiosk.ui.list_model import RowListModel
from kiosk.ui.messages import describe, translate
from kiosk.ui.notices import NoticeBridge
from kiosk.ui.worker import DbWorker
from sync.protocol import SaleLookup

FOUND_ROLES = ("saleId", "receiptNo", "when", "total", "items")


class SaleFinder(RowListModel):
    """The sales a search found, as rows; finding one hands it to `on_found`."""

    def __init__(
        self,
        *,
        worker: DbWorker,
        net: DbWorker,
        refunds: RefundService,
        formats: LocaleFormats,
        notices: NoticeBridge,
        on_found: Callable[[RefundableSale, bool], None],
        on_foreign: Callable[[str], None],
        on_failed: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(FOUND_ROLES, parent)
        self.worker, self.refunds, self.formats, self.notices = worker, refunds, formats, notices
        self.net = net  # the network thread: questions to HQ
        self.on_found = on_found  # (sale, everything selected)
        self.on_foreign = on_foreign  # another till's receipt number: refund without it
        self.on_failed = on_failed
        self._found: list[RefundableSale] = []
        self._asking = ""  # the receipt HQ is being asked about; an answer for another is late

    def clear(self) -> None:
        self._found = []
        self._asking = ""
        self.reset([])

    @Slot(str)
    def findReceipt(self, receipt_no: str) -> None:
        wanted = receipt_no.strip().upper()
        if not wanted:
            return
        refunds = self.refunds
        self.worker.submit(
            lambda: refunds.find(wanted),
            lambda sale: self.on_found(sale, False),
            lambda error: self._not_found(wanted, error),
        )

    def _not_found(self, receipt_no: str, error: BaseException) -> None:
        if not (isinstance(error, SaleNotFound) and self.refunds.asks_hq(receipt_no)):
            self.on_failed(error)
            return
        self._asking = receipt_no
        self.notices.show_info(
            translate("Returns", "Receipt %1 is from another till: asking head office.").replace(
                "%1", receipt_no
            )
        )
        refunds = self.refunds
        self.net.submit(
            lambda: refunds.fetch_from_hq(receipt_no),
            lambda copy: self._confirmed(receipt_no, copy),
            lambda problem: self._not_confirmed(receipt_no, problem),
        )

    def _confirmed(self, receipt_no: str, copy: SaleLookup) -> None:
        if self._asking != receipt_no:
            return  # the associate moved on while HQ answered
        refunds = self.refunds
        self.worker.submit(
            lambda: refunds.from_hq(copy),
            lambda sale: self._shown_from_hq(receipt_no, sale),
            self.on_failed,
        )

    def _shown_from_hq(self, receipt_no: str, sale: RefundableSale) -> None:
        if self._asking != receipt_no:
            return
        self._asking = ""
        self.notices.dismiss()
        self.on_found(sale, False)

    def _not_confirmed(self, receipt_no: str, problem: BaseException) -> None:
        if self._asking != receipt_no:
            return
        self._asking = ""
        self.on_foreign(receipt_no)  # without the receipt, a manager approves
        self.notices.show_info(describe(problem))

    @Slot(str, str, int)
    def search(self, fragment: str, day: str, total_minor: int) -> None:
        """Any of: part of the receipt number, the day (YYYY-MM-DD), the exact total."""
        refunds, total = self.refunds, total_minor if total_minor > 0 else None
        self.worker.submit(
            lambda: refunds.search(receipt_fragment=fragment.strip(), day=day.strip(), total=total),
            self._show,
            self.on_failed,
        )

    def _show(self, sales: list[RefundableSale]) -> None:
        self._found = sales
        self.reset(
            [
                {
                    "saleId": s.header.sale_id,
                    "receiptNo": s.header.receipt_no,
                    "when": self.formats.datetime(s.header.created_at),
                    "total": self.formats.money(s.header.total),
                    "items": sum(line.sold for line in s.lines),
                }
                for s in sales
            ]
        )
        if not sales:
            self.notices.show_info(translate("Returns", "No sale matches. Check the details."))

    @Slot(int)
    def openFound(self, row: int) -> None:
        if 0 <= row < len(self._found):
            self.on_found(self._found[row], False)

    @Slot()
    def lastSale(self) -> None:
        """One tap for "wrong item": the last sale of this shift, every line selected."""
        refunds = self.refunds
        self.worker.submit(
            refunds.last_sale, lambda sale: self.on_found(sale, True), self.on_failed
        )
