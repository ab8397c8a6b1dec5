"""Keeps the screen from blanking while the till is open (kiosk mode).

Qt has no API for this, so the till asks the platform. On a desktop session that is the
freedesktop screen-saver service on the session D-Bus (GNOME, KDE, Xfce and the desktop portals
serve it): `org.freedesktop.ScreenSaver.Inhibit`. The inhibition lasts until the caller's bus
connection closes, so the till opens a private connection for it and closes that connection to
release it (at exit the operating system closes it anyway). The call is asynchronous: a slow or
absent bus never holds up the GUI thread.

Without such a service there is nothing to ask, and nothing is needed in the shipped kiosk
session: cage (the Wayland compositor of kiosk-pos.service) never blanks the screen unless an
idle daemon such as swayidle is added, and the kernel's console blanking does not touch a VT
that a compositor has in graphics mode. packaging/README.md says what to do on an X11 session.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

log = logging.getLogger(__name__)
SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
CONNECTION = "kiosk-screen-awake"
TIMEOUT_MS = 5000


class ScreenAwake(QObject):
    changed = Signal()

    def __init__(self, bus_address: str | None = None, parent: QObject | None = None) -> None:
        """`bus_address`: a D-Bus address (tests start their own bus); default the session bus."""
        super().__init__(parent)
        self.bus_address = bus_address
        self._state = "off"  # off | asking | inhibited | unavailable
        self._watcher: QDBusPendingCallWatcher | None = None

    def inhibit(self, application: str, reason: str) -> None:
        if self._state in ("asking", "inhibited"):
            return
        if self.bus_address is not None:
            bus = QDBusConnection.connectToBus(self.bus_address, CONNECTION)
        else:
            bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, CONNECTION)
        if not bus.isConnected():
            log.info("no session D-Bus: the screen's blanking is left to the session")
            self._set("unavailable")
            return
        call = QDBusMessage.createMethodCall(SERVICE, PATH, SERVICE, "Inhibit")
        call.setArguments([application, reason])
        self._watcher = QDBusPendingCallWatcher(bus.asyncCall(call, TIMEOUT_MS), self)
        self._watcher.finished.connect(self._answered)
        self._set("asking")

    def _answered(self, watcher: QDBusPendingCallWatcher) -> None:
        reply = watcher.reply()
        watcher.deleteLater()
        self._watcher = None
        if self._state != "asking":  # released meanwhile
            return
        if reply.type() == QDBusMessage.MessageType.ReplyMessage:
            self._set("inhibited")
            return
        log.info("the screen saver cannot be inhibited: %s", reply.errorMessage())
        QDBusConnection.disconnectFromBus(CONNECTION)
        self._set("unavailable")

    def release(self) -> None:
        """Closing our connection ends the inhibition (the service watches its callers)."""
        if self._state in ("asking", "inhibited"):
            QDBusConnection.disconnectFromBus(CONNECTION)
        self._set("off")

    def _set(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.changed.emit()

    def _get_state(self) -> str:
        return self._state

    state = Property(str, _get_state, notify=changed)
