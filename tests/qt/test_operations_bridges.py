"""The daily-operations bridges without QML, read as QML reads them (Qt properties and model
roles), over a real store on the real database worker."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from kiosk.services.clock import ManualClock
from kiosk.services.shifts import ShiftService
from kiosk.store import sync_state
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile
from kiosk.ui.cash_count import CashCountModel
from kiosk.ui.formatting import LocaleFormats
from kiosk.ui.shell import KioskUi
from kiosk.ui.sync_panel import duration_text
from sync.ports import RunSummary
from tests.qt.headless import headless_ui, read, sign_in, wait

COLA = "4006380000032"  # 1.49
WATER = "4006380000018"  # 0.99
EURO = LocaleFormats("en_IE", "EUR")


@pytest.fixture
def ui(
    qtbot: QtBot, demo_store: Store, clock: ManualClock, profile: StoreProfile
) -> Iterator[KioskUi]:
    with headless_ui(qtbot, demo_store, clock, profile) as kiosk:
        yield kiosk


def off_the_gui_thread(work: Callable[[], object]) -> None:
    """Store access for the test's own setup: the GUI thread is forbidden to touch it."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(work).result()


def sell(qtbot: QtBot, ui: KioskUi, *codes: str) -> None:
    for code in codes:
        ui.scans.scan(code)
        wait(qtbot, ui)
    ui.sale.startPayment()
    ui.payment.payCash()
    wait(qtbot, ui)
    assert ui.sale.current_stage == "receipt"
    ui.sale.newSale()


# --- counting cash ------------------------------------------------------------------------------
def test_a_cash_count_by_denomination_follows_the_keypad(qtbot: QtBot) -> None:
    count = CashCountModel("EUR", EURO)
    assert [r["label"] for r in count.rows[:3]] == ["€500.00", "€200.00", "€100.00"]
    count.select(4)  # €20
    count.digits("2")
    count.next()  # €10: the first digit on a new row starts it afresh
    count.digits("1")
    count.digits("5")
    count.step(4, +1)  # one more €20 found
    count.select(5)
    count.digits("4")  # typing over the 15 after selecting the row again
    assert count.property("total") == "€100.00"
    assert count.cash_count().pieces == {2000: 3, 1000: 4}
    count.erase()
    count.clearRow()
    assert count.cash_count().total == 6000
    assert count.rows[4] == {
        "value": 2000,
        "label": "€20.00",
        "pieces": 3,
        "subtotal": "€60.00",
        "selected": False,
    }


def test_a_currency_without_a_denomination_table_is_counted_as_one_amount(qtbot: QtBot) -> None:
    count = CashCountModel("JPY", LocaleFormats("en_US", "JPY"))
    assert count.property("byTotal") is True and count.rowCount() == 1
    for digits in ("12", "50"):
        count.digits(digits)
    assert count.cash_count().loose_total == 1250 and count.property("total") == "¥1,250"


# --- shifts ---------------------------------------------------------------------------------------
def test_x_report_rows_and_printing_it(qtbot: QtBot, ui: KioskUi) -> None:
    sign_in(qtbot, ui)
    sell(qtbot, ui, COLA, WATER)
    shift = ui.ops.shift
    shift.showX()
    wait(qtbot, ui)
    rows = {r["label"]: r["value"] for r in shift.report_model.rows}
    assert rows["Sales (1)"] == "€2.48" and rows["Expected in the drawer"] == "€140.48"
    assert shift.property("reportTitle") == "X report (the shift so far)"
    shift.printX()
    wait(qtbot, ui)
    assert read(ui.store, "SELECT kind, is_copy FROM print_jobs WHERE kind = 'report'") == [
        ("report", 0)
    ]
    assert read(ui.store, "SELECT state FROM shifts") == [("open",)]  # X changes nothing


