"""The kiosk-facing protocol: enrol, push, pull (one route per stream), reconcile, repair, and
a sale by its receipt number (for a refund at another kiosk of the location)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from sync.protocol import (
    RECEIPT_LOOKUP_PATTERN,
    CatalogPage,
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    Page,
    PickupsPage,
    PricesPage,
    PushRequest,
    PushResponse,
    ReconcileRequest,
    ReconcileResponse,
    RepairRequest,
    RepairResponse,
    SaleLookup,
    SettingsPage,
    ShipmentsPage,
    StaffPage,
    StockPage,
    StreamName,
    UpgradeNeededBody,
)
from sync.server import ingest, kiosks, reconcile, sale_lookup, streams
from sync.server.db import HQDatabase
from sync.server.deps import check_versions, clock, db, kiosk_auth, read_body
from sync.server.models import Kiosk

ERRORS: dict[int | str, dict[str, object]] = {
    400: {"model": ErrorBody, "description": "not JSON / not gzip"},
    401: {"model": ErrorBody, "description": "missing, unknown or revoked token"},
    403: {"model": ErrorBody, "description": "the token belongs to another kiosk"},
    413: {"model": ErrorBody, "description": "body too large"},
    426: {
        "model": UpgradeNeededBody,
        "description": "protocol or schema version outside HQ's range",
    },
}
router = APIRouter(prefix="/v1", tags=["sync"], responses=ERRORS)
Db = Annotated[HQDatabase, Depends(db)]
Now = Annotated[Callable[[], datetime], Depends(clock)]
AuthKiosk = Annotated[Kiosk, Depends(kiosk_auth)]


def _body(model: type) -> dict[str, object]:
    """Documents a body the route reads itself (it may be gzip: Content-Encoding: gzip)."""
    return {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": f"#/components/schemas/{model.__name__}"}}
            },
        }
    }


@router.post("/enrol", response_model=EnrolResponse, dependencies=[Depends(check_versions)])
def enrol(body: EnrolRequest, database: Db, now: Now) -> EnrolResponse:
    """Trades a one-time enrolment code for the kiosk's own token (shown only in this answer)."""
    at = now()
    try:
        with database.write() as session:
            done = kiosks.enrol(session, body.code, body.device_name, at)
    except kiosks.EnrolmentRefused as exc:
        raise HTTPException(403, str(exc)) from None
    return EnrolResponse(
        kiosk_id=done.kiosk.id,
        kiosk_name=done.kiosk.name,
        location=done.kiosk.location,
        token=done.token,
        pickup_key=done.pickup_key,
        server_time=at,
    )


@router.post(
    "/kiosks/{kiosk_id}/push",
    response_model=PushResponse,
    openapi_extra=_body(PushRequest),
    responses={409: {"model": ErrorBody}, 422: {"model": ErrorBody}},
)
async def push(request: Request, kiosk: AuthKiosk, database: Db, now: Now) -> PushResponse:
    """Events in sequence order. Duplicates are acknowledged again; a gap is answered with the
    sequence HQ expects; an invalid event is parked (acknowledged and reported)."""
    body = await read_body(request, PushRequest)

    def work() -> PushResponse:
        with database.write() as session:
            return ingest.push(session, kiosk.id, body, now())

    try:
        return await run_in_threadpool(work)
    except ingest.BadBatch as exc:
        raise HTTPException(422, str(exc)) from None
    except ingest.SequenceConflict as exc:
        raise HTTPException(409, str(exc)) from None


def _pull(
    database: HQDatabase,
    *,
    kiosk: Kiosk,
    stream: StreamName,
    cursor: str | None,
    limit: int | None,
    now: datetime,
) -> Page:
    with database.read() as session:
        return streams.pull(session, kiosk, stream=stream, cursor=cursor, limit=limit, now=now)


Cursor = Annotated[str | None, Query(max_length=200, description="from the previous page")]
Limit = Annotated[int | None, Query(ge=1, le=10_000)]


@router.get("/kiosks/{kiosk_id}/pull/catalog", response_model=CatalogPage)
def pull_catalog(
    kiosk: AuthKiosk, database: Db, now: Now, cursor: Cursor = None, limit: Limit = None
) -> Page:
    return _pull(database, kiosk=kiosk, stream="catalog", cursor=cursor, limit=limit, now=now())


