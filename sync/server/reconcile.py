"""Daily reconciliation: compare the kiosk's per-day, per-SKU ledger digests with HQ's own.

First pass: report mismatches. The kiosk then re-sends the events of those days (`repair`:
HQ applies only events it never took in, and only below the kiosk's applied sequence, so a
repair can never double an event that a later push would bring). Final pass: whatever still
differs is recorded as an anomaly (once per kiosk, day and SKU) and announced by webhook.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import insert
from sqlmodel import Session, col, select

from sync.protocol import (
    DayDigest,
    DigestMismatch,
    OutboxEvent,
    ReconcileRequest,
    ReconcileResponse,
    RepairRequest,
    RepairResponse,
    SkuDigest,
    ids_hash,
)
from sync.server import webhooks
from sync.server.ingest import BadBatch, apply_events
from sync.server.models import AppliedEvent, EventException, Kiosk, StockLedgerEntry


def hq_digests(session: Session, kiosk_id: str, days: list[str]) -> dict[str, dict[str, SkuDigest]]:
    # Plain rows from the connection: tens of thousands of them, and no ORM objects wanted.
    rows = session.connection().execute(
        select(
            StockLedgerEntry.business_day,
            StockLedgerEntry.sku,
            StockLedgerEntry.delta,
            StockLedgerEntry.stock_event_id,
        ).where(StockLedgerEntry.kiosk_id == kiosk_id, col(StockLedgerEntry.business_day).in_(days))
    )
    grouped: dict[str, dict[str, list[tuple[int, str]]]] = defaultdict(lambda: defaultdict(list))
    for day, sku, delta, event_id in rows:
        grouped[day][sku].append((delta, event_id))
    return {
        day: {
            sku: SkuDigest(
                sku=sku,
                count=len(moves),
                delta_sum=sum(d for d, _ in moves),
                ids_hash=ids_hash(e for _, e in moves),
            )
            for sku, moves in skus.items()
        }
        for day, skus in grouped.items()
    }


def compare(
    session: Session, kiosk: Kiosk, request: ReconcileRequest, now: datetime
) -> ReconcileResponse:
    days = [d.day for d in request.days]
    ours = hq_digests(session, kiosk.id, days)
    mismatches = [m for day in request.days for m in _differences(day, ours.get(day.day, {}))]
    recorded = _record_anomalies(session, kiosk, mismatches, now) if request.final else 0
    return ReconcileResponse(mismatches=mismatches, anomalies_recorded=recorded, server_time=now)


def _differences(day: DayDigest, hq: dict[str, SkuDigest]) -> list[DigestMismatch]:
    theirs = {d.sku: d for d in day.skus}
    out = []
    for sku in sorted(set(theirs) | set(hq)):
        if theirs.get(sku) != hq.get(sku):
            out.append(DigestMismatch(day=day.day, sku=sku, kiosk=theirs.get(sku), hq=hq.get(sku)))
    return out


def _record_anomalies(
    session: Session, kiosk: Kiosk, mismatches: list[DigestMismatch], now: datetime
) -> int:
    if not mismatches:
        return 0
    already = set(
        session.execute(
            select(EventException.business_day, EventException.sku).where(
                EventException.kiosk_id == kiosk.id,
                EventException.category == "anomaly",
                col(EventException.resolved_at).is_(None),
            )
        ).all()
    )
    rows = []
    for m in mismatches:
        if (m.day, m.sku) in already:
            continue
        kiosk_sum = m.kiosk.delta_sum if m.kiosk else 0
        hq_sum = m.hq.delta_sum if m.hq else 0
        reason = (
            f"ledger for {m.sku} on {m.day} differs: kiosk {kiosk_sum:+d} in "
            f"{m.kiosk.count if m.kiosk else 0} events, HQ {hq_sum:+d} in "
            f"{m.hq.count if m.hq else 0}"
        )
        detail = {
            "kiosk": m.kiosk.model_dump() if m.kiosk else None,
            "hq": m.hq.model_dump() if m.hq else None,
        }
        rows.append(
            {
                "kiosk_id": kiosk.id,
                "category": "anomaly",
                "sku": m.sku,
                "business_day": m.day,
                "reason": reason,
                "detail": detail,
                "created_at": now,
            }
        )
        webhooks.emit(
            session,
            "reconciliation.anomaly",
            {"kiosk_id": kiosk.id, "day": m.day, "sku": m.sku, "reason": reason},
            now,
        )
    if rows:
        session.execute(insert(EventException), rows)
    return len(rows)


def repair(
    session: Session, kiosk_id: str, request: RepairRequest, now: datetime
) -> RepairResponse:
    events = sorted(request.events, key=lambda e: e.seq)
    ids = [e.event_id for e in events]
    if len(set(ids)) != len(ids):
        raise BadBatch("the same event id appears twice in one repair")
    kiosk = session.execute(
        select(Kiosk).where(Kiosk.id == kiosk_id).with_for_update()
    ).scalar_one()
    held_seqs = set(
        session.execute(
            select(AppliedEvent.seq).where(
                AppliedEvent.kiosk_id == kiosk_id,
                col(AppliedEvent.seq).in_([e.seq for e in events]),
            )
        ).scalars()
    )
    missing: list[OutboxEvent] = [
        e for e in events if e.seq <= kiosk.last_seq and e.seq not in held_seqs
    ]
    parked = apply_events(session, kiosk, missing, now, repair=True)
    return RepairResponse(
        applied=len(missing) - len(parked), already_known=len(events) - len(missing), parked=parked
    )
