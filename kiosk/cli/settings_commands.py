"""settings show, settings set: the store's business settings after set-up."""

from __future__ import annotations

import argparse
import getpass
import json
from dataclasses import asdict
from typing import Any

from kiosk.cli.common import add_data_dir, config_for, open_existing
from kiosk.services.clock import SystemClock


def register(commands: Any) -> None:
    from kiosk.services.store_settings import EDITABLE

    settings = commands.add_parser("settings", help="the store's business settings")
    cmds = settings.add_subparsers(dest="settings_command", metavar="COMMAND", required=True)
    show = cmds.add_parser("show", help="every setting and which ones can be changed")
    show.add_argument("--json", action="store_true", help="for tools")
    _where(show)
    show.set_defaults(handler=cmd_show)
    keys = "\n".join(f"  {key}: {meaning}" for key, (_, meaning) in EDITABLE.items())
    change = cmds.add_parser(
        "set",
        help="change one setting (audited; a running app picks it up at its next start)",
        description=f"Settings that can be changed:\n{keys}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    change.add_argument("key", choices=sorted(EDITABLE), metavar="KEY")
    change.add_argument("value", metavar="VALUE")
    _where(change)
    change.set_defaults(handler=cmd_set)


def _where(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--demo", action="store_true", help="the demo store (the one `kiosk run --demo` uses)"
    )
    add_data_dir(parser)


def cmd_show(args: argparse.Namespace) -> int:
    from kiosk.services.store_settings import EDITABLE

    store, profile = open_existing(config_for(args, demo=args.demo))
    store.close()
    values = asdict(profile)
    if args.json:
        print(json.dumps(values, indent=2, ensure_ascii=False))
        return 0
    for key, value in values.items():
        mark = "" if key in EDITABLE else "   (fixed)"
        print(f"{key:20} {json.dumps(value, ensure_ascii=False)}{mark}")
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    from kiosk.services.store_settings import SettingsService

    store, _ = open_existing(config_for(args, demo=args.demo))
    try:
        old, new = SettingsService(store, SystemClock()).change(
            args.key, args.value, by=f"{getpass.getuser()} (command line)"
        )
    finally:
        store.close()
    if old == new:
        print(f"{args.key} is already {json.dumps(new, ensure_ascii=False)}; nothing changed.")
    else:
        print(
            f"{args.key}: {json.dumps(old, ensure_ascii=False)} -> "
            f"{json.dumps(new, ensure_ascii=False)}. A running till picks it up when restarted."
        )
    return 0
