"""The kiosk's side of daily reconciliation: per business day and SKU, a digest of the ledger
movements HQ has acknowledged (count, sum of deltas, hash of event ids), and the outbox events
of a day for re-sending when HQ's digest differs."""

from __future__ import annotations

import json
from bisect import bisect_right
from collections import defaultdict
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from kiosk.store.catalog import dbapi
from kiosk.store.types import iso_utc
from sync.protocol import DayDigest, OutboxEvent, SkuDigest, ids_hash


def day_bounds(day: str, timezone: str) -> tuple[str, str]:
    """The UTC text range [start, end) of a local business day, as stored timestamps sort."""
    tz = ZoneInfo(timezone)
    local = date.fromisoformat(day)
    start = datetime(local.year, local.month, local.day, tzinfo=tz)
    end = start + timedelta(days=1)
    return iso_utc(start), iso_utc(end.replace(tzinfo=tz))


def recent_days(now: datetime, timezone: str, window: int) -> list[str]:
    today = now.astimezone(ZoneInfo(timezone)).date()
    return [(today - timedelta(days=n)).isoformat() for n in range(window - 1, -1, -1)]


def digests(session: Session, days: list[str], timezone: str) -> list[DayDigest]:
    """One query over the whole span of `days` (not one per day: each pass walks every
    acknowledged outbox entry), then each movement is filed under its local business day."""
    if not days:
        return []
    spans = sorted((*day_bounds(day, timezone), day) for day in set(days))
    starts = [start for start, _, _ in spans]
    rows = dbapi(session).execute(
        "SELECT e.created_at, p.sku, e.delta, e.event_id FROM stock_events e "
        "JOIN outbox o ON o.event_id = e.reference AND o.state = 'acked' "
        "JOIN products p ON p.id = e.product_id "
        "WHERE e.created_at >= ? AND e.created_at < ?",
        (spans[0][0], spans[-1][1]),
    )
    grouped: dict[str, dict[str, list[tuple[int, str]]]] = {day: defaultdict(list) for day in days}
    for created_at, sku, delta, event_id in rows:
        _, end, day = spans[bisect_right(starts, created_at) - 1]
        if created_at < end:  # days asked for need not be consecutive
            grouped[day][sku].append((delta, event_id))
    return [
        DayDigest(
            day=day,
            skus=[
                SkuDigest(
                    sku=sku,
                    count=len(moves),
                    delta_sum=sum(d for d, _ in moves),
                    ids_hash=ids_hash(e for _, e in moves),
                )
                for sku, moves in sorted(grouped[day].items())
            ],
        )
        for day in days
    ]


def events_for_days(
    session: Session, days: list[str], timezone: str, limit: int
) -> list[OutboxEvent]:
    conn = dbapi(session)
    events: list[OutboxEvent] = []
    for day in days:
        start, end = day_bounds(day, timezone)
        rows = conn.execute(
            "SELECT seq, event_id, kind, payload, created_at FROM outbox "
            "WHERE state = 'acked' AND created_at >= ? AND created_at < ? ORDER BY seq LIMIT ?",
            (start, end, limit - len(events)),
        ).fetchall()
        events.extend(
            OutboxEvent(
                seq=r[0],
                event_id=r[1],
                kind=r[2],
                payload=json.loads(r[3]),
                occurred_at=datetime.fromisoformat(r[4]),
            )
            for r in rows
        )
    return events
