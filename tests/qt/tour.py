"""Screenshots of the lock, sell, pay and receipt screens, the operations menu, a return and
the shift close, taken by driving the real app.

    make screenshots        # under Xvfb with Mesa's software OpenGL, into resources/screenshots
    python -m tests.qt.tour DIR

The tour signs in, scans, discounts and pays exactly as the tests do (same driver), on a fresh
demo store, and saves the window at each step. It also saves the sell screen at the smallest
and largest supported sizes, to check the layout there.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtGui import QAccessible, QGuiApplication

from kiosk.app import Background, prepare_qt_environment, wire_devices
from kiosk.config import KioskConfig
from kiosk.services.clock import ManualClock, SystemClock
from kiosk.services.setup import initialise, store_path
from kiosk.store.engine import open_store
from kiosk.store.settings import load_profile
from tests.qt.driver import KioskDriver, start_kiosk

README_SIZE = (1280, 800)
LAYOUT_SIZES = ((1024, 768), (1920, 1080))


class SimpleBot:
    """The two waits the driver needs, without pytest."""

    def waitUntil(self, callback: Callable[[], bool], *, timeout: int = 5000) -> None:
        deadline = time.monotonic() + timeout / 1000
        while not callback():
            if time.monotonic() > deadline:
                raise TimeoutError("the kiosk did not get there in time")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.005)

    def wait(self, ms: int) -> None:
        deadline = time.monotonic() + ms / 1000
        while time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.005)


def save(kiosk: KioskDriver, target: Path, size: tuple[int, int] = README_SIZE) -> None:
    kiosk.window.resize(*size)
    kiosk.settle()
    kiosk.qtbot.wait(300)  # let Material's ripples and tab indicators come to rest
    kiosk.settle()
    if not kiosk.window.grabWindow().save(str(target)):
        raise OSError(f"could not write {target}")
    print(f"wrote {target}")


def tour(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="kiosk-tour-"))
    initialise(data, SystemClock(), demo=True)
    store = open_store(store_path(data))
    with store.read() as session:
        profile = load_profile(session)
    background = Background()  # the simulated printer, as in `make run`
    devices = wire_devices(KioskConfig(data_dir=data, printer="sim://"), store, profile, background)
    kiosk = start_kiosk(
        SimpleBot(), store, ManualClock(SystemClock().now()), profile, devices=devices
    )
    background.start()
    try:
        kiosk.window.resize(*README_SIZE)
        kiosk.enter_pin("12")
        save(kiosk, out / "lock.png")
        kiosk.enter_pin("34")
        kiosk.tap("Sign in")
        kiosk.qtbot.waitUntil(lambda: not kiosk.ui.auth.is_locked)
        for code in ("4006380000032", "4006380000018", "4006380000018"):
            kiosk.scan(code)
        kiosk.add_by_search("crois", "Butter Croissant")
        kiosk.tap("Clear")
        kiosk.tap("Bakery")
        kiosk.add_by_search("pretz", "Pretzel Sticks 250 g")
        kiosk.tap("Clear")
        save(kiosk, out / "sell.png")
        for width, height in LAYOUT_SIZES:
            save(kiosk, out / f"sell-{width}x{height}.png", (width, height))
        kiosk.window.resize(*README_SIZE)
        kiosk.settle()
        kiosk.tap(kiosk.obj("lineDetails", within=kiosk.line("Still Water 0.5 l")))
        kiosk.tap("Discount…")
        for key in ("2", "5"):
            kiosk.tap(key, within=kiosk.obj("discountDialog"))
        kiosk.tap("Apply", within=kiosk.obj("discountDialog"))
        approval = kiosk.obj("managerOverrideDialog")
        for digit in "98":
            kiosk.tap(digit, within=approval)
        kiosk.tap("Price match", within=approval)
        save(kiosk, out / "approval.png")
        for digit in "76":
            kiosk.tap(digit, within=approval)
        kiosk.tap("Approve", within=approval)
        kiosk.qtbot.waitUntil(lambda: not kiosk.visible("managerOverrideDialog"))
        kiosk.tap("Pay")
        pay = kiosk.obj("payScreen")
        for key in ("2", "00", "0"):
            kiosk.tap(key, within=pay)
        save(kiosk, out / "pay.png")
        kiosk.tap("Take cash")
        kiosk.qtbot.waitUntil(lambda: kiosk.visible("receiptScreen"))
        kiosk.qtbot.waitUntil(lambda: kiosk.ui.preview.property("imageUrl") != "")
        save(kiosk, out / "receipt.png")
        operations_tour(kiosk, out)
    finally:
        background.stop()
        kiosk.close()
        store.close()


def operations_tour(kiosk: KioskDriver, out: Path) -> None:
    """The menu, a return of the sale just made, and the close: blind count, then Z report."""
    from tests.qt.test_operations_flows import count_drawer, open_menu_item

    kiosk.tap("New sale")
    kiosk.tap("Menu")
    save(kiosk, out / "menu.png")
    kiosk.tap("Refund last sale", within=kiosk.obj("operationsMenu"))
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("returnLines"))
    kiosk.tap("−", within=kiosk.find("Still Water 0.5 l", within=kiosk.obj("returnLines")))
    save(kiosk, out / "return.png")
    kiosk.tap("Back to selling")
    open_menu_item(kiosk, "Close shift")
    count_drawer(kiosk, {"€50.00": "1", "€20.00": "3", "€10.00": "4", "€5.00": "1"})
    save(kiosk, out / "close.png")
    kiosk.tap(kiosk.obj("closeShiftButton"))
    kiosk.tap(kiosk.obj("confirmCloseButton"))
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("zVariance"))
    save(kiosk, out / "z-report.png")


def main(argv: list[str]) -> int:
    prepare_qt_environment()
    os.environ.setdefault("KIOSK_SOUND", "off")
    app = QGuiApplication(sys.argv[:1])
    QAccessible.setActive(True)  # the driver finds controls by their accessible names
    tour(Path(argv[0]) if argv else Path("resources/screenshots"))
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
