"""Printers behind a device file: the kernel's usblp driver (/dev/usb/lp0) or a parallel port.

Opened non-blocking so that every write waits at most its timeout. Status replies are read only
when asked for (`file:///dev/usb/lp0?status=yes`): many usblp printers never answer, and a
missing answer would otherwise keep the printer marked offline.
"""

from __future__ import annotations

import errno
import os
import select

from hardware.errors import (
    DeviceBusy,
    DeviceDisconnected,
    DeviceError,
    DeviceNotFound,
    DevicePermissionDenied,
    DeviceTimeout,
)
from hardware.transports.base import CHUNK


def _open_error(path: str, exc: OSError) -> DeviceError:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return DevicePermissionDenied(
            f"Permission denied opening {path}. Install the kiosk's udev rules (packaging/udev) "
            "and add the kiosk user to the lp group, then log in again."
        )
    if exc.errno == errno.EBUSY:
        return DeviceBusy(f"{path} is in use by another program (CUPS?). Stop it and retry.")
    return DeviceNotFound(
        f"Cannot open {path} ({exc.strerror}). Check that the printer is plugged in and on."
    )


class FileTransport:
    def __init__(self, path: str, *, status: bool = False) -> None:
        self.path = path
        self.url = f"file://{path}"
        self.can_read = status
        self._fd: int | None = None

    def open(self) -> None:
        self.close()
        mode = os.O_RDWR if self.can_read else os.O_WRONLY
        try:
            self._fd = os.open(self.path, mode | os.O_NONBLOCK | os.O_NOCTTY | os.O_APPEND)
        except OSError as exc:
            raise _open_error(self.path, exc) from None

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def _descriptor(self) -> int:
        if self._fd is None:
            raise DeviceDisconnected(f"{self.path} is not open.")
        return self._fd

    def write(self, data: bytes, timeout: float) -> None:
        fd = self._descriptor()
        sent = 0
        try:
            while sent < len(data):
                if not select.select([], [fd], [], timeout)[1]:
                    raise DeviceTimeout(
                        f"The printer at {self.path} stopped taking data for {timeout:g} s.",
                        partial=sent > 0,
                    )
                try:
                    sent += os.write(fd, data[sent : sent + CHUNK])
                except BlockingIOError:
                    continue
        except OSError as exc:
            self.close()
            raise DeviceDisconnected(
                f"The printer at {self.path} was disconnected ({exc.strerror}).",
                partial=sent > 0,
            ) from None

    def read(self, size: int, timeout: float) -> bytes:
        fd = self._descriptor()
        if not self.can_read or not select.select([fd], [], [], timeout)[0]:
            return b""
        try:
            return os.read(fd, size)
        except BlockingIOError:
            return b""
        except OSError as exc:
            self.close()
            raise DeviceDisconnected(f"{self.path} failed ({exc.strerror}).") from None

    def discard_input(self) -> None:
        for _ in range(16):
            if not self.read(4096, 0):
                return
