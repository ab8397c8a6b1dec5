"""Printing use cases against the real store: reprints rebuilt from the sale, drawer kicks,
the audited no-sale drawer opening, and the answer to a cut-off receipt."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from hardware.document import Document, DrawerKick, Text
from kiosk.domain.errors import InvalidInput, PermissionDenied
from kiosk.domain.payment import Tender, TenderMethod
from kiosk.domain.permissions import Actor, Approval, Permission, Role
from kiosk.services.clock import ManualClock
from kiosk.services.printing import PrintingService
from kiosk.services.shifts import ShiftService
from kiosk.services.simulate import Simulator
from kiosk.store import print_jobs
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile


def staff(store: Store, role: Role) -> Actor:
    with store.read() as tx:
        row = tx.execute(
            text("SELECT id, name FROM associates WHERE role = :r LIMIT 1"), {"r": role.value}
        ).one()
    return Actor(row[0], row[1], role)


def is_spent(approval: Approval) -> bool:
    return approval.spent  # a function call, so the type checker does not pin the value


def test_a_reprint_is_the_stored_sale_rebuilt_and_marked_copy(
    demo_store: Store, clock: ManualClock, profile: StoreProfile
) -> None:
    simulator = Simulator(demo_store, clock, profile, seed=3)
    session = simulator.basket(3)
    total = session.cart.priced().total.minor
    sale = simulator.checkout.complete_sale(session, [Tender(TenderMethod.CASH, total + 500)])
    clock.advance(3600)
    notified: list[bool] = []
    service = PrintingService(demo_store, clock, profile, notify=lambda: notified.append(True))
    job_id = service.print_receipt(sale.sale_id)
    with demo_store.read() as tx:
        original = print_jobs.get(tx, sale.print_job_id or "")
        copy = print_jobs.get(tx, job_id)
    assert original is not None and copy is not None
    assert copy.document == original.document.as_copy()  # same lines, same date, same staff
    assert copy.is_copy and copy.reference == sale.sale_id and copy.state == "queued"
    assert notified == [True]


def test_printing_an_unknown_sale_says_so(
    demo_store: Store, clock: ManualClock, profile: StoreProfile
) -> None:
    with pytest.raises(InvalidInput, match="no sale"):
        PrintingService(demo_store, clock, profile).print_receipt("nope")


def test_opening_the_drawer_without_a_sale_needs_a_manager_and_is_audited(
    demo_store: Store, clock: ManualClock, profile: StoreProfile
) -> None:
    shifts = ShiftService(demo_store, clock, profile)
    associate, manager = staff(demo_store, Role.ASSOCIATE), staff(demo_store, Role.MANAGER)
    with pytest.raises(PermissionDenied, match="manager's approval"):
        shifts.no_sale(associate, "change for the float")
    approval = Approval(Permission.NO_SALE, manager.associate_id, manager.name, "float")
    with pytest.raises(InvalidInput, match="reason"):
        shifts.no_sale(associate, "  ", approval)
    assert not is_spent(approval)  # a refused attempt does not use the approval up
    shifts.no_sale(associate, "change for the float", approval)
    assert is_spent(approval)
    with pytest.raises(PermissionDenied):
        shifts.no_sale(associate, "again", approval)
    with demo_store.read() as tx:
        entry = tx.execute(
            text("SELECT associate_id, detail FROM audit_log WHERE action = 'drawer.opened'")
        ).one()
        (job,) = [j for j in print_jobs.waiting_jobs(tx) if j.kind == "drawer"]
    detail = json.loads(entry[1])
    assert entry[0] == associate.associate_id and detail["reason"] == "change for the float"
    assert detail["approved_by"] == manager.associate_id
    assert job.document.blocks == (DrawerKick(2),)
    shifts.no_sale(manager, "manager's own no-sale")  # a manager needs no approval
    assert shifts.x_report().no_sales == 2


def test_an_interrupted_job_is_reprinted_as_a_copy_or_dismissed(
    demo_store: Store, clock: ManualClock, profile: StoreProfile
) -> None:
    service = PrintingService(demo_store, clock, profile)
    with demo_store.write() as tx:
        for job_id in ("a", "b"):
            print_jobs.enqueue(
                tx, job_id=job_id, kind="report", document=_doc(), at=clock.now(), reference="z1"
            )
            assert print_jobs.mark_sending(tx, job_id, b"...")
            print_jobs.mark_interrupted(tx, job_id, "unplugged")
    copy_id = service.reprint_interrupted("a")
    service.dismiss_interrupted("b", "customer left")
    with pytest.raises(InvalidInput, match="not waiting"):
        service.reprint_interrupted("a")
    pending = service.pending()
    assert [(j.id, j.state, j.is_copy) for j in pending] == [(copy_id, "queued", True)]
    with demo_store.read() as tx:
        assert print_jobs.get(tx, "a").state == "failed"  # type: ignore[union-attr]
        assert "customer left" in (print_jobs.get(tx, "b").last_error or "")  # type: ignore[union-attr]


def _doc() -> Document:
    return Document("report", (Text("Z report"),))
