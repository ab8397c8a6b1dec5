"""The HTTP client a kiosk uses to talk to HQ: httpx with timeouts, retries and clear errors.

Network errors and 5xx answers are retried with exponential backoff and full jitter (every
request is idempotent: pushes by sequence, pulls by cursor, enrolment by its code's grace
window). 4xx answers are never retried blindly; each becomes an error the caller can act on.
"""

from __future__ import annotations

import gzip
import json
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from sync.protocol import (
    PROTOCOL_VERSION,
    SCHEMA_VERSION,
    EnrolRequest,
    EnrolResponse,
    Page,
    PushRequest,
    PushResponse,
    ReconcileRequest,
    ReconcileResponse,
    RepairRequest,
    RepairResponse,
    SaleLookup,
    StreamName,
    page_model,
    version_headers,
)

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)


class SyncError(Exception):
    """A sync request failed; the message is meant for the person running the kiosk."""


class Offline(SyncError):
    """HQ could not be reached (after retries): the network or HQ is down."""


class UpgradeNeeded(SyncError):
    """HQ speaks a protocol or schema range this kiosk does not (or the reverse)."""


class Unauthorised(SyncError):
    """The token was refused (revoked, replaced, or the kiosk is not enrolled)."""


class Forbidden(SyncError):
    pass


class RequestRefused(SyncError):
    """HQ refused the request as malformed (4xx); retrying the same request cannot help."""

    def __init__(self, message: str, status: int, detail: Any) -> None:
        super().__init__(message)
        self.status = status
        self.detail = detail


class NotFound(RequestRefused):
    """HQ does not hold what was asked for (404)."""


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0

    def delay(self, attempt: int, rng: random.Random) -> float:
        # "Full jitter": spreads retries of many kiosks after an HQ outage.
        return rng.uniform(0, min(self.max_delay, self.base_delay * 2**attempt))


@dataclass(frozen=True, slots=True)
class Timeouts:
    connect: float = 5.0
    read: float = 30.0

    def httpx(self) -> httpx.Timeout:
        return httpx.Timeout(self.read, connect=self.connect)


class HQClient:
    def __init__(
        self,
        base_url: str,
        *,
        kiosk_id: str | None = None,
        token: str | None = None,
        timeouts: Timeouts = Timeouts(),
        retry: RetryPolicy = RetryPolicy(),
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        protocol: int | None = None,
        schema: int | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.kiosk_id = kiosk_id
        self.retry = retry
        self.sleep = sleep
        self.rng = rng or random.Random()
        headers = version_headers(  # other versions only in tests of the version check
            PROTOCOL_VERSION if protocol is None else protocol,
            SCHEMA_VERSION if schema is None else schema,
        )
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.http = httpx.Client(
            base_url=self.base_url, timeout=timeouts.httpx(), headers=headers, http2=False
        )
        self.bytes_sent = 0
        self.bytes_received = 0

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> HQClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the protocol ------------------------------------------------------------------------
    def enrol(self, code: str, device_name: str = "") -> EnrolResponse:
        body = EnrolRequest(code=code, device_name=device_name).model_dump_json().encode()
        return self._call("POST", "/v1/enrol", EnrolResponse, content=body)

    def push(self, request: PushRequest) -> PushResponse:
        return self._call("POST", self._kiosk("push"), PushResponse, content=_gzip(request))

    def pull(self, stream: StreamName, cursor: str | None, limit: int | None = None) -> Page:
        params: dict[str, str | int] = {}
        if cursor:
            params["cursor"] = cursor
        if limit:
            params["limit"] = limit
        return self._call("GET", self._kiosk(f"pull/{stream}"), page_model(stream), params=params)

    def reconcile(self, request: ReconcileRequest) -> ReconcileResponse:
        path = self._kiosk("reconcile")
        return self._call("POST", path, ReconcileResponse, content=_gzip(request))

    def repair(self, request: RepairRequest) -> RepairResponse:
        return self._call("POST", self._kiosk("repair"), RepairResponse, content=_gzip(request))

    def sale_by_receipt(self, receipt_no: str) -> SaleLookup:
        """A sale of this kiosk's location by receipt number (NotFound when HQ has none)."""
        return self._call("GET", self._kiosk(f"sales/{receipt_no}"), SaleLookup)

    # --- plumbing -------------------------------------------------------------------------------
    def _kiosk(self, action: str) -> str:
        if not self.kiosk_id:
            raise Unauthorised(
                "This kiosk is not enrolled. Run `kiosk enroll --hq URL --code CODE`."
            )
        return f"/v1/kiosks/{self.kiosk_id}/{action}"

    def _call(
        self,
        method: str,
        path: str,
        model: type[M],
        *,
        content: bytes | None = None,
        params: dict[str, str | int] | None = None,
    ) -> M:
        headers = {"Content-Type": "application/json"}
        if content is not None and content[:2] == b"\x1f\x8b":
            headers["Content-Encoding"] = "gzip"
        last_problem = ""
        for attempt in range(self.retry.attempts):
            if attempt:
                self.sleep(self.retry.delay(attempt, self.rng))
            try:
                response = self.http.request(
                    method, path, content=content, params=params, headers=headers
                )
                body = response.content  # reads it all, so a truncated body fails here
            except httpx.TransportError as exc:
                last_problem = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
                log.info(
                    "HQ %s %s failed (%s); attempt %d", method, path, last_problem, attempt + 1
                )
                continue
            self.bytes_sent += len(content or b"")
            self.bytes_received += int(response.headers.get("content-length") or len(body))
            if response.status_code >= 500 or response.status_code == 429:
                last_problem = f"HQ answered {response.status_code}"
                log.info(
                    "HQ %s %s answered %d; attempt %d",
                    method,
                    path,
                    response.status_code,
                    attempt + 1,
                )
                continue
            if response.status_code >= 400:
                raise _refusal(response.status_code, body)
            try:
                return model.model_validate_json(body)
            except ValidationError:
                # A body cut short by the network parses as garbage: treat like a lost answer.
                last_problem = "HQ's answer was incomplete"
                continue
        raise Offline(f"HQ at {self.base_url} could not be reached ({last_problem}).")


def _gzip(model: BaseModel) -> bytes:
    return gzip.compress(model.model_dump_json().encode(), compresslevel=5)


def _refusal(status: int, body: bytes) -> SyncError:
    try:
        parsed = json.loads(body)
    except ValueError:
        parsed = {"detail": body[:200].decode("utf-8", "replace")}
    if not isinstance(parsed, dict):
        parsed = {"detail": parsed}
    detail = parsed.get("detail")
    text = detail if isinstance(detail, str) else json.dumps(detail)[:500]
    if status == 426:
        return UpgradeNeeded(f"Upgrade needed: {text}")
    if status == 401:
        return Unauthorised(
            f"HQ refused this kiosk's token ({text}). Ask the HQ admin for a new enrolment code "
            "and run `kiosk enroll` again."
        )
    if status == 403:
        return Forbidden(f"HQ refused: {text}")
    if status == 404:
        return NotFound(f"HQ has no such record: {text}", status, detail)
    return RequestRefused(f"HQ refused the request ({status}): {text}", status, detail)