@router.get("/kiosks/{kiosk_id}/pull/prices", response_model=PricesPage)
def pull_prices(
    kiosk: AuthKiosk, database: Db, now: Now, cursor: Cursor = None, limit: Limit = None
) -> Page:
    return _pull(database, kiosk=kiosk, stream="prices", cursor=cursor, limit=limit, now=now())


@router.get("/kiosks/{kiosk_id}/pull/staff", response_model=StaffPage)
def pull_staff(
    kiosk: AuthKiosk, database: Db, now: Now, cursor: Cursor = None, limit: Limit = None
) -> Page:
    return _pull(database, kiosk=kiosk, stream="staff", cursor=cursor, limit=limit, now=now())


@router.get("/kiosks/{kiosk_id}/pull/stock", response_model=StockPage)
def pull_stock(
    kiosk: AuthKiosk, database: Db, now: Now, cursor: Cursor = None, limit: Limit = None
) -> Page:
    return _pull(database, kiosk=kiosk, stream="stock", cursor=cursor, limit=limit, now=now())


@router.get("/kiosks/{kiosk_id}/pull/shipments", response_model=ShipmentsPage)
def pull_shipments(
    kiosk: AuthKiosk, database: Db, now: Now, cursor: Cursor = None, limit: Limit = None
) -> Page:
    return _pull(database, kiosk=kiosk, stream="shipments", cursor=cursor, limit=limit, now=now())


@router.get("/kiosks/{kiosk_id}/pull/pickups", response_model=PickupsPage)
def pull_pickups(
    kiosk: AuthKiosk, database: Db, now: Now, cursor: Cursor = None, limit: Limit = None
) -> Page:
    return _pull(database, kiosk=kiosk, stream="pickups", cursor=cursor, limit=limit, now=now())


@router.get("/kiosks/{kiosk_id}/pull/settings", response_model=SettingsPage)
def pull_settings(
    kiosk: AuthKiosk, database: Db, now: Now, cursor: Cursor = None, limit: Limit = None
) -> Page:
    """Business settings HQ manages for this kiosk's location (schema 3; older kiosks never ask)."""
    return _pull(database, kiosk=kiosk, stream="settings", cursor=cursor, limit=limit, now=now())


@router.post(
    "/kiosks/{kiosk_id}/reconcile",
    response_model=ReconcileResponse,
    openapi_extra=_body(ReconcileRequest),
    responses={422: {"model": ErrorBody}},
)
async def reconcile_ledger(
    request: Request, kiosk: AuthKiosk, database: Db, now: Now
) -> ReconcileResponse:
    """Per-day, per-SKU ledger digests; with final=true, what differs becomes an anomaly."""
    body = await read_body(request, ReconcileRequest)

    def work() -> ReconcileResponse:
        with database.write() as session:
            return reconcile.compare(session, kiosk, body, now())

    return await run_in_threadpool(work)


@router.post(
    "/kiosks/{kiosk_id}/repair",
    response_model=RepairResponse,
    openapi_extra=_body(RepairRequest),
    responses={422: {"model": ErrorBody}},
)
async def repair(request: Request, kiosk: AuthKiosk, database: Db, now: Now) -> RepairResponse:
    """Events re-sent after a digest mismatch; HQ applies only those it never took in."""
    body = await read_body(request, RepairRequest)

    def work() -> RepairResponse:
        with database.write() as session:
            return reconcile.repair(session, kiosk.id, body, now())

    try:
        return await run_in_threadpool(work)
    except ingest.BadBatch as exc:
        raise HTTPException(422, str(exc)) from None


ReceiptNo = Annotated[str, Path(pattern=RECEIPT_LOOKUP_PATTERN, description="e.g. K02-000017")]


@router.get(
    "/kiosks/{kiosk_id}/sales/{receipt_no}",
    response_model=SaleLookup,
    responses={404: {"model": ErrorBody, "description": "no such sale at this location"}},
)
def sale_by_receipt(receipt_no: ReceiptNo, kiosk: AuthKiosk, database: Db) -> SaleLookup:
    """A sale of this kiosk's location by its receipt number, with what every kiosk has
    refunded of each line so far (schema 2). Another location's sale is a 404, like none."""
    with database.read() as session:
        try:
            return sale_lookup.find_by_receipt(session, kiosk, receipt_no.upper())
        except sale_lookup.SaleNotHere as exc:
            raise HTTPException(404, str(exc)) from None


@router.get("/health", tags=["health"])
def health(now: Now) -> dict[str, str]:
    """Unauthenticated liveness check (the kiosk polls it to notice the network is back)."""
    return {"status": "ok", "server_time": now().isoformat()}
