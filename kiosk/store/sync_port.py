"""The kiosk store as sync.ports.SyncStore: each method is one short transaction of its own,
so a sync run never holds the write lock while it waits on the network."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import text

from kiosk.store import outbox, settings, sync_digest, sync_pull, sync_state
from kiosk.store.engine import Store
from sync.ports import Enrolment, RunSummary
from sync.protocol import BacklogReport, DayDigest, OutboxEvent, Page, StreamName


class KioskSyncStore:
    def __init__(self, store: Store) -> None:
        self.store = store
        # Settings from HQ this kiosk refused while this port was used (one per sync run);
        # also kept in the audit log as settings.refused.
        self.refused_settings: list[str] = []
        with store.read() as session:
            self.timezone = str(settings.get(session, "timezone", "UTC"))

    # --- enrolment --------------------------------------------------------------------------
    def enrolment(self) -> Enrolment | None:
        with self.store.read() as session:
            return sync_state.enrolment(session)

    def save_enrolment(self, enrolment: Enrolment) -> None:
        with self.store.write() as session:
            previous = sync_state.enrolment(session)
            if previous is None or previous.hq_url != enrolment.hq_url:
                sync_state.forget_sync_state(session)
            sync_state.save_enrolment(session, enrolment)
            # Receipts and sales carry the kiosk code and location HQ knows this kiosk by.
            settings.put(session, "kiosk_code", enrolment.kiosk_id)
            settings.put(session, "location", enrolment.location)

    # --- push ---------------------------------------------------------------------------------
    def pending_events(self, limit: int) -> list[OutboxEvent]:
        with self.store.read() as session:
            return [_wire(e) for e in outbox.pending(session, 0, limit)]

    def events_from(self, seq: int, limit: int) -> list[OutboxEvent]:
        with self.store.read() as session:
            rows = session.execute(
                text(
                    "SELECT seq, event_id, kind, payload, created_at FROM outbox "
                    "WHERE seq >= :s ORDER BY seq LIMIT :n"
                ),
                {"s": seq, "n": limit},
            ).all()
        return [
            OutboxEvent(
                seq=r[0],
                event_id=r[1],
                kind=r[2],
                payload=json.loads(r[3]),
                occurred_at=datetime.fromisoformat(r[4]),
            )
            for r in rows
        ]

    def acknowledge(self, up_to_seq: int, at: datetime) -> int:
        with self.store.write() as session:
            return outbox.acknowledge(session, up_to_seq, at)

    def backlog(self) -> BacklogReport:
        with self.store.read() as session:
            found = outbox.backlog(session)
        return BacklogReport(
            waiting=found.waiting, oldest_at=found.oldest_at, last_seq=found.last_seq
        )

    # --- pull ---------------------------------------------------------------------------------
    def cursor(self, stream: StreamName) -> str | None:
        with self.store.read() as session:
            return sync_state.cursor(session, stream)

    def apply_page(self, page: Page, at: datetime) -> int:
        with self.store.write() as session:
            if page.reset:
                sync_pull.reset(session, page.stream)
            count = sync_pull.apply(session, page, at, self.refused_settings)
            sync_state.save_cursor(session, page.stream, page.cursor, at)
        return count

    # --- reconcile ------------------------------------------------------------------------------
    def ledger_digests(self, days: list[str]) -> list[DayDigest]:
        with self.store.read() as session:
            return sync_digest.digests(session, days, self.timezone)

    def events_for_days(self, days: list[str], limit: int) -> list[OutboxEvent]:
        with self.store.read() as session:
            return sync_digest.events_for_days(session, days, self.timezone, limit)

    def days_to_reconcile(self, now: datetime, window_days: int) -> list[str]:
        return sync_digest.recent_days(now, self.timezone, window_days)

    # --- run log --------------------------------------------------------------------------------
    def record_run(self, summary: RunSummary) -> int:
        with self.store.write() as session:
            return sync_state.record_run(session, summary)

    def last_runs(self, limit: int) -> list[RunSummary]:
        with self.store.read() as session:
            return sync_state.last_runs(session, limit)


def _wire(event: outbox.PendingEvent) -> OutboxEvent:
    return OutboxEvent(
        seq=event.seq,
        event_id=event.event_id,
        kind=event.kind,
        payload=event.payload,
        occurred_at=datetime.fromisoformat(event.created_at),
    )
