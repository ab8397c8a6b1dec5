"""Opening the store: checks before anything is written, then WAL, pragmas and migrations."""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import ConnectionPoolEntry
from sqlmodel import Session

from kiosk import __version__
from kiosk.store.backup import online_backup, replace_store, stamped_name
from kiosk.store.checkpoint import (
    BACKSTOP_PAGES,
    CheckpointPolicy,
    WalCheckpointer,
    checkpoint,
)
from kiosk.store.errors import StorageFull, StoreError, StoreMissing
from kiosk.store.inspection import inspect_existing
from kiosk.store.schema_version import head_revision

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


class WrongThread(RuntimeError):
    """Store work attempted on a thread that must never wait on the disk (the UI thread)."""


class Store:
    """The kiosk's SQLite database. Each thread gets its own pooled connection.

    `write()` holds SQLite's write lock from the first statement (BEGIN IMMEDIATE), so the
    gapless counters read and bumped inside it can never race another writer.
    """

    def __init__(
        self, path: Path, engine: Engine, checkpoints: CheckpointPolicy | None = None
    ) -> None:
        self.path = path
        self.engine = engine
        self._writer = engine.execution_options(sqlite_begin="IMMEDIATE")
        self.forbidden_threads: set[threading.Thread] = set()
        self.checkpointer = WalCheckpointer(path, checkpoints)

    def _guard(self) -> None:
        if threading.current_thread() in self.forbidden_threads:
            raise WrongThread(
                f"store access on {threading.current_thread().name}; use the database worker"
            )

    @contextmanager
    def write(self) -> Iterator[Session]:
        self._guard()
        with (
            self.checkpointer.gate,
            _translate_disk_errors(),
            Session(self._writer, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session
        self.checkpointer.committed()

    @contextmanager
    def read(self) -> Iterator[Session]:
        self._guard()
        with (
            _translate_disk_errors(),
            Session(self.engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    def raw(self) -> Any:
        """A raw DB-API connection for bulk work and pragmas (caller closes it)."""
        self._guard()
        return self.engine.raw_connection()

    def close(self) -> None:
        """Stops the checkpointer and leaves the WAL empty (see kiosk.store.checkpoint)."""
        self.checkpointer.stop()
        self.engine.dispose()
        if not Path(f"{self.path}-wal").exists():
            return  # the last connection to close has already emptied and removed it
        try:
            result = checkpoint(self.path, "TRUNCATE", self.checkpointer.policy.busy_timeout_ms)
        except sqlite3.Error:
            log.exception("could not truncate the WAL of %s on close", self.path)
        else:
            if result.busy:  # another connection is mid-transaction; the next close will do it
                log.info("WAL of %s left for later: the store is busy", self.path)


@contextmanager
def _translate_disk_errors() -> Iterator[None]:
    """Disk trouble becomes a message the associate can act on. Hot paths use the sqlite3
    connection directly, so both SQLAlchemy's wrapper and the raw error are caught."""
    try:
        yield
    except (OperationalError, sqlite3.OperationalError) as exc:
        cause = exc.orig if isinstance(exc, OperationalError) else exc
        text = str(cause).lower()
        if "disk is full" in text or "database or disk is full" in text:
            raise StorageFull(
                "The disk is full, so nothing was saved. Free some space (or call support) "
                "and try again; the sale is still on screen."
            ) from exc
        if "disk i/o error" in text or "readonly" in text or "read-only" in text:
            raise StoreError(
                f"The store could not be written ({cause}). Nothing was saved; check the "
                "disk and try again."
            ) from exc
        raise


def make_engine(path: Path, backstop_pages: int = BACKSTOP_PAGES) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_conn: sqlite3.Connection, record: ConnectionPoolEntry) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves, see below
        with closing(dbapi_conn.cursor()) as cur:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")  # a power cut after "Paid" loses nothing
            # Checkpoints run on the store's own thread (kiosk.store.checkpoint), not inside a
            # sale's commit; SQLite's automatic one stays only as a backstop.
            cur.execute(f"PRAGMA wal_autocheckpoint={backstop_pages}")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        # Straight to the driver: SQLAlchemy's statement machinery costs more than the BEGIN
        # itself, and this runs at the start of every sale.
        conn.connection.driver_connection.execute(f"BEGIN {mode}")

    return engine


def open_store(
    path: Path,
    *,
    create: bool = False,
    migrations: Path | None = None,
    checkpoints: CheckpointPolicy | None = None,
) -> Store:
    """Opens (or with create=True, creates) the store at `path`, migrating it to this build.

    Before an upgrade the store is backed up; if the upgrade fails, that backup is put back and
    the error says so, so the shop can reinstall the previous version and keep selling.
    """
    revision: str | None = None
    if path.exists():
        revision = inspect_existing(path)
    elif not create:
        raise StoreMissing(f"No store at {path}. Run `kiosk init` (or `kiosk init --demo`) first.")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    checkpoints = checkpoints or CheckpointPolicy()
    engine = make_engine(path, checkpoints.backstop_pages)
    if revision != head_revision(migrations):
        from kiosk.store.migrate import upgrade  # Alembic is only loaded when there is work

        safety = None
        if revision is not None:
            safety = online_backup(path, stamped_name(path, f"schema{revision}"))
            log.info("backed up %s to %s before upgrading schema %s", path, safety, revision)
        try:
            upgrade(engine, migrations)
        except Exception as exc:
            engine.dispose()
            if safety is None:
                raise StoreError(f"Creating the store failed: {exc}") from exc
            replace_store(path, safety)
            raise StoreError(
                f"Upgrading the store from schema {revision} failed ({exc}). The store was "
                f"restored from the backup taken just before ({safety.name}) and is unchanged; "
                "reinstall the previous Kiosk version to keep selling, and report this."
            ) from exc
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO settings (key, value) VALUES ('app_version', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (json.dumps(__version__),),
            )
    return Store(path, engine, checkpoints)
