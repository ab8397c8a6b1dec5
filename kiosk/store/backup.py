"""Copies of the store: SQLite's online backup (consistent while the till keeps selling),
checked restores that replace the file atomically, and pruning of old copies."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from kiosk.store.errors import CorruptStore, StoreError
from kiosk.store.inspection import inspect_existing

BACKUP_DIR = "backups"


def backup_dir(store_file: Path) -> Path:
    return store_file.parent / BACKUP_DIR


def online_backup(store_file: Path, target: Path) -> Path:
    """A consistent copy of a live store, made through SQLite (never a plain file copy, which
    could catch a half-written page or miss what is still in the WAL)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    with closing(sqlite3.connect(store_file)) as src, closing(sqlite3.connect(partial)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
    _fsync(partial)
    partial.replace(target)
    _fsync_dir(target.parent)
    return target


def stamped_name(store_file: Path, label: str, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return backup_dir(store_file) / f"{store_file.stem}-{label}-{stamp}.db"


def check_backup(candidate: Path) -> None:
    """A backup must be a healthy SQLite kiosk store before it may replace anything."""
    if not candidate.is_file():
        raise StoreError(f"{candidate} does not exist")
    try:
        inspect_existing(candidate)
    except CorruptStore as exc:
        raise StoreError(f"{candidate} cannot be restored: {exc}") from None


def replace_store(store_file: Path, source: Path) -> None:
    """Puts `source` in place of the store: copied beside it, synced, then renamed over it, so
    a crash leaves either the old store or the new one, never a mixture. The old WAL and
    shared-memory files go too: they belong to the old store."""
    staged = store_file.with_name(store_file.name + ".restoring")
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(staged)) as dst:
        src.backup(dst)
    _fsync(staged)
    for suffix in ("-wal", "-shm"):
        Path(f"{store_file}{suffix}").unlink(missing_ok=True)
    staged.replace(store_file)
    _fsync_dir(store_file.parent)


def prune(store_file: Path, label: str, keep: int) -> list[Path]:
    """Deletes all but the newest `keep` backups with this label; returns what was deleted."""
    copies = sorted(backup_dir(store_file).glob(f"{store_file.stem}-{label}-*.db"))
    doomed = copies[: max(0, len(copies) - keep)]
    for path in doomed:
        path.unlink()
    return doomed


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
