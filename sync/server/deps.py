"""Request plumbing: version check, authentication, bounded (gzip) bodies, the clock."""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from datetime import datetime
from typing import Annotated, TypeVar

from fastapi import Depends, Header, HTTPException, Path, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ValidationError

from sync.protocol import SUPPORTED_PROTOCOLS, SUPPORTED_SCHEMAS
from sync.server import kiosks
from sync.server.db import HQDatabase
from sync.server.models import Kiosk

M = TypeVar("M", bound=BaseModel)
MAX_COMPRESSED = 8 * 1024 * 1024
MAX_BODY = 32 * 1024 * 1024  # after decompression: a 250-event batch is ~150 kB

bearer = HTTPBearer(
    auto_error=False, description="a kiosk token (kt_...) or an admin token (at_...)"
)


class UpgradeNeeded(Exception):
    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def db(request: Request) -> HQDatabase:
    database: HQDatabase = request.app.state.db
    return database


def clock(request: Request) -> Callable[[], datetime]:
    now: Callable[[], datetime] = request.app.state.clock
    return now


def check_versions(
    protocol: Annotated[int, Header(alias="Kiosk-Sync-Protocol", description="protocol version")],
    schema: Annotated[int, Header(alias="Kiosk-Sync-Schema", description="schema version")],
) -> None:
    low, high = SUPPORTED_PROTOCOLS
    s_low, s_high = SUPPORTED_SCHEMAS
    problems = []
    if not low <= protocol <= high:
        who = "this kiosk" if protocol < low else "HQ"
        problems.append(f"protocol {protocol} is outside HQ's {low}-{high}; upgrade {who}")
    if not s_low <= schema <= s_high:
        who = "this kiosk" if schema < s_low else "HQ"
        problems.append(f"schema {schema} is outside HQ's {s_low}-{s_high}; upgrade {who}")
    if problems:
        raise UpgradeNeeded("; ".join(problems))


def _token(credentials: HTTPAuthorizationCredentials | None) -> str:
    if credentials is None or not credentials.credentials:
        raise HTTPException(401, "missing bearer token", headers={"WWW-Authenticate": "Bearer"})
    return credentials.credentials


def kiosk_auth(
    kiosk_id: Annotated[str, Path(max_length=32)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    database: Annotated[HQDatabase, Depends(db)],
    _versions: Annotated[None, Depends(check_versions)],
) -> Kiosk:
    token = _token(credentials)
    with database.read() as session:
        kiosk = kiosks.kiosk_for_token(session, token)
    if kiosk is None:
        raise HTTPException(401, "unknown or revoked token", headers={"WWW-Authenticate": "Bearer"})
    if kiosk.id != kiosk_id:
        raise HTTPException(403, f"this token belongs to kiosk {kiosk.id}, not {kiosk_id}")
    return kiosk


def admin_auth(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    database: Annotated[HQDatabase, Depends(db)],
) -> str:
    token = _token(credentials)
    with database.read() as session:
        admin = kiosks.admin_for_token(session, token)
        if admin is None and kiosks.kiosk_for_token(session, token) is not None:
            raise HTTPException(403, "a kiosk token cannot use the admin API")
    if admin is None:
        raise HTTPException(
            401, "unknown or revoked admin token", headers={"WWW-Authenticate": "Bearer"}
        )
    return admin.name


async def read_body(request: Request, model: type[M]) -> M:
    """Reads a JSON body (optionally gzip), bounded before and after decompression."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_COMPRESSED:
        raise HTTPException(
            413, f"body of {declared} bytes is over the {MAX_COMPRESSED} byte limit"
        )
    raw = bytearray()
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_COMPRESSED:
            raise HTTPException(413, f"body is over the {MAX_COMPRESSED} byte limit")
    data = bytes(raw)
    if request.headers.get("content-encoding", "").lower() == "gzip":
        data = _gunzip(data)
    try:
        return model.model_validate_json(data)
    except ValidationError as exc:
        if exc.errors() and exc.errors()[0]["type"] == "json_invalid":
            raise HTTPException(400, f"body is not valid JSON: {exc.errors()[0]['msg']}") from None
        details = json.loads(exc.json(include_url=False, include_input=False))
        raise HTTPException(422, details) from None


def _gunzip(data: bytes) -> bytes:
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decompressor.decompress(data, MAX_BODY)
    except zlib.error as exc:
        raise HTTPException(400, f"body is not valid gzip: {exc}") from None
    if decompressor.unconsumed_tail:
        raise HTTPException(413, f"body is over {MAX_BODY} bytes once decompressed")
    if not decompressor.eof:
        raise HTTPException(400, "gzip body is truncated")
    return out
