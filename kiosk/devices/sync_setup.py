"""Wiring sync into the kiosk: enrolment, and one sync run over the kiosk's own store.

Used by the `kiosk enroll` / `kiosk sync` commands and by the background SyncWorker.
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from datetime import datetime

from kiosk.domain.errors import KioskError
from kiosk.store.engine import Store
from kiosk.store.sync_port import KioskSyncStore
from sync import credentials
from sync.client import HQClient, RetryPolicy, SyncError, Timeouts
from sync.engine import ProgressCallback, SyncEngine
from sync.ports import Enrolment, RunSummary

DEFAULT_TIMEOUTS = Timeouts()
DEFAULT_RETRY = RetryPolicy()


class NotEnrolled(KioskError):
    pass


def enroll(
    store: Store,
    hq_url: str,
    code: str,
    clock: Callable[[], datetime],
    *,
    timeouts: Timeouts = DEFAULT_TIMEOUTS,
    retry: RetryPolicy = DEFAULT_RETRY,
) -> Enrolment:
    """Trades a one-time code for this kiosk's token; the token goes to the OS keyring only."""
    if not hq_url.startswith(("http://", "https://")):
        raise KioskError(f"--hq must be an http:// or https:// address, not {hq_url!r}")
    try:
        credentials.check_usable()  # before spending the one-time code
    except credentials.KeyringUnavailable as exc:
        raise KioskError(str(exc)) from None
    try:
        with HQClient(hq_url, timeouts=timeouts, retry=retry) as client:
            answer = client.enrol(code, device_name=platform.node())
    except SyncError as exc:
        raise KioskError(f"Enrolment failed: {exc}") from None
    try:
        credentials.store_token(hq_url, answer.kiosk_id, answer.token)
    except credentials.KeyringUnavailable as exc:
        raise KioskError(str(exc)) from None
    enrolment = Enrolment(
        hq_url.rstrip("/"),
        answer.kiosk_id,
        answer.kiosk_name,
        answer.location,
        answer.pickup_key,
        clock(),
    )
    KioskSyncStore(store).save_enrolment(enrolment)
    return enrolment


def open_client(
    enrolment: Enrolment,
    *,
    timeouts: Timeouts = DEFAULT_TIMEOUTS,
    retry: RetryPolicy = DEFAULT_RETRY,
) -> HQClient:
    try:
        token = credentials.load_token(enrolment.hq_url, enrolment.kiosk_id)
    except credentials.KeyringUnavailable as exc:
        raise KioskError(str(exc)) from None
    if not token:
        raise NotEnrolled(
            f"No HQ token for kiosk {enrolment.kiosk_id} in the OS keyring. Enrol again with "
            "`kiosk enroll --hq URL --code CODE`."
        )
    return HQClient(
        enrolment.hq_url, kiosk_id=enrolment.kiosk_id, token=token, timeouts=timeouts, retry=retry
    )


def run_sync(
    store: Store,
    clock: Callable[[], datetime],
    *,
    trigger: str = "manual",
    on_progress: ProgressCallback | None = None,
    timeouts: Timeouts = DEFAULT_TIMEOUTS,
    retry: RetryPolicy = DEFAULT_RETRY,
) -> RunSummary:
    port = KioskSyncStore(store)
    enrolment = port.enrolment()
    if enrolment is None:
        raise NotEnrolled(
            "This kiosk is not enrolled with an HQ. Ask the HQ admin for an enrolment code "
            "(`kiosk-hq kiosks add`), then run `kiosk enroll --hq URL --code CODE`."
        )
    with open_client(enrolment, timeouts=timeouts, retry=retry) as client:
        summary = SyncEngine(port, client, clock, on_progress=on_progress).run(trigger)
    summary.warnings.extend(f"setting from HQ refused: {r}" for r in port.refused_settings)
    return summary
