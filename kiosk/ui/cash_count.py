"""Counting a drawer by denomination on a keypad: the float at opening, the blind count at close.

One row per note and coin of the store's currency. The associate taps a row and types how many
pieces lie there (or steps it with -/+); the total follows. For a currency without a
denomination table there is one row, "Counted amount", typed in minor units like a cash keypad.
Only the count is ever shown here: what the drawer should hold is the service's business.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.cash import CashCount, denominations
from kiosk.ui.formatting import LocaleFormats, append_digit
from kiosk.ui.list_model import Row, RowListModel
from kiosk.ui.messages import translate

COUNT_ROLES = ("value", "label", "pieces", "subtotal", "selected")
MAX_PIECES = 9999
MAX_LOOSE = 10**9  # a hand-typed total for currencies we have no table for


class CashCountModel(RowListModel):
    changed = Signal()

    def __init__(self, currency: str, formats: LocaleFormats, parent: QObject | None = None):
        super().__init__(COUNT_ROLES, parent)
        self.currency = currency
        self.formats = formats
        self._values = denominations(currency)
        self._pieces: dict[int, int] = {}
        self._loose = 0
        self._selected = 0
        self._fresh = True  # the first digit typed on a newly selected row replaces its count
        self._show()

    @property
    def by_total(self) -> bool:
        """No table of notes and coins for this currency: the count is one typed amount."""
        return not self._values

    def cash_count(self) -> CashCount:
        if self.by_total:
            return CashCount(self.currency, loose_total=self._loose)
        return CashCount(self.currency, {v: n for v, n in self._pieces.items() if n})

    # --- input --------------------------------------------------------------------------------
    @Slot(int)
    def select(self, row: int) -> None:
        if 0 <= row < self.rowCount():
            self._selected, self._fresh = row, True
            self._show()

    @Slot(str)
    def digits(self, digits: str) -> None:
        if self.by_total:
            self._loose = append_digit(0 if self._fresh else self._loose, digits, MAX_LOOSE)
        else:
            value = self._values[self._selected]
            before = 0 if self._fresh else self._pieces.get(value, 0)
            self._pieces[value] = append_digit(before, digits, MAX_PIECES)
        self._fresh = False
        self._show()

    @Slot()
    def erase(self) -> None:
        if self.by_total:
            self._loose //= 10
        else:
            value = self._values[self._selected]
            self._pieces[value] = self._pieces.get(value, 0) // 10
        self._show()

    @Slot()
    def clearRow(self) -> None:
        if self.by_total:
            self._loose = 0
        else:
            self._pieces[self._values[self._selected]] = 0
        self._show()

    @Slot(int, int)
    def step(self, row: int, by: int) -> None:
        """-/+ beside a row: one note or coin more or less."""
        if self.by_total or not 0 <= row < len(self._values):
            return
        value = self._values[row]
        self._pieces[value] = min(MAX_PIECES, max(0, self._pieces.get(value, 0) + by))
        self._selected = row
        self._show()

    @Slot()
    def next(self) -> None:
        """Moves the keypad on to the next row, so a count is typed row after row."""
        if not self.by_total and self._selected + 1 < len(self._values):
            self._selected, self._fresh = self._selected + 1, True
            self._show()

    @Slot()
    def clear(self) -> None:
        self._pieces.clear()
        self._loose = 0
        self._selected, self._fresh = 0, True
        self._show()

    # --- what QML shows -----------------------------------------------------------------------
    def _show(self) -> None:
        if self.by_total:
            rows: list[Row] = [
                {
                    "value": 1,
                    "label": translate("Operations", "Counted amount"),
                    "pieces": self._loose,
                    "subtotal": self.formats.money(self._loose),
                    "selected": True,
                }
            ]
        else:
            rows = [
                {
                    "value": value,
                    "label": self.formats.money(value),
                    "pieces": self._pieces.get(value, 0),
                    "subtotal": self.formats.money(value * self._pieces.get(value, 0)),
                    "selected": i == self._selected,
                }
                for i, value in enumerate(self._values)
            ]
        self.sync(rows, "value")
        self.changed.emit()

    def _get_total(self) -> str:
        return self.formats.money(self.cash_count().total)

    def _get_total_minor(self) -> int:
        return self.cash_count().total

    def _get_selected(self) -> int:
        return self._selected

    def _get_by_total(self) -> bool:
        return self.by_total

    total = Property(str, _get_total, notify=changed)
    totalMinor = Property(int, _get_total_minor, notify=changed)
    selectedRow = Property(int, _get_selected, notify=changed)
    byTotal = Property(bool, _get_by_total, constant=True)
