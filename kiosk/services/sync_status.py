"""What the sync screen shows: the last runs, what waits to be sent, how old it is, the last
error, clock skew, and this kiosk's own part of the day. Reads the local store only, so it
answers instantly with or without a network."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text

from kiosk.services.clock import Clock, business_day
from kiosk.store import outbox, settings, sync_state
from kiosk.store.engine import Store
from sync.ports import RunSummary

SKEW_WARNING_S = 300


@dataclass(frozen=True, slots=True)
class DayPart:
    day: str
    sales: int
    sales_total: int
    anomalies: int  # reported by the runs of that day


@dataclass(frozen=True, slots=True)
class SyncOverview:
    enrolled: bool
    hq_url: str | None
    kiosk_id: str | None
    last_run: RunSummary | None
    last_success_at: datetime | None
    waiting: int
    oldest_waiting_s: float | None
    last_error: str | None
    clock_skew_s: float | None
    upgrade_needed: bool
    today: DayPart

    @property
    def skew_warning(self) -> bool:
        return self.clock_skew_s is not None and abs(self.clock_skew_s) > SKEW_WARNING_S

    @property
    def headline(self) -> str:
        """One line for the status bar."""
        if not self.enrolled:
            return "Not connected to HQ"
        if self.upgrade_needed:
            return "Upgrade needed to sync with HQ"
        if self.last_run is None:
            return f"{self.waiting} sales waiting; never synced"
        if self.last_run.status == "ok":
            return f"Synced; {self.waiting} waiting"
        return f"Last sync failed ({self.last_run.status}); {self.waiting} waiting"


class SyncStatusService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def overview(self) -> SyncOverview:
        now = self.clock.now()
        with self.store.read() as session:
            enrolment = sync_state.enrolment(session)
            runs = sync_state.last_runs(session, 20)
            waiting = outbox.backlog(session)
            tz = str(settings.get(session, "timezone", "UTC"))
            day = business_day(now, tz)
            sales = session.execute(
                text("SELECT COUNT(*), COALESCE(SUM(total), 0) FROM sales WHERE business_day = :d"),
                {"d": day},
            ).one()
        last = runs[0] if runs else None
        finished = [r for r in runs if r.status != "running"]
        anomalies = sum(r.anomalies for r in runs if business_day(r.started_at, tz) == day)
        return SyncOverview(
            enrolled=enrolment is not None,
            hq_url=enrolment.hq_url if enrolment else None,
            kiosk_id=enrolment.kiosk_id if enrolment else None,
            last_run=last,
            last_success_at=next((r.started_at for r in runs if r.status == "ok"), None),
            waiting=waiting.waiting,
            oldest_waiting_s=(now - waiting.oldest_at).total_seconds()
            if waiting.oldest_at
            else None,
            last_error=finished[0].error if finished else None,
            clock_skew_s=next((r.clock_skew_s for r in runs if r.clock_skew_s is not None), None),
            upgrade_needed=bool(finished) and finished[0].status == "upgrade_needed",
            today=DayPart(day, int(sales[0]), int(sales[1]), anomalies),
        )
