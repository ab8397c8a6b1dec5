"""Stock at HQ: levels per location move with the ledger; crossings raise alerts.

Levels are changed with one INSERT ... ON CONFLICT DO UPDATE over the SKUs of a batch, in SKU
order (so concurrent pushes lock rows in the same order and cannot deadlock); on PostgreSQL the
SKUs travel as arrays, so the statement is the same text for every batch. The levels after the
change and the batch's steps in event order tell which sale ate into stock committed to online
orders (an oversell exception: the sale happened, so it is never refused), which emptied a shelf
(stock.out) and which went below the reorder point (stock.low); both raise a replenishment
request unless one is already open.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import insert, text, update
from sqlmodel import Session, col, select

from sync.server import bulk, counters, webhooks
from sync.server.effects import Effects, StockStep
from sync.server.models import (
    EventException,
    Location,
    ReplenishmentRequest,
    Shipment,
)


def upsert_levels(
    session: Session, location: str, changes: dict[str, tuple[int, int]]
) -> dict[str, tuple[int, int, int | None]]:
    """Adds (on-hand delta, committed delta) per SKU; returns (on_hand, committed, reorder
    point) after the change. Bumps the location's stock stream version for each row."""
    if not changes:
        return {}
    skus = sorted(changes)
    first = counters.allocate(session, f"stock:{location}", len(skus))
    columns = {
        "skus": skus,
        "on_hand": [changes[sku][0] for sku in skus],
        "committed": [changes[sku][1] for sku in skus],
        "versions": list(range(first, first + len(skus))),
    }
    if bulk.is_postgresql(session):
        rows = session.execute(_UPSERT_POSTGRESQL, {"location": location, **columns})
        return {r[0]: (r[1], r[2], r[3]) for r in rows}
    # SQLite holds the whole database for this transaction (BEGIN IMMEDIATE), so the rows are
    # changed by one prepared statement per row and then read back.
    driver = session.connection().connection.driver_connection
    driver.executemany(  # type: ignore[union-attr]
        _UPSERT_SQLITE,
        [(location, *change) for change in zip(*columns.values(), strict=True)],
    )
    found = bulk.select_in(
        session,
        "SELECT sku, on_hand, committed, reorder_point FROM stock_levels",
        "sku",
        skus,
        location=location,
    )
    return {r[0]: (r[1], r[2], r[3]) for r in found}


# PostgreSQL: one statement whose text never changes, however many SKUs a batch moves (so it is
# parsed and planned once, not per size), taking the rows in the order given (sorted SKUs):
# concurrent pushes lock the same rows in the same order and cannot deadlock.
_UPSERT_POSTGRESQL = text(
    """
INSERT INTO stock_levels (location, sku, on_hand, committed, version)
SELECT :location, change.sku, change.on_hand, change.committed, change.version
FROM unnest(CAST(:skus AS text[]), CAST(:on_hand AS integer[]), CAST(:committed AS integer[]),
            CAST(:versions AS bigint[])) WITH ORDINALITY
     AS change (sku, on_hand, committed, version, position)
ORDER BY change.position
ON CONFLICT (location, sku) DO UPDATE SET
    on_hand = stock_levels.on_hand + excluded.on_hand,
    committed = stock_levels.committed + excluded.committed,
    version = excluded.version
RETURNING sku, on_hand, committed, reorder_point
"""
)
_UPSERT_SQLITE = """
INSERT INTO stock_levels (location, sku, on_hand, committed, version) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (location, sku) DO UPDATE SET
    on_hand = stock_levels.on_hand + excluded.on_hand,
    committed = stock_levels.committed + excluded.committed,
    version = excluded.version
"""


