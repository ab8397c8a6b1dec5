"""Waste, damage, theft and expiry (and corrections) for one product, with a reason.

The product comes from a scan or the search; the screen shows how many the till thinks are on
hand, the associate types how many and picks the reason. Losses always take stock out; only a
correction may also put some back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.cart import ProductRef
from kiosk.domain.permissions import Actor
from kiosk.services.catalog import CatalogService
from kiosk.services.stock_ops import ADJUST_REASONS, Adjustment, StockService
from kiosk.ui.formatting import append_digit
from kiosk.ui.list_model import RowListModel
from kiosk.ui.messages import translate
from kiosk.ui.notices import NoticeBridge
from kiosk.ui.ops_scan import Scanned, resolve
from kiosk.ui.worker import DbWorker

REASON_ROLES = ("code", "label")
MAX_UNITS = 9999


def adjust_reason_label(code: str) -> str:
    labels = {
        "waste": translate("Stock", "Waste"),
        "damage": translate("Stock", "Damaged"),
        "theft": translate("Stock", "Theft"),
        "expired": translate("Stock", "Expired"),
        "correction": translate("Stock", "Correction"),
    }
    return labels.get(code, code)


class AdjustBridge(QObject):
    changed = Signal()

    def __init__(
        self,
        *,
        worker: DbWorker,
        stock: StockService,
        catalog: CatalogService,
        current_actor: Callable[[], Actor | None],
        notices: NoticeBridge,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.stock, self.catalog = worker, stock, catalog
        self.current_actor, self.notices = current_actor, notices
        self.on_adjusted: Callable[[], None] = lambda: None  # stock and backlog changed
        self.reasons_model = RowListModel(REASON_ROLES, self)
        self.reasons_model.reset(
            [{"code": code, "label": adjust_reason_label(code)} for code in ADJUST_REASONS]
        )
        self._product: ProductRef | None = None
        self._on_hand: int | None = None
        self._quantity = 0
        self._fresh = True  # a scan sets the quantity; the first digit typed after replaces it
        self._reason = ""
        self._adding = False
        self._busy = False

    def enter(self) -> None:
        self._product, self._on_hand = None, None
        self._quantity, self._reason, self._adding, self._fresh = 0, "", False, True
        self.changed.emit()

    # --- the product --------------------------------------------------------------------------
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
        if self._product is not None and self._product.product_id == product.product_id:
            self._quantity = min(MAX_UNITS, self._quantity + 1)  # scanning each broken one
        else:
            self._product, self._on_hand, self._quantity = product, None, 1
            self._fresh = True
            stock, pid = self.stock, product.product_id
            self.worker.submit(lambda: stock.on_hand([pid]).get(pid, 0), self._level)
        self.changed.emit()

    def _level(self, on_hand: int) -> None:
        self._on_hand = on_hand
        self.changed.emit()

    # --- how many, and why --------------------------------------------------------------------
    @Slot(str)
    def digits(self, digits: str) -> None:
        self._quantity = append_digit(0 if self._fresh else self._quantity, digits, MAX_UNITS)
        self._fresh = False
        self.changed.emit()

    @Slot()
    def erase(self) -> None:
        self._quantity //= 10
        self.changed.emit()

    @Slot()
    def clearQuantity(self) -> None:
        self._quantity = 0
        self.changed.emit()

    @Slot(str)
    def setReason(self, code: str) -> None:
        if code in ADJUST_REASONS:
            self._reason = code
            self._adding = self._adding and code == "correction"
            self.changed.emit()

    @Slot(bool)
    def setAdding(self, adding: bool) -> None:
        """Only for a correction: items found that the till did not know of."""
        self._adding = adding and self._reason == "correction"
        self.changed.emit()

    @Slot(str)
    def record(self, note: str) -> None:
        actor, product = self.current_actor(), self._product
        if actor is None or product is None or self._busy or not self._ready():
            return
        delta = self._quantity if self._adding else -self._quantity
        stock, reason = self.stock, self._reason
        self._busy = True
        self.changed.emit()
        self.worker.submit(
            lambda: stock.adjust(actor, product.product_id, delta, reason, note),
            self._recorded,
            self._failed,
        )

    def _recorded(self, adjustment: Adjustment) -> None:
        self._busy = False
        self.notices.show_info(
            translate("Stock", "Recorded: %1 × %2 (%3).")
            .replace("%1", f"{adjustment.delta:+d}")
            .replace("%2", adjustment.product.name)
            .replace("%3", adjust_reason_label(adjustment.reason))
        )
        self.enter()
        self.on_adjusted()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.changed.emit()
        self.notices.show_error(error)

    def _ready(self) -> bool:
        return self._product is not None and self._quantity > 0 and bool(self._reason)

    # --- what QML shows -----------------------------------------------------------------------
    def _get_product_name(self) -> str:
        return self._product.name if self._product else ""

    def _get_on_hand(self) -> int:
        return self._on_hand if self._on_hand is not None else -1

    def _get_quantity(self) -> int:
        return self._quantity

    def _get_reason(self) -> str:
        return self._reason

    def _get_adding(self) -> bool:
        return self._adding

    def _get_busy(self) -> bool:
        return self._busy

    def _get_ready(self) -> bool:
        return self._ready()

    def _get_reasons(self) -> QObject:
        return self.reasons_model

    productName = Property(str, _get_product_name, notify=changed)
    onHand = Property(int, _get_on_hand, notify=changed)  # -1 until known
    quantity = Property(int, _get_quantity, notify=changed)
    reason = Property(str, _get_reason, notify=changed)
    adding = Property(bool, _get_adding, notify=changed)
    busy = Property(bool, _get_busy, notify=changed)
    ready = Property(bool, _get_ready, notify=changed)
    reasons = Property(QObject, _get_reasons, constant=True)
