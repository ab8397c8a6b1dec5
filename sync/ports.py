"""What the sync client needs from the kiosk's local store, as a Protocol the store implements.

Every method is one short local transaction, so selling never waits on a sync run and a run
that is cut off at any point resumes from what was committed: acknowledgements, cursors and
pulled pages are all stored atomically with what they describe.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from sync.protocol import BacklogReport, DayDigest, OutboxEvent, Page, StreamName


@dataclass(frozen=True, slots=True)
class Enrolment:
    hq_url: str
    kiosk_id: str
    kiosk_name: str
    location: str
    pickup_key: str
    enrolled_at: datetime


@dataclass(slots=True)
class RunSummary:
    """What one sync run did; stored in the kiosk's run log and shown by `kiosk sync status`."""

    trigger: str
    started_at: datetime
    run_id: int | None = None
    finished_at: datetime | None = None
    status: str = "running"  # running | ok | failed | offline | upgrade_needed | unauthorised
    pushed: int = 0
    duplicates: int = 0
    parked: int = 0
    pulled: dict[str, int] = field(default_factory=dict)
    resets: list[str] = field(default_factory=list)
    mismatches: int = 0
    anomalies: int = 0
    repaired: int = 0
    clock_skew_s: float | None = None
    error: str | None = None
    step: str = ""
    # What the run could not take in but went on past (e.g. a setting from HQ the kiosk
    # refused). Shown after the run; not kept in the run log (the kiosk audits them).
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


class SyncStore(Protocol):
    # --- enrolment (never the token: that lives in the OS keyring) -------------------------
    def enrolment(self) -> Enrolment | None: ...

    def save_enrolment(self, enrolment: Enrolment) -> None: ...

    # --- push ---------------------------------------------------------------------------------
    def pending_events(self, limit: int) -> list[OutboxEvent]:
        """Unacknowledged outbox entries in sequence order."""
        ...

    def events_from(self, seq: int, limit: int) -> list[OutboxEvent]:
        """Entries from `seq` on, acknowledged or not (HQ asked for them again)."""
        ...

    def acknowledge(self, up_to_seq: int, at: datetime) -> int: ...

    def backlog(self) -> BacklogReport: ...

    # --- pull ---------------------------------------------------------------------------------
    def cursor(self, stream: StreamName) -> str | None: ...

    def apply_page(self, page: Page, at: datetime) -> int:
        """Stores a page and its cursor in one transaction (clearing the stream first on a
        reset). Returns how many items it held."""
        ...

    # --- reconcile ------------------------------------------------------------------------------
    def ledger_digests(self, days: list[str]) -> list[DayDigest]: ...

    def events_for_days(self, days: list[str], limit: int) -> list[OutboxEvent]: ...

    def days_to_reconcile(self, now: datetime, window_days: int) -> list[str]: ...

    # --- run log --------------------------------------------------------------------------------
    def record_run(self, summary: RunSummary) -> int:
        """Inserts (first call) or updates the run's row; returns its id."""
        ...

    def last_runs(self, limit: int) -> list[RunSummary]: ...
