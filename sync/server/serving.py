"""Serving HQ over HTTP with uvicorn: one process, or several on one port.

HQ makes its listening sockets itself, as TCP sockets with Nagle's algorithm off, instead of
letting uvicorn make them. uvicorn sends a response's headers and its body in two writes, and
asyncio switches Nagle off only on sockets that say they are TCP (protocol IPPROTO_TCP). The
socket uvicorn binds for --workers (and `socket.socket()` in general) says protocol 0, so the
body of every answer waited for the client's delayed ACK: about 40 ms added to each request,
measured 44 ms -> 1 ms per round trip on loopback.

With several workers, each has its own socket on the same port (SO_REUSEPORT) and the kernel
spreads new connections over them evenly. One shared socket does not: asyncio accepts every
waiting connection at once, so when many kiosks connect together (the morning run, or all of
them coming back after an outage) the first worker to wake took nearly all of them and kept
them, since a kiosk keeps its connection for a whole sync run. All coordination between HQ
processes is in the database, so any worker can serve any kiosk.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import socket
import threading
from types import FrameType

import uvicorn

from sync.server.db import HQDatabase

log = logging.getLogger(__name__)
RESTART_PAUSE = 1.0  # seconds before a worker that died is started again
STOP_GRACE = 20.0  # seconds a worker gets to finish its requests after SIGTERM


def listen_socket(host: str, port: int, *, reuse_port: bool = False) -> socket.socket:
    """A bound TCP socket whose connections send small writes at once (TCP_NODELAY)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    # asyncio sets TCP_NODELAY on each accepted connection because of IPPROTO_TCP above; set on
    # the listener too, Linux hands it down to accepted sockets whatever the event loop does.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    return sock


def serve(db: HQDatabase, host: str, port: int, workers: int = 1) -> None:
    """Runs HQ until SIGINT or SIGTERM. With workers > 1, each worker is its own process, with
    its own connection pool, serving the same database URL."""
    if workers <= 1:
        from sync.server.app import create_app

        sock = listen_socket(host, port)
        try:
            config = uvicorn.Config(create_app(db), log_level="warning")
            uvicorn.Server(config).run(sockets=[sock])
        finally:
            sock.close()
        return
    # Bound, never listening: it holds the port (and finds it when port is 0) but the kernel
    # hands connections only to the workers' listening sockets.
    reserved = listen_socket(host, port, reuse_port=True)
    try:
        _Supervisor(db.url, host, reserved.getsockname()[1], workers).run()
    finally:
        reserved.close()


def run_worker(database_url: str, host: str, port: int) -> None:
    """One worker process: its own listening socket on the shared port, its own app."""
    from sync.server.app import create_app

    sock = listen_socket(host, port, reuse_port=True)
    try:
        config = uvicorn.Config(create_app(HQDatabase(database_url)), log_level="warning")
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()


class _Supervisor:
    """Starts the workers, starts again any that dies, and stops them all on SIGINT/SIGTERM."""

    def __init__(self, database_url: str, host: str, port: int, workers: int) -> None:
        self.args = (database_url, host, port)
        self.count = workers
        self.context = multiprocessing.get_context("spawn")  # no forked DB pools or threads
        self.stopping = threading.Event()
        self.workers: list[multiprocessing.process.BaseProcess] = []

    def run(self) -> None:
        previous = {sig: signal.signal(sig, self._stop) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            self.workers = [self._start(n) for n in range(self.count)]
            while not self.stopping.wait(RESTART_PAUSE):
                for n, worker in enumerate(self.workers):
                    if not worker.is_alive() and not self.stopping.is_set():
                        code = worker.exitcode
                        log.warning("HQ worker %d exited (%s); starting it again", n, code)
                        self.workers[n] = self._start(n)
        finally:
            for worker in self.workers:
                if worker.is_alive():
                    worker.terminate()  # SIGTERM: uvicorn finishes the requests in flight
            for worker in self.workers:
                worker.join(STOP_GRACE)
                if worker.is_alive():
                    worker.kill()
                    worker.join()
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def _start(self, number: int) -> multiprocessing.process.BaseProcess:
        worker = self.context.Process(
            target=run_worker, args=self.args, name=f"kiosk-hq-worker-{number}"
        )
        worker.start()
        return worker

    def _stop(self, signum: int, frame: FrameType | None) -> None:
        self.stopping.set()
