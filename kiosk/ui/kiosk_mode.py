"""Kiosk mode: the till's window cannot be closed by an associate.

A close request (the compositor's, a window manager's Alt+F4, anything that sends the window a
close event) is refused and asks for an admin's PIN instead. The PIN opens the maintenance
screen, from which an admin can leave the app. The maintenance screen closes itself after the
store's idle time, so an admin who walks away does not leave an open door behind.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot

from kiosk.domain.permissions import Actor
from kiosk.services.associates import AssociateService
from kiosk.ui.messages import describe, translate
from kiosk.ui.sound import ErrorSound
from kiosk.ui.worker import DbWorker


class KioskModeBridge(QObject):
    changed = Signal()

    def __init__(
        self,
        *,
        worker: DbWorker,
        associates: AssociateService,
        sound: ErrorSound,
        enabled: bool,
        idle_seconds: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.associates, self.sound = worker, associates, sound
        self.enabled = enabled
        self.on_exit: Callable[[], None] = lambda: None  # app.py quits the application
        self._asking = False
        self._admin: Actor | None = None
        self._message = ""
        self._busy = False
        self._exit_allowed = not enabled
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(max(30, idle_seconds) * 1000)
        self._idle.timeout.connect(self.leaveMaintenance)

    @property
    def exit_allowed(self) -> bool:
        return self._exit_allowed

    def stop(self) -> None:
        self._idle.stop()

    def allow_exit(self) -> None:
        """For the app itself ending the run (`--exit-after`): Qt's quit closes the windows
        first, and the guard would refuse that like any other close."""
        self._exit_allowed = True

    # --- asking for the admin -----------------------------------------------------------------
    @Slot()
    def requestExit(self) -> None:
        """Someone tried to close the window (or tapped "Maintenance")."""
        if not self.enabled:
            self.on_exit()
            return
        if self._admin is None:
            self._asking, self._message = True, ""
            self.changed.emit()

    @Slot(str)
    def unlock(self, pin: str) -> None:
        if self._busy or not self._asking:
            return
        if not pin:
            self._refuse(translate("Messages", "Enter your PIN."))
            return
        self._busy = True
        self.changed.emit()
        associates = self.associates
        self.worker.submit(lambda: associates.maintenance_access(pin), self._granted, self._refused)

    def _granted(self, admin: Actor) -> None:
        self._busy, self._asking, self._admin, self._message = False, False, admin, ""
        self._idle.start()
        self.changed.emit()

    def _refused(self, error: BaseException) -> None:
        self._busy = False
        self._refuse(describe(error))

    def _refuse(self, message: str) -> None:
        self._message = message
        self.sound.play()
        self.changed.emit()

    @Slot()
    def cancel(self) -> None:
        self._asking, self._message = False, ""
        self.changed.emit()

    # --- the maintenance screen ---------------------------------------------------------------
    @Slot()
    def leaveMaintenance(self) -> None:
        self._idle.stop()
        self._admin = None
        self.changed.emit()

    @Slot()
    def exitApp(self) -> None:
        """Only from the maintenance screen, i.e. after an admin's PIN."""
        if self._admin is None and self.enabled:
            return
        self._exit_allowed = True
        self._idle.stop()
        self.on_exit()

    # --- what QML shows -----------------------------------------------------------------------
    def _get_enabled(self) -> bool:
        return self.enabled

    def _get_asking(self) -> bool:
        return self._asking

    def _get_maintenance(self) -> bool:
        return self._admin is not None

    def _get_admin(self) -> str:
        return self._admin.name if self._admin else ""

    def _get_message(self) -> str:
        return self._message

    def _get_busy(self) -> bool:
        return self._busy

    on = Property(bool, _get_enabled, constant=True)
    asking = Property(bool, _get_asking, notify=changed)
    maintenance = Property(bool, _get_maintenance, notify=changed)
    adminName = Property(str, _get_admin, notify=changed)
    message = Property(str, _get_message, notify=changed)
    busy = Property(bool, _get_busy, notify=changed)


class CloseGuard(QObject):
    """On the window: refuses its close events until an admin has chosen to exit."""

    def __init__(self, mode: KioskModeBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = mode

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and not self.mode.exit_allowed:
            event.ignore()
            self.mode.requestExit()
            return True
        return False
