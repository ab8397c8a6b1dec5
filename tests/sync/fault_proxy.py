"""A fault-injecting HTTP proxy between a kiosk and HQ, on 127.0.0.1.

Each request draws a fault: the connection dropped before or after HQ has committed, a hang
past the client's timeout, a 500 before or after HQ ran the request, the request sent twice,
an old request replayed first (reordering), a request body cut short on its way to HQ, or a
response body cut short on its way back. Every connection carries one request (Connection:
close), which keeps the proxy simple and makes each fault hit exactly one request.
"""

from __future__ import annotations

import random
import socket
import socketserver
import threading
import time
from collections import Counter

FAULTS = (
    "pass",
    "drop_before",
    "drop_after",
    "timeout",
    "error_before",
    "error_after",
    "duplicate",
    "replay_old",
    "truncate_request",
    "truncate_response",
)
_ERROR = b"HTTP/1.1 500 Internal Server Error\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"


def _read_request(sock: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    length = 0
    kept = [lines[0]]
    for line in lines[1:]:
        name = line.split(b":", 1)[0].strip().lower()
        if name == b"content-length":
            length = int(line.split(b":", 1)[1])
        if name != b"connection":
            kept.append(line)
    kept.append(b"Connection: close")
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        body += chunk
    return b"\r\n".join(kept) + b"\r\n\r\n" + body


class FaultProxy:
    def __init__(self, upstream_port: int, seed: int, fault_rate: float, hang: float) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.rng = random.Random(seed)
        self.fault_rate = fault_rate
        self.hang = hang
        self.history: list[bytes] = []
        self.seen: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.forced: str | None = None  # e.g. "drop_before" for a total outage
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy.handle(self.request)

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = int(self.server.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, name="fault-proxy")

    def start(self) -> FaultProxy:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)

    def _choose(self) -> str:
        with self.lock:
            if self.forced:
                fault = self.forced
            elif self.rng.random() < self.fault_rate:
                fault = self.rng.choice(FAULTS[1:])
            else:
                fault = "pass"
            self.seen[fault] += 1
            return fault

    def _forward(self, request: bytes, cut: bool = False) -> bytes:
        with socket.create_connection(self.upstream, timeout=30) as up:
            if cut:
                up.sendall(request[: max(len(request) - 40, len(request) // 2)])
                return b""
            up.sendall(request)
            chunks = []
            while chunk := up.recv(65536):
                chunks.append(chunk)
            return b"".join(chunks)

    def handle(self, client: socket.socket) -> None:
        request = _read_request(client)
        if request is None:
            return
        fault = self._choose()
        if fault == "replay_old" and self.history:
            with self.lock:
                old = self.rng.choice(self.history)
            self._forward(old)  # an earlier request arrives late, after newer ones
        with self.lock:
            self.history = [*self.history[-50:], request]
        if fault in ("drop_before",):
            return
        if fault == "error_before":
            client.sendall(_ERROR)
            return
        if fault == "truncate_request":
            self._forward(request, cut=True)
            return
        response = self._forward(request)
        if fault == "duplicate":
            response = self._forward(request)
        if fault == "drop_after":
            return
        if fault == "timeout":
            time.sleep(self.hang)
            return
        if fault == "error_after":
            client.sendall(_ERROR)
            return
        if fault == "truncate_response":
            client.sendall(response[: max(len(response) // 2, len(response) - 30)])
            return
        client.sendall(response)
