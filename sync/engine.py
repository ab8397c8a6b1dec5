"""One sync run: push the outbox, pull each stream, reconcile the ledger. Resumable.

Every step commits its own progress locally (acknowledged sequence, stream cursors, pulled
pages) in short transactions, and every request is idempotent at HQ. A run cut off anywhere is
simply run again: nothing is lost (the outbox keeps what HQ has not acknowledged) and nothing is
doubled (HQ skips sequences it has applied; a page is stored together with its cursor).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sync.client import (
    Forbidden,
    HQClient,
    Offline,
    RequestRefused,
    SyncError,
    Unauthorised,
    UpgradeNeeded,
)
from sync.ports import RunSummary, SyncStore
from sync.protocol import STREAMS, PushRequest, ReconcileRequest, RepairRequest, StreamName

log = logging.getLogger(__name__)

BATCH = 250
RECONCILE_WINDOW_DAYS = 3
MAX_PAGES_PER_STREAM = 10_000  # a guard against a server that never says "no more"


@dataclass(frozen=True, slots=True)
class Progress:
    step: str  # push | pull:<stream> | reconcile | done
    done: int
    total: int | None
    message: str


ProgressCallback = Callable[[Progress], None]


class SequenceLost(SyncError):
    """HQ asks for events this kiosk no longer keeps (HQ restored from an old backup)."""


class SyncEngine:
    def __init__(
        self,
        store: SyncStore,
        client: HQClient,
        clock: Callable[[], datetime],
        *,
        on_progress: ProgressCallback | None = None,
        batch: int = BATCH,
        streams: tuple[StreamName, ...] = STREAMS,
        reconcile_days: int = RECONCILE_WINDOW_DAYS,
    ) -> None:
        self.store = store
        self.client = client
        self.now = clock
        self.on_progress = on_progress or (lambda progress: None)
        self.batch = batch
        self.streams = streams
        self.reconcile_days = reconcile_days

    def run(self, trigger: str = "manual") -> RunSummary:
        summary = RunSummary(trigger=trigger, started_at=self.now())
        self.store.record_run(summary)
        try:
            summary.step = "push"
            self._push(summary)
            for stream in self.streams:
                summary.step = f"pull:{stream}"
                self._pull(stream, summary)
            summary.step = "reconcile"
            self._reconcile(summary)
            summary.status = "ok"
        except UpgradeNeeded as exc:
            summary.status, summary.error = "upgrade_needed", str(exc)
        except (Unauthorised, Forbidden) as exc:
            summary.status, summary.error = "unauthorised", str(exc)
        except Offline as exc:
            summary.status, summary.error = "offline", str(exc)
        except SyncError as exc:
            summary.status, summary.error = "failed", str(exc)
        finally:
            summary.finished_at = self.now()
            self.store.record_run(summary)
            self.on_progress(Progress("done", 1, 1, summary.error or "sync finished"))
        return summary

    # --- push -----------------------------------------------------------------------------------
    def _push(self, summary: RunSummary) -> None:
        total = self.store.backlog().waiting
        self.on_progress(Progress("push", 0, total, f"{total} events to send"))
        events = self.store.pending_events(self.batch)
        resend_guard = 0
        while events:
            request = PushRequest(sent_at=self.now(), backlog=self.store.backlog(), events=events)
            sent_at = self.now()
            response = self.client.push(request)
            received_at = self.now()
            # HQ's clock at mid-flight versus ours: positive means this kiosk is ahead.
            midpoint = sent_at + (received_at - sent_at) / 2
            summary.clock_skew_s = round((midpoint - response.server_time).total_seconds(), 3)
            if response.acked_through:
                self.store.acknowledge(response.acked_through, received_at)
            summary.pushed += response.applied
            summary.duplicates += response.duplicates
            summary.parked += len(response.parked)
            self.on_progress(Progress("push", summary.pushed, total, "sending sales to HQ"))
            expected = response.expected_seq
            if expected is not None and expected <= events[0].seq:
                # HQ stands behind what we acknowledged (it was restored): send from there.
                resend_guard += 1
                if resend_guard > 3:
                    raise SyncError(f"HQ keeps asking for sequence {expected}; giving up this run")
                events = self.store.events_from(expected, self.batch)
                if not events or events[0].seq != expected:
                    raise SequenceLost(
                        f"HQ needs events from sequence {expected} on, but this kiosk no longer "
                        "keeps them (HQ may have been restored from an old backup). Call support."
                    )
                continue
            events = self.store.pending_events(self.batch)

    # --- pull -----------------------------------------------------------------------------------
    def _pull(self, stream: StreamName, summary: RunSummary) -> None:
        count = 0
        for _ in range(MAX_PAGES_PER_STREAM):
            page = self.client.pull(stream, self.store.cursor(stream))
            if page.reset:
                summary.resets.append(stream)
                log.info("HQ reset the %s stream; pulling it again in full", stream)
            count += self.store.apply_page(page, self.now())
            self.on_progress(Progress(f"pull:{stream}", count, None, f"receiving {stream}"))
            if not page.has_more:
                break
        summary.pulled[stream] = count

    # --- reconcile ------------------------------------------------------------------------------
    def _reconcile(self, summary: RunSummary) -> None:
        days = self.store.days_to_reconcile(self.now(), self.reconcile_days)
        if not days:
            return
        self.on_progress(Progress("reconcile", 0, len(days), "comparing the stock ledger"))
        first = self.client.reconcile(ReconcileRequest(days=self.store.ledger_digests(days)))
        summary.mismatches = len(first.mismatches)
        if not first.mismatches:
            return
        differing = sorted({m.day for m in first.mismatches})
        events = self.store.events_for_days(differing, 100_000)
        for start in range(0, len(events), self.batch):
            chunk = events[start : start + self.batch]
            try:
                repaired = self.client.repair(RepairRequest(events=chunk))
            except RequestRefused as exc:
                log.warning("HQ refused the repair of %d events: %s", len(chunk), exc)
                break
            summary.repaired += repaired.applied
        final = self.client.reconcile(
            ReconcileRequest(days=self.store.ledger_digests(differing), final=True)
        )
        summary.anomalies = final.anomalies_recorded
        self.on_progress(Progress("reconcile", len(days), len(days), "ledger compared"))
