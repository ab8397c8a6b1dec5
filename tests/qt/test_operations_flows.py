"""Daily operations through the real QML, against a real store: a return by scanned receipt, a
blind close with a variance, a delivery with a short line, a cycle count, waste that empties a
shelf, cash out with a manager's approval, and a till without an open shift."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import text

from kiosk.domain.cash import CashCount
from kiosk.domain.permissions import Actor, Role
from kiosk.services.clock import ManualClock
from kiosk.services.shifts import ShiftService
from kiosk.store.engine import Store
from kiosk.store.models import ShipmentLineRow, ShipmentRow
from kiosk.store.settings import StoreProfile
from tests.qt.conftest import KioskFactory
from tests.qt.driver import KioskDriver
from tests.qt.test_flows import rows

STILL_WATER = "4006380000018"  # DRI-0001, 0.99
COLA = "4006380000032"  # DRI-0003, 1.49


def sell_for_cash(kiosk: KioskDriver, *codes: str) -> str:
    """A cash sale of these items, paid exactly; returns its receipt number."""
    for code in codes:
        kiosk.scan(code)
    kiosk.tap("Pay")
    kiosk.tap("Exact amount")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("receiptScreen"))
    kiosk.settle()
    number = kiosk.ui.receipt.property("receiptNo")
    kiosk.tap("New sale")
    return str(number)


def open_menu_item(kiosk: KioskDriver, label: str, menu: str = "Menu") -> None:
    kiosk.tap(menu)
    kiosk.tap(label, within=kiosk.obj("operationsMenu"))
    kiosk.settle()


def screen_texts(kiosk: KioskDriver) -> list[str]:
    """Every text visible anywhere in the window (labels, buttons, fields)."""
    texts = []
    for item in kiosk.items(visible_only=True):
        value = item.property("text")
        if isinstance(value, str) and value:
            texts.append(value)
    return texts


def test_a_return_by_scanned_receipt(kiosk: KioskDriver) -> None:
    kiosk.sign_in("1234")
    receipt_no = sell_for_cash(kiosk, COLA, COLA, STILL_WATER)

    kiosk.scan(receipt_no)  # on the sell screen: the return opens at once
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("returnsScreen"))
    kiosk.settle()
    assert receipt_no in kiosk.text("opsTitle") + " ".join(screen_texts(kiosk))
    cola = kiosk.find("Cola 0.33 l", within=kiosk.obj("returnLines"))
    kiosk.tap("+", within=cola)
    kiosk.tap("+", within=cola)
    assert not kiosk.find("+", within=cola).isEnabled()  # only two were sold
    assert kiosk.ui.ops.returns.lines_model.row(0)["quantity"] == 2
    kiosk.tap("−", within=cola)
    kiosk.tap("Back on sale", within=cola)  # this one is broken: written off
    assert kiosk.text("refundTotal") == "To refund: €1.49"
    kiosk.tap("Damaged")
    kiosk.tap("Refund")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("refundDone"))
    kiosk.settle()
    assert kiosk.text("refundDone") == "Give the customer €1.49 from the drawer."
    kiosk.qtbot.waitUntil(lambda: "REFUND" in kiosk.text("refundReceiptText"))

    (refund,) = rows(kiosk, "SELECT id, receipt_no, reason_code, total FROM refunds")
    refund_id = refund[0]
    assert refund[1:] == (receipt_no, "damaged", 149)
    assert rows(kiosk, "SELECT sku, quantity, restock FROM refund_lines") == [("DRI-0003", 1, 0)]
    kinds = rows(
        kiosk, "SELECT kind FROM print_jobs WHERE reference = :r ORDER BY kind", r=refund_id
    )
    assert kinds == [("drawer",), ("refund",)]  # the refund receipt, and the drawer for the cash
    assert rows(kiosk, "SELECT COUNT(*) FROM outbox WHERE kind = 'refund.completed'") == [(1,)]

    kiosk.tap("Back to selling")
    assert not kiosk.visible("returnsScreen")


def count_drawer(kiosk: KioskDriver, pieces: dict[str, str]) -> None:
    """Counts as an associate does: from the largest note down, typing each count on the
    keypad and moving on with "Next" (the list scrolls along)."""
    layer = kiosk.obj("operationsLayer")
    labels = [str(r["label"]) for r in kiosk.ui.ops.shift.float_model.rows]
    last = max(labels.index(label) for label in pieces)
    for label in labels[: last + 1]:
        for digit in pieces.get(label, ""):
            kiosk.tap(digit, within=layer)
        kiosk.tap("Next", within=layer)


def test_a_blind_close_with_a_variance(kiosk: KioskDriver) -> None:
    kiosk.sign_in("1234")
    sell_for_cash(kiosk, COLA)  # the drawer should now hold the 138.00 float + 1.49
    open_menu_item(kiosk, "Close shift")
    assert kiosk.visible("closeShiftScreen")
    # Blind: nothing on screen gives away what the drawer should hold.
    assert not [t for t in screen_texts(kiosk) if "139" in t or "138" in t], screen_texts(kiosk)

    # 2 x 20, 4 x 10, 4 x 5, 10 x 2, 11 x 1, 10 x 0.50, 10 x 0.20, 10 x 0.10 = 139.00
    count_drawer(
        kiosk,
        {
            "€20.00": "2",
            "€10.00": "4",
            "€5.00": "4",
            "€2.00": "10",
            "€1.00": "11",
            "€0.50": "10",
            "€0.20": "10",
            "€0.10": "10",
        },
    )
    assert kiosk.text("countTotal") == "€139.00"
    kiosk.tap(kiosk.obj("closeShiftButton"))
    kiosk.tap(kiosk.obj("confirmCloseButton"))
    kiosk.qtbot.waitUntil(lambda: kiosk.text("zVariance") == "−€0.49")
    kiosk.settle()
    assert kiosk.text("opsTitle") == "Z report No. 1"
    texts = screen_texts(kiosk)
    assert "Expected in the drawer" in texts and "€139.49" in texts and "€139.00" in texts
    assert not kiosk.named("Back to selling")  # read the Z report first

    shift = rows(kiosk, "SELECT state, z_no, expected_cash, counted_total, variance FROM shifts")
    assert shift == [("closed", 1, 13949, 13900, -49)]
    assert rows(kiosk, "SELECT kind FROM print_jobs WHERE kind = 'report'") == [("report",)]
    assert rows(kiosk, "SELECT COUNT(*) FROM outbox WHERE kind = 'shift.closed'") == [(1,)]

    kiosk.tap("Reprint (copy)")
    assert rows(kiosk, "SELECT is_copy FROM print_jobs WHERE kind = 'report' ORDER BY 1") == [
        (0,),
        (1,),
    ]
    kiosk.tap("Done")  # no shift is open now: the till asks for the next float
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("openShiftScreen"))
    kiosk.settle()
    assert not kiosk.named("Back to selling")


def announce_shipment(store: Store) -> None:
    """What a pull of the replenishment stream leaves in the store (as in
    tests/unit/test_receiving_events.py)."""
    now = datetime(2026, 11, 27, 6, 0, tzinfo=UTC)
    with store.write() as session:
        session.add(ShipmentRow(shipment_id="SHP-77", status="in_transit", updated_at=now))
        session.flush()
        for n, (sku, qty) in enumerate((("DRI-0001", 2), ("DRI-0003", 3)), start=1):
            session.add(ShipmentLineRow(shipment_id="SHP-77", line_no=n, sku=sku, quantity=qty))


def on_hand(kiosk: KioskDriver, sku: str) -> int:
    (level,) = rows(
        kiosk,
        "SELECT COALESCE(SUM(e.delta), 0) FROM stock_events e JOIN products p "
        "ON p.id = e.product_id WHERE p.sku = :s",
        s=sku,
    )
    return int(level[0])


def test_receiving_a_shipment_with_a_short_line(
    demo_store: Store, make_kiosk: KioskFactory
) -> None:
    announce_shipment(demo_store)
    kiosk = make_kiosk()
    kiosk.sign_in("1234")
    water_before, cola_before = on_hand(kiosk, "DRI-0001"), on_hand(kiosk, "DRI-0003")

    kiosk.scan("SH1.SHP-77")  # the delivery note, scanned on the sell screen
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("deliveryLines"))
    kiosk.settle()
    assert kiosk.text("opsTitle") == "Shipment SHP-77"
    for code in (STILL_WATER, COLA, STILL_WATER, COLA):  # each item as it goes on the shelf
        kiosk.scan(code)
    lines = kiosk.ui.ops.receiving.lines_model.rows
    assert [(ln["sku"], ln["expected"], ln["good"], ln["issue"]) for ln in lines] == [
        ("DRI-0001", 2, 2, ""),
        ("DRI-0003", 3, 2, "short"),
    ]
    kiosk.tap(kiosk.obj("confirmDeliveryButton"))
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("deliveryDifferences"))
    kiosk.settle()
    assert "Differences reported to head office:" in screen_texts(kiosk)
    assert "expected 3, received 2, damaged 0" in screen_texts(kiosk)

    assert rows(kiosk, "SELECT status FROM shipments") == [("received",)]
    assert on_hand(kiosk, "DRI-0001") == water_before + 2
    assert on_hand(kiosk, "DRI-0003") == cola_before + 2
    (payload,) = rows(kiosk, "SELECT payload FROM outbox WHERE kind = 'replenishment.received'")
    sent = [(ln["sku"], ln["quantity"], ln["issue"]) for ln in json.loads(payload[0])["lines"]]
    assert sent == [("DRI-0001", 2, None), ("DRI-0003", 2, "short")]


def test_a_cycle_count_and_its_variance_report(kiosk: KioskDriver) -> None:
    kiosk.sign_in("1234")
    cola_expected = on_hand(kiosk, "DRI-0003")
    on_hand_before_water = on_hand(kiosk, "DRI-0001")
    open_menu_item(kiosk, "Stock count")
    for _ in range(3):
        kiosk.scan(COLA)  # three on the shelf
    kiosk.scan(STILL_WATER)
    for digit in "12":  # a full tray of water: typed rather than scanned twelve times
        kiosk.tap(digit, within=kiosk.obj("countScreen"))
    counted = [(ln["sku"], ln["counted"]) for ln in kiosk.ui.ops.count.lines_model.rows]
    assert counted == [("DRI-0003", 3), ("DRI-0001", 12)]
    kiosk.tap("Save count")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("varianceReport"))
    kiosk.settle()

    report = {r["sku"]: r for r in kiosk.ui.ops.count.variance_model.rows}
    assert report["DRI-0003"]["expected"] == cola_expected
    assert report["DRI-0003"]["counted"] == 3
    assert report["DRI-0003"]["delta"] == f"{3 - cola_expected:+d}"
    assert on_hand(kiosk, "DRI-0003") == 3 and on_hand(kiosk, "DRI-0001") == 12
    assert rows(kiosk, "SELECT COUNT(*) FROM outbox WHERE kind = 'stock.counted'") == [(2,)]
    shown = screen_texts(kiosk)
    assert "Cola 0.33 l" in shown and f"{3 - cola_expected:+d}" in shown
    units = (3 - cola_expected) + (12 - on_hand_before_water)
    shown_units = f"{units:+d}" if units else "0"  # no sign on zero, as the screen writes it
    assert f"Variance: {shown_units} units" in " ".join(shown)


def test_waste_that_empties_the_shelf_shows_a_stockout_badge(kiosk: KioskDriver) -> None:
    kiosk.sign_in("1234")
    cola = on_hand(kiosk, "DRI-0003")
    open_menu_item(kiosk, "Waste and damage")
    kiosk.scan(COLA)
    assert kiosk.text("adjustProduct") == "Cola 0.33 l"
    kiosk.qtbot.waitUntil(lambda: kiosk.ui.ops.adjust.property("onHand") == cola)
    for digit in str(cola):
        kiosk.tap(digit, within=kiosk.obj("adjustScreen"))
    kiosk.tap("Damaged", within=kiosk.obj("adjustScreen"))
    kiosk.tap("Record")
    assert kiosk.text("noticeText") == f"Recorded: -{cola} × Cola 0.33 l (Damaged)."
    assert on_hand(kiosk, "DRI-0003") == 0
    kinds = rows(
        kiosk, "SELECT kind FROM outbox WHERE kind IN ('stock.adjusted', 'stockout.reported')"
    )
    assert sorted(k for (k,) in kinds) == ["stock.adjusted", "stockout.reported"]

    kiosk.tap("Back to selling")
    kiosk.add_by_search("cola", "Cola Zero 0.33 l")  # the search shows both colas
    tiles = {
        str(t.property("name")): t
        for t in kiosk.items(kiosk.obj("productGrid"), visible_only=True)
        if t.objectName() == "productTile"
    }
    badge = [i for i in kiosk.items(tiles["Cola 0.33 l"]) if i.objectName() == "stockoutBadge"]
    assert badge[0].isVisible()
    other = [i for i in kiosk.items(tiles["Cola Zero 0.33 l"]) if i.objectName() == "stockoutBadge"]
    assert not other[0].isVisible()


def test_cash_out_needs_a_manager_and_opens_the_drawer(kiosk: KioskDriver) -> None:
    kiosk.sign_in("1234")
    open_menu_item(kiosk, "Cash out")
    dialog = kiosk.obj("cashMovementDialog")
    for key in ("2", "0", "00"):
        kiosk.tap(key, within=dialog)
    assert kiosk.text("cashMovementAmount") == "€20.00"
    kiosk.tap("Bank deposit", within=dialog)
    kiosk.tap("Record", within=dialog)
    approval = kiosk.obj("managerOverrideDialog")
    assert kiosk.text("approvalWhat") == "Cash in or out needs a manager's approval."
    for digit in "9876":
        kiosk.tap(digit, within=approval)
    kiosk.tap("Customer complaint", within=approval)
    kiosk.tap("Approve", within=approval)
    kiosk.qtbot.waitUntil(lambda: not kiosk.visible("cashMovementDialog"))
    kiosk.settle()
    assert kiosk.text("noticeText") == "Cash out of €20.00 recorded."
    movement = rows(
        kiosk, "SELECT kind, amount, reason, approved_by IS NOT NULL FROM cash_movements"
    )
    assert movement == [("out", 2000, "Bank deposit", 1)]
    assert rows(kiosk, "SELECT COUNT(*) FROM print_jobs WHERE kind = 'drawer'") == [(1,)]

    open_menu_item(kiosk, "X report")  # the movement is in the shift's figures
    assert "€118.00" in screen_texts(kiosk)  # expected: 138.00 float - 20.00


def close_the_demo_shift(store: Store, clock: ManualClock, profile: StoreProfile) -> None:
    with store.read() as session:
        manager_id = session.execute(
            text("SELECT id FROM associates WHERE role = 'manager'")
        ).scalar_one()
    manager = Actor(manager_id, "Morgan Manager", Role.MANAGER)
    ShiftService(store, clock, profile).close(manager, CashCount("EUR", {10000: 1}))


def test_with_no_open_shift_the_associate_opens_one_before_selling(
    demo_store: Store, clock: ManualClock, profile: StoreProfile, make_kiosk: KioskFactory
) -> None:
    close_the_demo_shift(demo_store, clock, profile)
    kiosk = make_kiosk()
    kiosk.sign_in("1234")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("openShiftScreen"))
    kiosk.settle()
    assert not kiosk.named("Back to selling")  # no selling before the float is counted
    kiosk.scan(COLA)  # a scan waits for the shift rather than starting a sale without one
    assert kiosk.cart() == []
    count_drawer(kiosk, {"€10.00": "5", "€1.00": "20"})
    assert kiosk.text("countTotal") == "€70.00"
    kiosk.tap(kiosk.obj("openShiftButton"))
    kiosk.qtbot.waitUntil(lambda: not kiosk.visible("openShiftScreen"))
    kiosk.settle()
    # The scan waited for the shift and is in the cart now (its success cleared the notice).
    assert [row["name"] for row in kiosk.cart()] == ["Cola 0.33 l"]

    kiosk.tap("Pay")
    kiosk.tap("Exact amount")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("receiptScreen"))
    kiosk.settle()
    opened = rows(kiosk, "SELECT id, float_total FROM shifts WHERE state = 'open'")
    assert [r[1] for r in opened] == [7000]
    assert rows(kiosk, "SELECT shift_id FROM sales") == [(opened[0][0],)]


def test_scans_are_taken_by_the_open_operations_screen(kiosk: KioskDriver) -> None:
    kiosk.sign_in("1234")
    open_menu_item(kiosk, "Low stock")  # a screen that takes no scans: they wait
    kiosk.scan(COLA)
    assert kiosk.ui.scans.property("waiting") == 1 and kiosk.cart() == []
    kiosk.tap("Back to selling")
    assert [row["name"] for row in kiosk.cart()] == ["Cola 0.33 l"]


def test_a_sale_is_found_by_its_number_or_its_total(kiosk: KioskDriver) -> None:
    kiosk.sign_in("1234")
    first = sell_for_cash(kiosk, COLA)
    sell_for_cash(kiosk, STILL_WATER)
    open_menu_item(kiosk, "Returns")
    kiosk.tap("Total")
    kiosk.type_on_screen("149")  # typed like the till's keypad: 149 is €1.49
    assert "Total: €1.49" in screen_texts(kiosk)
    kiosk.tap("Find")
    found = kiosk.find(first, within=kiosk.obj("foundSales"))
    kiosk.tap("Open", within=found)
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("returnLines"))
    assert [r["name"] for r in kiosk.ui.ops.returns.lines_model.rows] == ["Cola 0.33 l"]

    kiosk.tap("Cancel return")
    kiosk.tap("Receipt number")
    kiosk.type_on_screen(first.lower())  # any case; the number is matched as printed
    kiosk.tap("Find")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("returnLines"))
    assert kiosk.ui.ops.returns.property("receiptNo") == first
