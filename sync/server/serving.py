"""Serving HQ over HTTP with uvicorn: one process, or several sharing one listening socket.

HQ makes the listening socket itself, as a TCP socket with Nagle's algorithm off, instead of
letting uvicorn make it. uvicorn sends a response's headers and its body in two writes, and
asyncio switches Nagle off only on sockets that say they are TCP (protocol IPPROTO_TCP). The
socket uvicorn binds for --workers (and `socket.socket()` in general) says protocol 0, so the
body of every answer waited for the client's delayed ACK: about 40 ms added to each request,
measured 44 ms -> 1 ms per round trip on loopback. Several workers can serve one port because
all coordination between HQ processes is in the database.
"""

from __future__ import annotations

import os
import socket

import uvicorn

from sync.server.db import HQDatabase

DATABASE_URL_ENV = "KIOSK_HQ_DATABASE_URL"


def listen_socket(host: str, port: int) -> socket.socket:
    """A bound TCP socket whose connections send small writes at once (TCP_NODELAY)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # asyncio sets TCP_NODELAY on each accepted connection because of IPPROTO_TCP above; set on
    # the listener too, Linux hands it down to accepted sockets whatever the event loop does.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)  # worker processes accept on it
    return sock


def serve(db: HQDatabase, host: str, port: int, workers: int = 1) -> None:
    """Runs HQ until interrupted. With workers > 1, each worker is its own process (with its
    own connection pool) built by `app_from_env` from the same database URL."""
    from sync.server.app import create_app

    sock = listen_socket(host, port)
    try:
        if workers <= 1:
            config = uvicorn.Config(create_app(db), log_level="warning")
            uvicorn.Server(config).run(sockets=[sock])
            return
        from uvicorn.supervisors import Multiprocess

        os.environ[DATABASE_URL_ENV] = db.url
        config = uvicorn.Config(
            "sync.server.app:app_from_env", factory=True, workers=workers, log_level="warning"
        )
        Multiprocess(config, sockets=[sock]).run()
    finally:
        sock.close()
