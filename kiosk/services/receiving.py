"""Receiving a replenishment shipment: scan its code, see what HQ sent, confirm what arrived.

The shipment code printed on HQ's delivery note is `SH1.<shipment id>`. Good units go on the
shelf as `receive` movements; damaged units never enter sellable stock. Every difference from
the delivery note (short, over, damaged) is recorded and sent to HQ with the receipt.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import text
from sqlmodel import Session

from kiosk.domain.barcode import SHIPMENT_PREFIX
from kiosk.domain.errors import InvalidInput, KioskError
from kiosk.domain.permissions import Actor, Permission, authorize
from kiosk.services.clock import Clock, business_day
from kiosk.store import audit, catalog, outbox, stock
from kiosk.store.engine import Store
from kiosk.store.models import ShipmentRow
from kiosk.store.settings import StoreProfile
from sync.protocol import ReplenishmentLinePayload, ReplenishmentReceived

Issue = Literal["short", "over", "damaged"]


class UnknownShipment(KioskError):
    pass


@dataclass(frozen=True, slots=True)
class ExpectedLine:
    sku: str
    name: str
    product_id: int | None  # None: the catalog has not reached this till yet
    quantity: int


@dataclass(frozen=True, slots=True)
class ShipmentView:
    shipment_id: str
    status: str
    expected_at: datetime | None
    note: str
    lines: list[ExpectedLine]


@dataclass(frozen=True, slots=True)
class ArrivedLine:
    sku: str
    good: int  # units going on the shelf
    damaged: int = 0  # units that arrived broken
    note: str = ""


@dataclass(frozen=True, slots=True)
class ReceivedLine:
    sku: str
    expected: int
    good: int
    damaged: int
    issue: Issue | None


@dataclass(frozen=True, slots=True)
class ShipmentReceipt:
    receipt_id: str
    shipment_id: str | None
    lines: list[ReceivedLine]

    @property
    def differences(self) -> list[ReceivedLine]:
        return [ln for ln in self.lines if ln.issue is not None]


def shipment_id_from_code(code: str) -> str:
    code = code.strip()
    if not code.startswith(SHIPMENT_PREFIX) or len(code) <= len(SHIPMENT_PREFIX):
        raise InvalidInput("That is not a shipment code (they start with SH1.)")
    return code[len(SHIPMENT_PREFIX) :]


class ReceivingService:
    def __init__(self, store: Store, clock: Clock, profile: StoreProfile) -> None:
        self.store = store
        self.clock = clock
        self.profile = profile

    def open_shipments(self) -> list[ShipmentView]:
        with self.store.read() as session:
            ids = session.execute(
                text(
                    "SELECT shipment_id FROM shipments WHERE status != 'received' "
                    "ORDER BY expected_at"
                )
            ).scalars()
            return [self._view(session, sid) for sid in list(ids)]

    def shipment(self, code_or_id: str) -> ShipmentView:
        sid = (
            shipment_id_from_code(code_or_id)
            if code_or_id.startswith(SHIPMENT_PREFIX)
            else code_or_id
        )
        with self.store.read() as session:
            return self._view(session, sid)

    def _view(self, session: Session, shipment_id: str) -> ShipmentView:
        row = session.get(ShipmentRow, shipment_id)
        if row is None:
            raise UnknownShipment(
                f"Shipment {shipment_id} is not known at this till yet. Sync with HQ first, or "
                "receive the goods without a shipment."
            )
        lines = session.execute(
            text(
                "SELECT l.sku, COALESCE(p.name, l.sku), p.id, l.quantity FROM shipment_lines l "
                "LEFT JOIN products p ON p.sku = l.sku WHERE l.shipment_id = :s ORDER BY l.line_no"
            ),
            {"s": shipment_id},
        ).all()
        return ShipmentView(
            row.shipment_id,
            row.status,
            row.expected_at,
            row.note,
            [ExpectedLine(r[0], r[1], r[2], int(r[3])) for r in lines],
        )

    def receive(
        self, actor: Actor, shipment_id: str | None, arrived: list[ArrivedLine]
    ) -> ShipmentReceipt:
        authorize(actor, Permission.STOCK, None)
        if not arrived:
            raise InvalidInput("Scan or enter at least one item")
        if any(a.good < 0 or a.damaged < 0 for a in arrived):
            raise InvalidInput("Quantities are zero or more")
        now = self.clock.now()
        day = business_day(now, self.profile.timezone)
        receipt_id = uuid.uuid4().hex
        with self.store.write() as session:
            expected: dict[str, int] = {}
            if shipment_id is not None:
                view = self._view(session, shipment_id)
                if view.status == "received":
                    raise InvalidInput(f"Shipment {shipment_id} was already received")
                for line in view.lines:
                    expected[line.sku] = expected.get(line.sku, 0) + line.quantity
            counted = {a.sku: a for a in arrived}
            lines: list[ReceivedLine] = []
            movements: list[stock.Movement] = []
            payload: list[ReplenishmentLinePayload] = []
            for sku in list(expected) + [s for s in counted if s not in expected]:
                got = counted.get(sku, ArrivedLine(sku, 0))
                product = catalog.find_by_sku(session, sku)
                if product is None:
                    raise InvalidInput(f"SKU {sku} is not in this till's catalog; sync first")
                want = expected.get(sku, 0) if shipment_id is not None else got.good + got.damaged
                issue: Issue | None = None
                if got.damaged:
                    issue = "damaged"
                elif got.good < want:
                    issue = "short"
                elif got.good > want:
                    issue = "over"
                event_id = uuid.uuid4().hex
                if got.good:
                    movements.append(
                        stock.Movement(
                            event_id, product.id, got.good, "receive", receipt_id, "replenishment"
                        )
                    )
                lines.append(ReceivedLine(sku, want, got.good, got.damaged, issue))
                payload.append(
                    ReplenishmentLinePayload(
                        sku=sku,
                        quantity=got.good,
                        stock_event_id=event_id,
                        expected=want if shipment_id is not None else None,
                        issue=issue,
                        note=got.note,
                    )
                )
            stock.record(session, movements, now, actor.associate_id)
            event = ReplenishmentReceived(
                receipt_id=receipt_id,
                shipment_id=shipment_id,
                associate_id=actor.associate_id,
                occurred_at=now,
                business_day=day,
                lines=payload,
            )
            outbox.emit(session, receipt_id, event, now)
            if shipment_id is not None:
                session.execute(
                    text("UPDATE shipments SET status = 'received' WHERE shipment_id = :s"),
                    {"s": shipment_id},
                )
            audit.append(
                session,
                action="replenishment.received",
                at=now,
                associate_id=actor.associate_id,
                subject=shipment_id or receipt_id,
                detail={
                    "differences": [
                        {
                            "sku": ln.sku,
                            "expected": ln.expected,
                            "good": ln.good,
                            "damaged": ln.damaged,
                            "issue": ln.issue,
                        }
                        for ln in lines
                        if ln.issue
                    ]
                },
            )
        return ShipmentReceipt(receipt_id, shipment_id, lines)