def test_the_close_is_blind_until_the_count_is_stored(qtbot: QtBot, ui: KioskUi) -> None:
    sign_in(qtbot, ui)
    sell(qtbot, ui, COLA)  # the drawer should hold 139.49
    shift = ui.ops.shift
    ui.ops.menu.show("closeShift")
    wait(qtbot, ui)
    names = [
        str(shift.metaObject().property(i).name())
        for i in range(shift.metaObject().propertyCount())
    ]
    before = [str(shift.property(name)) for name in names if name != "objectName"]
    assert not [value for value in before if "139" in value]
    assert shift.report_model.rowCount() == 0
    shift.close_model.select(2)  # €100
    shift.close_model.digits("1")
    shift.closeShift()
    wait(qtbot, ui)
    assert shift.property("reportKind") == "Z" and shift.property("variance") == "−€39.49"
    assert ui.ops.menu.property("screen") == "closeShift"
    shift.finishClose()
    assert ui.ops.menu.property("screen") == "openShift"
    assert ui.ops.menu.property("required") is True
    ui.ops.menu.close()  # not before a shift is open
    assert ui.ops.menu.property("screen") == "openShift"


def test_a_payment_without_an_open_shift_leads_to_opening_one(
    qtbot: QtBot, ui: KioskUi, clock: ManualClock, profile: StoreProfile
) -> None:
    sign_in(qtbot, ui)
    ui.scans.scan(COLA)
    wait(qtbot, ui)
    manager = ui.auth.actor
    assert manager is not None

    def close_behind_the_tills_back() -> None:
        from kiosk.domain.cash import CashCount

        ShiftService(ui.store, clock, profile).close(manager, CashCount("EUR", {10000: 1}))

    off_the_gui_thread(close_behind_the_tills_back)
    ui.sale.startPayment()
    ui.payment.payCash()
    wait(qtbot, ui)
    assert "No shift is open" in ui.notices.property("text")
    assert ui.sale.current_stage == "selling" and ui.sale.cart_model.rowCount() == 1
    assert ui.ops.menu.property("screen") == "openShift"


def test_no_sale_by_an_associate_waits_for_a_manager(qtbot: QtBot, ui: KioskUi) -> None:
    sign_in(qtbot, ui)
    recorded: list[bool] = []
    ui.ops.shift.movementRecorded.connect(lambda: recorded.append(True))
    ui.ops.shift.noSale("Give change")
    wait(qtbot, ui)
    assert ui.approval.property("pending") is True and recorded == []
    assert ui.ops.shift.property("busy") is False  # the associate can still cancel
    ui.approval.approve("9876", "Change for a customer")
    wait(qtbot, ui)
    assert recorded == [True]
    assert read(ui.store, "SELECT kind, reason FROM cash_movements") == [("no_sale", "Give change")]
    actions = read(ui.store, "SELECT action FROM audit_log WHERE action = 'drawer.opened'")
    assert actions == [("drawer.opened",)]


# --- returns --------------------------------------------------------------------------------------
def test_the_one_tap_refund_of_the_last_sale(qtbot: QtBot, ui: KioskUi) -> None:
    sign_in(qtbot, ui)
    sell(qtbot, ui, COLA, COLA, WATER)
    returns = ui.ops.returns
    ui.ops.menu.show("returns")
    returns.sale_finder.lastSale()
    wait(qtbot, ui)
    assert returns.property("stage") == "lines"
    assert returns.property("suggestedReason") == "wrong_item"
    assert [(r["name"], r["quantity"]) for r in returns.lines_model.rows] == [
        ("Cola 0.33 l", 2),
        ("Still Water 0.5 l", 1),
    ]
    assert returns.property("total") == "€3.97"
    returns.refund("wrong_item", "", "cash", "")
    wait(qtbot, ui)
    assert returns.property("stage") == "done" and returns.property("refunded") == "€3.97"
    assert read(ui.store, "SELECT total, reason_code FROM refunds") == [(397, "wrong_item")]
    assert "REFUND" in returns.property("receiptText")


