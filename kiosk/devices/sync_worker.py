"""The background sync worker: a plain thread with its own store connection. No Qt.

Runs a sync daily at the configured local time, at start-up when that run was missed, when HQ
becomes reachable again after an outage, and on demand. Progress and status go to callbacks
(the UI bridges them to its thread). Selling never waits on it: it has its own SQLite
connection and every step is a short transaction of its own.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx

from kiosk.devices.sync_setup import DEFAULT_RETRY, DEFAULT_TIMEOUTS, run_sync
from kiosk.domain.errors import KioskError
from kiosk.services.clock import Clock
from kiosk.services.sync_status import SyncOverview, SyncStatusService
from kiosk.store import settings, sync_state
from kiosk.store.engine import Store, open_store
from sync.client import RetryPolicy, Timeouts
from sync.engine import Progress
from sync.ports import RunSummary

log = logging.getLogger(__name__)


def parse_sync_time(text: str) -> time:
    try:
        hours, minutes = text.split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise KioskError(f"sync_time must look like 02:00, not {text!r}") from None


def last_due(now: datetime, at: time, timezone: str) -> datetime:
    """The most recent moment (<= now) the daily run was due, in UTC."""
    local = now.astimezone(ZoneInfo(timezone))
    due = datetime.combine(local.date(), at, tzinfo=ZoneInfo(timezone))
    if due > local:
        due = datetime.combine(local.date() - timedelta(days=1), at, tzinfo=ZoneInfo(timezone))
    return due.astimezone(now.tzinfo)


class SyncWorker:
    def __init__(
        self,
        store_path: Path,
        clock: Clock,
        *,
        sync_time: str = "02:00",
        on_progress: Callable[[Progress], None] | None = None,
        on_status: Callable[[SyncOverview], None] | None = None,
        probe_every: float = 60.0,
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
        retry: RetryPolicy = DEFAULT_RETRY,
    ) -> None:
        self.store_path = store_path
        self.clock = clock
        self.at = parse_sync_time(sync_time)
        self.on_progress = on_progress or (lambda progress: None)
        self.on_status = on_status or (lambda overview: None)
        self.probe_every = probe_every
        self.timeouts = timeouts
        self.retry = retry
        self._wake = threading.Condition()
        self._requests: list[str] = []
        self._stopping = False
        self._thread = threading.Thread(target=self._main, name="sync-worker")
        self.runs: list[RunSummary] = []  # what this worker ran, newest last (for the UI/tests)
        self.hq_reachable: bool | None = None

    # --- control (any thread) ---------------------------------------------------------------
    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Asks the worker to finish; a run in progress ends at its next request."""
        with self._wake:
            self._stopping = True
            self._wake.notify_all()
        self._thread.join(timeout)

    def request_run(self, trigger: str = "on_demand") -> None:
        with self._wake:
            self._requests.append(trigger)
            self._wake.notify_all()

    def poke(self) -> None:
        """Re-checks the schedule now (after the clock moved, or the network changed)."""
        with self._wake:
            self._wake.notify_all()

    # --- the thread -------------------------------------------------------------------------------
    def _main(self) -> None:
        store = open_store(self.store_path)  # this thread's own connection pool
        try:
            with store.read() as session:
                self.timezone = str(settings.get(session, "timezone", "UTC"))
                last = sync_state.last_success(session)
            due = last_due(self.clock.now(), self.at, self.timezone)
            if last is None or last < due:
                self._run(store, "missed")
            next_probe = 0.0
            while True:
                with self._wake:
                    if not self._requests and not self._stopping:
                        self._wake.wait(self._seconds_to_next(next_probe))
                    if self._stopping:
                        return
                    trigger = self._requests.pop(0) if self._requests else None
                if trigger is None and self._due(store):
                    trigger = "scheduled"
                if trigger is None:
                    next_probe = self._probe(store)
                    continue
                self._run(store, trigger)
        except Exception:
            log.exception("the sync worker stopped on an unexpected error")
        finally:
            store.close()

    def _seconds_to_next(self, next_probe: float) -> float:
        now = self.clock.now()
        due = last_due(now, self.at, getattr(self, "timezone", "UTC")) + timedelta(days=1)
        return max(0.05, min((due - now).total_seconds(), self.probe_every))

    def _due(self, store: Store) -> bool:
        with store.read() as session:
            last = sync_state.last_runs(session, 1)
        due = last_due(self.clock.now(), self.at, self.timezone)
        return not last or last[0].started_at < due

    def _probe(self, store: Store) -> float:
        """Notices HQ coming back after an outage (cheap GET of /v1/health)."""
        with store.read() as session:
            enrolment = sync_state.enrolment(session)
        if enrolment is None:
            return 0.0
        try:
            ok = httpx.get(f"{enrolment.hq_url}/v1/health", timeout=5).status_code == 200
        except httpx.HTTPError:
            ok = False
        was = self.hq_reachable
        self.hq_reachable = ok
        if ok and was is False:
            self.request_run("network_back")
        return 0.0

    def _run(self, store: Store, trigger: str) -> None:
        try:
            summary = run_sync(
                store,
                self.clock.now,
                trigger=trigger,
                on_progress=self.on_progress,
                timeouts=self.timeouts,
                retry=self.retry,
            )
        except KioskError as exc:  # not enrolled, no keyring: say so on the status
            log.warning("sync %s not run: %s", trigger, exc)
            summary = RunSummary(
                trigger=trigger,
                started_at=self.clock.now(),
                finished_at=self.clock.now(),
                status="failed",
                error=str(exc),
            )
        self.hq_reachable = summary.status != "offline"
        self.on_status(SyncStatusService(store, self.clock).overview())
        self.runs.append(summary)  # last: whoever waits on `runs` also sees the status
