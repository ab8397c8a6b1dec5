"""A private D-Bus session bus with a screen-saver service on it, for the kiosk-mode tests.

The bus is a real dbus-daemon; the service is a small stand-in for what GNOME, KDE or a desktop
portal serve at org.freedesktop.ScreenSaver: it answers Inhibit with a cookie and notes when a
caller that inhibited leaves the bus (which ends its inhibition, as the specification says).
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from dataclasses import dataclass, field

from jeepney import HeaderFields, MatchRule, MessageType, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection


@dataclass
class ScreenSaverService:
    address: str
    inhibitors: list[str] = field(default_factory=list)  # unique bus names of callers
    departed: list[str] = field(default_factory=list)  # inhibitors that left the bus
    _stop: threading.Event = field(default_factory=threading.Event)
    _ready: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> ScreenSaverService:
        self._thread = threading.Thread(target=self._serve, name="fake-screensaver")
        self._thread.start()
        if not self._ready.wait(10):
            raise TimeoutError("the screen-saver stand-in did not start")
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)

    def _serve(self) -> None:
        connection = open_dbus_connection(bus=self.address)
        try:
            connection.send_and_get_reply(message_bus.RequestName("org.freedesktop.ScreenSaver"))
            rule = MatchRule(
                type="signal", interface="org.freedesktop.DBus", member="NameOwnerChanged"
            )
            connection.send_and_get_reply(message_bus.AddMatch(rule))
            self._ready.set()
            while not self._stop.is_set():
                try:
                    message = connection.receive(timeout=0.1)
                except TimeoutError:
                    continue
                self._handle(connection, message)
        finally:
            connection.close()

    def _handle(self, connection: DBusConnection, message: object) -> None:
        header = message.header  # type: ignore[attr-defined]
        member = header.fields.get(HeaderFields.member)
        if header.message_type is MessageType.method_call and member == "Inhibit":
            self.inhibitors.append(header.fields[HeaderFields.sender])
            connection.send(new_method_return(message, "u", (len(self.inhibitors),)))
        elif header.message_type is MessageType.signal and member == "NameOwnerChanged":
            name, _old, new = message.body  # type: ignore[attr-defined]
            if name in self.inhibitors and not new:
                self.departed.append(name)


@dataclass
class PrivateBus:
    process: subprocess.Popen[str]
    address: str

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)
        if self.process.stdout is not None:
            self.process.stdout.close()


def dbus_daemon_available() -> bool:
    return shutil.which("dbus-daemon") is not None


def start_private_bus() -> PrivateBus:
    process = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1", "--nopidfile"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    return PrivateBus(process, process.stdout.readline().strip())
