"""The admin API (admin token): kiosks, catalog and prices, stock, shipments, storefront
order intake, webhooks and the daily report. The `kiosk-hq` CLI does the same things locally."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Request
from fastapi.responses import JSONResponse
from sqlmodel import select

from sync.protocol import ErrorBody
from sync.server import admin, kiosks, pickups
from sync.server.admin_schemas import (
    Changed,
    KioskOut,
    LocationIn,
    LocationStock,
    NewKioskIn,
    NewKioskOut,
    OrderDetailOut,
    OrderIn,
    OrderOut,
    PricesIn,
    ProductsIn,
    ShipmentIn,
    ShipmentOut,
    StockRow,
    StockSetIn,
    WebhookIn,
    WebhookOut,
)
from sync.server.db import HQDatabase
from sync.server.deps import admin_auth, clock, db
from sync.server.models import Kiosk, WebhookEndpoint
from sync.server.report import DayReport, daily_report
from sync.server.webhooks import EVENTS

router = APIRouter(
    prefix="/v1/admin",
    tags=["admin"],
    dependencies=[Depends(admin_auth)],
    responses={
        401: {"model": ErrorBody},
        403: {"model": ErrorBody},
        404: {"model": ErrorBody},
        409: {"model": ErrorBody},
        422: {"model": ErrorBody},
    },
)
Db = Annotated[HQDatabase, Depends(db)]
Now = Annotated[Callable[[], datetime], Depends(clock)]
LocationCode = Annotated[str, Path(max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")]
KioskId = Annotated[str, Path(max_length=32, pattern=r"^[A-Za-z0-9_-]+$")]
StorefrontOrderId = Annotated[str, Path(min_length=1, max_length=64)]


@contextmanager
def _admin_errors() -> Iterator[None]:
    try:
        yield
    except (admin.OutOfStock, pickups.OrderConflict) as exc:
        raise HTTPException(409, str(exc)) from None
    except pickups.OrderNotFound as exc:
        raise HTTPException(404, str(exc)) from None
    except (admin.AdminError, ValueError) as exc:
        raise HTTPException(422, str(exc)) from None
    except kiosks.NotFound as exc:
        raise HTTPException(404, str(exc)) from None


@router.get("/kiosks", response_model=list[KioskOut])
def list_kiosks(database: Db) -> list[KioskOut]:
    with database.read() as session:
        rows = session.execute(select(Kiosk).order_by(Kiosk.id)).scalars().all()
    return [
        KioskOut(
            kiosk_id=k.id,
            name=k.name,
            location=k.location,
            enrolled=k.token_hash is not None,
            revoked=k.revoked_at is not None,
            last_seq=k.last_seq,
            last_seen_at=k.last_seen_at,
            clock_skew_s=k.clock_skew_s,
            backlog_waiting=k.backlog_waiting,
        )
        for k in rows
    ]


@router.post("/kiosks", response_model=NewKioskOut, status_code=201)
def add_kiosk(body: NewKioskIn, database: Db, now: Now) -> NewKioskOut:
    """Creates a kiosk and returns its one-time enrolment code."""
    with _admin_errors(), database.write() as session:
        made = kiosks.add_kiosk(session, body.name, body.location, now(), body.kiosk_id)
    return NewKioskOut(kiosk_id=made.kiosk_id, enrolment_code=made.code, expires_at=made.expires_at)


@router.post("/kiosks/{kiosk_id}/revoke", status_code=204)
def revoke_kiosk(kiosk_id: KioskId, database: Db, now: Now) -> None:
    with _admin_errors(), database.write() as session:
        kiosks.revoke(session, kiosk_id, now())


@router.post("/products", response_model=Changed)
def put_products(body: ProductsIn, database: Db) -> Changed:
    with _admin_errors(), database.write() as session:
        return Changed(changed=admin.upsert_products(session, body.products))


@router.post(
    "/products/csv",
    response_model=Changed,
    openapi_extra={
        "requestBody": {"required": True, "content": {"text/csv": {"schema": {"type": "string"}}}}
    },
)
async def import_products_csv(request: Request, database: Db) -> Changed:
    """The kiosk's catalog CSV (sku,name,price,tax_class[,tax_rate,...]); all or nothing."""
    raw = await request.body()
    if len(raw) > 64 * 1024 * 1024:
        raise HTTPException(413, "CSV over 64 MiB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise HTTPException(422, "the CSV is not UTF-8 text") from None
    with _admin_errors():
        items = admin.parse_csv(text)
        with database.write() as session:
            return Changed(changed=admin.upsert_products(session, items) if items else 0)


@router.post("/prices", response_model=Changed)
def put_prices(body: PricesIn, database: Db) -> Changed:
    with _admin_errors(), database.write() as session:
        return Changed(changed=admin.set_prices(session, body.prices))


@router.get("/locations/{location}/stock", response_model=LocationStock)
def get_stock(location: LocationCode, database: Db) -> LocationStock:
    """On hand, committed to online orders, and available for online sale (after the buffer)."""
    with _admin_errors(), database.read() as session:
        return admin.location_stock(session, location)


@router.post("/locations/{location}/stock", response_model=StockRow)
def set_stock(location: LocationCode, body: StockSetIn, database: Db, now: Now) -> StockRow:
    with _admin_errors(), database.write() as session:
        return admin.set_stock(session, location, body, now())


@router.patch("/locations/{location}", status_code=204)
def set_location(location: LocationCode, body: LocationIn, database: Db) -> None:
    """Safety buffer held back from online sale, and the default reorder point."""
    with _admin_errors(), database.write() as session:
        admin.set_location(session, location, body.safety_buffer, body.reorder_point)


@router.post("/shipments", response_model=ShipmentOut, status_code=201)
def add_shipment(body: ShipmentIn, database: Db, now: Now) -> ShipmentOut:
    with _admin_errors(), database.write() as session:
        shipment = admin.create_shipment(session, body, now())
    return ShipmentOut(shipment_id=shipment.id, status=shipment.status)


@router.post("/orders", response_model=OrderOut, responses={200: {"model": OrderOut}})
def intake_order(body: OrderIn, database: Db, now: Now) -> JSONResponse:
    """An online order for pickup. Idempotent by storefront_order_id: 201 the first time,
    200 with the same order after that."""
    with _admin_errors(), database.write() as session:
        out = admin.intake_order(session, body, now())
    return JSONResponse(out.model_dump(mode="json"), status_code=201 if out.created else 200)


@router.get("/orders/{storefront_order_id}", response_model=OrderDetailOut)
def get_order(storefront_order_id: StorefrontOrderId, database: Db) -> OrderDetailOut:
    """An order's status, what was collected and each hand-over with its proof of pickup."""
    with _admin_errors(), database.read() as session:
        order, handovers = pickups.find(session, storefront_order_id)
        return admin.order_detail(order, handovers)


@router.post("/orders/{storefront_order_id}/cancel", response_model=OrderDetailOut)
def cancel_order(storefront_order_id: StorefrontOrderId, database: Db, now: Now) -> OrderDetailOut:
    """The storefront cancelled the order: its held stock goes back on sale. Cancelling twice
    is harmless; an order already collected or released cannot be cancelled (409)."""
    with _admin_errors(), database.write() as session:
        pickups.cancel_order(session, storefront_order_id, now())
        order, handovers = pickups.find(session, storefront_order_id)
        return admin.order_detail(order, handovers)


@router.post("/webhooks", response_model=WebhookOut, status_code=201)
def add_webhook(body: WebhookIn, database: Db, now: Now) -> WebhookOut:
    unknown = [e for e in body.events if e not in EVENTS]
    if unknown:
        raise HTTPException(422, f"unknown event(s) {unknown}; known: {list(EVENTS)}")
    secret = secrets.token_urlsafe(32)
    with database.write() as session:
        endpoint = WebhookEndpoint(
            url=body.url, secret=secret, events=body.events, created_at=now()
        )
        session.add(endpoint)
        session.flush()
        assert endpoint.id is not None
        return WebhookOut(id=endpoint.id, url=endpoint.url, events=body.events, secret=secret)


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@router.get("/reports/{day}", response_model=DayReport)
def report(day: Annotated[str, Path(pattern=_DAY.pattern)], database: Db, now: Now) -> DayReport:
    try:
        datetime.strptime(day, "%Y-%m-%d")  # noqa: DTZ007 - a calendar date, no time zone
    except ValueError:
        raise HTTPException(422, f"{day} is not a date") from None
    with database.read() as session:
        return daily_report(session, day, now())
