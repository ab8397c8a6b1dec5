"""Admin operations shared by the admin API and the `kiosk-hq` CLI."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import insert, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from sync.protocol.pickup_codes import sign
from sync.server import counters, keys, stock_effects, webhooks
from sync.server.admin_schemas import (
    HandoverOut,
    LocationStock,
    OrderDetailOut,
    OrderIn,
    OrderLineOut,
    OrderOut,
    PriceIn,
    ProductIn,
    ShipmentIn,
    StockRow,
    StockSetIn,
)
from sync.server.models import (
    Category,
    Kiosk,
    Location,
    PickupHandover,
    PickupOrder,
    Price,
    Product,
    ReplenishmentRequest,
    Shipment,
    StaffMember,
    StockLedgerEntry,
    StockLevel,
    TaxClass,
)


class AdminError(ValueError):
    """Bad admin input; the message names the row or field."""


class OutOfStock(AdminError):
    pass


def _upsert(session: Session, model: type, rows: list[dict[str, object]], key: list[str]) -> None:
    if not rows:
        return
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    for start in range(0, len(rows), 2000):
        chunk = rows[start : start + 2000]
        statement = dialect.insert(model).values(chunk)
        updates = {c: statement.excluded[c] for c in chunk[0] if c not in key}
        session.execute(statement.on_conflict_do_update(index_elements=key, set_=updates))


def upsert_products(session: Session, items: list[ProductIn]) -> int:
    """Products, their prices, tax classes and categories: one catalog version per row."""
    seen: set[str] = set()
    for item in items:
        if item.sku in seen:
            raise AdminError(f"SKU {item.sku} appears twice")
        seen.add(item.sku)
    known_tax = set(session.execute(select(TaxClass.code)).scalars())
    taxes = {i.tax_class: i.tax_rate_ppm for i in items if i.tax_rate_ppm is not None}
    for item in items:
        if item.tax_class not in known_tax and item.tax_class not in taxes:
            raise AdminError(f"SKU {item.sku}: unknown tax class {item.tax_class} (give a rate)")
    categories = {i.category: i.category_name or i.category for i in items if i.category}
    version = counters.allocate(session, "catalog", len(taxes) + len(categories) + len(items))
    tax_rows = [
        {"code": c, "name": c, "rate_ppm": r, "version": version + n}
        for n, (c, r) in enumerate(sorted(taxes.items()))
    ]
    version += len(tax_rows)
    cat_rows = [
        {"code": c, "name": n, "sort_order": 0, "color": "#607d8b", "version": version + i}
        for i, (c, n) in enumerate(sorted(categories.items()))
    ]
    version += len(cat_rows)
    _upsert(session, TaxClass, tax_rows, ["code"])
    _upsert(session, Category, cat_rows, ["code"])
    _upsert(
        session,
        Product,
        [
            {
                "sku": i.sku,
                "name": i.name,
                "category_code": i.category,
                "tax_class_code": i.tax_class,
                "unit": i.unit,
                "active": i.active,
                "image": None,
                "barcodes": list(i.barcodes),
                "version": version + n,
            }
            for n, i in enumerate(items)
        ],
        ["sku"],
    )
    set_prices(session, [PriceIn(sku=i.sku, price=i.price) for i in items], check=False)
    return len(items)


def set_prices(session: Session, items: list[PriceIn], *, check: bool = True) -> int:
    if check:
        skus = [i.sku for i in items]
        known: set[str] = set()
        for start in range(0, len(skus), 1000):
            chunk = skus[start : start + 1000]
            known.update(
                session.execute(select(Product.sku).where(col(Product.sku).in_(chunk))).scalars()
            )
        unknown = [s for s in skus if s not in known]
        if unknown:
            raise AdminError(f"unknown SKU(s): {', '.join(unknown[:5])}")
    first = counters.allocate(session, "prices", len(items))
    rows = [{"sku": i.sku, "price": i.price, "version": first + n} for n, i in enumerate(items)]
    _upsert(session, Price, rows, ["sku"])
    return len(items)


CSV_COLUMNS = ("sku", "name", "price", "tax_class")


def parse_csv(text: str) -> list[ProductIn]:
    """The kiosk's catalog CSV format (resources/demo/catalog.csv); prices in major units."""
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        return _parse_rows(reader)
    except csv.Error as exc:  # a broken file is the sender's mistake: a 422, never a 500
        raise AdminError(f"line {reader.line_num}: not valid CSV ({exc})") from None


