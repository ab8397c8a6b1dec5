"""Locks the till when nobody has touched it for the store's idle time.

Any press, touch or key on the window counts as activity. Time comes from an injectable clock
so tests need not wait for minutes. A payment being written is never interrupted.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

from kiosk.ui.auth import AuthBridge

_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.InputMethod,
    QEvent.Type.Wheel,
}


class IdleLock(QObject):
    def __init__(
        self,
        *,
        auth: AuthBridge,
        idle_seconds: float,
        busy: Callable[[], bool] = lambda: False,
        clock: Callable[[], float] = time.monotonic,
        check_every_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.auth = auth
        self.idle_seconds = idle_seconds
        self.busy = busy
        self.clock = clock
        self._last = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._last = self.clock()
        if self.idle_seconds > 0:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def touched(self) -> None:
        self._last = self.clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last = self.clock()
        return False

    def check(self) -> None:
        now = self.clock()
        if self.auth.is_locked:
            self._last = now  # the idle time starts afresh at the next sign-in
            return
        if not self.busy() and now - self._last >= self.idle_seconds:
            self.auth.lock_because("idle")
