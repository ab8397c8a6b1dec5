"""The bridges and models on their own, without QML: what QML would see, read through Qt's
property system and model interface, over a real store on the real database worker."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QWindow
from pytestqt.qtbot import QtBot

from hardware.scanning.wedge import WedgeDecoder
from kiosk.services.catalog import CatalogService
from kiosk.services.clock import ManualClock
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile
from kiosk.ui.list_model import RowListModel
from kiosk.ui.shell import KioskUi
from kiosk.ui.wedge_input import WedgeKeyFilter
from kiosk.ui.worker import DbWorker
from tests.qt.headless import headless_ui, read, sign_in, wait

COLA = "4006380000032"
WATER = "4006380000018"


@pytest.fixture
def ui(
    qtbot: QtBot, demo_store: Store, clock: ManualClock, profile: StoreProfile
) -> Iterator[KioskUi]:
    with headless_ui(qtbot, demo_store, clock, profile) as kiosk:
        yield kiosk


def slow_identity(n: int) -> int:
    time.sleep(0.001 * (n % 3))  # some tasks take longer: the order must hold anyway
    return n


# --- the database worker --------------------------------------------------------------------------
def test_worker_results_come_back_in_order_on_the_gui_thread(qtbot: QtBot) -> None:
    errors: list[BaseException] = []
    worker = DbWorker(errors.append)
    seen: list[tuple[int, str]] = []
    try:
        for n in range(20):
            worker.submit(
                lambda n=n: slow_identity(n),  # type: ignore[misc]
                lambda value: seen.append((value, threading.current_thread().name)),
            )
        assert worker.property("busy") is True
        qtbot.waitUntil(lambda: len(seen) == 20)
    finally:
        worker.shutdown()
    assert [n for n, _ in seen] == list(range(20))
    assert {name for _, name in seen} == {threading.main_thread().name}
    assert errors == []


def test_worker_errors_go_to_the_shared_handler_unless_the_task_handles_them(
    qtbot: QtBot,
) -> None:
    shared: list[BaseException] = []
    own: list[BaseException] = []
    worker = DbWorker(shared.append)

    def boom() -> None:
        raise ValueError("boom")

    try:
        worker.submit(boom)
        worker.submit(boom, None, own.append)
        qtbot.waitUntil(lambda: len(shared) + len(own) == 2)
    finally:
        worker.shutdown()
    assert [str(e) for e in shared] == ["boom"] and [str(e) for e in own] == ["boom"]


# --- list models ----------------------------------------------------------------------------------
def test_row_model_sync_signals_only_what_changed(qtbot: QtBot, qtmodeltester: Any) -> None:
    model = RowListModel(["key", "value"])
    qtmodeltester.check(model)
    events: list[str] = []
    model.rowsInserted.connect(lambda *a: events.append(f"insert {a[1]}"))
    model.rowsRemoved.connect(lambda *a: events.append(f"remove {a[1]}"))
    model.dataChanged.connect(lambda a, b: events.append(f"change {a.row()}"))
    model.modelReset.connect(lambda: events.append("reset"))

    model.sync([{"key": "a", "value": 1}, {"key": "b", "value": 2}], "key")
    model.sync(
        [{"key": "a", "value": 1}, {"key": "b", "value": 3}, {"key": "c", "value": 4}], "key"
    )
    model.sync([{"key": "b", "value": 3}, {"key": "c", "value": 4}], "key")
    assert events == ["insert 0", "insert 1", "change 1", "insert 2", "remove 0"]
    names = {bytes(v.data()).decode() for v in model.roleNames().values()}
    assert names == {"key", "value"}
    assert model.get(0, "value") == 3 and model.property("count") == 2
    qtmodeltester.check(model)


# --- the sale, its approvals and the cart model ---------------------------------------------------
def test_sale_bridge_totals_and_an_approved_price_change(qtbot: QtBot, ui: KioskUi) -> None:
    sign_in(qtbot, ui)
    for code in (COLA, WATER, COLA):
        ui.scans.scan(code)
    wait(qtbot, ui)
    cart = ui.sale.cart_model
    assert [(r["name"], r["quantity"]) for r in cart.rows] == [
        ("Cola 0.33 l", 2),
        ("Still Water 0.5 l", 1),
    ]
    assert ui.sale.property("total") == "€3.97"
    assert ui.sale.property("itemCount") == 3

    water = cart.row(1)["lineId"]
    ui.sale.overridePrice(water, 50, "Shelf price differs")
    assert ui.approval.property("pending") is True
    assert ui.approval.property("what") == "Changing a price needs a manager's approval."
    ui.approval.approve("9876", "Shelf price differs")
    wait(qtbot, ui)
    assert ui.approval.property("pending") is False
    assert cart.row(1)["unitPrice"] == "€0.50" and cart.row(1)["priceOverridden"] is True
    assert ui.sale.property("total") == "€3.48"
    session = ui.sale.session
    assert session is not None and [o.permission for o in session.overrides] == ["price_override"]


def test_a_discount_within_the_limit_needs_no_manager(qtbot: QtBot, ui: KioskUi) -> None:
    sign_in(qtbot, ui)
    ui.scans.scan(COLA)
    wait(qtbot, ui)
    ui.sale.setCartDiscount("percent", 1000, "")
    assert ui.approval.property("pending") is False
    assert ui.sale.property("cartDiscount") == "−10 %"
    assert ui.sale.property("total") == "€1.34"


def test_held_scans_are_handled_in_order_when_released(qtbot: QtBot, ui: KioskUi) -> None:
    sign_in(qtbot, ui)
    ui.scans.setHeld("someDialog", True)
    ui.scans.scan(WATER)
    ui.scans.scan(COLA)
    wait(qtbot, ui)
    assert ui.sale.cart_model.rowCount() == 0 and ui.scans.property("waiting") == 2
    ui.scans.setHeld("someDialog", False)
    wait(qtbot, ui)
    assert [r["name"] for r in ui.sale.cart_model.rows] == ["Still Water 0.5 l", "Cola 0.33 l"]


def test_codes_for_other_screens_are_explained_not_sold(qtbot: QtBot, ui: KioskUi) -> None:
    sign_in(qtbot, ui)
    # (Receipts and delivery notes open their screens: tests/qt/test_operations_bridges.py.)
    for code, words in (("EMP-0002", "badge"),):
        ui.scans.scan(code)
        wait(qtbot, ui)
        assert words in ui.notices.property("text")
        assert ui.notices.property("level") == "info"
    assert ui.sale.cart_model.rowCount() == 0
    # A pickup code opens the pickup screen, which checks it (this one is no real code).
    ui.scans.scan("PU1.abc")
    wait(qtbot, ui)
    assert ui.pickup.property("active") is True
    assert "not a pickup code" in ui.notices.property("text")
    assert ui.sale.cart_model.rowCount() == 0


def test_a_scan_from_a_device_thread_reaches_the_cart(qtbot: QtBot, ui: KioskUi) -> None:
    sign_in(qtbot, ui)
    thread = threading.Thread(target=ui.scans.scan_from_any_thread, args=(COLA,))
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: ui.sale.cart_model.rowCount() == 1)


# --- payment --------------------------------------------------------------------------------------
def test_payment_completes_once_however_often_it_is_tapped(qtbot: QtBot, ui: KioskUi) -> None:
    sign_in(qtbot, ui)
    ui.scans.scan(COLA)
    wait(qtbot, ui)
    ui.sale.startPayment()
    payment = ui.payment
    assert [q["label"] for q in payment.property("quickAmounts")] == ["€2.00", "€5.00", "€10.00"]
    payment.keypad("2")
    payment.keypad("00")
    assert payment.property("entry") == "€2.00" and payment.property("change") == "€0.51"
    payment.payCash()
    payment.payCash()  # a second tap while the first is being written
    payment.payCashAmount(500)
    wait(qtbot, ui)
    assert read(ui.store, "SELECT total FROM sales") == [(149,)]
    assert ui.sale.property("stage") == "receipt"
    assert ui.receipt.property("change") == "€0.51"


def test_card_over_what_is_due_is_refused(qtbot: QtBot, ui: KioskUi) -> None:
    sign_in(qtbot, ui)
    ui.scans.scan(COLA)
    wait(qtbot, ui)
    ui.sale.startPayment()
    assert ui.payment.payCard(200, "A1") is False
    assert "more than what is still due" in ui.payment.property("cardMessage")
    assert ui.payment.payCard(100, "A1") is True
    assert ui.payment.property("remaining") == "€0.49"


# --- sign-in and lock-out -------------------------------------------------------------------------
def test_the_lock_out_countdown_follows_the_services_clock(
    qtbot: QtBot, ui: KioskUi, clock: ManualClock
) -> None:
    for _ in range(5):
        ui.auth.loginPin("0000")
        wait(qtbot, ui)
    assert ui.auth.property("lockoutSecondsLeft") == 30
    clock.advance(12)
    qtbot.waitUntil(lambda: ui.auth.property("lockoutSecondsLeft") == 18, timeout=3000)
    ui.auth.loginPin("1234")  # ignored while locked out: the PIN pad is disabled too
    wait(qtbot, ui)
    assert ui.auth.is_locked


def test_device_reports_from_other_threads_reach_the_status_bar(qtbot: QtBot, ui: KioskUi) -> None:
    def report() -> None:
        ui.status.printer_state("paper_out", "load paper")
        ui.status.sync_state(True)
        ui.status.receipt_rendered("/tmp/receipt.png")

    thread = threading.Thread(target=report)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: ui.status.property("printerState") == "paper_out")
    qtbot.waitUntil(lambda: ui.preview.property("imageUrl") == "file:///tmp/receipt.png")
    assert ui.status.property("online") is True


# --- the wedge filter on a plain window -----------------------------------------------------------
class KeyRecorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.typed: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            self.typed.append(event.text())
        return False


def test_the_wedge_filter_takes_scans_out_and_hands_typing_back(qtbot: QtBot) -> None:
    now = [100.0]
    scans: list[str] = []
    window = QWindow()
    recorder = KeyRecorder()
    window.installEventFilter(recorder)  # installed first, so it sees what the wedge lets through
    wedge = WedgeKeyFilter(WedgeDecoder(), scans.append, lambda: now[0])
    window.installEventFilter(wedge)

    def press(char: str, gap: float) -> None:
        now[0] += gap
        key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
        QCoreApplication.sendEvent(
            window, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, char)
        )

    for char in COLA + "\r":
        press(char, 0.006)
    assert scans == [COLA] and recorder.typed == []
    for char in "ab":
        press(char, 0.2)
    now[0] += 1
    qtbot.waitUntil(lambda: recorder.typed == ["a", "b"])
    assert scans == [COLA]


def test_search_keeps_only_the_latest_query_in_flight(qtbot: QtBot, ui: KioskUi) -> None:
    calls: list[str] = []
    original = CatalogService.search

    def counting(self: CatalogService, query: str, limit: int = 50) -> list[Any]:
        calls.append(query)
        return original(self, query, limit)

    ui.search.catalog.search = counting.__get__(ui.search.catalog)  # type: ignore[method-assign]
    for query in ("c", "co", "col", "cola"):
        ui.search.setProperty("query", query)
    wait(qtbot, ui)
    qtbot.waitUntil(lambda: ui.search.property("settled") is True)
    assert calls == ["c", "cola"]  # the two in between were typed while "c" was running
    names = [row["name"] for row in ui.search.results_model.rows]
    assert names[:2] == ["Cola 0.33 l", "Cola Zero 0.33 l"]


def test_a_sale_discounted_to_nothing_still_completes(qtbot: QtBot, ui: KioskUi) -> None:
    sign_in(qtbot, ui, "9876")  # a manager: no approval needed for 100 %
    ui.scans.scan(COLA)
    wait(qtbot, ui)
    ui.sale.setCartDiscount("percent", 10000, "Damaged item")
    assert ui.sale.property("total") == "€0.00"
    ui.sale.startPayment()
    ui.payment.payCash()
    wait(qtbot, ui)
    assert read(ui.store, "SELECT total FROM sales") == [(0,)]
    assert read(ui.store, "SELECT COUNT(*) FROM payments") == [(0,)]