def test_a_partial_refund_shows_the_amount_the_service_refunds(qtbot: QtBot, ui: KioskUi) -> None:
    sign_in(qtbot, ui)
    for _ in range(3):
        ui.scans.scan(COLA)
        wait(qtbot, ui)
    ui.sale.setCartDiscount("percent", 1000, "Loyal customer")  # 4.47 - 10 % = 4.02
    sell(qtbot, ui)
    returns = ui.ops.returns
    ui.ops.menu.show("returns")
    returns.sale_finder.lastSale()
    wait(qtbot, ui)
    returns.step(0, -2)  # one of three: a third of what is left, rounded as the service rounds
    shown = returns.property("totalMinor")
    returns.refund("changed_mind", "", "cash", "")
    wait(qtbot, ui)
    assert read(ui.store, "SELECT total FROM refunds") == [(shown,)]
    returns.newReturn()
    returns.sale_finder.lastSale()
    wait(qtbot, ui)
    assert [r["detail"] for r in returns.lines_model.rows] == ["sold 3, 1 returned already"]
    assert returns.lines_model.rows[0]["maximum"] == 2


def test_a_refund_above_the_limit_and_without_receipt_asks_for_each_approval(
    qtbot: QtBot, ui: KioskUi
) -> None:
    sign_in(qtbot, ui)
    returns = ui.ops.returns
    ui.scans.scan("K02-000017")  # another till's, and no HQ to ask: refunded without it
    wait(qtbot, ui)
    assert ui.ops.menu.property("screen") == "returns"
    assert returns.property("stage") == "lines" and returns.property("receiptNo") == "K02-000017"
    assert ui.notices.property("text") == (
        "This till is not connected to head office, so receipt K02-000017 cannot be checked. "
        "Refund without the receipt; a manager approves."
    )
    for _ in range(40):  # 40 colas: 59.60, above the 50.00 limit
        returns.scan(COLA)
    wait(qtbot, ui)
    assert returns.lines_model.rows[0]["quantity"] == 40
    returns.refund("changed_mind", "", "cash", "")
    wait(qtbot, ui)
    asked = [ui.approval.property("permission")]
    ui.approval.approve("9876", "Customer is known")
    wait(qtbot, ui)
    asked.append(ui.approval.property("permission"))
    ui.approval.approve("9876", "Customer is known")
    wait(qtbot, ui)
    assert sorted(asked) == ["refund_above_limit", "refund_foreign_receipt"]
    assert returns.property("stage") == "done"
    assert read(ui.store, "SELECT receipt_no, total FROM refunds") == [("K02-000017", 5960)]


def test_a_receipt_scanned_on_the_sell_screen_opens_its_return(qtbot: QtBot, ui: KioskUi) -> None:
    sign_in(qtbot, ui)
    sell(qtbot, ui, COLA)
    receipt_no = ui.receipt.property("receiptNo")
    ui.scans.scan(receipt_no)
    wait(qtbot, ui)
    assert ui.ops.menu.property("screen") == "returns"
    assert ui.ops.returns.property("receiptNo") == receipt_no
    ui.scans.scan(WATER)  # not on that receipt
    wait(qtbot, ui)
    assert "not on this receipt" in ui.notices.property("text")
    assert ui.sale.cart_model.rowCount() == 0  # scans belong to the return while it is open


