"""A list model of plain rows (dicts of display values) with role names, for QML views.

Rows are computed once, when data arrives, so `data()` is a dictionary lookup: views scroll
and re-render without calling back into formatting code. `sync` applies a new list by key with
the smallest set of insert/remove/change signals, so a view keeps its delegates (and its scroll
position) when one line of a cart changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

Row = dict[str, Any]
AnyIndex = QModelIndex | QPersistentModelIndex


class RowListModel(QAbstractListModel):
    countChanged = Signal()

    def __init__(self, roles: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = list(roles)
        self._role_of = {name: Qt.ItemDataRole.UserRole + 1 + i for i, name in enumerate(roles)}
        self._name_of = {role: name for name, role in self._role_of.items()}
        self._rows: list[Row] = []
        self.modelReset.connect(self.countChanged)
        self.rowsInserted.connect(self.countChanged)
        self.rowsRemoved.connect(self.countChanged)

    # --- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name = self._name_of.get(role)
        if name is None:
            return None
        return self._rows[index.row()].get(name)

    def roleNames(self) -> dict[int, QByteArray]:
        return {role: QByteArray(name.encode()) for name, role in self._role_of.items()}

    def _get_count(self) -> int:
        return len(self._rows)

    count = Property(int, _get_count, notify=countChanged)

    # --- for Python callers and tests --------------------------------------------------------
    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    def row(self, index: int) -> Row:
        return self._rows[index]

    @Slot(int, str, result="QVariant")
    def get(self, index: int, role: str) -> Any:
        """One value for QML code outside a delegate (e.g. a dialog showing the tapped line)."""
        if 0 <= index < len(self._rows):
            return self._rows[index].get(role)
        return None

    def reset(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append(self, rows: Sequence[Row]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def sync(self, rows: Sequence[Row], key: str) -> None:
        """Makes the model equal to `rows`, matching rows by `key`.

        Surviving rows must keep their relative order (true of a cart: lines are appended,
        changed or removed). If they do not, the model is reset instead.
        """
        new_keys = [r[key] for r in rows]
        wanted = set(new_keys)
        for i in range(len(self._rows) - 1, -1, -1):
            if self._rows[i][key] not in wanted:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
        old_keys = [r[key] for r in self._rows]
        if old_keys != [k for k in new_keys if k in set(old_keys)]:
            self.reset(rows)
            return
        for i, row in enumerate(rows):
            if i < len(self._rows) and self._rows[i][key] == row[key]:
                if self._rows[i] != row:
                    self._rows[i] = dict(row)
                    changed = self.index(i)
                    self.dataChanged.emit(changed, changed)
            else:
                self.beginInsertRows(QModelIndex(), i, i)
                self._rows.insert(i, dict(row))
                self.endInsertRows()
