"""Pickup orders as pulled from HQ, and the hand-overs made at this kiosk (with their proof).

HQ's rows (`pickup_orders`, `pickup_order_lines`) are replaced by every pull; what this kiosk
handed over lives in `pickup_handovers` and is added on top, so an order's state here is always
HQ's last word plus the local hand-overs since (see kiosk.domain.pickup.order_state).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session

from kiosk.store.catalog import dbapi
from kiosk.store.types import iso_utc

# HQ statuses under which an order may still be handed over here.
HOLDING = ("ready", "partial")


@dataclass(frozen=True, slots=True)
class OrderLine:
    line_no: int
    sku: str
    name: str
    quantity: int
    unit_price: int


@dataclass(frozen=True, slots=True)
class StoredOrder:
    order_id: str
    order_no: str
    customer_name: str
    contact_masked: str
    paid: bool
    total: int
    currency: str
    window_start: datetime
    window_end: datetime
    hq_status: str
    code: str
    offer: dict[str, Any] | None
    lines: tuple[OrderLine, ...]
    collected: dict[str, int] = field(default_factory=dict)  # handed over here, by SKU

    def ordered(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for line in self.lines:
            out[line.sku] = out.get(line.sku, 0) + line.quantity
        return out

    def to_collect(self) -> dict[str, int]:
        return {
            sku: q - self.collected.get(sku, 0)
            for sku, q in self.ordered().items()
            if q > self.collected.get(sku, 0)
        }


_ORDER_COLUMNS = (
    "order_id, order_no, customer_name, contact_masked, paid, total, currency, window_start, "
    "window_end, status, code, offer_json"
)


def _orders(
    session: Session, where: str, params: tuple[Any, ...], limit: int = 1000
) -> list[StoredOrder]:
    conn = dbapi(session)
    rows = conn.execute(
        f"SELECT {_ORDER_COLUMNS} FROM pickup_orders WHERE {where} "
        "ORDER BY window_end, order_no LIMIT ?",
        (*params, limit),
    ).fetchall()
    if not rows:
        return []
    ids = [r[0] for r in rows]
    marks = ",".join("?" * len(ids))
    lines: dict[str, list[OrderLine]] = {i: [] for i in ids}
    for r in conn.execute(
        "SELECT order_id, line_no, sku, name, quantity, unit_price FROM pickup_order_lines "
        f"WHERE order_id IN ({marks}) ORDER BY order_id, line_no",
        ids,
    ):
        lines[r[0]].append(OrderLine(r[1], r[2], r[3], int(r[4]), int(r[5])))
    got = collected(session, ids)
    return [
        StoredOrder(
            order_id=r[0],
            order_no=r[1],
            customer_name=r[2],
            contact_masked=r[3],
            paid=bool(r[4]),
            total=int(r[5]),
            currency=r[6],
            window_start=datetime.fromisoformat(r[7]),
            window_end=datetime.fromisoformat(r[8]),
            hq_status=r[9],
            code=r[10],
            offer=json.loads(r[11]) if r[11] else None,
            lines=tuple(lines[r[0]]),
            collected=got.get(r[0], {}),
        )
        for r in rows
    ]


def order(session: Session, order_id: str) -> StoredOrder | None:
    found = _orders(session, "order_id = ?", (order_id,))
    return found[0] if found else None


def by_order_no(session: Session, order_no: str) -> StoredOrder | None:
    found = _orders(session, "order_no = ? COLLATE NOCASE", (order_no.strip(),))
    return found[0] if found else None


def search(
    session: Session, query: str, *, hq_statuses: tuple[str, ...] = HOLDING, limit: int = 100
) -> list[StoredOrder]:
    """Orders in one of `hq_statuses` whose number or customer name contains `query` (any
    case), soonest window end first; all of them when the query is empty."""
    marks = ",".join("?" * len(hq_statuses))
    where, params = f"status IN ({marks})", tuple(hq_statuses)
    words = query.strip()
    if words:
        like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where += " AND (order_no LIKE ? ESCAPE '\\' OR customer_name LIKE ? ESCAPE '\\')"
        params += (like, like)
    return _orders(session, where, params, limit)


def collected(session: Session, order_ids: Iterable[str]) -> dict[str, dict[str, int]]:
    ids = list(order_ids)
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    out: dict[str, dict[str, int]] = {}
    for order_id, sku, quantity in dbapi(session).execute(
        "SELECT h.order_id, l.sku, SUM(l.handed_over) FROM pickup_handover_lines l "
        "JOIN pickup_handovers h ON h.pickup_id = l.pickup_id "
        f"WHERE h.order_id IN ({marks}) GROUP BY h.order_id, l.sku",
        ids,
    ):
        if quantity:
            out.setdefault(order_id, {})[sku] = int(quantity)
    return out


@dataclass(frozen=True, slots=True)
class HandoverLine:
    sku: str
    name: str
    ordered: int
    handed_over: int
    stock_event_id: str | None


@dataclass(frozen=True, slots=True)
class Handover:
    pickup_id: str
    order_id: str
    order_no: str
    associate_id: str
    method: str
    note: str
    signature_png: bytes | None
    partial: bool
    reason: str
    occurred_at: datetime
    business_day: str
    print_job_id: str | None
    lines: tuple[HandoverLine, ...]
    associate_name: str = ""  # filled when read back, for people reading the proof


def insert_handover(session: Session, h: Handover) -> None:
    conn = dbapi(session)
    conn.execute(
        "INSERT INTO pickup_handovers (pickup_id, order_id, order_no, associate_id, method, note, "
        "signature_png, partial, reason, occurred_at, business_day, print_job_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            h.pickup_id,
            h.order_id,
            h.order_no,
            h.associate_id,
            h.method,
            h.note,
            h.signature_png,
            h.partial,
            h.reason,
            iso_utc(h.occurred_at),
            h.business_day,
            h.print_job_id,
        ),
    )
    conn.executemany(
        "INSERT INTO pickup_handover_lines (pickup_id, line_no, sku, name, ordered, handed_over, "
        "stock_event_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (h.pickup_id, n, ln.sku, ln.name, ln.ordered, ln.handed_over, ln.stock_event_id)
            for n, ln in enumerate(h.lines, start=1)
        ],
    )


def handovers(session: Session, order_id: str) -> list[Handover]:
    conn = dbapi(session)
    heads = conn.execute(
        "SELECT h.pickup_id, h.order_id, h.order_no, h.associate_id, h.method, h.note, "
        "h.signature_png, h.partial, h.reason, h.occurred_at, h.business_day, h.print_job_id, "
        "COALESCE(a.name, h.associate_id) FROM pickup_handovers h "
        "LEFT JOIN associates a ON a.id = h.associate_id "
        "WHERE h.order_id = ? ORDER BY h.occurred_at",
        (order_id,),
    ).fetchall()
    out = []
    for h in heads:
        lines = conn.execute(
            "SELECT sku, name, ordered, handed_over, stock_event_id FROM pickup_handover_lines "
            "WHERE pickup_id = ? ORDER BY line_no",
            (h[0],),
        ).fetchall()
        out.append(
            Handover(
                pickup_id=h[0],
                order_id=h[1],
                order_no=h[2],
                associate_id=h[3],
                method=h[4],
                note=h[5],
                signature_png=bytes(h[6]) if h[6] is not None else None,
                partial=bool(h[7]),
                reason=h[8],
                occurred_at=datetime.fromisoformat(h[9]),
                business_day=h[10],
                print_job_id=h[11],
                lines=tuple(HandoverLine(r[0], r[1], int(r[2]), int(r[3]), r[4]) for r in lines),
                associate_name=h[12],
            )
        )
    return out


def offer_sale_id(session: Session, order_id: str) -> str | None:
    """The add-on sale linked to an order, if its offer was taken."""
    row = (
        dbapi(session)
        .execute("SELECT id FROM sales WHERE linked_order = ? LIMIT 1", (order_id,))
        .fetchone()
    )
    return str(row[0]) if row else None
