from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text

from kiosk.domain.cash import CashCount
from kiosk.domain.errors import InvalidInput, PermissionDenied
from kiosk.domain.payment import TenderMethod
from kiosk.domain.permissions import Actor, Approval, Permission
from kiosk.services.associates import AssociateService
from kiosk.services.clock import ManualClock
from kiosk.services.refunds import (
    ItemWithoutReceipt,
    RefundRequest,
    RefundService,
    SaleNotFound,
)
from kiosk.services.shifts import NoOpenShift, ShiftService
from kiosk.services.simulate import Simulator
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile


def staff(store: Store, clock: ManualClock) -> tuple[Actor, Actor]:
    service = AssociateService(store, clock)
    return service.login_pin("1234"), service.login_pin("9876")


def approval(manager: Actor, permission: Permission) -> Approval:
    return Approval(permission, manager.associate_id, manager.name, "checked by manager")


def test_x_and_z_reports_match_the_sales_to_the_cent(
    demo_store: Store, profile: StoreProfile, clock: ManualClock
) -> None:
    alex, morgan = staff(demo_store, clock)
    shifts = ShiftService(demo_store, clock, profile)
    opened = shifts.current()
    assert opened is not None and opened.float_total == 13800
    simulator = Simulator(demo_store, clock, profile, seed=11)
    done = [simulator.sale() for _ in range(40)]
    cash_taken = sum(p.amount for d in done for p in d.payments if p.method is TenderMethod.CASH)
    card_taken = sum(p.amount for d in done for p in d.payments if p.method is TenderMethod.CARD)
    shifts.cash_out(alex, 5000, "bank deposit", approval(morgan, Permission.CASH_MOVEMENT))
    shifts.cash_in(morgan, 2000, "more change")
    x = shifts.x_report()
    assert (x.sales_count, x.sales_total) == (40, sum(d.total for d in done))
    assert {t.method: t.amount for t in x.sales_by_tender} == {
        "cash": cash_taken,
        "card": card_taken,
    }
    assert sum(t.gross for t in x.tax_by_class) == x.sales_total
    assert x.expected_cash == 13800 + cash_taken - 5000 + 2000
    counted = x.expected_cash - 130  # 1.30 short
    z = shifts.close(alex, CashCount("EUR", loose_total=0, pieces=_pieces(counted)))
    assert (z.kind, z.z_no, z.counted_cash, z.variance) == ("Z", 1, counted, -130)
    assert shifts.z_report(1) == z
    with pytest.raises(NoOpenShift):
        simulator.sale()
    with pytest.raises(Exception, match="cannot change"), demo_store.write() as session:
        session.execute(text("UPDATE shifts SET variance = 0"))
    shifts.open(alex, CashCount("EUR"))
    simulator.sale()
    assert shifts.close(alex, CashCount("EUR")).z_no == 2


def _pieces(amount: int) -> dict[int, int]:
    """Breaks an amount into EUR notes and coins, as a counted drawer would be."""
    pieces: dict[int, int] = {}
    for value in (50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1):
        pieces[value], amount = divmod(amount, value)
    return {v: n for v, n in pieces.items() if n}


def test_drawer_movements_need_permission_and_are_recorded(
    demo_store: Store, profile: StoreProfile, clock: ManualClock
) -> None:
    alex, morgan = staff(demo_store, clock)
    shifts = ShiftService(demo_store, clock, profile)
    with pytest.raises(PermissionDenied, match="drawer without a sale"):
        shifts.no_sale(alex, "customer wants change")
    shifts.no_sale(alex, "customer wants change", approval(morgan, Permission.NO_SALE))
    with pytest.raises(InvalidInput, match="reason"):
        shifts.cash_in(morgan, 100, "")
    with demo_store.read() as session:
        kicks = session.execute(text("SELECT COUNT(*) FROM print_jobs WHERE kind='drawer'"))
        audit = session.execute(
            text("SELECT detail FROM audit_log WHERE action = 'drawer.opened'")
        ).scalar_one()
    assert kicks.scalar_one() == 1 and morgan.associate_id in audit
    assert shifts.x_report().no_sales == 1


