"""The drawer's day: open with a counted float, cash in and out, "no sale", X report, and a
blind close that ends in a Z report with a gapless number.

Blind means the associate counts before learning what the drawer should hold: `close` takes
the count and only then returns the expected amount and the variance.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from sqlmodel import Session, select

from kiosk.domain.cash import CashCount
from kiosk.domain.errors import InvalidInput, KioskError
from kiosk.domain.permissions import Actor, Approval, Permission, authorize
from kiosk.domain.shift_report import ShiftReport
from kiosk.services.clock import Clock, business_day
from kiosk.services.shift_documents import shift_report_document
from kiosk.store import audit, outbox, print_jobs
from kiosk.store.counters import next_value
from kiosk.store.engine import Store
from kiosk.store.models import Associate, CashMovement, Shift
from kiosk.store.settings import StoreProfile
from kiosk.store.shifts import Names, figures, open_shift
from sync.protocol import ShiftClosed


class NoOpenShift(KioskError):
    def __init__(self) -> None:
        super().__init__("No shift is open. Open a shift (count the float) before selling.")


@dataclass(frozen=True, slots=True)
class ShiftInfo:
    id: str
    opened_at: datetime
    opened_by: str
    float_total: int


class ShiftService:
    def __init__(self, store: Store, clock: Clock, profile: StoreProfile) -> None:
        self.store = store
        self.clock = clock
        self.profile = profile

    def current(self) -> ShiftInfo | None:
        with self.store.read() as session:
            shift = open_shift(session)
            return _info(session, shift) if shift else None

    def open(self, actor: Actor, float_count: CashCount) -> ShiftInfo:
        if float_count.currency != self.profile.currency:
            raise InvalidInput(f"Count the float in {self.profile.currency}")
        now = self.clock.now()
        with self.store.write() as session:
            if open_shift(session) is not None:
                raise InvalidInput("A shift is already open. Close it before opening another.")
            shift = Shift(
                id=uuid.uuid4().hex,
                state="open",
                opened_at=now,
                opened_by=actor.associate_id,
                float_json=json.dumps(float_count.to_json()),
                float_total=float_count.total,
                business_day=business_day(now, self.profile.timezone),
            )
            session.add(shift)
            audit.append(
                session,
                action="shift.opened",
                at=now,
                associate_id=actor.associate_id,
                subject=shift.id,
                detail={"float": float_count.total},
            )
            session.flush()
            return _info(session, shift)

    def cash_in(
        self, actor: Actor, amount: int, reason: str, approval: Approval | None = None
    ) -> None:
        self._movement(
            actor, "in", amount, reason, permission=Permission.CASH_MOVEMENT, approval=approval
        )

    def cash_out(
        self, actor: Actor, amount: int, reason: str, approval: Approval | None = None
    ) -> None:
        self._movement(
            actor, "out", amount, reason, permission=Permission.CASH_MOVEMENT, approval=approval
        )

    def no_sale(self, actor: Actor, reason: str, approval: Approval | None = None) -> None:
        """Opens the drawer without a sale: needs the permission, and is always recorded."""
        self._movement(
            actor, "no_sale", 0, reason, permission=Permission.NO_SALE, approval=approval
        )

    def _movement(
        self,
        actor: Actor,
        kind: str,
        amount: int,
        reason: str,
        *,
        permission: Permission,
        approval: Approval | None,
    ) -> None:
        if type(amount) is not int or amount < 0 or (kind != "no_sale" and amount == 0):
            raise InvalidInput("Enter an amount above zero")
        if len(reason.strip()) < 3:
            raise InvalidInput("Give a reason")
        spent = authorize(actor, permission, approval)
        now = self.clock.now()
        with self.store.write() as session:
            shift = open_shift(session)
            if shift is None:
                raise NoOpenShift
            movement = CashMovement(
                id=uuid.uuid4().hex,
                shift_id=shift.id,
                kind=kind,
                amount=amount,
                reason=reason.strip(),
                associate_id=actor.associate_id,
                approved_by=spent.manager_id if spent else None,
                at=now,
            )
            session.add(movement)
            audit.append(
                session,
                action="drawer.opened" if kind == "no_sale" else f"cash.{kind}",
                at=now,
                associate_id=actor.associate_id,
                subject=shift.id,
                detail={
                    "amount": amount,
                    "reason": movement.reason,
                    "approved_by": movement.approved_by,
                },
            )
            # Every one of these opens the drawer; the kick is a print job like any other.
            print_jobs.enqueue_drawer_kick(session, reference=movement.id, at=now)
        if spent is not None:
            spent.spent = True

    def x_report(self) -> ShiftReport:
        with self.store.read() as session:
            shift = open_shift(session)
            if shift is None:
                raise NoOpenShift
            return self._report(session, shift, "X", None)

    def print_x_report(self) -> ShiftReport:
        """Prints the X report as it stands now; like viewing it, this closes nothing."""
        now = self.clock.now()
        with self.store.write() as session:
            shift = open_shift(session)
            if shift is None:
                raise NoOpenShift
            report = self._report(session, shift, "X", None, now=now)
            print_jobs.enqueue(
                session,
                job_id=uuid.uuid4().hex,
                kind="report",
                document=shift_report_document(report, self.profile),
                at=now,
                reference=shift.id,
            )
        return report

    def close(self, actor: Actor, counted: CashCount) -> ShiftReport:
        """The blind close: stores the Z report (immutable), prints it, queues it for HQ."""
        if counted.currency != self.profile.currency:
            raise InvalidInput(f"Count the drawer in {self.profile.currency}")
        now = self.clock.now()
        with self.store.write() as session:
            shift = open_shift(session)
            if shift is None:
                raise NoOpenShift
            z_no = next_value(session, "z")
            report = self._report(session, shift, "Z", actor.name, now=now)
            report = replace(
                report,
                z_no=z_no,
                closed_at=now.isoformat(),
                counted_cash=counted.total,
                variance=counted.total - report.expected_cash,
            )
            shift.state = "closed"
            shift.closed_at = now
            shift.closed_by = actor.associate_id
            shift.counted_json = json.dumps(counted.to_json())
            shift.counted_total = counted.total
            shift.expected_cash = report.expected_cash
            shift.variance = report.variance
            shift.z_no = z_no
            shift.report_json = json.dumps(report.to_json())
            session.add(shift)
            audit.append(
                session,
                action="shift.closed",
                at=now,
                associate_id=actor.associate_id,
                subject=shift.id,
                detail={
                    "z_no": z_no,
                    "expected": report.expected_cash,
                    "counted": counted.total,
                    "variance": report.variance,
                },
            )
            self._on_close(session, report, now)
        return report

    def _on_close(self, session: Session, report: ShiftReport, now: datetime) -> None:
        """What else a close writes in its transaction: the Z report for HQ, and on paper."""
        shift = session.get(Shift, report.shift_id)
        assert shift is not None and report.z_no is not None and shift.closed_by is not None
        event = ShiftClosed(
            shift_id=shift.id,
            z_no=report.z_no,
            associate_id=shift.closed_by,
            opened_at=shift.opened_at,
            closed_at=now,
            business_day=shift.business_day,
            currency=report.currency,
            sales_count=report.sales_count,
            sales_total=report.sales_total,
            refunds_total=report.refunds_total,
            cash_expected=report.expected_cash,
            cash_counted=report.counted_cash or 0,
            variance=report.variance or 0,
        )
        outbox.emit(session, shift.id, event, now)
        print_jobs.enqueue(
            session,
            job_id=uuid.uuid4().hex,
            kind="report",
            document=shift_report_document(report, self.profile),
            at=now,
            reference=report.shift_id,
        )

    def reprint(self, report: ShiftReport) -> None:
        with self.store.write() as session:
            print_jobs.enqueue(
                session,
                job_id=uuid.uuid4().hex,
                kind="report",
                document=shift_report_document(report, self.profile).as_copy(),
                at=self.clock.now(),
                reference=report.shift_id,
            )

    def z_report(self, z_no: int) -> ShiftReport:
        with self.store.read() as session:
            row = session.exec(select(Shift).where(Shift.z_no == z_no)).first()
        if row is None or row.report_json is None:
            raise InvalidInput(f"There is no Z report number {z_no}")
        return ShiftReport.from_json(json.loads(row.report_json))

    def _report(
        self,
        session: Session,
        shift: Shift,
        kind: str,
        closed_by: str | None,
        now: datetime | None = None,
    ) -> ShiftReport:
        opener = session.get(Associate, shift.opened_by)
        names = Names(opener.name if opener else shift.opened_by, closed_by)
        report = figures(session, shift, now or self.clock.now(), names, kind)
        return replace(report, currency=self.profile.currency)


def _info(session: Session, shift: Shift) -> ShiftInfo:
    opener = session.get(Associate, shift.opened_by)
    name = opener.name if opener else shift.opened_by
    return ShiftInfo(shift.id, shift.opened_at, name, shift.float_total)