def apply(session: Session, effects: Effects) -> None:
    now = effects.now
    location = session.get(Location, effects.location) or Location(code=effects.location)
    _shipments_received(session, effects, now)
    changes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for step in effects.steps:
        changes[step.sku][0] += step.delta
        changes[step.sku][1] += step.committed_delta
    after = upsert_levels(session, effects.location, {k: (v[0], v[1]) for k, v in changes.items()})
    running = {
        sku: [level[0] - changes[sku][0], level[1] - changes[sku][1]]
        for sku, level in after.items()
    }
    alerts: dict[str, tuple[str, int]] = {}
    for step in effects.steps:
        level = running[step.sku]
        before = level[0]
        level[0] += step.delta
        level[1] += step.committed_delta
        _check_step(
            effects,
            step,
            before=before,
            level=level,
            sku_reorder_point=after[step.sku][2],
            location=location,
            alerts=alerts,
        )
    for event, counted in effects.count_events:
        if abs(counted.delta) > location.count_variance_threshold:
            effects.exception(
                "count_variance",
                f"count of {counted.sku} corrected the ledger by {counted.delta}",
                event,
                sku=counted.sku,
                business_day=counted.business_day,
                counted=counted.counted,
                delta=counted.delta,
            )
    for report in effects.stockouts:
        alerts.setdefault(report.sku, ("stockout", report.on_hand))
    _raise_alerts(session, effects, alerts, now)
    bulk.insert_rows(session, EventException, effects.exceptions)


def _check_step(
    effects: Effects,
    step: StockStep,
    *,
    before: int,
    level: list[int],
    sku_reorder_point: int | None,
    location: Location,
    alerts: dict[str, tuple[str, int]],
) -> None:
    on_hand, committed = level
    # Only a sale that ate into units promised to online orders is an oversell; a level that
    # merely went below zero (stock never set at HQ, a delivery not recorded) is a counting
    # matter the daily report sums up in one line.
    if step.kind == "sale" and step.delta < 0 and committed > 0 and on_hand < committed:
        effects.exceptions.append(
            {
                "kiosk_id": effects.kiosk_id,
                "category": "oversell",
                "seq": step.seq,
                "event_id": step.event_id,
                "kind": "sale.completed",
                "sku": step.sku,
                "business_day": effects.now.date().isoformat(),
                "reason": f"sold {-step.delta} of {step.sku} while {committed} were committed to "
                f"online orders and {on_hand} are left",
                "detail": {"on_hand": on_hand, "committed": committed},
                "created_at": effects.now,
            }
        )
    reorder_point = location.reorder_point if sku_reorder_point is None else sku_reorder_point
    if on_hand <= 0 < before:
        alerts[step.sku] = ("stockout", on_hand)
    elif reorder_point > 0 and on_hand <= reorder_point < before:
        alerts.setdefault(step.sku, ("below_reorder_point", on_hand))


def _raise_alerts(
    session: Session, effects: Effects, alerts: dict[str, tuple[str, int]], now: datetime
) -> None:
    """Per alerted SKU: a stock.out or stock.low webhook, and a replenishment request (with its
    own webhook) unless one is open. Written in a few statements, whatever the count."""
    if not alerts:
        return
    skus = sorted(alerts)
    open_requests = set(
        session.execute(
            select(ReplenishmentRequest.sku).where(
                ReplenishmentRequest.location == effects.location,
                ReplenishmentRequest.status == "open",
                col(ReplenishmentRequest.sku).in_(skus),
            )
        ).scalars()
    )
    wanted = [
        {
            "location": effects.location,
            "sku": sku,
            "reason": alerts[sku][0],
            "on_hand": alerts[sku][1],
            "status": "open",
            "created_at": now,
        }
        for sku in skus
        if sku not in open_requests
    ]
    request_ids: dict[str, int] = {}
    if wanted:
        added = session.execute(
            insert(ReplenishmentRequest).returning(
                col(ReplenishmentRequest.sku), col(ReplenishmentRequest.id)
            ),
            wanted,
        )
        request_ids = {row[0]: int(row[1]) for row in added}
    events: list[tuple[str, dict[str, Any]]] = []
    for sku in skus:
        reason, on_hand = alerts[sku]
        data: dict[str, Any] = {
            "location": effects.location,
            "sku": sku,
            "on_hand": on_hand,
            "kiosk_id": effects.kiosk_id,
        }
        events.append(("stock.out" if reason == "stockout" else "stock.low", data))
        if sku in request_ids:
            events.append(
                (
                    "replenishment.requested",
                    {**data, "request_id": request_ids[sku], "reason": reason},
                )
            )
    webhooks.emit_many(session, events, now)


def _shipments_received(session: Session, effects: Effects, now: datetime) -> None:
    for shipment_id in effects.received_shipments:
        version = counters.allocate(session, "shipments")
        session.execute(
            update(Shipment)
            .where(col(Shipment.id) == shipment_id, col(Shipment.kiosk_id) == effects.kiosk_id)
            .values(status="received", received_at=now, version=version)
        )
