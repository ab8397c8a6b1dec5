"""Parked sales waiting to be resumed, as rows for the "Parked sales" dialog."""

from __future__ import annotations

from PySide6.QtCore import QObject

from kiosk.services.parking import ParkedInfo
from kiosk.ui.formatting import LocaleFormats
from kiosk.ui.list_model import RowListModel

PARKED_ROLES = ("parkedId", "label", "items", "total", "parkedAt")


class ParkedModel(RowListModel):
    def __init__(self, formats: LocaleFormats, parent: QObject | None = None) -> None:
        super().__init__(PARKED_ROLES, parent)
        self.formats = formats

    def show(self, parked: list[ParkedInfo]) -> None:
        self.reset(
            [
                {
                    "parkedId": p.id,
                    "label": p.label,
                    "items": p.item_count,
                    "total": self.formats.money(p.total),
                    "parkedAt": self.formats.time(p.parked_at),
                }
                for p in parked
            ]
        )
