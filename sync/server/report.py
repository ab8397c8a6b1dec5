"""`kiosk-hq report --day YYYY-MM-DD`: the daily reconciliation report, per kiosk."""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import BaseModel
from sqlalchemy import func
from sqlmodel import Session, col, select

from sync.server.models import (
    AppliedEvent,
    EventException,
    Kiosk,
    Location,
    Refund,
    Sale,
    StockLedgerEntry,
    StockLevel,
)

SKEW_LIMIT_S = 300
STALE_AFTER = timedelta(days=1)


class ExceptionRow(BaseModel):
    category: str
    seq: int | None
    sku: str | None
    reason: str


class SkuStock(BaseModel):
    sku: str
    moved: int  # this kiosk's net movement that day
    on_hand: int
    committed: int
    available: int


class KioskDay(BaseModel):
    kiosk_id: str
    name: str
    location: str
    sales_count: int
    sales_total: int
    tax_total: int
    refunds_count: int
    refunds_total: int
    events_applied: int
    events_parked: int
    last_seq: int
    last_seen_at: datetime | None
    not_synced_for_a_day: bool
    clock_skew_s: float | None
    clock_skew_flag: bool
    backlog_waiting: int
    backlog_oldest_at: datetime | None
    exceptions: list[ExceptionRow]
    stock: list[SkuStock]


class DayReport(BaseModel):
    day: str
    generated_at: datetime
    kiosks: list[KioskDay]
    totals: dict[str, int]


def daily_report(session: Session, day: str, now: datetime) -> DayReport:
    kiosks = session.execute(select(Kiosk).order_by(Kiosk.id)).scalars().all()
    parts = [_kiosk_day(session, k, day, now) for k in kiosks]
    totals = {
        "sales_count": sum(k.sales_count for k in parts),
        "sales_total": sum(k.sales_total for k in parts),
        "events_applied": sum(k.events_applied for k in parts),
        "exceptions": sum(len(k.exceptions) for k in parts),
    }
    return DayReport(day=day, generated_at=now, kiosks=parts, totals=totals)


def _kiosk_day(session: Session, kiosk: Kiosk, day: str, now: datetime) -> KioskDay:
    sales = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(Sale.total), 0),
            func.coalesce(func.sum(Sale.tax_total), 0),
        ).where(Sale.kiosk_id == kiosk.id, Sale.business_day == day)
    ).one()
    refunds = session.execute(
        select(func.count(), func.coalesce(func.sum(Refund.total), 0)).where(
            Refund.kiosk_id == kiosk.id, Refund.business_day == day
        )
    ).one()
    by_status = dict(
        session.execute(
            select(AppliedEvent.status, func.count())
            .where(AppliedEvent.kiosk_id == kiosk.id, AppliedEvent.business_day == day)
            .group_by(AppliedEvent.status)
        ).all()
    )
    parked = session.execute(
        select(func.count())
        .select_from(EventException)
        .where(
            EventException.kiosk_id == kiosk.id,
            EventException.category == "invalid",
            func.date(EventException.created_at) == day,
        )
    ).scalar_one()
    exceptions = session.execute(
        select(EventException)
        .where(
            EventException.kiosk_id == kiosk.id,
            (col(EventException.business_day) == day)
            | (func.date(EventException.created_at) == day),
        )
        .order_by(col(EventException.id))
    ).scalars()
    moved = session.execute(
        select(StockLedgerEntry.sku, func.sum(StockLedgerEntry.delta))
        .where(StockLedgerEntry.kiosk_id == kiosk.id, StockLedgerEntry.business_day == day)
        .group_by(StockLedgerEntry.sku)
        .order_by(StockLedgerEntry.sku)
    ).all()
    levels = (
        {
            r.sku: r
            for r in session.execute(
                select(StockLevel).where(
                    StockLevel.location == kiosk.location,
                    col(StockLevel.sku).in_([m[0] for m in moved]),
                )
            ).scalars()
        }
        if moved
        else {}
    )
    location = session.get(Location, kiosk.location)
    buffer = location.safety_buffer if location else 0
    skew = kiosk.clock_skew_s
    return KioskDay(
        kiosk_id=kiosk.id,
        name=kiosk.name,
        location=kiosk.location,
        sales_count=sales[0],
        sales_total=sales[1],
        tax_total=sales[2],
        refunds_count=refunds[0],
        refunds_total=refunds[1],
        events_applied=by_status.get("applied", 0) + by_status.get("repaired", 0),
        events_parked=max(by_status.get("parked", 0), parked),
        last_seq=kiosk.last_seq,
        last_seen_at=kiosk.last_seen_at,
        not_synced_for_a_day=kiosk.last_seen_at is None or now - kiosk.last_seen_at > STALE_AFTER,
        clock_skew_s=skew,
        clock_skew_flag=skew is not None and abs(skew) > SKEW_LIMIT_S,
        backlog_waiting=kiosk.backlog_waiting,
        backlog_oldest_at=kiosk.backlog_oldest_at,
        exceptions=[
            ExceptionRow(category=e.category, seq=e.seq, sku=e.sku, reason=e.reason)
            for e in exceptions
        ],
        stock=[
            SkuStock(
                sku=sku,
                moved=int(delta),
                on_hand=levels[sku].on_hand if sku in levels else 0,
                committed=levels[sku].committed if sku in levels else 0,
                available=max(
                    (levels[sku].on_hand - levels[sku].committed - buffer) if sku in levels else 0,
                    0,
                ),
            )
            for sku, delta in moved
        ],
    )