def _parse_rows(reader: csv.DictReader[str]) -> list[ProductIn]:
    missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise AdminError(f"line 1: missing column(s) {', '.join(missing)}")
    items = []
    for row in reader:
        line = reader.line_num
        try:
            price = int((Decimal(row["price"]) * 100).to_integral_exact())
            rate = row.get("tax_rate") or None
            items.append(
                ProductIn(
                    sku=row["sku"],
                    name=row["name"],
                    price=price,
                    tax_class=row["tax_class"],
                    tax_rate_ppm=int(Decimal(rate) * 10_000) if rate else None,
                    category=row.get("category") or None,
                    category_name=row.get("category_name") or None,
                    barcodes=(row.get("barcodes") or "").replace("|", " ").split(),
                    unit=row.get("unit") or "piece",
                    active=(row.get("active") or "yes").lower()
                    not in ("no", "0", "false", "inactive"),
                )
            )
        except (InvalidOperation, ValueError, TypeError) as exc:  # TypeError: a short row
            raise AdminError(f"line {line}: {exc}".splitlines()[0]) from None
    return items


def set_stock(session: Session, location: str, item: StockSetIn, now: datetime) -> StockRow:
    loc = session.get(Location, location)
    if loc is None:  # stock may arrive before the location's first kiosk is set up
        loc = Location(code=location, name=location)
        session.add(loc)
        session.flush()
    delta = 0
    if item.on_hand is not None:
        current = (
            session.execute(
                select(StockLevel.on_hand)
                .where(
                    StockLevel.location == location,
                    StockLevel.sku == item.sku,
                )
                .with_for_update()
            ).scalar()
            or 0
        )
        delta = item.on_hand - current
    after = stock_effects.upsert_levels(session, location, {item.sku: (delta, 0)})
    if delta:
        session.execute(
            insert(StockLedgerEntry),
            [
                {
                    "stock_event_id": f"hq-{uuid.uuid4().hex}",
                    "kiosk_id": None,
                    "seq": None,
                    "location": location,
                    "sku": item.sku,
                    "delta": delta,
                    "kind": "hq_count",
                    "business_day": now.date().isoformat(),
                    "occurred_at": now,
                }
            ],
        )
    if item.reorder_point is not None:
        session.execute(
            update(StockLevel)
            .where(
                col(StockLevel.location) == location,
                col(StockLevel.sku) == item.sku,
            )
            .values(reorder_point=item.reorder_point)
        )
    on_hand, committed, _ = after[item.sku]
    rp = (
        item.reorder_point
        if item.reorder_point is not None
        else (after[item.sku][2] or loc.reorder_point)
    )
    return StockRow(
        sku=item.sku,
        on_hand=on_hand,
        committed=committed,
        safety_buffer=loc.safety_buffer,
        available=max(on_hand - committed - loc.safety_buffer, 0),
        reorder_point=rp,
    )


def location_stock(session: Session, location: str) -> LocationStock:
    loc = session.get(Location, location)
    if loc is None:
        raise AdminError(f"unknown location {location}")
    rows = session.execute(
        select(StockLevel).where(StockLevel.location == location).order_by(StockLevel.sku)
    ).scalars()
    return LocationStock(
        location=location,
        items=[
            StockRow(
                sku=r.sku,
                on_hand=r.on_hand,
                committed=r.committed,
                safety_buffer=loc.safety_buffer,
                available=max(r.on_hand - r.committed - loc.safety_buffer, 0),
                reorder_point=r.reorder_point if r.reorder_point is not None else loc.reorder_point,
            )
            for r in rows
        ],
    )


def create_shipment(session: Session, item: ShipmentIn, now: datetime) -> Shipment:
    kiosk = session.get(Kiosk, item.kiosk_id)
    if kiosk is None:
        raise AdminError(f"unknown kiosk {item.kiosk_id}")
    shipment_id = item.shipment_id or uuid.uuid4().hex
    existing = session.get(Shipment, shipment_id)
    if existing is not None:
        return existing
    shipment = Shipment(
        id=shipment_id,
        kiosk_id=kiosk.id,
        location=kiosk.location,
        expected_at=item.expected_at,
        note=item.note,
        created_at=now,
        lines=[ln.model_dump() for ln in item.lines],
        version=counters.allocate(session, "shipments"),
    )
    session.add(shipment)
    session.execute(
        update(ReplenishmentRequest)
        .where(
            col(ReplenishmentRequest.location) == kiosk.location,
            col(ReplenishmentRequest.status) == "open",
            col(ReplenishmentRequest.sku).in_([ln.sku for ln in item.lines]),
        )
        .values(status="shipped")
    )
    return shipment


def mask_contact(contact: str) -> str:
    digits = [c for c in contact if c.isdigit()]
    if "@" in contact:
        name, _, domain = contact.partition("@")
        return f"{name[:1]}***@{domain}"
    return f"*** {''.join(digits[-4:])}" if digits else ""


