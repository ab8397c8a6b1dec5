from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.services.clock import ManualClock
from kiosk.services.setup import initialise, store_path
from kiosk.store import audit
from kiosk.store.engine import Store, open_store
from kiosk.store.errors import CorruptStore, NewerStore, StorageFull, StoreMissing
from kiosk.store.migrate import alembic_head
from kiosk.store.schema_version import VERSIONS_DIR, head_revision, known_revisions
from tests.conftest import START


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas_make_commits_durable(empty_store: Store) -> None:
    with empty_store.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_revision_files_agree_with_alembic() -> None:
    assert alembic_head() == head_revision()
    for path in VERSIONS_DIR.glob("[0-9]*.py"):
        assert f"revision: str = {path.name[:4]!r}" in path.read_text().replace('"', "'")
    assert known_revisions()[0] == "0001"


def test_missing_store_says_how_to_create_one(tmp_path: Path) -> None:
    with pytest.raises(StoreMissing, match="kiosk init"):
        open_store(tmp_path / "kiosk.db")


def test_store_from_a_newer_version_is_refused_and_left_untouched(empty_store: Store) -> None:
    path = empty_store.path
    with empty_store.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        session.execute(text("UPDATE settings SET value = '\"7.0.0\"' WHERE key = 'app_version'"))
    empty_store.close()
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    before = digest(path)
    with pytest.raises(NewerStore, match=r"written by Kiosk 7\.0\.0.*Install Kiosk 7\.0\.0"):
        open_store(path)
    assert digest(path) == before


def test_a_file_that_is_not_sqlite_is_reported_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.db"
    path.write_bytes(b"this is a shopping list, not a database" * 100)
    before = digest(path)
    with pytest.raises(CorruptStore, match="not a kiosk store"):
        open_store(path, create=True)
    assert digest(path) == before


def test_a_damaged_store_is_detected_and_left_alone(tmp_path: Path) -> None:
    initialise(tmp_path, _clock(), demo=True)
    path = store_path(tmp_path)
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    data = bytearray(path.read_bytes())
    page = 4096
    # Scribble over the headers of a few b-tree pages, as a torn write on a bad SD card would.
    for n in range(3, min(12, len(data) // page)):
        data[n * page : n * page + 12] = b"\x0d\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(CorruptStore, match="damaged"):
        open_store(path)
    assert digest(path) == before


def _clock() -> ManualClock:
    return ManualClock(START)


def test_a_foreign_sqlite_database_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(CorruptStore, match="not a kiosk store"):
        open_store(path)


def test_history_tables_refuse_updates_and_deletes(demo_store: Store) -> None:
    for statement in ("UPDATE stock_events SET delta = 0", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="append-only"), demo_store.write() as session:
            session.execute(text(statement))


def test_audit_chain_detects_edits_deletes_and_inserts(demo_store: Store) -> None:
    with demo_store.read() as session:
        assert audit.verify(session).ok
    raw = sqlite3.connect(demo_store.path)
    raw.execute("DROP TRIGGER audit_log_no_update")
    raw.execute("UPDATE audit_log SET detail = '{\"rows\":1}' WHERE id = 1")
    raw.commit()
    with demo_store.read() as session:
        report = audit.verify(session)
    assert not report.ok and report.first_bad_id == 1
    raw.execute("DROP TRIGGER audit_log_no_delete")
    raw.execute("DELETE FROM audit_log WHERE id = 1")
    raw.commit()
    with demo_store.read() as session:
        assert audit.verify(session).reason.startswith("entry 1 is missing")
    raw.close()


def test_a_full_disk_is_reported_and_nothing_is_half_written(empty_store: Store) -> None:
    raw = sqlite3.connect(empty_store.path)
    pages = raw.execute("PRAGMA page_count").fetchone()[0]
    raw.close()
    with empty_store.write() as session:
        # Cap the file at its current size: the next growth fails like a full disk does.
        session.execute(text(f"PRAGMA max_page_count = {pages}"))
    with pytest.raises(StorageFull, match="disk is full"), empty_store.write() as session:
        for i in range(2000):
            session.execute(
                text("INSERT INTO settings (key, value) VALUES (:k, :v)"),
                {"k": f"filler-{i}", "v": '"' + "x" * 500 + '"'},
            )
    with empty_store.read() as session:
        count = session.execute(text("SELECT COUNT(*) FROM settings WHERE key LIKE 'filler%'"))
        assert count.scalar() == 0


def test_migrations_build_the_schema_the_models_describe(empty_store: Store) -> None:
    """A model change without its migration (or the reverse) shows up here, not on a till."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    import kiosk.store.models  # noqa: F401  (registers every table)

    with empty_store.read() as session:
        context = MigrationContext.configure(session.connection())
        differences = compare_metadata(context, SQLModel.metadata)
    # SQLite-only objects the models cannot describe (FTS5 tables, triggers) are not compared.
    real = [d for d in differences if "product_search" not in repr(d)]
    assert real == [], "\n".join(map(repr, real))
