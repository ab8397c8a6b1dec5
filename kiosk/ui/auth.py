"""Signing in and out: PIN pad, badge scans, the wrong-PIN lock-out, locking the till.

Locking (by hand or after the idle time) signs the associate out but keeps the sale on screen
for whoever signs in next. Logging out parks a sale that has items first, so it is never lost.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.domain.permissions import Actor, Role
from kiosk.services.associates import AssociateService, LockedOut
from kiosk.services.clock import Clock
from kiosk.ui.messages import describe, translate
from kiosk.ui.sound import ErrorSound
from kiosk.ui.worker import DbWorker


class AuthBridge(QObject):
    changed = Signal()

    def __init__(
        self,
        *,
        worker: DbWorker,
        associates: AssociateService,
        sound: ErrorSound,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.associates = associates
        self.sound = sound
        self.clock = clock  # the services' clock: the lock-out ends when theirs says so
        self.on_signed_in: Callable[[Actor], None] = lambda actor: None
        self.before_logout: Callable[[Actor, Callable[[], None]], None] = lambda a, then: then()
        self._actor: Actor | None = None
        self._message = ""
        self._busy = False
        self._lockout_left = 0
        self._locked_out_until: datetime | None = None
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

    def stop(self) -> None:
        self._countdown.stop()

    @property
    def actor(self) -> Actor | None:
        return self._actor

    @property
    def is_locked(self) -> bool:
        return self._actor is None

    # --- signing in ----------------------------------------------------------------------------
    @Slot(str)
    def loginPin(self, pin: str) -> None:
        if self._busy or self._lockout_left > 0:
            return
        if not pin:
            self._refuse(translate("Messages", "Enter your PIN."))
            return
        self._busy = True
        self.changed.emit()
        associates = self.associates
        self.worker.submit(lambda: associates.login_pin(pin), self.accept, self.refuse)

    def accept(self, actor: Actor) -> None:
        """A PIN or badge was accepted (badges arrive through the scan router)."""
        self._actor = actor
        self._busy = False
        self._message = ""
        self._lockout_left = 0
        self._countdown.stop()
        self.changed.emit()
        self.on_signed_in(actor)

    def refuse(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, LockedOut):
            self._locked_out_until = self.clock.now() + timedelta(seconds=error.seconds_left)
            self._lockout_left = error.seconds_left
            self._countdown.start()
        self._refuse(describe(error))

    def _refuse(self, message: str) -> None:
        self._message = message
        self.sound.play()
        self.changed.emit()

    def hint(self, message: str) -> None:
        """A message on the lock screen that is not an error (e.g. "sign in first")."""
        self._message = message
        self.changed.emit()

    def _tick(self) -> None:
        until = self._locked_out_until
        left = (until - self.clock.now()).total_seconds() if until else 0
        self._lockout_left = max(0, math.ceil(left))
        if self._lockout_left == 0:
            self._locked_out_until = None
            self._countdown.stop()
            self._message = ""
        self.changed.emit()

    # --- signing out ---------------------------------------------------------------------------
    @Slot()
    def lock(self) -> None:
        self.lock_because("lock")

    def lock_because(self, reason: str) -> None:
        actor = self._actor
        if actor is None:
            return
        self._actor = None
        self._message = ""
        self.changed.emit()
        associates = self.associates
        self.worker.submit(lambda: associates.logout(actor, reason))

    @Slot()
    def logout(self) -> None:
        actor = self._actor
        if actor is None:
            return
        self.before_logout(actor, lambda: self.lock_because("logout"))

    # --- what QML shows ------------------------------------------------------------------------
    def _get_locked(self) -> bool:
        return self._actor is None

    def _get_name(self) -> str:
        return self._actor.name if self._actor else ""

    def _get_is_manager(self) -> bool:
        return self._actor is not None and self._actor.role in (Role.MANAGER, Role.ADMIN)

    def _get_message(self) -> str:
        return self._message

    def _get_busy(self) -> bool:
        return self._busy

    def _get_lockout_left(self) -> int:
        return self._lockout_left

    locked = Property(bool, _get_locked, notify=changed)
    associateName = Property(str, _get_name, notify=changed)
    isManager = Property(bool, _get_is_manager, notify=changed)
    message = Property(str, _get_message, notify=changed)
    busy = Property(bool, _get_busy, notify=changed)
    lockoutSecondsLeft = Property(int, _get_lockout_left, notify=changed)
