"""backup and restore."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kiosk.cli.common import add_data_dir, config_for
from kiosk.services.backup import NIGHTLY_KEEP
from kiosk.services.setup import store_path


def register(commands: Any) -> None:
    backup = commands.add_parser("backup", help="copy the store safely, even while selling")
    backup.add_argument("--to", type=Path, help="file to write (default: <data dir>/backups/)")
    backup.add_argument(
        "--nightly",
        action="store_true",
        help=f"a nightly copy; keeps the newest {NIGHTLY_KEEP} (what the systemd timer runs)",
    )
    add_data_dir(backup)
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser("restore", help="replace the store with a backup")
    restore.add_argument("file", type=Path)
    restore.add_argument(
        "--force", action="store_true", help="restore even if events still wait to sync"
    )
    add_data_dir(restore)
    restore.set_defaults(handler=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    from kiosk.services.backup import backup_now, nightly_backup
    from kiosk.store.inspection import inspect_existing

    path = store_path(config_for(args).data_dir)
    if not path.exists():
        from kiosk.store.errors import StoreMissing

        raise StoreMissing(f"No store at {path}; nothing to back up.")
    inspect_existing(path)
    made = nightly_backup(path) if args.nightly else backup_now(path, args.to)
    print(f"Backed up to {made}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from kiosk.services.backup import restore

    result = restore(store_path(config_for(args).data_dir), args.file, force=args.force)
    kept = (
        f"; the previous store was kept as {result.previous_saved_as}"
        if result.previous_saved_as
        else ""
    )
    print(f"Restored from {result.restored_from}{kept}")
    return 0
