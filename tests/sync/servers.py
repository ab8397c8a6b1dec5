"""Real servers for sync tests: HQ under uvicorn on 127.0.0.1, and a throwaway PostgreSQL."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import httpx
import psycopg
import uvicorn

from sync.server.app import create_app
from sync.server.db import HQDatabase
from sync.server.serving import listen_socket


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServedHQ:
    """The real HQ app under uvicorn in a thread, on a free port of 127.0.0.1."""

    def __init__(
        self,
        db: HQDatabase,
        clock: Callable[[], datetime] | None = None,
        background: bool = False,
        port: int = 0,
    ) -> None:
        self.db = db
        app = create_app(db, clock=clock or (lambda: datetime.now(UTC)), background=background)
        # As `kiosk-hq serve` makes it (no Nagle). A given port is a restart of an HQ that
        # kiosks already know by its address.
        self.sock = listen_socket("127.0.0.1", port)
        self.port = int(self.sock.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", lifespan="on", timeout_keep_alive=5)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, name=f"hq-{self.port}"
        )

    def start(self) -> ServedHQ:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("HQ did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)
        self.sock.close()


def postgres_bin_dir() -> Path | None:
    candidates = sorted((str(p) for p in Path("/usr/lib/postgresql").glob("*/bin")), reverse=True)
    found = shutil.which("initdb")
    if found:
        candidates.append(str(Path(found).resolve().parent))
    for directory in candidates:
        if (Path(directory) / "initdb").exists() and (Path(directory) / "pg_ctl").exists():
            return Path(directory)
    return None


class PostgresServer:
    """initdb + pg_ctl into a temporary directory. initdb refuses to run as root, so as root
    the cluster is created and run as the unprivileged user `nobody`."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        self._databases = 0
        if self.as_root:
            nobody = pwd.getpwnam("nobody")
            os.chown(self.root, nobody.pw_uid, nobody.pw_gid)
        self.root.chmod(0o700)

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "nobody", "--"] if self.as_root else []
        result = subprocess.run([*prefix, *command], capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{command[0]} failed: {result.stderr or result.stdout}")

    def start(self, *, fsync: bool = False) -> PostgresServer:
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            f"-c timezone=UTC -c max_connections=300 -c fsync={'on' if fsync else 'off'} "
            "-c shared_buffers=128MB"
        )
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.root / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        return self

    def stop(self) -> None:
        try:
            self._run(
                str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"
            )
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def new_database(self) -> str:
        self._databases += 1
        name = f"hq_{os.getpid()}_{self._databases}"
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"


class ServedHQProcess:
    """The real `kiosk-hq serve` command in its own process (with --workers N, N more)."""

    def __init__(self, database_url: str, workers: int = 1) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workers = workers
        self.database_url = database_url
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60) -> ServedHQProcess:
        command = shutil.which("kiosk-hq", path=str(Path(sys.executable).parent)) or "kiosk-hq"
        arguments = ["--database-url", self.database_url, "--port", str(self.port)]
        arguments += ["--workers", str(self.workers)]
        self.process = subprocess.Popen([command, "serve", *arguments], stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"kiosk-hq serve exited with {self.process.returncode}")
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("kiosk-hq serve did not answer in time")
            time.sleep(0.1)

    def worker_pids(self) -> list[int]:
        """The worker processes uvicorn spawned (Linux /proc; not multiprocessing's tracker)."""
        assert self.process is not None
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        pids = [int(p) for p in children.read_text().split()] if children.exists() else []
        return [p for p in pids if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()]

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()  # uvicorn stops its workers on SIGTERM
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self.process = None
