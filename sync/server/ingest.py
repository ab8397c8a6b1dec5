"""Push: apply a kiosk's events in sequence order, exactly once, in one transaction.

The kiosk row is locked first (SELECT ... FOR UPDATE; on SQLite the write lock is taken at
BEGIN), so two copies of the same push, from a retry or a duplicating network, run one after
the other and the second finds everything already applied. `last_seq` is stored in the same
transaction as the effects: either both are committed or neither.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import insert
from sqlmodel import Session, col, select

from sync.protocol import (
    EventPayload,
    OutboxEvent,
    ParkedEvent,
    PickupCompleted,
    PushRequest,
    PushResponse,
)
from sync.protocol.events import UnknownEventKind, parse_event
from sync.server import bulk, pickups, refund_links, stock_effects
from sync.server.effects import Effects, record_ids
from sync.server.models import (
    AppliedEvent,
    EventException,
    Kiosk,
    Refund,
    Sale,
    SaleLine,
    ShiftReport,
    StockLedgerEntry,
)


class BadBatch(ValueError):
    """The batch itself is malformed (not ascending, not contiguous): 422, nothing changes."""


class SequenceConflict(ValueError):
    """A sequence HQ already holds arrives with a different event: 409, nothing changes."""


@dataclass(slots=True)
class _Known:
    stock: set[str]
    sale: set[str]
    refund: set[str]
    shift: set[str]
    pickup: set[str]
    event: set[str]


def check_batch(events: list[OutboxEvent]) -> None:
    for before, after in itertools.pairwise(events):
        if after.seq != before.seq + 1:
            raise BadBatch(
                f"events must be in ascending sequence without holes; {after.seq} follows "
                f"{before.seq}"
            )
    ids = [e.event_id for e in events]
    if len(set(ids)) != len(ids):
        raise BadBatch("the same event id appears twice in one batch")


def push(session: Session, kiosk_id: str, request: PushRequest, now: datetime) -> PushResponse:
    check_batch(request.events)
    kiosk = session.execute(
        select(Kiosk).where(Kiosk.id == kiosk_id).with_for_update()
    ).scalar_one()
    _telemetry(kiosk, request, now)
    last = kiosk.last_seq
    events = request.events
    duplicates = [e for e in events if e.seq <= last]
    _check_duplicates(session, kiosk_id, duplicates)
    fresh = [e for e in events if e.seq > last]
    if fresh and fresh[0].seq != last + 1:
        _record_gap(session, kiosk, fresh[0].seq, now)
        session.add(kiosk)
        return PushResponse(
            acked_through=last, expected_seq=last + 1, duplicates=len(duplicates), server_time=now
        )
    parked = apply_events(session, kiosk, fresh, now)
    if fresh:
        kiosk.last_seq = fresh[-1].seq
    _backlog_after(kiosk, request)
    session.add(kiosk)
    return PushResponse(
        acked_through=kiosk.last_seq,
        applied=len(fresh) - len(parked),
        duplicates=len(duplicates),
        parked=parked,
        server_time=now,
    )


def apply_events(
    session: Session,
    kiosk: Kiosk,
    events: list[OutboxEvent],
    now: datetime,
    *,
    repair: bool = False,
) -> list[ParkedEvent]:
    """Applies (or parks) each event. With repair=True, events go in out of sequence order:
    only those HQ does not hold yet, and they are marked as repaired."""
    if not events:
        return []
    parsed: list[tuple[OutboxEvent, EventPayload | str]] = [(e, _parse(e)) for e in events]
    known = _known_ids(session, kiosk.id, parsed)
    effects = Effects(kiosk.id, kiosk.location, now)
    effects.orders = pickups.order_states(
        session, [p.order_id for _, p in parsed if isinstance(p, PickupCompleted)], kiosk.id
    )
    parked: list[ParkedEvent] = []
    for event, payload in parsed:
        problem = payload if isinstance(payload, str) else _clash(payload, known, event)
        if problem is None and not isinstance(payload, str):
            effects.add(event, payload, "repaired" if repair else "applied")
            continue
        reason = str(problem)
        parked.append(ParkedEvent(seq=event.seq, event_id=event.event_id, reason=reason))
        if not repair:
            effects.mark(event, "parked", None)
        effects.exception("invalid", reason, event, payload=event.payload)
    _write(session, effects)
    refund_links.link(session, effects)
    pickups.record_handovers(session, effects)
    stock_effects.apply(session, effects)
    return parked


_INT_LIMIT = 2**31 - 1  # quantities, amounts and counts are stored in 32-bit columns


def _out_of_range(payload: object) -> bool:
    """Whether any integer anywhere in a (JSON-shaped) payload is beyond the 32-bit columns.
    A loop over a stack, not recursion: it runs over every value of every event pushed."""
    pending: list[Any] = [payload]
    while pending:
        value = pending.pop()
        kind = type(value)
        if kind is dict:
            pending.extend(value.values())
        elif kind is list:
            pending.extend(value)
        elif kind is not bool and isinstance(value, int) and abs(value) > _INT_LIMIT:
            return True
    return False


def _parse(event: OutboxEvent) -> EventPayload | str:
    if _out_of_range(event.payload):
        return f"invalid {event.kind} payload: a number is beyond +-{_INT_LIMIT}"
    try:
        return parse_event(event.kind, event.payload)
    except UnknownEventKind as exc:
        return str(exc)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        return f"invalid {event.kind} payload: {where}: {first['msg']} ({exc.error_count()} errors)"


def _clash(payload: EventPayload, known: _Known, event: OutboxEvent) -> str | None:
    if event.event_id in known.event:
        return f"event id {event.event_id} was already applied under another sequence"
    ids = record_ids(payload)
    for table, values in ids.items():
        seen: set[str] = getattr(known, table)
        for value in values:
            if value in seen:
                return f"{table} id {value} is already recorded"
    stock_ids = ids["stock"]
    if len(set(stock_ids)) != len(stock_ids):
        return "a stock event id appears twice in one event"
    known.event.add(event.event_id)
    for table, values in ids.items():
        getattr(known, table).update(values)
    return None


def _known_ids(
    session: Session, kiosk_id: str, parsed: list[tuple[OutboxEvent, EventPayload | str]]
) -> _Known:
    wanted: dict[str, list[str]] = {
        "stock": [],
        "sale": [],
        "refund": [],
        "shift": [],
        "pickup": [],
    }
    for _, payload in parsed:
        if not isinstance(payload, str):
            for table, values in record_ids(payload).items():
                wanted[table].extend(values)
    return _Known(
        stock=bulk.existing(session, "stock_ledger", "stock_event_id", wanted["stock"]),
        sale=bulk.existing(session, "sales", "id", wanted["sale"]),
        refund=bulk.existing(session, "refunds", "id", wanted["refund"]),
        shift=bulk.existing(session, "shift_reports", "id", wanted["shift"]),
        pickup=bulk.existing(session, "pickup_handovers", "id", wanted["pickup"]),
        event=bulk.existing(
            session,
            "applied_events",
            "event_id",
            [e.event_id for e, _ in parsed],
            kiosk_id=kiosk_id,
        ),
    )


def _write(session: Session, effects: Effects) -> None:
    for model, rows in (
        (AppliedEvent, effects.applied),
        (Sale, effects.sales),
        (SaleLine, effects.sale_lines),
        (Refund, effects.refunds),
        (ShiftReport, effects.shifts),
        (StockLedgerEntry, effects.ledger),
        (EventException, effects.exceptions),
    ):
        bulk.insert_rows(session, model, rows)
    effects.exceptions.clear()  # stock_effects may add more; it writes its own


def _check_duplicates(session: Session, kiosk_id: str, duplicates: list[OutboxEvent]) -> None:
    if not duplicates:
        return
    held = dict(
        session.execute(
            select(AppliedEvent.seq, AppliedEvent.event_id).where(
                AppliedEvent.kiosk_id == kiosk_id,
                col(AppliedEvent.seq).between(duplicates[0].seq, duplicates[-1].seq),
            )
        ).all()
    )
    for event in duplicates:
        stored = held.get(event.seq)
        if stored is not None and stored != event.event_id:
            raise SequenceConflict(
                f"sequence {event.seq} is already held for event {stored}, not "
                f"{event.event_id}: this kiosk's outbox was reset or restored from a backup. "
                "Nothing was applied; call support."
            )


def _record_gap(session: Session, kiosk: Kiosk, got: int, now: datetime) -> None:
    session.execute(
        insert(EventException),
        [
            {
                "kiosk_id": kiosk.id,
                "category": "gap",
                "seq": got,
                "reason": f"expected sequence {kiosk.last_seq + 1}, got {got}",
                "detail": {"expected": kiosk.last_seq + 1, "got": got},
                "created_at": now,
                "business_day": now.date().isoformat(),
            }
        ],
    )


def _telemetry(kiosk: Kiosk, request: PushRequest, now: datetime) -> None:
    kiosk.last_seen_at = now
    kiosk.clock_skew_s = round((request.sent_at - now).total_seconds(), 3)
    kiosk.backlog_waiting = request.backlog.waiting
    kiosk.backlog_oldest_at = request.backlog.oldest_at


def _backlog_after(kiosk: Kiosk, request: PushRequest) -> None:
    """What still waits at the kiosk once this batch is in: the kiosk counted the batch itself
    as waiting, and its sequence is gapless, so the rest is exactly its last seq minus ours."""
    left = max(0, request.backlog.last_seq - kiosk.last_seq)
    kiosk.backlog_waiting = min(left, request.backlog.waiting)
    if left == 0:
        kiosk.backlog_oldest_at = None  # (otherwise the oldest waiting is at most that old)
