"""The pickup bridges without QML, read through Qt's property system, over a real store on the
real database worker."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from pytestqt.qtbot import QtBot

from kiosk.services.clock import ManualClock
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile
from kiosk.ui.shell import KioskUi
from tests.qt.headless import headless_ui, read, sign_in, wait
from tests.unit.pickup_orders import OrderDesk, barcode_of

MAGAZINE, LIGHTER = "PRE-0116", "HOU-0132"


@pytest.fixture
def desk(demo_store: Store, clock: ManualClock) -> OrderDesk:
    return OrderDesk(demo_store, clock)  # its key is stored before the UI starts


@pytest.fixture
def ui(
    qtbot: QtBot, demo_store: Store, clock: ManualClock, profile: StoreProfile, desk: OrderDesk
) -> Iterator[KioskUi]:
    with headless_ui(qtbot, demo_store, clock, profile) as kiosk:
        yield kiosk


def test_scans_in_a_burst_count_in_order_and_the_screen_sees_snapshots(
    qtbot: QtBot, ui: KioskUi, demo_store: Store, desk: OrderDesk
) -> None:
    with ThreadPoolExecutor(1) as pool:  # the GUI thread may not touch the store any more
        order = pool.submit(desk.add, "web-1", [(LIGHTER, 3), (MAGAZINE, 1)]).result()
        lighter = pool.submit(barcode_of, demo_store, LIGHTER).result()
    sign_in(qtbot, ui)
    ui.scans.scan(order.code)
    wait(qtbot, ui)
    pickup, handover = ui.pickup, ui.pickup.handover
    assert pickup.property("active") and pickup.property("stage") == "handover"
    for _ in range(4):  # one more than ordered, read as fast as a scanner sends them
        ui.scans.scan(lighter)
    wait(qtbot, ui)
    rows = {r["sku"]: (r["scanned"], r["toGo"]) for r in handover.lines_model.rows}
    assert rows == {LIGHTER: (3, 0), MAGAZINE: (0, 1)}
    assert "All 3 x Lighter are already scanned" in handover.property("message")
    assert handover.property("messageOk") is False
    assert handover.property("anyScanned") and not handover.property("complete")
    handover.handOver({"method": "telepathy"})
    assert "Choose how the customer was identified" in handover.property("message")
    pickup.cancelHandover()
    wait(qtbot, ui)
    assert pickup.property("stage") == "list" and handover.lines_model.rowCount() == 0
    assert "nothing was recorded" in ui.notices.property("text")
    assert read(ui.store, "SELECT COUNT(*) FROM pickup_handovers") == [(0,)]
