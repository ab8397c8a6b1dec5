"""What the operations UI added to the services: printing the X report, the admin's way into
kiosk mode's maintenance screen, and the data directory's single-till lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.domain.cash import CashCount
from kiosk.services.associates import AssociateService, LockedOut, LoginFailed
from kiosk.services.clock import ManualClock
from kiosk.services.shifts import NoOpenShift, ShiftService
from kiosk.store.engine import Store
from kiosk.store.instance_lock import InstanceBusy, InstanceLock
from kiosk.store.settings import StoreProfile


def actions(store: Store, like: str) -> list[str]:
    with store.read() as session:
        rows = session.execute(
            text("SELECT action FROM audit_log WHERE action LIKE :a ORDER BY id"), {"a": like}
        )
        return [str(r[0]) for r in rows]


def test_printing_the_x_report_queues_it_and_closes_nothing(
    demo_store: Store, profile: StoreProfile, clock: ManualClock
) -> None:
    shifts = ShiftService(demo_store, clock, profile)
    report = shifts.print_x_report()
    assert report.kind == "X" and report.expected_cash == 13800
    with demo_store.read() as session:
        jobs = session.execute(text("SELECT kind, is_copy, state FROM print_jobs")).all()
        state = session.execute(text("SELECT state FROM shifts")).scalar_one()
    assert [tuple(j) for j in jobs] == [("report", 0, "queued")] and state == "open"

    alex = AssociateService(demo_store, clock).login_pin("1234")
    shifts.close(alex, CashCount("EUR", {10000: 1}))
    with pytest.raises(NoOpenShift):
        shifts.print_x_report()


def test_only_an_admin_opens_maintenance_and_every_attempt_is_audited(
    demo_store: Store, clock: ManualClock
) -> None:
    staff = AssociateService(demo_store, clock)
    admin = staff.maintenance_access("1357")
    assert admin.name == "Sam Admin"
    with pytest.raises(LoginFailed, match="Morgan Manager is not an admin"):
        staff.maintenance_access("9876")
    assert actions(demo_store, "maintenance.%") == ["maintenance.opened", "maintenance.refused"]


def test_wrong_maintenance_pins_lock_maintenance_but_not_the_till(
    demo_store: Store, clock: ManualClock
) -> None:
    staff = AssociateService(demo_store, clock)
    for _ in range(4):
        with pytest.raises(LoginFailed, match="Wrong PIN"):
            staff.maintenance_access("0000")
    with pytest.raises(LockedOut):
        staff.maintenance_access("0000")
    with pytest.raises(LockedOut):
        staff.maintenance_access("1357")  # even the right PIN waits now
    assert staff.login_pin("1234").name == "Alex Associate"  # selling goes on
    clock.advance(31)
    assert staff.maintenance_access("1357").name == "Sam Admin"


def test_a_second_holder_of_the_data_directory_learns_who_holds_it(tmp_path: Path) -> None:
    with InstanceLock(tmp_path, "run the till"):
        with pytest.raises(InstanceBusy) as busy:
            InstanceLock(tmp_path, "restore the store").acquire()
        assert busy.value.holder.startswith("run the till (pid ")
        assert "only one kiosk process may restore the store at a time" in str(busy.value)
    InstanceLock(tmp_path, "restore the store").acquire().release()  # free again
