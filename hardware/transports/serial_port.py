"""Printers on RS-232 or USB-serial adapters (pyserial)."""

from __future__ import annotations

import contextlib
import errno

import serial

from hardware.errors import (
    DeviceBusy,
    DeviceDisconnected,
    DeviceError,
    DeviceNotFound,
    DevicePermissionDenied,
    DeviceTimeout,
)
from hardware.transports.base import CHUNK

FLOW_CONTROL = ("none", "rtscts", "dsrdtr", "xonxoff")
try:
    import termios

    # pyserial lets termios.error (not an OSError) through when a port vanishes mid-call.
    PORT_ERRORS: tuple[type[Exception], ...] = (serial.SerialException, OSError, termios.error)
except ImportError:  # Windows
    PORT_ERRORS = (serial.SerialException, OSError)


def serial_open_error(path: str, exc: serial.SerialException, what: str) -> DeviceError:
    """Turns pyserial's open failure into the error the person at the till can act on."""
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM):
        return DevicePermissionDenied(
            f"Permission denied opening the {what} at {path}. Install the kiosk's udev rules "
            "(packaging/udev) and add the kiosk user to their group, then log in again."
        )
    if code in (errno.EBUSY, errno.EAGAIN, errno.EWOULDBLOCK) or "lock" in str(exc).lower():
        return DeviceBusy(
            f"The {what} at {path} is in use by another program (ModemManager, a second kiosk, "
            "a terminal). Close it, or install the udev rules that keep ModemManager away."
        )
    if code in (errno.ENOENT, errno.ENODEV, errno.ENXIO):
        return DeviceNotFound(
            f"No {what} at {path}. Check the cable, or run `kiosk devices` to find its address."
        )
    return DeviceNotFound(f"Cannot open the {what} at {path}: {exc}")


class SerialTransport:
    can_read = True

    def __init__(self, path: str, *, baudrate: int = 19200, flow: str = "none") -> None:
        self.path = path
        self.url = f"serial://{path}?baudrate={baudrate}"
        self.baudrate = baudrate
        self.flow = flow
        self._port: serial.Serial | None = None

    def open(self) -> None:
        self.close()
        port = serial.Serial(
            baudrate=self.baudrate,
            timeout=0,
            write_timeout=1.0,
            rtscts=self.flow == "rtscts",
            dsrdtr=self.flow == "dsrdtr",
            xonxoff=self.flow == "xonxoff",
            exclusive=True,  # a second kiosk process must not interleave bytes with ours
        )
        port.port = self.path
        try:
            port.open()
        except serial.SerialException as exc:
            raise serial_open_error(self.path, exc, "printer") from None
        self._port = port

    def close(self) -> None:
        if self._port is not None:
            # Already gone (unplugged): there is nothing left to release.
            with contextlib.suppress(*PORT_ERRORS):
                self._port.close()
            self._port = None

    def _open_port(self) -> serial.Serial:
        if self._port is None:
            raise DeviceDisconnected(f"The printer at {self.path} is not connected.")
        return self._port

    def write(self, data: bytes, timeout: float) -> None:
        port = self._open_port()
        sent = 0
        try:
            if port.write_timeout != timeout:
                port.write_timeout = timeout
            while sent < len(data):
                chunk = data[sent : sent + CHUNK]
                port.write(chunk)
                sent += len(chunk)
        except serial.SerialTimeoutException:
            # pyserial does not say how much of the chunk went out: assume some did.
            raise DeviceTimeout(
                f"The printer at {self.path} stopped taking data for {timeout:g} s "
                "(paper jam, cover open, or flow control set wrong).",
                partial=True,
            ) from None
        except PORT_ERRORS as exc:
            self.close()
            raise DeviceDisconnected(
                f"The printer at {self.path} was disconnected ({exc}).", partial=sent > 0
            ) from None

    def read(self, size: int, timeout: float) -> bytes:
        port = self._open_port()
        try:
            if port.timeout != timeout:
                port.timeout = timeout  # pyserial reconfigures the port: it can fail too
            return bytes(port.read(size))
        except PORT_ERRORS as exc:
            self.close()
            raise DeviceDisconnected(
                f"The printer at {self.path} was disconnected ({exc})."
            ) from None

    def discard_input(self) -> None:
        port = self._open_port()
        try:
            port.reset_input_buffer()
        except PORT_ERRORS as exc:
            self.close()
            raise DeviceDisconnected(
                f"The printer at {self.path} was disconnected ({exc})."
            ) from None
