"""HQ's database: SQLite (one file, WAL) by default, PostgreSQL via postgresql+psycopg://.

Writes on SQLite take the lock up front (BEGIN IMMEDIATE) so two writers never deadlock on a
lock upgrade; on PostgreSQL, rows are locked where they are changed (see apply and counters).
Migrations run at start-up under an advisory lock, so several HQ processes can start at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.pool import ConnectionPoolEntry
from sqlmodel import Session

MIGRATIONS = Path(__file__).parent / "migrations"
DEFAULT_URL = "sqlite:///kiosk-hq.db"
_MIGRATION_LOCK = 7_420_001  # any constant; only HQ processes take it


class HQDatabase:
    def __init__(self, url: str, *, pool_size: int = 10) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        self.engine = _make_engine(url, pool_size)
        self._writer = (
            self.engine.execution_options(sqlite_begin="IMMEDIATE")
            if self.is_sqlite
            else self.engine
        )
        self._snapshot = (
            self.engine
            if self.is_sqlite
            else self.engine.execution_options(isolation_level="REPEATABLE READ")
        )

    @contextmanager
    def write(self) -> Iterator[Session]:
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A consistent snapshot (pulls read rows and the kiosk's sequence together)."""
        with Session(self._snapshot, expire_on_commit=False) as session, session.begin():
            yield session

    def migrate(self) -> None:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.begin() as connection:
            if not self.is_sqlite:
                connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        from sync.server import keys

        with self.write() as session:
            keys.ensure(session)

    def dispose(self) -> None:
        self.engine.dispose()


def _make_engine(url: str, pool_size: int) -> Engine:
    if not url.startswith("sqlite"):
        return create_engine(url, pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_conn: sqlite3.Connection, record: ConnectionPoolEntry) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        with closing(dbapi_conn.cursor()) as cur:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine
