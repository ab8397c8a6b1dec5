"""Helpers shared by the subcommands."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.config import KioskConfig, default_data_dir, load_config
from kiosk.services.setup import store_path
from kiosk.store.engine import Store, open_store
from kiosk.store.settings import StoreProfile, load_profile


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="where the store lives (default: the platform's user data directory)",
    )


def config_for(args: argparse.Namespace, *, demo: bool = False) -> KioskConfig:
    data_dir = args.data_dir or (default_data_dir(demo=True) if demo else None)
    return load_config(data_dir)


def open_existing(config: KioskConfig) -> tuple[Store, StoreProfile]:
    store = open_store(store_path(config.data_dir))
    with store.read() as session:
        profile = load_profile(session)
    return store, profile
