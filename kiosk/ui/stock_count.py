"""A cycle count: scan (or search) the products on a shelf, enter how many are there, save.

Each scan of a product counts one more of it; tapping a line puts its count on the keypad for
typing. What the ledger expects is not shown while counting (so the count is what was found,
not what was hoped for); after saving, the variance report lists every product with expected,
counted, the difference and its value at selling price.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.cart import ProductRef
from kiosk.domain.permissions import Actor
from kiosk.services.catalog import CatalogService
from kiosk.services.stock_ops import CountLine, StockService
from kiosk.ui.formatting import LocaleFormats, append_digit
from kiosk.ui.list_model import RowListModel
from kiosk.ui.messages import translate
from kiosk.ui.notices import NoticeBridge
from kiosk.ui.ops_scan import Scanned, resolve
from kiosk.ui.shift_report_view import signed
from kiosk.ui.worker import DbWorker

COUNTING, DONE = "counting", "done"
COUNT_ROLES = ("productId", "name", "sku", "counted", "selected")
VARIANCE_ROLES = ("name", "sku", "expected", "counted", "delta", "value")
MAX_COUNT = 99_999


@dataclass(frozen=True, slots=True)
class Counted:
    product_id: int
    name: str
    sku: str
    counted: int


class CountBridge(QObject):
    changed = Signal()

    def __init__(
        self,
        *,
        worker: DbWorker,
        stock: StockService,
        catalog: CatalogService,
        current_actor: Callable[[], Actor | None],
        formats: LocaleFormats,
        notices: NoticeBridge,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.stock, self.catalog = worker, stock, catalog
        self.current_actor, self.formats, self.notices = current_actor, formats, notices
        self.on_counted: Callable[[], None] = lambda: None  # stock and backlog changed
        self.lines_model = RowListModel(COUNT_ROLES, self)
        self.variance_model = RowListModel(VARIANCE_ROLES, self)
        self._stage = COUNTING
        self._lines: list[Counted] = []
        self._selected = -1
        self._fresh = True  # the first digit typed after a scan or tap replaces the count
        self._busy = False
        self._units = 0
        self._value = 0

    def enter(self) -> None:
        self._stage, self._lines, self._selected = COUNTING, [], -1
        self.variance_model.reset([])
        self._show()

    # --- counting -----------------------------------------------------------------------------
    def scan(self, raw: str) -> None:
        catalog = self.catalog
        self.worker.submit(lambda: resolve(raw, catalog), self._scanned, self.notices.show_error)

    def _scanned(self, scanned: Scanned) -> None:
        if scanned.product is None:
            self.notices.show_info(translate("Messages", "That code is not used on this screen."))
            return
        self.notices.dismiss()
        self.add_product(scanned.product)

    def add_product(self, product: ProductRef) -> None:
        if self._stage != COUNTING:
            return
        for row, line in enumerate(self._lines):
            if line.product_id == product.product_id:
                self._lines[row] = replace(line, counted=min(MAX_COUNT, line.counted + 1))
                self._selected, self._fresh = row, True
                self._show()
                return
        self._lines.append(Counted(product.product_id, product.name, product.sku, 1))
        self._selected, self._fresh = len(self._lines) - 1, True
        self._show()

    @Slot(int)
    def select(self, row: int) -> None:
        if 0 <= row < len(self._lines):
            self._selected, self._fresh = row, True
            self._show()

    @Slot(str)
    def digits(self, digits: str) -> None:
        """The keypad types the selected line's count (after a scan, the scanned one): the
        first digit starts it afresh, so "scan one, type 12" records 12."""
        if 0 <= self._selected < len(self._lines):
            line = self._lines[self._selected]
            counted = append_digit(0 if self._fresh else line.counted, digits, MAX_COUNT)
            self._lines[self._selected] = replace(line, counted=counted)
            self._fresh = False
            self._show()

    @Slot()
    def erase(self) -> None:
        if 0 <= self._selected < len(self._lines):
            line = self._lines[self._selected]
            self._lines[self._selected] = replace(line, counted=line.counted // 10)
            self._show()

    @Slot()
    def clearCount(self) -> None:
        if 0 <= self._selected < len(self._lines):
            self._lines[self._selected] = replace(self._lines[self._selected], counted=0)
            self._show()

    @Slot(int)
    def remove(self, row: int) -> None:
        if 0 <= row < len(self._lines):
            del self._lines[row]
            self._selected = min(self._selected, len(self._lines) - 1)
            self._show()

    # --- saving -------------------------------------------------------------------------------
    @Slot()
    def save(self) -> None:
        actor = self.current_actor()
        if actor is None or not self._lines or self._busy:
            return
        counts = {line.product_id: line.counted for line in self._lines}
        stock = self.stock
        self._busy = True
        self.changed.emit()
        self.worker.submit(lambda: stock.count(actor, counts), self._saved, self._failed)

    def _saved(self, lines: list[CountLine]) -> None:
        self._busy, self._stage = False, DONE
        money = self.formats.money
        self._units = sum(line.delta for line in lines)
        self._value = sum(line.value for line in lines)
        self.variance_model.reset(
            [
                {
                    "name": line.product.name,
                    "sku": line.product.sku,
                    "expected": line.expected,
                    "counted": line.counted,
                    "delta": f"{line.delta:+d}" if line.delta else "0",
                    "value": signed(line.value, self.formats) if line.value else money(0),
                }
                for line in lines
            ]
        )
        self.changed.emit()
        self.on_counted()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.changed.emit()
        self.notices.show_error(error)

    # --- what QML shows -----------------------------------------------------------------------
    def _show(self) -> None:
        self.lines_model.sync(
            [
                {
                    "productId": line.product_id,
                    "name": line.name,
                    "sku": line.sku,
                    "counted": line.counted,
                    "selected": row == self._selected,
                }
                for row, line in enumerate(self._lines)
            ],
            "productId",
        )
        self.changed.emit()

    def _get_stage(self) -> str:
        return self._stage

    def _get_busy(self) -> bool:
        return self._busy

    def _get_variance_units(self) -> str:
        return f"{self._units:+d}" if self._units else "0"

    def _get_variance_value(self) -> str:
        return signed(self._value, self.formats)

    def _get_lines(self) -> QObject:
        return self.lines_model

    def _get_variance(self) -> QObject:
        return self.variance_model

    stage = Property(str, _get_stage, notify=changed)
    busy = Property(bool, _get_busy, notify=changed)
    varianceUnits = Property(str, _get_variance_units, notify=changed)
    varianceValue = Property(str, _get_variance_value, notify=changed)
    lines = Property(QObject, _get_lines, constant=True)
    variance = Property(QObject, _get_variance, constant=True)