def render_text(report: DayReport) -> str:
    lines = [
        f"HQ daily report for {report.day} (generated {report.generated_at:%Y-%m-%d %H:%M} UTC)"
    ]
    for k in report.kiosks:
        lines.append("")
        lines.append(f"Kiosk {k.kiosk_id} {k.name} @ {k.location}")
        lines.append(
            f"  sales: {k.sales_count}, total {_money(k.sales_total)} (tax {_money(k.tax_total)}); "
            f"refunds: {k.refunds_count}, total {_money(k.refunds_total)}"
        )
        lines.append(
            f"  events applied: {k.events_applied}, parked: {k.events_parked}, "
            f"last sequence {k.last_seq}"
        )
        seen = k.last_seen_at.strftime("%Y-%m-%d %H:%M") if k.last_seen_at else "never"
        flags = []
        if k.not_synced_for_a_day:
            flags.append("NOT SYNCED FOR MORE THAN A DAY")
        if k.clock_skew_flag:
            flags.append(f"CLOCK SKEW {k.clock_skew_s:+.0f} s")
        if k.backlog_waiting:
            flags.append(f"outbox backlog {k.backlog_waiting}")
        lines.append(f"  last sync: {seen}" + (f"  [{'; '.join(flags)}]" if flags else ""))
        if k.exceptions:
            lines.append(f"  exceptions ({len(k.exceptions)}):")
            lines.extend(f"    - {e.category}: {e.reason}" for e in k.exceptions[:50])
        else:
            lines.append("  exceptions: none")
        if k.stock:
            below = sum(1 for s in k.stock if s.on_hand < 0)
            if below:
                # One line, not one alarm per SKU: the usual cause is stock never set at HQ.
                lines.append(
                    f"  {below} SKU(s) below zero at HQ after today's sales: their stock here was "
                    "never set or a delivery was not recorded; count them"
                )
            lines.append("  stock moved (sku, net, on hand, committed, available online):")
            lines.extend(
                f"    {s.sku:16} {s.moved:+6d} {s.on_hand:6d} {s.committed:6d} {s.available:6d}"
                for s in k.stock[:200]
            )
    lines.append("")
    lines.append(
        f"Totals: {report.totals['sales_count']} sales, {_money(report.totals['sales_total'])}, "
        f"{report.totals['events_applied']} events, {report.totals['exceptions']} exceptions"
    )
    return "\n".join(lines)


def _money(minor: int) -> str:
    sign = "-" if minor < 0 else ""
    return f"{sign}{abs(minor) // 100}.{abs(minor) % 100:02d}"
