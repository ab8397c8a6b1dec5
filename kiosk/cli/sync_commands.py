"""enroll, sync, sync status."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from kiosk.cli.common import add_data_dir, config_for, open_existing
from kiosk.domain.errors import KioskError
from kiosk.services.clock import SystemClock


def register(commands: Any) -> None:
    enroll = commands.add_parser("enroll", help="connect this kiosk to HQ with a one-time code")
    enroll.add_argument("--hq", required=True, help="HQ address, e.g. http://hq.local:8750")
    enroll.add_argument(
        "--code", required=True, help="the enrolment code from `kiosk-hq kiosks add`"
    )
    add_data_dir(enroll)
    enroll.set_defaults(handler=cmd_enroll)

    sync = commands.add_parser("sync", help="sync with HQ now (push, pull, reconcile)")
    add_data_dir(sync)
    sync.set_defaults(handler=cmd_sync)
    sync_cmds = sync.add_subparsers(dest="sync_command", metavar="COMMAND")
    status = sync_cmds.add_parser("status", help="last run, events waiting, errors, clock skew")
    status.add_argument("--json", action="store_true")
    add_data_dir(status)
    status.set_defaults(handler=cmd_sync_status)


def cmd_enroll(args: argparse.Namespace) -> int:
    from kiosk.devices.sync_setup import enroll

    store, _ = open_existing(config_for(args))
    try:
        done = enroll(store, args.hq, args.code, SystemClock().now)
    finally:
        store.close()
    print(f"Enrolled as kiosk {done.kiosk_id} ({done.kiosk_name}) at {done.location}.")
    print("The HQ token is kept in the OS keyring. Run `kiosk sync` to sync now.")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from kiosk.devices.sync_setup import run_sync

    store, _ = open_existing(config_for(args))
    try:
        summary = run_sync(store, SystemClock().now, trigger="cli")
    finally:
        store.close()
    pulled = ", ".join(f"{k} {v}" for k, v in summary.pulled.items() if v) or "nothing new"
    print(
        f"Sync {summary.status}: sent {summary.pushed} events"
        f"{f' ({summary.duplicates} already at HQ)' if summary.duplicates else ''}; "
        f"received {pulled}."
    )
    for warning in summary.warnings:
        print(f"Warning: {warning}")
    if summary.parked:
        print(f"HQ set aside {summary.parked} invalid events for review.")
    if summary.mismatches:
        print(
            f"Reconciliation: {summary.mismatches} differences, {summary.repaired} events "
            f"re-sent, {summary.anomalies} anomalies reported."
        )
    if summary.clock_skew_s is not None and abs(summary.clock_skew_s) > 300:
        print(f"Warning: this kiosk's clock is {summary.clock_skew_s:+.0f} s off HQ's.")
    if summary.status != "ok":
        raise KioskError(summary.error or f"sync {summary.status}")
    return 0


def cmd_sync_status(args: argparse.Namespace) -> int:
    from kiosk.services.sync_status import SyncStatusService

    store, _ = open_existing(config_for(args))
    try:
        view = SyncStatusService(store, SystemClock()).overview()
    finally:
        store.close()
    if args.json:
        data = asdict(view)
        data["headline"] = view.headline
        data["skew_warning"] = view.skew_warning
        print(json.dumps(data, indent=2, default=str))
        return 0
    print(view.headline)
    print(
        f"HQ: {view.hq_url or 'not enrolled'}" + (f" as {view.kiosk_id}" if view.kiosk_id else "")
    )
    if view.last_run:
        r = view.last_run
        print(
            f"Last run: {r.started_at:%Y-%m-%d %H:%M:%S} UTC, {r.status}, sent {r.pushed}, "
            f"trigger {r.trigger}"
        )
    else:
        print("Last run: never")
    age = f", oldest {view.oldest_waiting_s / 60:.0f} min old" if view.oldest_waiting_s else ""
    print(f"Events waiting: {view.waiting}{age}")
    print(f"Last error: {view.last_error or 'none'}")
    skew = "unknown" if view.clock_skew_s is None else f"{view.clock_skew_s:+.1f} s"
    print(f"Clock skew: {skew}{' (over 5 minutes: check the clock)' if view.skew_warning else ''}")
    t = view.today
    print(f"Today ({t.day}): {t.sales} sales, total {t.sales_total}, anomalies {t.anomalies}")
    return 0
