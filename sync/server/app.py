"""The HQ application: FastAPI routes over one database, plus the background jobs that every
HQ process may run side by side (webhook delivery, releasing expired pickup orders)."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.protocol import PROTOCOL_VERSION, SUPPORTED_PROTOCOLS, SUPPORTED_SCHEMAS
from sync.server import pickups, routes_admin, routes_sync
from sync.server.db import HQDatabase
from sync.server.deps import MAX_BODY, UpgradeNeeded
from sync.server.webhooks import Dispatcher

log = logging.getLogger(__name__)


def system_clock() -> datetime:
    return datetime.now(UTC)


class BodyLimit:
    """Refuses request bodies over a limit with 413, counting bytes as they arrive (a client
    can lie in Content-Length, or send none)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise HTTPException(413, f"request body over {self.limit} bytes")
            return message

        await self.app(scope, counted, send)


class Housekeeping:
    """Releases pickup orders whose window has ended. Idempotent, so any process may run it."""

    def __init__(self, db: HQDatabase, clock: Callable[[], datetime], every: float = 60) -> None:
        self.db, self.clock, self.every = db, clock, every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="hq-housekeeping", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _loop(self) -> None:
        while not self._stop.wait(self.every):
            try:
                with self.db.write() as session:
                    pickups.release_expired_orders(session, self.clock())
            except Exception:
                log.exception("housekeeping failed; retrying later")


def create_app(
    db: HQDatabase,
    *,
    clock: Callable[[], datetime] = system_clock,
    background: bool = True,
) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        jobs: list[Dispatcher | Housekeeping] = []
        if background:
            jobs = [Dispatcher(db, clock), Housekeeping(db, clock)]
            for job in jobs:
                job.start()
        yield
        for job in jobs:
            job.stop()

    app = FastAPI(
        title="Kiosk POS HQ",
        version=f"protocol {PROTOCOL_VERSION}",
        description=(
            "Sync protocol v1 between kiosks and HQ, and the admin API. Kiosk requests carry "
            f"Kiosk-Sync-Protocol (HQ accepts {SUPPORTED_PROTOCOLS[0]}-{SUPPORTED_PROTOCOLS[1]}) "
            f"and Kiosk-Sync-Schema ({SUPPORTED_SCHEMAS[0]}-{SUPPORTED_SCHEMAS[1]}) headers."
        ),
        lifespan=lifespan,
    )
    app.state.db = db
    app.state.clock = clock
    app.include_router(routes_sync.router)
    app.include_router(routes_admin.router)
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_middleware(BodyLimit, limit=MAX_BODY)

    @app.exception_handler(UpgradeNeeded)
    async def _upgrade(request: Request, exc: UpgradeNeeded) -> JSONResponse:
        body = {
            "error": "upgrade_needed",
            "detail": exc.detail,
            "supported_protocol": list(SUPPORTED_PROTOCOLS),
            "supported_schema": list(SUPPORTED_SCHEMAS),
        }
        return JSONResponse(body, status_code=426)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> JSONResponse:
        body = {"error": _ERROR_NAMES.get(exc.status_code, "error"), "detail": exc.detail}
        return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [
            {k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()
        ]
        return JSONResponse({"error": "invalid", "detail": details}, status_code=422)

    _publish_raw_bodies(app)
    return app


def _publish_raw_bodies(app: FastAPI) -> None:
    """Push, reconcile and repair read their (maybe gzip) bodies themselves; their schemas are
    added to the published OpenAPI so clients and fuzzers see them like any other body."""
    from fastapi.openapi.utils import get_openapi

    from sync.protocol import PushRequest, ReconcileRequest, RepairRequest

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = get_openapi(
                title=app.title, version=app.version, description=app.description, routes=app.routes
            )
            schemas = spec.setdefault("components", {}).setdefault("schemas", {})
            for model in (PushRequest, ReconcileRequest, RepairRequest):
                found = model.model_json_schema(ref_template="#/components/schemas/{model}")
                schemas.update(found.pop("$defs", {}))
                schemas[model.__name__] = found
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


_ERROR_NAMES = {
    400: "bad_request",
    401: "unauthorised",
    403: "forbidden",
    404: "not_found",
    409: "conflict",
    413: "too_large",
    422: "invalid",
}


def app_from_env() -> FastAPI:
    """For running HQ under another ASGI server (`uvicorn --factory ...`): the URL comes from
    KIOSK_HQ_DATABASE_URL. `kiosk-hq serve [--workers N]` is the better way: it listens with
    TCP_NODELAY and gives each worker its own socket (see sync/server/serving.py)."""
    import os

    from sync.server.db import DEFAULT_URL

    db = HQDatabase(os.environ.get("KIOSK_HQ_DATABASE_URL", DEFAULT_URL))
    return create_app(db)
