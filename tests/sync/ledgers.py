"""Both ledgers, read the same way, for "nothing lost, nothing doubled" checks."""

from __future__ import annotations

from sqlalchemy import func, text
from sqlmodel import select

from kiosk.store.engine import Store
from sync.server.db import HQDatabase
from sync.server.models import AppliedEvent, Kiosk, Sale, StockLedgerEntry


def kiosk_ledger(store: Store) -> set[tuple[str, str, int]]:
    """The kiosk's announced stock movements: (event id, sku, delta)."""
    with store.read() as session:
        rows = session.execute(
            text(
                "SELECT e.event_id, p.sku, e.delta FROM stock_events e "
                "JOIN outbox o ON o.event_id = e.reference JOIN products p ON p.id = e.product_id"
            )
        ).all()
    return {(r[0], r[1], r[2]) for r in rows}


def hq_ledger(db: HQDatabase, kiosk_id: str) -> list[tuple[str, str, int]]:
    """A list, not a set, so a doubled entry would show."""
    with db.read() as session:
        rows = session.execute(
            select(
                StockLedgerEntry.stock_event_id, StockLedgerEntry.sku, StockLedgerEntry.delta
            ).where(StockLedgerEntry.kiosk_id == kiosk_id)
        ).all()
    return sorted((r[0], r[1], r[2]) for r in rows)


def kiosk_outbox(store: Store) -> list[tuple[int, str]]:
    with store.read() as session:
        return [
            (r[0], r[1])
            for r in session.execute(text("SELECT seq, event_id FROM outbox ORDER BY seq"))
        ]


def hq_applied(db: HQDatabase, kiosk_id: str) -> list[tuple[int, str]]:
    with db.read() as session:
        rows = session.execute(
            select(AppliedEvent.seq, AppliedEvent.event_id)
            .where(AppliedEvent.kiosk_id == kiosk_id)
            .order_by(AppliedEvent.seq)  # type: ignore[arg-type]
        ).all()
    return [(r[0], r[1]) for r in rows]


def hq_state(db: HQDatabase) -> tuple[int, ...]:
    """Row counts that any accepted request would change (for "changes nothing" checks)."""
    with db.read() as session:
        return (
            session.execute(select(func.count()).select_from(AppliedEvent)).scalar_one(),
            session.execute(select(func.count()).select_from(Sale)).scalar_one(),
            session.execute(select(func.count()).select_from(StockLedgerEntry)).scalar_one(),
            sum(session.execute(select(Kiosk.last_seq)).scalars()),
        )
