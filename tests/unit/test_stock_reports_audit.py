from __future__ import annotations

import csv
import io
import json
import sqlite3
from decimal import Decimal

import pytest
from sqlalchemy import text

from kiosk.domain.errors import InvalidInput
from kiosk.services.associates import AssociateService
from kiosk.services.clock import ManualClock
from kiosk.services.refunds import RefundRequest, RefundService
from kiosk.services.simulate import Simulator
from kiosk.services.stock_ops import StockService
from kiosk.services.tax_report import render, tax_rows
from kiosk.store import audit
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile


def test_waste_and_counts_move_the_ledger_and_report_variance(
    demo_store: Store, profile: StoreProfile, clock: ManualClock
) -> None:
    alex = AssociateService(demo_store, clock).login_pin("1234")
    service = StockService(demo_store, clock, profile)
    before = service.on_hand([1, 2, 3])
    with pytest.raises(InvalidInput, match="Waste takes items out"):
        service.adjust(alex, 1, 2, "waste")
    with pytest.raises(InvalidInput, match="reason"):
        service.adjust(alex, 1, -2, "lost it")
    service.adjust(alex, 1, -2, "damage", "crushed in delivery")
    lines = service.count(alex, {1: 10, 2: before[2], 3: before[3] + 4})
    by_id = {ln.product.id: ln for ln in lines}
    assert by_id[1].expected == before[1] - 2 and by_id[1].delta == 10 - (before[1] - 2)
    assert by_id[2].delta == 0 and by_id[3].delta == 4
    assert by_id[3].value == 4 * by_id[3].product.price
    assert service.on_hand([1, 2, 3]) == {1: 10, 2: before[2], 3: before[3] + 4}
    with demo_store.read() as session:
        counted = session.execute(
            text("SELECT counted FROM stock_events WHERE kind = 'count' AND product_id = 1")
        ).scalar_one()
    assert counted == 10


def test_low_stock_lists_the_emptiest_first(
    demo_store: Store, profile: StoreProfile, clock: ManualClock
) -> None:
    alex = AssociateService(demo_store, clock).login_pin("1234")
    service = StockService(demo_store, clock, profile)
    service.count(alex, {5: 0, 6: 1})
    low = service.low_stock()
    assert [(x.product.id, x.on_hand) for x in low[:2]] == [(5, 0), (6, 1)]
    assert all(x.on_hand <= 3 for x in low)


def test_tax_export_matches_the_sales_and_refunds_to_the_cent(
    demo_store: Store, profile: StoreProfile, clock: ManualClock
) -> None:
    alex = AssociateService(demo_store, clock).login_pin("1234")
    simulator = Simulator(demo_store, clock, profile, seed=5)
    sales = [simulator.sale() for _ in range(26)]
    refunds = RefundService(demo_store, clock, profile)
    first = refunds.find(sales[0].receipt_no)
    line = first.lines[0]
    refund = refunds.refund(
        alex,
        first.header.sale_id,
        [RefundRequest(line.sale_line_id, 1)],
        reason="damaged",
        method="cash",
    )
    rows = tax_rows(demo_store, "2026-11-27", "2026-11-27")
    gross = sum(r.gross for r in rows)
    assert gross == sum(s.total for s in sales) - refund.total
    assert all(r.jurisdiction == "DE-BE" and r.location == "station-main" for r in rows)
    exported = list(csv.DictReader(io.StringIO(render(rows, "csv"))))
    assert sum(Decimal(r["gross"]) for r in exported) == Decimal(gross) / 100
    assert {r["tax_rate_percent"] for r in exported} <= {"19", "7"}
    assert any(r["type"] == "refund" and r["gross"].startswith("-") for r in exported)
    as_json = json.loads(render(rows, "json"))
    assert as_json[0]["net"] == exported[0]["net"]  # exact decimal strings, never floats
    assert tax_rows(demo_store, "2026-11-28", "2026-12-31") == []


def _tamper(store: Store, *statements: str) -> None:
    raw = sqlite3.connect(store.path)
    raw.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    raw.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    for statement in statements:
        raw.execute(statement)
    raw.commit()
    raw.close()


def _verify(store: Store) -> audit.ChainReport:
    with store.read() as session:
        return audit.verify(session)


@pytest.mark.parametrize(
    ("statements", "first_bad", "reason"),
    [
        (["UPDATE audit_log SET associate_id = 'someone-else' WHERE id = 3"], 3, "changed"),
        (["DELETE FROM audit_log WHERE id = 3"], 4, "missing"),
        (
            [
                "UPDATE audit_log SET id = id + 1000 WHERE id >= 3",
                "UPDATE audit_log SET id = id - 999 WHERE id >= 1003",
                "INSERT INTO audit_log (id, at, associate_id, action, subject, detail, "
                "prev_hash, hash) SELECT 3, at, NULL, 'login', '', '{}', hash, hash "
                "FROM audit_log WHERE id = 2",
            ],
            3,
            "changed",
        ),
        (
            [
                "UPDATE audit_log SET id = -1 WHERE id = 3",
                "UPDATE audit_log SET id = 3 WHERE id = 4",
                "UPDATE audit_log SET id = 4 WHERE id = -1",
            ],
            3,
            "follow",
        ),
    ],
    ids=["edit", "delete", "insert", "reorder"],
)
def test_audit_chain_names_the_first_tampered_entry(
    demo_store: Store, statements: list[str], first_bad: int, reason: str
) -> None:
    assert _verify(demo_store).ok
    _tamper(demo_store, *statements)
    report = _verify(demo_store)
    assert not report.ok
    assert report.first_bad_id == first_bad
    assert reason in report.reason
