"""Checking an existing store file before anything writes to it.

A damaged file, a file that is not a kiosk store, or a store written by a newer version is
refused with a message, and the file is left exactly as it was.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from kiosk import __version__
from kiosk.store.errors import CorruptStore, NewerStore
from kiosk.store.schema_version import known_revisions

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5


def inspect_existing(path: Path) -> str | None:
    """Checks an existing file without writing to it. Returns its schema revision.

    Raises CorruptStore for a damaged or foreign file and NewerStore for a store written by a
    newer version; in both cases the file is left exactly as it was.
    """
    size = path.stat().st_size
    if size == 0:
        return None
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise CorruptStore(
                f"{path} is not a kiosk store (it is not an SQLite database). It was left "
                "untouched; restore a backup or move it away."
            )
    try:
        with closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)) as conn:
            result = [row[0] for row in conn.execute("PRAGMA quick_check")]
            if result != ["ok"]:
                raise CorruptStore(
                    f"{path} is damaged ({'; '.join(result[:3])}). It was left untouched; "
                    "restore the latest backup (kiosk restore) or call support."
                )
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                if tables:
                    raise CorruptStore(
                        f"{path} is an SQLite file but not a kiosk store. It was left untouched."
                    )
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
            if revision is not None and revision not in known_revisions():
                writer = _setting(conn, "app_version") or "a newer version"
                raise NewerStore(
                    f"This store (schema {revision}) was written by Kiosk {writer}, which is "
                    f"newer than this Kiosk {__version__}. Install Kiosk {writer} or newer; "
                    "the store was left untouched."
                )
            return revision
    except sqlite3.DatabaseError as exc:
        raise CorruptStore(
            f"{path} is damaged ({exc}). It was left untouched; restore the latest backup "
            "(kiosk restore) or call support."
        ) from exc


def _setting(conn: sqlite3.Connection, key: str) -> str | None:
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    except sqlite3.DatabaseError:
        return None
    return json.loads(row[0]) if row else None
