"""init, run, catalog import, simulate, staff, audit."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from kiosk.cli.common import add_data_dir, config_for, open_existing
from kiosk.domain.errors import KioskError
from kiosk.domain.money import Money
from kiosk.domain.permissions import Role
from kiosk.services.clock import SystemClock


def register(commands: Any) -> None:
    init = commands.add_parser("init", help="create the data directory and an empty or demo store")
    init.add_argument("--demo", action="store_true", help="a demo store with products and staff")
    add_data_dir(init)
    init.set_defaults(handler=cmd_init)

    run = commands.add_parser("run", help="start the kiosk app")
    run.add_argument("--demo", action="store_true", help="demo store and simulated devices")
    run.add_argument("--screenshot", type=Path, help="save a PNG of the window and exit")
    run.add_argument("--exit-after", type=float, help="seconds before the screenshot and exit")
    run.add_argument("--fullscreen", action="store_true", help="kiosk mode: full screen")
    add_data_dir(run)
    run.set_defaults(handler=cmd_run)

    cat = commands.add_parser("catalog", help="catalog tools")
    cat_cmds = cat.add_subparsers(dest="catalog_command", metavar="COMMAND", required=True)
    imp = cat_cmds.add_parser("import", help="import products from a CSV file (all or nothing)")
    imp.add_argument("file", type=Path)
    add_data_dir(imp)
    imp.set_defaults(handler=cmd_catalog_import)

    sim = commands.add_parser("simulate", help="run realistic sales through the checkout")
    sim.add_argument("--sales", type=int, required=True, help="how many sales")
    sim.add_argument("--seed", type=int, default=None, help="random seed, for repeatable runs")
    sim.add_argument("--print", action="store_true", help="queue receipts for printing too")
    add_data_dir(sim)
    sim.set_defaults(handler=cmd_simulate)

    staff = commands.add_parser("staff", help="associates who may use the till")
    staff_cmds = staff.add_subparsers(dest="staff_command", metavar="COMMAND", required=True)
    add = staff_cmds.add_parser("add", help="enrol an associate")
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.ASSOCIATE.value)
    add.add_argument("--pin", required=True, help="4 to 8 digits")
    add.add_argument("--badge", help="badge code, e.g. EMP-0003")
    add_data_dir(add)
    add.set_defaults(handler=cmd_staff_add)
    lst = staff_cmds.add_parser("list", help="list associates")
    add_data_dir(lst)
    lst.set_defaults(handler=cmd_staff_list)

    aud = commands.add_parser("audit", help="the tamper-evident audit log")
    aud_cmds = aud.add_subparsers(dest="audit_command", metavar="COMMAND", required=True)
    verify = aud_cmds.add_parser("verify", help="check the hash chain")
    add_data_dir(verify)
    verify.set_defaults(handler=cmd_audit_verify)


def cmd_init(args: argparse.Namespace) -> int:
    from kiosk.services.setup import initialise

    config = config_for(args)
    result = initialise(config.data_dir, SystemClock(), demo=args.demo)
    what = f"demo store with {result.products} products" if args.demo else "empty store"
    print(f"Created {what} at {result.path}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    if (args.screenshot is None) != (args.exit_after is None) and args.screenshot is not None:
        raise KioskError("--screenshot needs --exit-after SECONDS")
    from kiosk.app import run_app

    config = config_for(args, demo=args.demo)
    return run_app(
        config,
        demo=args.demo,
        screenshot=args.screenshot,
        exit_after=args.exit_after,
        fullscreen=args.fullscreen or config.fullscreen,
    )


def cmd_catalog_import(args: argparse.Namespace) -> int:
    from kiosk.services.catalog_import import import_catalog

    store, profile = open_existing(config_for(args))
    try:
        report = import_catalog(store, args.file, profile.currency, SystemClock())
    finally:
        store.close()
    print(
        f"Imported {report.rows} products ({report.created} new, {report.updated} updated) "
        f"in {report.seconds:.2f} s"
    )
    return 0


def cmd_simulate(args: argparse.Namespace) -> int:
    from kiosk.services.simulate import Simulator

    if args.sales < 0:
        raise KioskError("--sales must be zero or more")
    store, profile = open_existing(config_for(args))
    try:
        seed = args.seed if args.seed is not None else time.time_ns()
        simulator = Simulator(store, SystemClock(), profile, seed)
        started = time.perf_counter()
        report = simulator.run(args.sales, print_receipt=args.print)
        seconds = time.perf_counter() - started
    finally:
        store.close()
    revenue = Money(report.revenue, profile.currency).format(profile.locale)
    if simulator.opened_shift:
        print("No shift was open: opened one with an empty float.")
    print(f"Completed {report.sales} sales, {revenue}, in {seconds:.2f} s")
    return 0


def cmd_staff_add(args: argparse.Namespace) -> int:
    from kiosk.services.associates import AssociateService

    store, _ = open_existing(config_for(args))
    try:
        member = AssociateService(store, SystemClock()).enroll(
            args.name, Role(args.role), args.pin, args.badge
        )
    finally:
        store.close()
    print(f"Enrolled {member.name} as {member.role.value}")
    return 0


def cmd_staff_list(args: argparse.Namespace) -> int:
    from kiosk.services.associates import AssociateService

    store, _ = open_existing(config_for(args))
    try:
        for member in AssociateService(store, SystemClock()).staff():
            state = "" if member.active else " (inactive)"
            print(f"{member.name:30} {member.role.value:10} {member.badge_code or '-'}{state}")
    finally:
        store.close()
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from kiosk.store import audit

    store, _ = open_existing(config_for(args))
    try:
        with store.read() as session:
            report = audit.verify(session)
    finally:
        store.close()
    if not report.ok:
        raise KioskError(f"audit log broken at entry {report.first_bad_id}: {report.reason}")
    print(f"Audit log intact: {report.entries} entries")
    return 0
