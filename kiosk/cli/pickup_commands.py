"""pickup list, pickup codes, pickup show, pickup demo-orders."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kiosk.cli.common import add_data_dir, config_for, open_existing
from kiosk.domain.errors import KioskError
from kiosk.domain.money import Money
from kiosk.services.clock import SystemClock
from kiosk.services.pickup_orders import PickupOrderView, local_time


def _where(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--demo", action="store_true", help="the demo store (the one `kiosk run --demo` uses)"
    )
    add_data_dir(parser)


def register(commands: Any) -> None:
    pickup = commands.add_parser("pickup", help="online orders for pickup at this kiosk")
    cmds = pickup.add_subparsers(dest="pickup_command", metavar="COMMAND", required=True)

    lst = cmds.add_parser("list", help="orders waiting for pickup, and flagged ones")
    lst.add_argument("query", nargs="?", default="", help="part of a name or order number")
    _where(lst)
    lst.set_defaults(handler=cmd_list)

    codes = cmds.add_parser("codes", help="print the pickup codes of waiting orders")
    codes.add_argument("--png-dir", type=Path, help="also write each code as a QR code PNG")
    _where(codes)
    codes.set_defaults(handler=cmd_codes)

    show = cmds.add_parser("show", help="an order with its hand-overs and proof of pickup")
    show.add_argument("order", help="order number")
    show.add_argument("--signature-dir", type=Path, help="write the signatures as PNG files")
    _where(show)
    show.set_defaults(handler=cmd_show)

    demo = cmds.add_parser("demo-orders", help="issue fresh demo orders (demo stores only)")
    _where(demo)
    demo.set_defaults(handler=cmd_demo_orders)


def _service(args: argparse.Namespace) -> Any:
    from kiosk.services.pickup import PickupService

    store, profile = open_existing(config_for(args, demo=args.demo))
    return store, profile, PickupService(store, SystemClock(), profile)


def _line(view: PickupOrderView, timezone: str) -> str:
    order = view.order
    items = ", ".join(f"{q} x {sku}" for sku, q in order.to_collect().items())
    until = local_time(order.window_end, timezone)
    state = view.state.value
    return f"{order.order_no:12} {order.customer_name:20} {state:9} until {until}: {items}"


def cmd_list(args: argparse.Namespace) -> int:
    store, profile, service = _service(args)
    try:
        waiting, flagged = service.orders(args.query), service.flagged()
    finally:
        store.close()
    for view in waiting:
        print(_line(view, profile.timezone))
    if not waiting:
        print("No orders waiting for pickup.")
    for view in flagged:
        print("FLAGGED " + _line(view, profile.timezone))
    return 0


def cmd_codes(args: argparse.Namespace) -> int:
    store, profile, service = _service(args)
    try:
        waiting = service.orders()
    finally:
        store.close()
    if not waiting:
        print("No orders waiting for pickup. Demo store: `kiosk pickup demo-orders` issues some.")
        return 0
    if args.png_dir:
        args.png_dir.mkdir(parents=True, exist_ok=True)
    for view in waiting:
        order = view.order
        total = Money(order.total, order.currency).format(profile.locale)
        print(f"{order.order_no}  {order.customer_name} ({order.contact_masked}), {total}")
        print(f"  pickup until {local_time(order.window_end, profile.timezone)}")
        print(f"  {order.code}")
        if args.png_dir:
            target = args.png_dir / f"{order.order_no}.png"
            _qr_png(order.code, target)
            print(f"  QR code: {target}")
    return 0


def _qr_png(data: str, target: Path) -> None:
    import qrcode

    code = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=6)
    code.add_data(data)
    code.make(fit=True)
    code.make_image(fill_color="black", back_color="white").save(str(target))


def cmd_show(args: argparse.Namespace) -> int:
    store, profile, service = _service(args)
    try:
        view = service.view(args.order)
        history = service.history(view.order.order_id)
    finally:
        store.close()
    print(_line(view, profile.timezone))
    for line in view.order.lines:
        got = view.order.collected.get(line.sku, 0)
        print(f"  {line.sku:10} {line.name:30} ordered {line.quantity}, handed over {got}")
    for h in history:
        handed = ", ".join(f"{ln.handed_over} x {ln.sku}" for ln in h.lines if ln.handed_over)
        print(f"  {local_time(h.occurred_at, profile.timezone)} by {h.associate_name}: {handed}")
        print(f"    proof: {h.note}; signature {'on file' if h.signature_png else 'none'}")
        if h.partial:
            print(f"    partial: {h.reason}")
        if h.signature_png and args.signature_dir:
            args.signature_dir.mkdir(parents=True, exist_ok=True)
            target = args.signature_dir / f"{h.order_no}-{h.pickup_id}.png"
            target.write_bytes(h.signature_png)
            print(f"    signature: {target}")
    return 0


def cmd_demo_orders(args: argparse.Namespace) -> int:
    from kiosk.services.demo_pickups import DemoOrdersRefused, issue_demo_orders

    store, profile = open_existing(config_for(args, demo=args.demo))
    try:
        numbers = issue_demo_orders(store, SystemClock(), profile)
    except DemoOrdersRefused as exc:
        raise KioskError(str(exc)) from None
    finally:
        store.close()
    print(f"Issued demo orders {', '.join(numbers)}; `kiosk pickup codes` prints their codes")
    return 0
