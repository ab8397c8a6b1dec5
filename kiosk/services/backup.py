"""Backups by hand and every night, and restoring one safely."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.domain.errors import KioskError
from kiosk.store import outbox
from kiosk.store.backup import (
    check_backup,
    online_backup,
    prune,
    replace_store,
    stamped_name,
)
from kiosk.store.engine import open_store
from kiosk.store.instance_lock import InstanceLock

NIGHTLY_KEEP = 7


def backup_now(store_file: Path, target: Path | None = None) -> Path:
    return online_backup(store_file, target or stamped_name(store_file, "manual"))


def nightly_backup(store_file: Path, keep: int = NIGHTLY_KEEP, now: datetime | None = None) -> Path:
    copy = online_backup(store_file, stamped_name(store_file, "nightly", now))
    prune(store_file, "nightly", keep)
    return copy


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    previous_saved_as: Path | None


def restore(store_file: Path, source: Path, *, force: bool = False) -> RestoreResult:
    """Replaces the store with a backup. Refuses while the app runs, and while events that HQ
    has not received would be lost, unless forced; the replaced store is kept as a backup."""
    check_backup(source)
    with InstanceLock(store_file.parent, "restore the store"):
        previous = None
        if store_file.exists():
            store = open_store(store_file)
            try:
                with store.read() as session:
                    waiting = outbox.backlog(session).waiting
            finally:
                store.close()
            if waiting and not force:
                raise KioskError(
                    f"{waiting} events have not reached HQ yet and would be lost. Run "
                    "`kiosk sync` first, or add --force if losing them is acceptable."
                )
            previous = online_backup(store_file, stamped_name(store_file, "pre-restore"))
        replace_store(store_file, source)
    return RestoreResult(source, previous)
