"""Telling systemd we are ready, and pinging its watchdog (sd_notify, without a library).

The app pings from a timer on the UI thread, so a frozen screen stops the pings and systemd
restarts the till. Outside systemd (NOTIFY_SOCKET unset) every call does nothing.
"""

from __future__ import annotations

import os
import socket


class SystemdNotifier:
    def __init__(self, address: str | None = None) -> None:
        self.address = address if address is not None else os.environ.get("NOTIFY_SOCKET", "")

    @property
    def active(self) -> bool:
        return bool(self.address)

    def watchdog_interval(self) -> float | None:
        """Half the watchdog timeout systemd set, in seconds (None without a watchdog)."""
        usec = os.environ.get("WATCHDOG_USEC")
        pid = os.environ.get("WATCHDOG_PID")
        if not usec or (pid and int(pid) != os.getpid()):
            return None
        return int(usec) / 1_000_000 / 2

    def notify(self, message: str) -> bool:
        if not self.address:
            return False
        target = self.address
        if target.startswith("@"):  # an abstract socket
            target = "\0" + target[1:]
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            try:
                sock.connect(target)
                sock.sendall(message.encode())
            except OSError:
                return False  # systemd went away; the app keeps selling regardless
        return True

    def ready(self, status: str = "Selling") -> bool:
        return self.notify(f"READY=1\nSTATUS={status}")

    def ping(self) -> bool:
        return self.notify("WATCHDOG=1")

    def stopping(self) -> bool:
        return self.notify("STOPPING=1")
