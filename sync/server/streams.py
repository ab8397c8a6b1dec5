"""Pull pages, one function per stream. Each reads rows and the cursor's version together in
one snapshot (HQDatabase.read), so a page and the cursor that follows it always agree."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from sync.protocol import (
    CatalogPage,
    CategoryItem,
    Page,
    PickupLineItem,
    PickupOfferItem,
    PickupOrderItem,
    PickupsPage,
    PriceItem,
    PricesPage,
    ProductItem,
    SettingItem,
    SettingsPage,
    ShipmentItem,
    ShipmentLineItem,
    ShipmentsPage,
    StaffItem,
    StaffPage,
    StockItem,
    StockPage,
    StreamName,
    TaxClassItem,
)
from sync.server import counters, cursors, keys, location_settings
from sync.server.models import (
    Category,
    Kiosk,
    Location,
    LocationSetting,
    PickupOrder,
    Price,
    Product,
    Shipment,
    StaffMember,
    StockLevel,
    TaxClass,
)

PAGE_LIMITS: dict[str, int] = {
    "catalog": 2000,
    "prices": 5000,
    "staff": 500,
    "stock": 5000,
    "shipments": 200,
    "pickups": 200,
    "settings": 200,
}


def counter_name(stream: str, kiosk: Kiosk) -> str:
    # Stock and settings are per location: each location counts its own versions.
    if stream == "stock":
        return f"stock:{kiosk.location}"
    if stream == "settings":
        return location_settings.counter_name(kiosk.location)
    return stream


def pull(
    session: Session,
    kiosk: Kiosk,
    *,
    stream: StreamName,
    cursor: str | None,
    limit: int | None,
    now: datetime,
) -> Page:
    key = keys.cursor_key(session)
    current = counters.current(session, counter_name(stream, kiosk))
    position = cursors.read(key, cursor, stream, kiosk.id, current)
    size = min(limit or PAGE_LIMITS[stream], PAGE_LIMITS[stream])
    builder = _BUILDERS[stream]
    fields, last_version, has_more = builder(session, kiosk, position.version, size)
    next_version = last_version if last_version is not None else position.version
    return _PAGE_TYPES[stream](
        stream=stream,
        cursor=cursors.mint(key, stream, kiosk.id, next_version),
        has_more=has_more,
        reset=position.reset,
        server_time=now,
        **fields,
    )


Built = tuple[dict[str, Any], int | None, bool]


def _page(
    session: Session, model: Any, after: int, size: int, *where: Any
) -> tuple[list[Any], bool]:
    rows = list(
        session.execute(
            select(model)
            .where(model.version > after, *where)
            .order_by(model.version)
            .limit(size + 1)
        ).scalars()
    )
    return rows[:size], len(rows) > size


def _catalog(session: Session, kiosk: Kiosk, after: int, size: int) -> Built:
    products, more_p = _page(session, Product, after, size)
    taxes, more_t = _page(session, TaxClass, after, size)
    cats, more_c = _page(session, Category, after, size)
    merged = sorted([*products, *taxes, *cats], key=lambda r: r.version)
    has_more = more_p or more_t or more_c or len(merged) > size
    merged = merged[:size]
    last = merged[-1].version if merged else None
    page_products = [r for r in merged if isinstance(r, Product)]
    prices: dict[str, int] = (
        dict(
            session.execute(
                select(Price.sku, Price.price).where(
                    col(Price.sku).in_([p.sku for p in page_products])
                )
            ).all()
        )
        if page_products
        else {}
    )
    # Every page carries the tax classes and categories its products use, so a page can be
    # stored on its own even when those rows changed later (and so sort later) at HQ.
    tax_codes = {p.tax_class_code for p in page_products} | {
        r.code for r in merged if isinstance(r, TaxClass)
    }
    cat_codes = {p.category_code for p in page_products if p.category_code} | {
        r.code for r in merged if isinstance(r, Category)
    }
    tax_rows: Iterable[TaxClass] = (
        session.execute(select(TaxClass).where(col(TaxClass.code).in_(tax_codes))).scalars()
        if tax_codes
        else []
    )
    cat_rows: Iterable[Category] = (
        session.execute(select(Category).where(col(Category.code).in_(cat_codes))).scalars()
        if cat_codes
        else []
    )
    fields = {
        "products": [
            ProductItem(
                sku=p.sku,
                name=p.name,
                category_code=p.category_code,
                tax_class_code=p.tax_class_code,
                unit=p.unit,
                active=p.active,
                price=prices.get(p.sku, 0),
                barcodes=list(p.barcodes),
                image=p.image,
            )
            for p in page_products
        ],
        "tax_classes": [
            TaxClassItem(code=t.code, name=t.name, rate_ppm=t.rate_ppm) for t in tax_rows
        ],
        "categories": [
            CategoryItem(code=c.code, name=c.name, sort_order=c.sort_order, color=c.color)
            for c in cat_rows
        ],
    }
    return fields, last, has_more


def _prices(session: Session, kiosk: Kiosk, after: int, size: int) -> Built:
    rows, more = _page(session, Price, after, size)
    items = [PriceItem(sku=r.sku, price=r.price) for r in rows]
    return {"prices": items}, (rows[-1].version if rows else None), more


def _staff(session: Session, kiosk: Kiosk, after: int, size: int) -> Built:
    rows, more = _page(session, StaffMember, after, size)
    items = [
        StaffItem(
            id=r.id,
            name=r.name,
            role=r.role,
            pin_hash=r.pin_hash,
            badge_code=r.badge_code,
            active=r.active,
        )
        for r in rows
    ]
    return {"staff": items}, (rows[-1].version if rows else None), more


def _stock(session: Session, kiosk: Kiosk, after: int, size: int) -> Built:
    rows, more = _page(session, StockLevel, after, size, StockLevel.location == kiosk.location)
    location = session.get(Location, kiosk.location)
    buffer = location.safety_buffer if location else 0
    items = [
        StockItem(
            sku=r.sku,
            on_hand=r.on_hand,
            committed=r.committed,
            available=max(r.on_hand - r.committed - buffer, 0),
        )
        for r in rows
    ]
    # Read in the same snapshot as the rows: they include exactly this kiosk's events up to it.
    reflects = session.execute(select(Kiosk.last_seq).where(Kiosk.id == kiosk.id)).scalar_one()
    return {"items": items, "reflects_seq": reflects}, (rows[-1].version if rows else None), more


def _shipments(session: Session, kiosk: Kiosk, after: int, size: int) -> Built:
    rows, more = _page(session, Shipment, after, size, Shipment.kiosk_id == kiosk.id)
    items = [
        ShipmentItem(
            shipment_id=r.id,
            status=r.status,
            expected_at=r.expected_at,
            note=r.note,
            lines=[ShipmentLineItem(**line) for line in r.lines],
        )
        for r in rows
    ]
    return {"shipments": items}, (rows[-1].version if rows else None), more


def _pickups(session: Session, kiosk: Kiosk, after: int, size: int) -> Built:
    rows, more = _page(session, PickupOrder, after, size, PickupOrder.kiosk_id == kiosk.id)
    items = [
        PickupOrderItem(
            order_id=r.id,
            order_no=r.storefront_order_id,
            customer_name=r.customer_name,
            contact_masked=r.contact_masked,
            paid=r.paid,
            total=r.total,
            currency=r.currency,
            window_start=r.window_start,
            window_end=r.window_end,
            status=r.status,
            code=r.code,
            lines=[PickupLineItem(**line) for line in r.lines],
            offer=PickupOfferItem(**r.offer) if r.offer else None,
        )
        for r in rows
    ]
    return {"orders": items}, (rows[-1].version if rows else None), more


def _settings(session: Session, kiosk: Kiosk, after: int, size: int) -> Built:
    where = LocationSetting.location == kiosk.location
    rows, more = _page(session, LocationSetting, after, size, where)
    items = [SettingItem(key=r.key, value=r.value, updated_at=r.updated_at) for r in rows]
    return {"settings": items}, (rows[-1].version if rows else None), more


_BUILDERS: dict[str, Callable[[Session, Kiosk, int, int], Built]] = {
    "catalog": _catalog,
    "prices": _prices,
    "staff": _staff,
    "stock": _stock,
    "shipments": _shipments,
    "pickups": _pickups,
    "settings": _settings,
}
_PAGE_TYPES: dict[str, type[Page]] = {
    "catalog": CatalogPage,
    "prices": PricesPage,
    "staff": StaffPage,
    "stock": StockPage,
    "shipments": ShipmentsPage,
    "pickups": PickupsPage,
    "settings": SettingsPage,
}
