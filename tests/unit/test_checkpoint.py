"""The WAL is checkpointed off the sale's path, stays bounded, and is empty after a clean close.

Real SQLite files throughout; WAL sizes are read from the file system and from SQLite itself.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from sqlalchemy import text

from kiosk.store.backup import online_backup
from kiosk.store.checkpoint import CheckpointPolicy, CheckpointResult
from kiosk.store.engine import Store, open_store
from kiosk.store.inspection import inspect_existing

PAGE = 4096 + 24  # a WAL frame: the page and its header
NEVER = 10**9


def wal_size(store: Store) -> int:
    wal = Path(f"{store.path}-wal")
    return wal.stat().st_size if wal.exists() else 0


def write_pages(store: Store, n: int, pages: int = 4) -> None:
    """`n` commits of about `pages` pages each (the value spills to overflow pages)."""
    for i in range(n):
        filler = os.urandom(pages * 2000).hex()
        with store.write() as session:
            session.execute(
                text("INSERT INTO settings (key, value) VALUES (:k, :v)"),
                {"k": f"test.filler.{time.monotonic_ns()}.{i}", "v": filler},
            )


def reopen(path: Path, policy: CheckpointPolicy) -> Store:
    return open_store(path, checkpoints=policy)


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_commits_leave_the_checkpoint_to_the_background(empty_store: Store) -> None:
    """SQLite's own checkpoint is only a backstop, far beyond what a sale writes."""
    with empty_store.read() as session:
        assert session.execute(text("PRAGMA wal_autocheckpoint")).scalar() == 16_384


def test_a_quiet_store_is_checkpointed_and_the_wal_starts_again(empty_store: Store) -> None:
    path = empty_store.path
    empty_store.close()
    store = reopen(path, CheckpointPolicy(idle_seconds=0.05, every_commits=NEVER))
    try:
        write_pages(store, 20)
        wait_for(lambda: store.checkpointer.last_result is not None)
        result = store.checkpointer.last_result
        assert isinstance(result, CheckpointResult)
        assert result.wal_pages >= 20 * 4
        assert result.copied_pages == result.wal_pages and not result.busy
        size = wal_size(store)
        write_pages(store, 5)  # fewer frames than before: they overwrite the start of the WAL
        assert wal_size(store) == size
    finally:
        store.close()


def test_a_store_that_is_never_quiet_keeps_its_wal_bounded(empty_store: Store) -> None:
    path = empty_store.path
    empty_store.close()
    every = 10
    store = reopen(path, CheckpointPolicy(idle_seconds=NEVER, every_commits=every))
    try:
        largest = 0
        for _ in range(30):
            write_pages(store, every)
            largest = max(largest, wal_size(store))
        # Unchecked, 300 commits of 4+ pages would be 1,200+ frames; the catch-ups keep the
        # WAL to a few rounds of `every` commits.
        assert largest < 4 * every * 6 * PAGE
        assert store.checkpointer.last_result is not None
    finally:
        store.close()


def test_without_the_background_thread_sqlite_bounds_the_wal(empty_store: Store) -> None:
    path = empty_store.path
    empty_store.close()
    policy = CheckpointPolicy(idle_seconds=NEVER, every_commits=NEVER, backstop_pages=100)
    store = reopen(path, policy)
    try:
        write_pages(store, 200)
        assert store.checkpointer.last_result is None  # the thread never ran a checkpoint
        assert wal_size(store) < (100 + 10) * PAGE
    finally:
        store.close()


def test_a_clean_close_truncates_the_wal_while_another_connection_is_open(
    empty_store: Store,
) -> None:
    path = empty_store.path
    write_pages(empty_store, 10)
    assert wal_size(empty_store) > 0
    # Like the sync worker's connection: with it open, SQLite would leave the WAL as it is.
    with closing(sqlite3.connect(path)) as other:
        other.execute("SELECT COUNT(*) FROM settings").fetchone()
        empty_store.close()
        assert Path(f"{path}-wal").stat().st_size == 0
        rows = other.execute("SELECT COUNT(*) FROM settings WHERE key LIKE 'test.filler.%'")
        assert rows.fetchone()[0] == 10


def test_backup_and_integrity_check_see_what_is_still_in_the_wal(
    empty_store: Store, tmp_path: Path
) -> None:
    path = empty_store.path
    empty_store.close()
    store = reopen(path, CheckpointPolicy(idle_seconds=NEVER, every_commits=NEVER))
    try:
        write_pages(store, 30)
        assert wal_size(store) > 30 * 4 * PAGE  # nothing was checkpointed
        copy = online_backup(path, tmp_path / "backup.db")
        inspect_existing(copy)
        with closing(sqlite3.connect(copy)) as conn:
            assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            found = conn.execute("SELECT COUNT(*) FROM settings WHERE key LIKE 'test.filler.%'")
            assert found.fetchone()[0] == 30
    finally:
        store.close()


def test_closing_a_store_whose_file_is_gone_creates_nothing(empty_store: Store) -> None:
    path = empty_store.path
    write_pages(empty_store, 1)
    with closing(sqlite3.connect(path)):  # keeps the WAL from being removed by the last close
        path.unlink()  # restored over or deleted while the kiosk was running
        empty_store.close()
        assert not path.exists()
