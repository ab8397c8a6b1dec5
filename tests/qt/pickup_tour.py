"""Screenshots of the pickup screen (list, hand-over, done with the add-on offer), taken by
driving the real app on a fresh demo store, like tour.py does for selling.

    make screenshots                         # with the selling tour, under Xvfb + Mesa
    python -m tests.qt.pickup_tour DIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QAccessible, QGuiApplication

from kiosk.app import Background, prepare_qt_environment, wire_devices
from kiosk.config import KioskConfig
from kiosk.services.clock import ManualClock, SystemClock
from kiosk.services.pickup import PickupService
from kiosk.services.setup import initialise, store_path
from kiosk.store.engine import open_store
from kiosk.store.settings import load_profile
from tests.qt.driver import start_kiosk
from tests.qt.test_pickup_screen import draw
from tests.qt.tour import LAYOUT_SIZES, SimpleBot, save
from tests.unit.pickup_orders import barcode_of


def tour(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="kiosk-pickup-tour-"))
    clock = ManualClock(SystemClock().now())
    initialise(data, clock, demo=True)
    store = open_store(store_path(data))
    with store.read() as session:
        profile = load_profile(session)
    ada = PickupService(store, clock, profile).orders("DEMO-1001")[0].order
    codes = [barcode_of(store, ln.sku) for ln in ada.lines for _ in range(ln.quantity)]
    background = Background()
    devices = wire_devices(KioskConfig(data_dir=data, printer="sim://"), store, profile, background)
    kiosk = start_kiosk(SimpleBot(), store, clock, profile, devices=devices)
    background.start()
    try:
        kiosk.sign_in()
        kiosk.tap("Pickups")
        save(kiosk, out / "pickup-list.png")
        kiosk.scan(ada.code)
        for code in codes[:-1]:
            kiosk.scan(code)
        pad = kiosk.obj("signaturePad")
        draw(kiosk, pad, [(30, 100), (70, 40), (120, 110), (180, 45), (240, 100), (300, 60)])
        save(kiosk, out / "pickup-handover.png")
        for width, height in LAYOUT_SIZES:
            save(kiosk, out / f"pickup-handover-{width}x{height}.png", (width, height))
        kiosk.scan(codes[-1])
        kiosk.tap("Hand over")
        kiosk.qtbot.waitUntil(lambda: kiosk.visible("pickupResult"))
        save(kiosk, out / "pickup-done.png")
    finally:
        background.stop()
        kiosk.close()
        store.close()


def main(argv: list[str]) -> int:
    prepare_qt_environment()
    os.environ.setdefault("KIOSK_SOUND", "off")
    app = QGuiApplication(sys.argv[:1])
    QAccessible.setActive(True)
    tour(Path(argv[0]) if argv else Path("resources/screenshots"))
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
