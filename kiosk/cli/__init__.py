"""The `kiosk` command. Every subcommand takes --data-dir and fails with one clear line."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from kiosk import __version__
from kiosk.domain.errors import KioskError

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    from kiosk.cli import (
        hardware_commands,
        maintenance_commands,
        pickup_commands,
        report_commands,
        settings_commands,
        store_commands,
        sync_commands,
    )

    parser = argparse.ArgumentParser(
        prog="kiosk", description="Offline-first point of sale for micro-shops and kiosks."
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    store_commands.register(commands)
    hardware_commands.register(commands)
    maintenance_commands.register(commands)
    report_commands.register(commands)
    sync_commands.register(commands)
    pickup_commands.register(commands)
    settings_commands.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        return handler(args)
    except KioskError as exc:
        print(f"kiosk: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kiosk: interrupted", file=sys.stderr)
        return 130
