"""The handlers behind `kiosk-hq` subcommands."""

from __future__ import annotations

import argparse

from pydantic import ValidationError
from sqlmodel import col, select

from sync.server import admin, kiosks, pickups
from sync.server.admin_schemas import OrderIn, PriceIn, ShipmentIn, ShipmentLineIn, StockSetIn
from sync.server.cli_output import now, print_json
from sync.server.db import HQDatabase
from sync.server.models import Kiosk, WebhookAttempt, WebhookDelivery, WebhookEndpoint


def cmd_serve(args: argparse.Namespace, db: HQDatabase) -> int:
    from sync.server.serving import serve

    print(f"HQ serving on http://{args.host}:{args.port} (database {_safe(db.url)})", flush=True)
    serve(db, args.host, args.port, args.workers)
    return 0


def _safe(url: str) -> str:
    """The database URL without its password, for the start-up line."""
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    credentials, host = rest.rsplit("@", 1)
    return f"{scheme}://{credentials.split(':', 1)[0]}:***@{host}"


def cmd_kiosks_add(args: argparse.Namespace, db: HQDatabase) -> int:
    with db.write() as session:
        made = kiosks.add_kiosk(session, args.name, args.location, now(), args.kiosk_id)
    print(f"Kiosk {made.kiosk_id} added at {args.location}.")
    print(
        f"Enrolment code (one use, valid until {made.expires_at:%Y-%m-%d %H:%M} UTC): {made.code}"
    )
    print(f"On the kiosk: kiosk enroll --hq URL --code {made.code}")
    return 0


def cmd_kiosks_list(args: argparse.Namespace, db: HQDatabase) -> int:
    with db.read() as session:
        rows = session.execute(select(Kiosk).order_by(Kiosk.id)).scalars().all()
    for k in rows:
        state = (
            "revoked" if k.revoked_at else ("enrolled" if k.token_hash else "awaiting enrolment")
        )
        seen = f"{k.last_seen_at:%Y-%m-%d %H:%M}" if k.last_seen_at else "never"
        print(f"{k.id:8} {k.name:24} {k.location:16} {state:20} seq {k.last_seq:<8} seen {seen}")
    return 0


def cmd_kiosks_code(args: argparse.Namespace, db: HQDatabase) -> int:
    with db.write() as session:
        made = kiosks.new_code(session, args.kiosk_id, now())
    print(f"New enrolment code for {made.kiosk_id}: {made.code}")
    return 0


def cmd_kiosks_revoke(args: argparse.Namespace, db: HQDatabase) -> int:
    with db.write() as session:
        kiosks.revoke(session, args.kiosk_id, now())
    print(f"Kiosk {args.kiosk_id}: token revoked. It can sync again only after a new enrolment.")
    return 0


def cmd_admin_token(args: argparse.Namespace, db: HQDatabase) -> int:
    with db.write() as session:
        token = kiosks.add_admin_token(session, args.name, now())
    print(token)  # shown once; HQ keeps only its hash
    return 0


def cmd_products_import(args: argparse.Namespace, db: HQDatabase) -> int:
    items = admin.parse_csv(args.file.read_text(encoding="utf-8-sig"))
    with db.write() as session:
        count = admin.upsert_products(session, items)
    print(f"Imported {count} products.")
    return 0


def cmd_products_price(args: argparse.Namespace, db: HQDatabase) -> int:
    with db.write() as session:
        admin.set_prices(session, [PriceIn(sku=args.sku, price=args.price)])
    print(f"{args.sku}: price {args.price}")
    return 0


def cmd_stock_show(args: argparse.Namespace, db: HQDatabase) -> int:
    with db.read() as session:
        stock = admin.location_stock(session, args.location)
    print(f"{'sku':16} {'on hand':>8} {'committed':>10} {'buffer':>7} {'available':>10}")
    for r in stock.items:
        print(f"{r.sku:16} {r.on_hand:8d} {r.committed:10d} {r.safety_buffer:7d} {r.available:10d}")
    return 0


def cmd_stock_set(args: argparse.Namespace, db: HQDatabase) -> int:
    try:
        item = StockSetIn(sku=args.sku, on_hand=args.on_hand, reorder_point=args.reorder_point)
    except ValidationError as exc:
        raise admin.AdminError(str(exc.errors()[0]["msg"])) from None
    with db.write() as session:
        row = admin.set_stock(session, args.location, item, now())
    print(f"{row.sku} at {args.location}: on hand {row.on_hand}, available {row.available}")
    return 0


def cmd_stock_import(args: argparse.Namespace, db: HQDatabase) -> int:
    from sync.server.stock_import import import_stock, parse_stock_csv

    try:
        text = args.file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise admin.AdminError(f"cannot read {args.file}: {exc}") from None
    rows = parse_stock_csv(text)
    with db.write() as session:
        count = import_stock(session, args.location, rows, now())
    print(f"Set the stock of {count} SKU(s) at {args.location}.")
    return 0


def cmd_stock_buffer(args: argparse.Namespace, db: HQDatabase) -> int:
    with db.write() as session:
        loc = admin.set_location(session, args.location, args.safety_buffer, args.reorder_point)
    print(f"{loc.code}: safety buffer {loc.safety_buffer}, reorder point {loc.reorder_point}")
    return 0


