"""Products at or below the low-stock threshold, emptiest first, for reordering at a glance."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from kiosk.services.stock_ops import LowStock, StockService
from kiosk.ui.formatting import LocaleFormats
from kiosk.ui.list_model import RowListModel
from kiosk.ui.notices import NoticeBridge
from kiosk.ui.worker import DbWorker

LOW_STOCK_ROLES = ("productId", "name", "sku", "onHand", "price")


class LowStockModel(RowListModel):
    def __init__(
        self,
        *,
        worker: DbWorker,
        stock: StockService,
        formats: LocaleFormats,
        notices: NoticeBridge,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(LOW_STOCK_ROLES, parent)
        self.worker, self.stock, self.formats, self.notices = worker, stock, formats, notices

    @Slot()
    def refresh(self) -> None:
        self.worker.submit(self.stock.low_stock, self._show, self.notices.show_error)

    def _show(self, rows: list[LowStock]) -> None:
        self.reset(
            [
                {
                    "productId": row.product.id,
                    "name": row.product.name,
                    "sku": row.product.sku,
                    "onHand": row.on_hand,
                    "price": self.formats.money(row.product.price),
                }
                for row in rows
            ]
        )
