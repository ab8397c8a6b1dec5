"""`kiosk-hq`: run HQ and administer it from the machine it runs on.

Every command takes --database-url (default: KIOSK_HQ_DATABASE_URL or kiosk-hq.db in the
current directory) and fails with one clear line.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sync.server.db import DEFAULT_URL, HQDatabase

Handler = Callable[[argparse.Namespace, HQDatabase], int]


def _add(commands: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
    parser.add_argument(
        "--database-url",
        default=None,
        help="default: $KIOSK_HQ_DATABASE_URL or sqlite:///kiosk-hq.db",
    )
    parser.set_defaults(handler=handler)
    return parser


def build_parser() -> argparse.ArgumentParser:
    from sync.server import cli_commands as c

    parser = argparse.ArgumentParser(prog="kiosk-hq", description="The Kiosk POS HQ server.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    serve = _add(commands, "serve", c.cmd_serve, "serve the sync protocol and admin API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8750)
    serve.add_argument("--workers", type=int, default=1, help="HQ processes (PostgreSQL)")

    _kiosk_commands(commands, c)
    _catalog_and_stock_commands(commands, c)
    _other_commands(commands, c)
    from sync.server import cli_settings

    cli_settings.add_commands(commands, _add)
    return parser


def _kiosk_commands(commands: Any, c: Any) -> None:
    kiosks = commands.add_parser("kiosks", help="kiosks and their enrolment")
    kc = kiosks.add_subparsers(dest="kiosks_command", metavar="COMMAND", required=True)
    add = _add(kc, "add", c.cmd_kiosks_add, "add a kiosk; prints its one-time enrolment code")
    add.add_argument("--name", required=True)
    add.add_argument("--location", required=True)
    add.add_argument("--id", dest="kiosk_id", help="kiosk code (default K01, K02, ...)")
    _add(kc, "list", c.cmd_kiosks_list, "list kiosks")
    code = _add(kc, "code", c.cmd_kiosks_code, "a new enrolment code (re-enrolment)")
    code.add_argument("kiosk_id")
    revoke = _add(kc, "revoke", c.cmd_kiosks_revoke, "revoke a kiosk's token")
    revoke.add_argument("kiosk_id")

    tokens = commands.add_parser("admin-token", help="tokens for the admin API")
    tc = tokens.add_subparsers(dest="token_command", metavar="COMMAND", required=True)
    tnew = _add(tc, "create", c.cmd_admin_token, "create an admin token (printed once)")
    tnew.add_argument("--name", required=True)


def _catalog_and_stock_commands(commands: Any, c: Any) -> None:
    products = commands.add_parser("products", help="catalog and prices")
    pc = products.add_subparsers(dest="products_command", metavar="COMMAND", required=True)
    imp = _add(pc, "import", c.cmd_products_import, "import a catalog CSV (all or nothing)")
    imp.add_argument("file", type=Path)
    price = _add(pc, "price", c.cmd_products_price, "set a price (minor units)")
    price.add_argument("sku")
    price.add_argument("price", type=int)

    stock = commands.add_parser("stock", help="stock per location")
    sc = stock.add_subparsers(dest="stock_command", metavar="COMMAND", required=True)
    show = _add(sc, "show", c.cmd_stock_show, "on hand, committed, available")
    show.add_argument("--location", required=True)
    sset = _add(sc, "set", c.cmd_stock_set, "set on hand (a count at HQ) or a reorder point")
    sset.add_argument("--location", required=True)
    sset.add_argument("--sku", required=True)
    sset.add_argument("--on-hand", type=int)
    sset.add_argument("--reorder-point", type=int)
    simp = _add(sc, "import", c.cmd_stock_import, "load a count sheet CSV (all or nothing)")
    simp.add_argument("--location", required=True)
    simp.add_argument("file", type=Path, help="columns sku,on_hand[,reorder_point]")
    buf = _add(sc, "buffer", c.cmd_stock_buffer, "per-location safety buffer and reorder point")
    buf.add_argument("--location", required=True)
    buf.add_argument("--safety-buffer", type=int)
    buf.add_argument("--reorder-point", type=int)


def _other_commands(commands: Any, c: Any) -> None:
    ship = _add(commands, "ship", c.cmd_ship, "announce a replenishment shipment to a kiosk")
    ship.add_argument("--kiosk", required=True)
    ship.add_argument("lines", nargs="+", help="SKU=QUANTITY ...")

    staff = _add(commands, "staff-add", c.cmd_staff_add, "add an associate (synced to kiosks)")
    staff.add_argument("--name", required=True)
    staff.add_argument("--role", default="associate")
    staff.add_argument("--pin", required=True)
    staff.add_argument("--badge")

    order = _add(commands, "order", c.cmd_order, "take in an online order for pickup (JSON file)")
    order.add_argument("file", type=Path)
    show = _add(commands, "order-show", c.cmd_order_show, "an order with its proof of pickup")
    show.add_argument("order", help="the storefront's order id")
    show.add_argument("--json", action="store_true")
    cancel = _add(commands, "order-cancel", c.cmd_order_cancel, "cancel an order not yet picked up")
    cancel.add_argument("order", help="the storefront's order id")

    hook = commands.add_parser("webhooks", help="webhook endpoints and their delivery log")
    hc = hook.add_subparsers(dest="webhooks_command", metavar="COMMAND", required=True)
    hadd = _add(hc, "add", c.cmd_webhooks_add, "subscribe a URL (prints its signing secret)")
    hadd.add_argument("--url", required=True)
    hadd.add_argument("--events", default="", help="comma-separated; default: all")
    _add(hc, "log", c.cmd_webhooks_log, "recent deliveries and attempts")

    report = _add(commands, "report", c.cmd_report, "the daily reconciliation report")
    report.add_argument("--day", required=True, help="YYYY-MM-DD")
    report.add_argument("--json", action="store_true")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    url = args.database_url or os.environ.get("KIOSK_HQ_DATABASE_URL") or DEFAULT_URL
    from sync.server.admin import AdminError
    from sync.server.kiosks import NotFound
    from sync.server.pickups import OrderConflict, OrderNotFound

    db = HQDatabase(url)
    try:
        db.migrate()
        return handler(args, db)
    except (AdminError, NotFound, OrderNotFound, OrderConflict, ValueError, OSError) as exc:
        print(f"kiosk-hq: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        db.dispose()