def cmd_ship(args: argparse.Namespace, db: HQDatabase) -> int:
    lines = []
    for text in args.lines:
        sku, _, qty = text.partition("=")
        if not qty.isdigit():
            raise admin.AdminError(f"{text!r}: write SKU=QUANTITY")
        lines.append(ShipmentLineIn(sku=sku, quantity=int(qty)))
    with db.write() as session:
        shipment = admin.create_shipment(
            session, ShipmentIn(kiosk_id=args.kiosk, lines=lines), now()
        )
    print(f"Shipment {shipment.id} to {args.kiosk}: {len(lines)} lines, in transit")
    return 0


def cmd_staff_add(args: argparse.Namespace, db: HQDatabase) -> int:
    with db.write() as session:
        member = admin.add_staff(session, args.name, args.role, args.pin, args.badge)
    print(f"Added {member.name} ({member.role}); kiosks receive them on their next sync")
    return 0


def cmd_order(args: argparse.Namespace, db: HQDatabase) -> int:
    try:
        order = OrderIn.model_validate_json(args.file.read_bytes())
    except ValidationError as exc:
        raise admin.AdminError(
            f"{args.file}: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}"
        ) from None
    with db.write() as session:
        out = admin.intake_order(session, order, now())
    again = "" if out.created else " (already taken in)"
    print(f"Order {out.storefront_order_id}: {out.status}{again}")
    print(f"Pickup code: {out.code}")
    return 0


def cmd_order_show(args: argparse.Namespace, db: HQDatabase) -> int:
    with db.read() as session:
        order, handovers = pickups.find(session, args.order)
        detail = admin.order_detail(order, handovers)
    if args.json:
        print_json(detail.model_dump(mode="json"))
        return 0
    print(f"Order {detail.storefront_order_id} for {detail.customer_name} at {detail.kiosk_id}")
    print(f"  status {detail.status}; window until {detail.window_end:%Y-%m-%d %H:%M} UTC")
    for line in detail.lines:
        got = detail.collected.get(line.sku, 0)
        print(f"  {line.sku:12} {line.name:30} ordered {line.quantity}, collected {got}")
    for h in detail.handovers:
        how = {"code": "pickup code", "name_phone": "name and phone", "id_checked": "ID checked"}
        signed = ", signed" if h.signature_png_b64 else ""
        partial = f", partial: {h.reason}" if h.partial else ""
        print(
            f"  handed over {h.occurred_at:%Y-%m-%d %H:%M} UTC by {h.associate_id} "
            f"({how.get(h.identified_by, h.identified_by)}{signed}{partial})"
        )
        if h.conflict:
            print(f"    CONFLICT: {h.conflict}")
    return 0


def cmd_order_cancel(args: argparse.Namespace, db: HQDatabase) -> int:
    with db.write() as session:
        order = pickups.cancel_order(session, args.order, now())
    print(f"Order {order.storefront_order_id}: {order.status}; its stock is back on sale")
    return 0


def cmd_webhooks_add(args: argparse.Namespace, db: HQDatabase) -> int:
    import secrets

    from sync.server.webhooks import EVENTS

    events = [e for e in args.events.split(",") if e]
    unknown = [e for e in events if e not in EVENTS]
    if unknown:
        raise admin.AdminError(f"unknown event(s) {unknown}; known: {', '.join(EVENTS)}")
    secret = secrets.token_urlsafe(32)
    with db.write() as session:
        session.add(WebhookEndpoint(url=args.url, secret=secret, events=events, created_at=now()))
    print(f"Subscribed {args.url} to {', '.join(events) or 'all events'}.")
    print(f"Signing secret (give it to the receiver): {secret}")
    return 0


def cmd_webhooks_log(args: argparse.Namespace, db: HQDatabase) -> int:
    with db.read() as session:
        deliveries = (
            session.execute(
                select(WebhookDelivery).order_by(col(WebhookDelivery.created_at).desc()).limit(50)
            )
            .scalars()
            .all()
        )
        for d in deliveries:
            attempts = (
                session.execute(
                    select(WebhookAttempt)
                    .where(WebhookAttempt.delivery_id == d.id)
                    .order_by(col(WebhookAttempt.id))
                )
                .scalars()
                .all()
            )
            print(
                f"{d.created_at:%Y-%m-%d %H:%M:%S} {d.event:24} {d.status:9} attempts {d.attempts}"
            )
            for a in attempts:
                print(
                    f"    {a.at:%H:%M:%S} {a.status_code or '-'} {a.duration_ms} ms {a.error or ''}"
                )
    return 0


def cmd_report(args: argparse.Namespace, db: HQDatabase) -> int:
    from datetime import datetime

    from sync.server.report import daily_report, render_text

    try:
        datetime.strptime(args.day, "%Y-%m-%d")  # noqa: DTZ007 - a calendar date
    except ValueError:
        raise admin.AdminError(f"--day {args.day!r} is not a date like 2026-11-27") from None
    with db.read() as session:
        report = daily_report(session, args.day, now())
    if args.json:
        print_json(report.model_dump(mode="json"))
    else:
        print(render_text(report))
    return 0
