"""Which daily-operations screen covers the sell screen, if any, and where scans go meanwhile.

The sell screen stays underneath (its sale untouched); an operations screen is shown over it and
"Back to selling" closes it. A screen that works with scans (returns, receiving, counting) takes
every scan while it is open; any other screen holds scans until the associate is back at the
sale, as a dialog does. With no open shift the till cannot sell: the shift-opening screen is
then required and cannot be closed except by opening the shift (or signing out).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.ui.scans import ScanRouter

HOLDER = "operations"


@dataclass(frozen=True, slots=True)
class Screen:
    enter: Callable[[], None]
    scan: Callable[[str], None] | None
    leave: Callable[[], None]


class OperationsBridge(QObject):
    changed = Signal()

    def __init__(self, *, scans: ScanRouter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scans = scans
        self._screens: dict[str, Screen] = {}
        self._screen = ""
        self._required = ""

    def register(
        self,
        name: str,
        *,
        enter: Callable[[], None] = lambda: None,
        scan: Callable[[str], None] | None = None,
        leave: Callable[[], None] = lambda: None,
    ) -> None:
        """`enter` runs each time the screen is shown and `leave` when another replaces it;
        `scan` (if given) receives every scan while it is open."""
        self._screens[name] = Screen(enter, scan, leave)

    @property
    def current(self) -> str:
        return self._screen

    @Slot(str)
    def show(self, name: str) -> None:
        screen = self._screens.get(name)
        if screen is None or (self._required and name != self._required):
            return
        self._switch(name)
        screen.enter()

    def show_without_entering(self, name: str) -> bool:
        """For a screen the caller fills itself (a scanned receipt): False if it may not
        open now (a shift must be opened first)."""
        if name not in self._screens or (self._required and name != self._required):
            return False
        self._switch(name)
        return True

    @Slot()
    def close(self) -> None:
        if not self._required:
            self._switch("")

    def require(self, name: str) -> None:
        """Nothing else may be done until this screen's job is done (no open shift)."""
        self._required = name
        if self._screen != name:
            self.show(name)
        self.changed.emit()

    def fulfil(self, name: str) -> None:
        if self._required == name:
            self._required = ""
            self._switch("")

    def reset(self) -> None:
        """Signing out: the next associate starts at the sale (the shift is checked again)."""
        self._required = ""
        self._switch("")

    def _switch(self, name: str) -> None:
        before = self._screens.get(self._screen)
        if before is not None and name != self._screen:
            before.leave()
        self._screen = name
        screen = self._screens.get(name)
        self.scans.takeover = screen.scan if screen is not None else None
        self.scans.setHeld(HOLDER, screen is not None and screen.scan is None)
        self.changed.emit()

    def _get_screen(self) -> str:
        return self._screen

    def _get_required(self) -> bool:
        return bool(self._required)

    screen = Property(str, _get_screen, notify=changed)
    required = Property(bool, _get_required, notify=changed)
