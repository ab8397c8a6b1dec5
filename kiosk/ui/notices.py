"""The one place errors are shown: a dismissable banner, with the error sound.

Every failure of a database task that its caller did not handle ends up in `show_error`, so
the associate always sees the same kind of message in the same place.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.ui.messages import describe
from kiosk.ui.sound import ErrorSound


class NoticeBridge(QObject):
    changed = Signal()

    def __init__(self, sound: ErrorSound, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sound = sound
        self._text = ""
        self._level = "info"
        self._serial = 0

    def show_error(self, error: BaseException) -> None:
        self._show(describe(error), "error")
        self.sound.play()

    def show_error_text(self, text: str) -> None:
        self._show(text, "error")
        self.sound.play()

    def show_info(self, text: str) -> None:
        self._show(text, "info")

    def _show(self, text: str, level: str) -> None:
        self._text, self._level = text, level
        self._serial += 1
        self.changed.emit()

    @Slot()
    def dismiss(self) -> None:
        if self._text:
            self._text = ""
            self.changed.emit()

    def _get_text(self) -> str:
        return self._text

    def _get_level(self) -> str:
        return self._level

    def _get_shown(self) -> bool:
        return bool(self._text)

    def _get_serial(self) -> int:
        return self._serial

    text = Property(str, _get_text, notify=changed)
    level = Property(str, _get_level, notify=changed)
    shown = Property(bool, _get_shown, notify=changed)
    serial = Property(int, _get_serial, notify=changed)  # bumps for each new notice