def intake_order(session: Session, order: OrderIn, now: datetime) -> OrderOut:
    existing = session.execute(
        select(PickupOrder).where(PickupOrder.storefront_order_id == order.storefront_order_id)
    ).scalar_one_or_none()
    if existing is not None:
        return OrderOut(
            order_id=existing.id,
            storefront_order_id=existing.storefront_order_id,
            status=existing.status,
            code=existing.code,
            created=False,
        )
    if order.window_end <= order.window_start:
        raise AdminError("the pickup window must end after it starts")
    kiosk = session.get(Kiosk, order.kiosk_id)
    if kiosk is None:
        raise AdminError(f"unknown kiosk {order.kiosk_id}")
    loc = session.get(Location, kiosk.location)
    buffer = loc.safety_buffer if loc else 0
    wanted: dict[str, int] = {}
    for line in order.lines:
        wanted[line.sku] = wanted.get(line.sku, 0) + line.quantity
    after = stock_effects.upsert_levels(
        session, kiosk.location, {s: (0, q) for s, q in wanted.items()}
    )
    short = {
        s: after[s][0] - (after[s][1] - q) - buffer
        for s, q in wanted.items()
        if after[s][0] - after[s][1] - buffer < 0
    }
    if short:
        # Raising rolls the whole transaction back, the commitment above included.
        raise OutOfStock(
            "not enough stock for online sale at this kiosk: "
            + ", ".join(
                f"{s} (available {max(a, 0)}, wanted {wanted[s]})" for s, a in sorted(short.items())
            )
        )
    order_id = uuid.uuid4().hex
    code = sign(keys.pickup_signing_key(session), order_id, kiosk.id, order.window_end)
    row = PickupOrder(
        id=order_id,
        storefront_order_id=order.storefront_order_id,
        kiosk_id=kiosk.id,
        location=kiosk.location,
        customer_name=order.customer_name,
        contact_masked=mask_contact(order.contact),
        paid=order.paid,
        total=sum(ln.quantity * ln.unit_price for ln in order.lines),
        currency=order.currency,
        window_start=order.window_start,
        window_end=order.window_end,
        code=code,
        lines=[{"line_no": n, **ln.model_dump()} for n, ln in enumerate(order.lines, start=1)],
        offer=(
            {**order.offer.model_dump(), "valid_until": order.window_end.isoformat()}
            if order.offer
            else None
        ),
        created_at=now,
        version=counters.allocate(session, "pickups"),
    )
    session.add(row)
    webhooks.emit(
        session,
        "pickup.ready",
        {
            "order_id": order_id,
            "order_no": order.storefront_order_id,
            "kiosk_id": kiosk.id,
            "window_end": order.window_end.isoformat(),
        },
        now,
    )
    return OrderOut(
        order_id=order_id,
        storefront_order_id=order.storefront_order_id,
        status="ready",
        code=code,
        created=True,
    )


def _sum_by_sku(lines: list[Any], field: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for line in lines:
        out[line["sku"]] = out.get(line["sku"], 0) + int(line[field])
    return out


def order_detail(order: PickupOrder, handovers: list[PickupHandover]) -> OrderDetailOut:
    collected = {str(k): int(v) for k, v in (order.collected or {}).items()}
    ordered = _sum_by_sku(order.lines, "quantity")
    return OrderDetailOut(
        order_id=order.id,
        storefront_order_id=order.storefront_order_id,
        kiosk_id=order.kiosk_id,
        status=order.status,
        customer_name=order.customer_name,
        contact_masked=order.contact_masked,
        paid=order.paid,
        total=order.total,
        currency=order.currency,
        window_start=order.window_start,
        window_end=order.window_end,
        lines=[
            OrderLineOut(
                sku=ln["sku"], name=ln["name"], quantity=ln["quantity"], unit_price=ln["unit_price"]
            )
            for ln in order.lines
        ],
        collected=collected,
        not_collected={
            s: q - collected.get(s, 0) for s, q in ordered.items() if q > collected.get(s, 0)
        },
        offer=order.offer,
        handovers=[
            HandoverOut(
                pickup_id=h.id,
                kiosk_id=h.kiosk_id,
                occurred_at=h.occurred_at,
                partial=h.partial,
                reason=h.reason,
                handed_over=_sum_by_sku(h.lines, "handed_over"),
                identified_by=h.method,
                associate_id=h.associate_id,
                note=h.note,
                signature_png_b64=h.signature_png_b64,
                conflict=h.conflict,
            )
            for h in handovers
        ],
    )


_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def add_staff(session: Session, name: str, role: str, pin: str, badge: str | None) -> StaffMember:
    if role not in ("associate", "manager", "admin"):
        raise AdminError("role must be associate, manager or admin")
    if not pin.isdigit() or not 4 <= len(pin) <= 8:
        raise AdminError("a PIN is 4 to 8 digits")
    member = StaffMember(
        id=uuid.uuid4().hex,
        name=name,
        role=role,
        pin_hash=_HASHER.hash(pin),
        badge_code=badge,
        version=counters.allocate(session, "staff"),
    )
    session.add(member)
    return member


def set_location(
    session: Session, code: str, safety_buffer: int | None, reorder_point: int | None
) -> Location:
    loc = session.get(Location, code)
    if loc is None:
        raise AdminError(f"unknown location {code}")
    if safety_buffer is not None:
        loc.safety_buffer = safety_buffer
    if reorder_point is not None:
        loc.reorder_point = reorder_point
    session.add(loc)
    return loc


__all__ = ["datetime"]
