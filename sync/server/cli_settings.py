"""`kiosk-hq settings set|show --location L`: business settings for every kiosk at a location."""

from __future__ import annotations

import argparse
import json
from typing import Any

from sync.protocol.store_settings import HQ_MANAGED
from sync.server import location_settings
from sync.server.cli_output import now
from sync.server.db import HQDatabase


def add_commands(commands: Any, add: Any) -> None:
    """`add` is cli._add (it gives each command --database-url and its handler)."""
    settings = commands.add_parser("settings", help="business settings per location")
    sc = settings.add_subparsers(dest="settings_command", metavar="COMMAND", required=True)
    keys = ", ".join(HQ_MANAGED)
    change = add(sc, "set", cmd_settings_set, "set one setting for every kiosk at a location")
    change.add_argument("--location", required=True)
    change.add_argument("key", metavar="KEY", help=f"one of: {keys}")
    change.add_argument("value", metavar="VALUE", help="\\n between receipt lines")
    show = add(sc, "show", cmd_settings_show, "the settings HQ manages for a location")
    show.add_argument("--location", required=True)


def cmd_settings_set(args: argparse.Namespace, db: HQDatabase) -> int:
    # A ValueError (unknown key, bad value) becomes main's one-line "kiosk-hq: error: ...".
    with db.write() as session:
        change = location_settings.set_typed(session, args.location, args.key, args.value, now())
    if not change.changed:
        print(f"{args.location}: {args.key} is already {_shown(change.new)}; nothing to send.")
        return 0
    print(
        f"{args.location}: {args.key} {_shown(change.old)} -> {_shown(change.new)}; "
        "kiosks there take it on their next sync."
    )
    return 0


def cmd_settings_show(args: argparse.Namespace, db: HQDatabase) -> int:
    with db.read() as session:
        rows = location_settings.for_location(session, args.location)
    if not rows:
        print(f"{args.location}: no settings from HQ; kiosks keep their own.")
    for row in rows:
        print(f"{row.key:20} {_shown(row.value):40} {row.updated_at:%Y-%m-%d %H:%M} UTC")
    return 0


def _shown(value: object) -> str:
    return "(not set)" if value is None else json.dumps(value, ensure_ascii=False)
