"""A network printer on 127.0.0.1: answers status queries, or stays silent, or hangs up
part-way through a job."""

from __future__ import annotations

import socket
import threading

from tests.hardware.printer_logic import FakePrinterLogic


class FakeTcpPrinter:
    def __init__(self) -> None:
        self.logic = FakePrinterLogic()
        self.hang_up_after: int | None = None  # close the connection after this many bytes
        self.connections = 0
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.05)
        self.port = self._server.getsockname()[1]
        self.url = f"tcp://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="fake tcp printer")
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            with conn:
                self._talk(conn)

    def _talk(self, conn: socket.socket) -> None:
        conn.settimeout(0.05)
        taken = 0
        while not self._stop.is_set():
            try:
                data = conn.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            if not data:
                return
            if self.hang_up_after is not None and taken + len(data) >= self.hang_up_after:
                self.logic.feed(data[: self.hang_up_after - taken])
                self.hang_up_after = None
                conn.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
                )
                return  # closed mid-job (RST, as a printer that reboots)
            taken += len(data)
            reply = self.logic.feed(data)
            if reply:
                conn.sendall(reply)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._server.close()
