from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.domain.errors import KioskError
from kiosk.services.backup import backup_now, nightly_backup, restore
from kiosk.services.clock import SystemClock
from kiosk.services.setup import store_path
from kiosk.services.simulate import Simulator
from kiosk.store.engine import open_store
from kiosk.store.errors import StoreError
from kiosk.store.instance_lock import InstanceLock
from kiosk.store.migrate import MIGRATIONS
from kiosk.store.settings import load_profile


def sell(data_dir: Path, count: int) -> None:
    store = open_store(store_path(data_dir))
    with store.read() as session:
        profile = load_profile(session)
    Simulator(store, SystemClock(), profile, seed=3).run(count)
    store.close()


def sales(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0])


def test_backup_is_consistent_and_restore_needs_force_while_events_wait(demo_dir: Path) -> None:
    db = store_path(demo_dir)
    sell(demo_dir, 5)
    copy = backup_now(db)
    assert sales(copy) == 5
    sell(demo_dir, 3)
    with sqlite3.connect(db) as conn:  # 8 sales, plus a stockout event for each emptied shelf
        waiting = conn.execute("SELECT COUNT(*) FROM outbox WHERE state = 'pending'").fetchone()[0]
    assert waiting >= 8
    with pytest.raises(KioskError, match=f"{waiting} events have not reached HQ yet"):
        restore(db, copy)
    assert sales(db) == 8  # untouched
    result = restore(db, copy, force=True)
    assert sales(db) == 5
    assert result.previous_saved_as is not None and sales(result.previous_saved_as) == 8
    open_store(db).close()  # the restored store opens normally


def test_restore_refuses_while_the_app_runs_and_refuses_damaged_backups(
    demo_dir: Path, tmp_path: Path
) -> None:
    db = store_path(demo_dir)
    copy = backup_now(db)
    with InstanceLock(demo_dir, "sell"), pytest.raises(StoreError, match="stop it first"):
        restore(db, copy, force=True)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 50)
    with pytest.raises(StoreError, match="cannot be restored"):
        restore(db, junk, force=True)


def test_nightly_backups_keep_the_newest(demo_dir: Path) -> None:
    db = store_path(demo_dir)
    for day in (24, 25, 26, 27):
        nightly_backup(db, keep=2, now=datetime(2026, 11, day, 2, 0, tzinfo=UTC))
    kept = sorted(p.name for p in (demo_dir / "backups").glob("kiosk-nightly-*.db"))
    assert kept == ["kiosk-nightly-20261126T020000Z.db", "kiosk-nightly-20261127T020000Z.db"]


def _migrations_with(tmp_path: Path, body: str) -> Path:
    migrations = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    head = sorted(p.name[:4] for p in (migrations / "versions").glob("[0-9]*.py"))[-1]
    new = f"{int(head) + 1:04d}"
    (migrations / "versions" / f"{new}_test_step.py").write_text(
        f'revision = "{new}"\ndown_revision = "{head}"\nbranch_labels = None\n'
        "depends_on = None\n\nfrom alembic import op\nimport sqlalchemy as sa\n\n\n"
        f"def upgrade():\n{body}\n\n\ndef downgrade():\n    pass\n"
    )
    return migrations


def test_an_upgrade_backs_up_first_and_migrates(demo_dir: Path, tmp_path: Path) -> None:
    db = store_path(demo_dir)
    sell(demo_dir, 2)
    migrations = _migrations_with(
        tmp_path,
        '    with op.batch_alter_table("sales") as b:\n'
        '        b.add_column(sa.Column("note", sa.String(), nullable=True))',
    )
    open_store(db, migrations=migrations).close()
    with sqlite3.connect(db) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(sales)")]
    assert "note" in columns and sales(db) == 2
    (backup,) = (demo_dir / "backups").glob("kiosk-schema*.db")
    assert sales(backup) == 2


def test_a_failed_upgrade_restores_the_store(demo_dir: Path, tmp_path: Path) -> None:
    db = store_path(demo_dir)
    sell(demo_dir, 4)
    migrations = _migrations_with(
        tmp_path,
        '    op.execute("DELETE FROM payments")\n'
        '    op.create_table("half_done", sa.Column("x", sa.Integer()))\n'
        '    raise RuntimeError("disk hiccup halfway through")',
    )
    with pytest.raises(StoreError, match="restored from the backup taken just before"):
        open_store(db, migrations=migrations)
    with sqlite3.connect(db) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        payments = conn.execute("SELECT COUNT(*) FROM payments").fetchone()[0]
    assert "half_done" not in tables and payments >= 4 and sales(db) == 4
    store = open_store(db)  # this version still runs on it
    store.close()
