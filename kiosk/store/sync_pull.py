"""Storing pulled pages. Each function runs inside the caller's transaction, which also stores
the page's cursor: a page is kept completely, with its cursor, or not at all."""

from __future__ import annotations

import json
import logging
from datetime import datetime

from sqlmodel import Session

from kiosk.domain.barcode import product_code_key
from kiosk.domain.errors import InvalidInput
from kiosk.domain.tax import TaxClass
from kiosk.store import catalog, hq_settings
from kiosk.store.catalog import ProductInput, dbapi
from kiosk.store.types import iso_utc
from sync.protocol import (
    CatalogPage,
    Page,
    PickupsPage,
    PricesPage,
    SettingsPage,
    ShipmentsPage,
    StaffPage,
    StockPage,
)

log = logging.getLogger(__name__)

# What a reset clears before the first page of the full re-pull. Catalog, prices and staff are
# never deleted at HQ (only deactivated), so re-pulling them overwrites every row anyway.
_RESET_TABLES = {
    "stock": ("stock_snapshot",),
    "shipments": ("shipment_lines", "shipments"),
    "pickups": ("pickup_order_lines", "pickup_orders"),
}


def reset(session: Session, stream: str) -> None:
    for table in _RESET_TABLES.get(stream, ()):
        dbapi(session).execute(f"DELETE FROM {table}")


def apply(session: Session, page: Page, at: datetime, refused: list[str] | None = None) -> int:
    """Stores one page; settings the kiosk refuses are described in `refused`."""
    match page:
        case CatalogPage():
            return _catalog(session, page, at)
        case PricesPage():
            conn = dbapi(session)
            stamp = iso_utc(at)
            conn.executemany(
                "UPDATE products SET price = ?, updated_at = ? WHERE sku = ?",
                [(p.price, stamp, p.sku) for p in page.prices],
            )
            return len(page.prices)
        case StaffPage():
            return _staff(session, page, at)
        case StockPage():
            dbapi(session).executemany(
                "INSERT INTO stock_snapshot (sku, on_hand, committed, available, reflects_seq, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(sku) DO UPDATE SET "
                "on_hand = excluded.on_hand, committed = excluded.committed, "
                "available = excluded.available, reflects_seq = excluded.reflects_seq, "
                "updated_at = excluded.updated_at",
                [
                    (i.sku, i.on_hand, i.committed, i.available, page.reflects_seq, iso_utc(at))
                    for i in page.items
                ],
            )
            return len(page.items)
        case ShipmentsPage():
            return _shipments(session, page, at)
        case PickupsPage():
            return _pickups(session, page, at)
        case SettingsPage():
            return hq_settings.apply(session, page, at, refused if refused is not None else [])
        case _:
            raise ValueError(f"no storage for stream {page.stream}")


def _catalog(session: Session, page: CatalogPage, at: datetime) -> int:
    for tax in page.tax_classes:
        catalog.upsert_tax_class(session, TaxClass(tax.code, tax.name, tax.rate_ppm))
    for cat in page.categories:
        catalog.upsert_category(session, cat.code, cat.name, cat.sort_order, cat.color)
    if not page.products:
        return len(page.tax_classes) + len(page.categories)
    skus = {p.sku for p in page.products}
    # Stored under the key a scan looks up (GTIN-14), as the CSV import does; HQ sends them as
    # typed ("4006380000018"), and stored raw no scanner would ever find the product.
    keys = {p.sku: _lookup_keys(p.sku, p.barcodes) for p in page.products}
    codes = [code for p in page.products for code in keys[p.sku]]
    # HQ decides who owns a barcode: one that moved to a product on this page leaves its old one.
    moved = [c for c, sku in catalog.barcode_owners(session, codes).items() if sku not in skus]
    if moved:
        dbapi(session).executemany("DELETE FROM barcodes WHERE code = ?", [(c,) for c in moved])
    items = [
        ProductInput(
            sku=p.sku,
            name=p.name,
            price=p.price,
            tax_class_code=p.tax_class_code,
            category_code=p.category_code,
            unit=p.unit,
            active=p.active,
            image=p.image,
            barcodes=keys[p.sku],
        )
        for p in page.products
    ]
    return catalog.upsert_products(session, items, at)