def test_a_refund_never_exceeds_what_was_sold(
    demo_store: Store, profile: StoreProfile, clock: ManualClock
) -> None:
    alex, _ = staff(demo_store, clock)
    sale = Simulator(demo_store, clock, profile, seed=2).sale(lines=2)
    refunds = RefundService(demo_store, clock, profile)
    found = refunds.find(sale.receipt_no.lower())
    line = found.lines[0]
    with demo_store.write() as session:  # make the first line two units, to refund in halves
        session.execute(
            text(
                "UPDATE sale_lines SET quantity = 2, gross = gross * 2, tax = tax * 2 WHERE id = :i"
            ),
            {"i": line.sale_line_id},
        )
    line = refunds.find(sale.receipt_no).lines[0]
    first = refunds.refund(
        alex,
        found.header.sale_id,
        [RefundRequest(line.sale_line_id, 1)],
        reason="damaged",
        method="cash",
    )
    second = refunds.refund(
        alex,
        found.header.sale_id,
        [RefundRequest(line.sale_line_id, 1, restock=False)],
        reason="changed_mind",
        method="cash",
    )
    assert first.total + second.total == line.remaining_amount
    with pytest.raises(InvalidInput, match="only 0 of 2 can still be refunded"):
        refunds.refund(
            alex,
            found.header.sale_id,
            [RefundRequest(line.sale_line_id, 1)],
            reason="damaged",
            method="cash",
        )
    with pytest.raises(InvalidInput, match="reason"):
        refunds.refund(
            alex,
            found.header.sale_id,
            [RefundRequest(found.lines[1].sale_line_id, 1)],
            reason="because",
            method="cash",
        )
    with demo_store.read() as session:
        moves = session.execute(
            text("SELECT kind, delta FROM stock_events WHERE reference IN (:a, :b) ORDER BY id"),
            {"a": first.refund_id, "b": second.refund_id},
        ).all()
    assert [tuple(m) for m in moves] == [("refund", 1), ("refund", 1), ("writeoff", -1)]


def test_refund_rules_for_limits_cards_and_other_tills(
    demo_store: Store, profile: StoreProfile, clock: ManualClock
) -> None:
    alex, morgan = staff(demo_store, clock)
    refunds = RefundService(demo_store, clock, profile)
    simulator = Simulator(demo_store, clock, profile, seed=8)
    cash_sale = next(
        s
        for s in (simulator.sale() for _ in range(30))
        if all(p.method is TenderMethod.CASH for p in s.payments)
    )
    sale = refunds.find(cash_sale.receipt_no)
    everything = [RefundRequest(ln.sale_line_id, ln.refundable) for ln in sale.lines]
    with pytest.raises(InvalidInput, match="can go back to the card"):
        refunds.refund(
            alex, sale.header.sale_id, everything, reason="damaged", method="card", reference="R99"
        )
    big = replace_limit(profile, 1)
    strict = RefundService(demo_store, clock, big)
    with pytest.raises(PermissionDenied, match="refund above the limit"):
        strict.refund(alex, sale.header.sale_id, everything, reason="damaged", method="cash")
    done = strict.refund(
        alex,
        sale.header.sale_id,
        everything,
        reason="damaged",
        method="cash",
        approvals=(approval(morgan, Permission.REFUND_ABOVE_LIMIT),),
    )
    assert done.total == cash_sale.total and done.opens_drawer
    assert refunds.find(cash_sale.receipt_no).fully_refunded
    newest = simulator.sale()
    assert refunds.last_sale().header.sale_id == newest.sale_id
    with pytest.raises(SaleNotFound, match="from another till"):
        refunds.find("K07-000012")
    with pytest.raises(PermissionDenied, match="another kiosk's receipt"):
        refunds.refund_without_receipt(
            alex,
            [ItemWithoutReceipt(1, 1)],
            reason="wrong_item",
            method="cash",
            receipt_no="K07-000012",
        )
    foreign = refunds.refund_without_receipt(
        alex,
        [ItemWithoutReceipt(1, 2)],
        reason="wrong_item",
        method="card",
        reference="A55",
        receipt_no="K07-000012",
        approvals=(approval(morgan, Permission.REFUND_FOREIGN_RECEIPT),),
    )
    assert foreign.total == 2 * 99 and not foreign.opens_drawer
    x = ShiftService(demo_store, clock, profile).x_report()
    assert x.refunds_count == 2 and x.refunds_total == done.total + foreign.total
    assert {t.method: t.amount for t in x.refunds_by_tender} == {"cash": done.total, "card": 198}


def replace_limit(profile: StoreProfile, limit: int) -> StoreProfile:
    return replace(profile, refund_limit_minor=limit)
