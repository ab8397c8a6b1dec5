"""On hand, reserved for online pickup orders, and available: shown for a cart line, so the
associate sees before paying why a product may not be sold."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.services.availability import AvailabilityService
from kiosk.store.reservations import StockLevels
from kiosk.ui.messages import translate
from kiosk.ui.worker import DbWorker


class StockLevelsBridge(QObject):
    changed = Signal()

    def __init__(
        self, *, worker: DbWorker, availability: AvailabilityService, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.availability = availability
        self._sku = ""
        self._levels: StockLevels | None = None

    @Slot(str)
    def load(self, sku: str) -> None:
        self._sku, self._levels = sku, None
        self.changed.emit()
        availability = self.availability
        self.worker.submit(
            lambda: availability.levels_for_sku(sku), lambda found: self._show(sku, found)
        )

    def _show(self, sku: str, levels: StockLevels | None) -> None:
        if sku == self._sku:  # the dialog may have moved on to another line meanwhile
            self._levels = levels
            self.changed.emit()

    def _get_text(self) -> str:
        levels = self._levels
        if levels is None:
            return ""
        return (
            translate("Stock", "On hand %1 · reserved %2 · available %3")
            .replace("%1", str(levels.on_hand))
            .replace("%2", str(levels.reserved))
            .replace("%3", str(levels.available))
        )

    def _get_reserved(self) -> int:
        return self._levels.reserved if self._levels else 0

    def _get_available(self) -> int:
        return self._levels.available if self._levels else 0

    def _get_on_hand(self) -> int:
        return self._levels.on_hand if self._levels else 0

    text = Property(str, _get_text, notify=changed)
    onHand = Property(int, _get_on_hand, notify=changed)
    reserved = Property(int, _get_reserved, notify=changed)
    available = Property(int, _get_available, notify=changed)