def _lookup_keys(sku: str, barcodes: list[str]) -> tuple[str, ...]:
    found: list[str] = []
    for raw in barcodes:
        try:
            found.append(product_code_key(raw))
        except InvalidInput as exc:
            # One bad barcode at HQ must not stop the whole catalog from arriving.
            log.warning("SKU %s: barcode %r from HQ skipped: %s", sku, raw, exc)
    return tuple(dict.fromkeys(found))


def _staff(session: Session, page: StaffPage, at: datetime) -> int:
    conn = dbapi(session)
    for member in page.staff:
        if member.badge_code:  # a badge moves with its holder
            conn.execute(
                "UPDATE associates SET badge_code = NULL WHERE badge_code = ? AND id != ?",
                (member.badge_code, member.id),
            )
        conn.execute(
            "INSERT INTO associates (id, name, role, pin_hash, badge_code, active, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
            "role = excluded.role, pin_hash = excluded.pin_hash, "
            "badge_code = excluded.badge_code, active = excluded.active",
            (
                member.id,
                member.name,
                member.role,
                member.pin_hash,
                member.badge_code,
                member.active,
                iso_utc(at),
            ),
        )
    return len(page.staff)


def _shipments(session: Session, page: ShipmentsPage, at: datetime) -> int:
    conn = dbapi(session)
    for s in page.shipments:
        conn.execute(
            "INSERT INTO shipments (shipment_id, status, expected_at, note, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(shipment_id) DO UPDATE SET "
            "status = excluded.status, expected_at = excluded.expected_at, "
            "note = excluded.note, updated_at = excluded.updated_at",
            (
                s.shipment_id,
                s.status,
                iso_utc(s.expected_at) if s.expected_at else None,
                s.note,
                iso_utc(at),
            ),
        )
        conn.execute("DELETE FROM shipment_lines WHERE shipment_id = ?", (s.shipment_id,))
        conn.executemany(
            "INSERT INTO shipment_lines (shipment_id, line_no, sku, quantity) VALUES (?, ?, ?, ?)",
            [(s.shipment_id, n, ln.sku, ln.quantity) for n, ln in enumerate(s.lines, start=1)],
        )
    return len(page.shipments)


def _pickups(session: Session, page: PickupsPage, at: datetime) -> int:
    conn = dbapi(session)
    for o in page.orders:
        conn.execute(
            "INSERT INTO pickup_orders (order_id, order_no, customer_name, contact_masked, paid, "
            "total, currency, window_start, window_end, status, code, offer_json, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(order_id) DO UPDATE SET "
            "order_no = excluded.order_no, customer_name = excluded.customer_name, "
            "contact_masked = excluded.contact_masked, paid = excluded.paid, "
            "total = excluded.total, currency = excluded.currency, "
            "window_start = excluded.window_start, window_end = excluded.window_end, "
            "status = excluded.status, code = excluded.code, offer_json = excluded.offer_json, "
            "updated_at = excluded.updated_at",
            (
                o.order_id,
                o.order_no,
                o.customer_name,
                o.contact_masked,
                o.paid,
                o.total,
                o.currency,
                iso_utc(o.window_start),
                iso_utc(o.window_end),
                o.status,
                o.code,
                json.dumps(o.offer.model_dump(mode="json")) if o.offer else None,
                iso_utc(at),
            ),
        )
        conn.execute("DELETE FROM pickup_order_lines WHERE order_id = ?", (o.order_id,))
        conn.executemany(
            "INSERT INTO pickup_order_lines (order_id, line_no, sku, name, quantity, unit_price) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (o.order_id, ln.line_no, ln.sku, ln.name, ln.quantity, ln.unit_price)
                for ln in o.lines
            ],
        )
    return len(page.orders)
