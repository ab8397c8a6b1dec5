"""Network printers (raw TCP, usually port 9100)."""

from __future__ import annotations

import select
import socket

from hardware.errors import DeviceDisconnected, DeviceNotFound, DeviceTimeout
from hardware.transports.base import CHUNK

CONNECT_TIMEOUT = 3.0


class TcpTransport:
    can_read = True

    def __init__(self, host: str, port: int, *, connect_timeout: float = CONNECT_TIMEOUT) -> None:
        self.host, self.port = host, port
        self.url = f"tcp://{host}:{port}"
        self.connect_timeout = connect_timeout
        self._sock: socket.socket | None = None

    def open(self) -> None:
        self.close()
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.connect_timeout)
        except TimeoutError:
            raise DeviceNotFound(
                f"The printer at {self.host}:{self.port} did not answer within "
                f"{self.connect_timeout:g} s. Check that it is on and on the network."
            ) from None
        except OSError as exc:
            raise DeviceNotFound(
                f"Cannot reach the printer at {self.host}:{self.port} ({exc.strerror or exc}). "
                "Check that it is on, its cable, and its IP address."
            ) from None
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock = sock

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def _socket(self) -> socket.socket:
        if self._sock is None:
            raise DeviceDisconnected(f"The printer at {self.url} is not connected.")
        return self._sock

    def write(self, data: bytes, timeout: float) -> None:
        sock = self._socket()
        sent = 0
        sock.settimeout(timeout)
        try:
            while sent < len(data):
                sent += sock.send(data[sent : sent + CHUNK])
        except TimeoutError:
            raise DeviceTimeout(
                f"The printer at {self.url} stopped taking data for {timeout:g} s.",
                partial=sent > 0,
            ) from None
        except OSError as exc:
            self.close()
            raise DeviceDisconnected(
                f"The connection to the printer at {self.url} was lost ({exc.strerror or exc}).",
                partial=sent > 0,
            ) from None

    def read(self, size: int, timeout: float) -> bytes:
        sock = self._socket()
        sock.settimeout(timeout)
        try:
            data = sock.recv(size)
        except TimeoutError:
            return b""
        except OSError as exc:
            self.close()
            raise DeviceDisconnected(
                f"The connection to the printer at {self.url} was lost ({exc.strerror or exc})."
            ) from None
        if not data:
            self.close()
            raise DeviceDisconnected(f"The printer at {self.url} closed the connection.")
        return data

    def discard_input(self) -> None:
        sock = self._socket()
        while select.select([sock], [], [], 0)[0]:
            if not self.read(4096, 0.01):
                return