# --- receiving, counting, adjusting --------------------------------------------------------------
def test_an_item_nobody_ordered_becomes_an_over_line(qtbot: QtBot, ui: KioskUi) -> None:
    from tests.qt.test_operations_flows import announce_shipment

    off_the_gui_thread(lambda: announce_shipment(ui.store))
    sign_in(qtbot, ui)
    ui.scans.scan("SH1.SHP-77")
    wait(qtbot, ui)
    receiving = ui.ops.receiving
    assert ui.ops.menu.property("screen") == "receiving"
    receiving.allAsListed()
    receiving.scan("4006380000049")  # Cola Zero, not on the delivery note
    wait(qtbot, ui)
    receiving.stepDamaged(0, +1)
    assert [(r["sku"], r["issue"]) for r in receiving.lines_model.rows] == [
        ("DRI-0001", "damaged"),
        ("DRI-0003", ""),
        ("DRI-0004", "over"),
    ]
    receiving.confirm()
    wait(qtbot, ui)
    assert [(r["sku"], r["issue"]) for r in receiving.differences_model.rows] == [
        ("DRI-0001", "damaged"),
        ("DRI-0004", "over"),
    ]


def test_stock_levels_reach_the_tiles_after_stock_moves(qtbot: QtBot, ui: KioskUi) -> None:
    sign_in(qtbot, ui)
    ui.products.showCategory("drinks")
    wait(qtbot, ui)
    row = next(i for i, r in enumerate(ui.products.rows) if r["sku"] == "DRI-0003")
    assert ui.products.rows[row]["soldOut"] is False
    level = ui.ops.stock_changed  # what every stock screen calls when it is done
    ui.ops.menu.show("count")
    ui.ops.count.scan(COLA)
    wait(qtbot, ui)
    ui.ops.count.clearCount()
    ui.ops.count.save()
    wait(qtbot, ui)
    assert ui.ops.count.variance_model.rows[0]["counted"] == 0
    level()
    wait(qtbot, ui)
    assert ui.products.rows[row]["soldOut"] is True


# --- sync and navigation -------------------------------------------------------------------------
def test_the_sync_screen_reads_the_local_run_log(
    qtbot: QtBot, ui: KioskUi, clock: ManualClock
) -> None:
    sync = ui.ops.sync
    sync.enter()
    wait(qtbot, ui)
    assert sync.property("enrolled") is False and sync.property("canSync") is False
    assert sync.property("lastRun") == "never"
    started = clock.now() - timedelta(minutes=3)
    failed = RunSummary(
        trigger="scheduled",
        started_at=started,
        finished_at=started,
        status="upgrade_needed",
        error="HQ speaks protocol 2-3; this kiosk speaks 1",
        clock_skew_s=-420.0,
    )

    def record() -> None:
        with ui.store.write() as session:
            sync_state.record_run(session, failed)

    off_the_gui_thread(record)
    sync.refresh()
    wait(qtbot, ui)
    assert sync.property("upgradeNeeded") is True
    assert sync.property("lastError") == "HQ speaks protocol 2-3; this kiosk speaks 1"
    assert sync.property("clockSkew") == "7 min behind HQ" and sync.property("skewWarning")
    assert sync.property("lastRun").endswith("upgrade needed")


def test_sync_progress_from_the_workers_thread(qtbot: QtBot, ui: KioskUi) -> None:
    sync = ui.ops.sync
    thread = threading.Thread(target=ui.status.sync_progress, args=("push", 50, 200, "sending"))
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: sync.property("fraction") == 0.25)
    assert sync.property("running") is True
    assert sync.property("step") == "Sending sales and stock to HQ"
    ui.status.sync_progress("done", 1, 1, "sync finished")
    qtbot.waitUntil(lambda: sync.property("running") is False)


def test_durations_read_at_a_glance() -> None:
    assert [duration_text(s) for s in (40, 720, 3 * 3600 + 300, 2 * 86400 + 4 * 3600)] == [
        "40 s",
        "12 min",
        "3 h 5 min",
        "2 d 4 h",
    ]


def test_signing_out_closes_the_operations_screen(qtbot: QtBot, ui: KioskUi) -> None:
    sign_in(qtbot, ui)
    ui.ops.menu.show("lowStock")
    wait(qtbot, ui)
    assert ui.ops.low_stock.rowCount() > 0  # the demo has a few nearly empty shelves
    ui.auth.logout()
    wait(qtbot, ui)
    assert ui.ops.menu.property("screen") == ""
