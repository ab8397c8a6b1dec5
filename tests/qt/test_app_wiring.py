"""The app's real device wiring (kiosk.app.wire_devices) under the UI: the simulated receipt
printer's spooler prints the receipt and kicks the drawer, and its picture reaches the preview.
And `kiosk run --demo --screenshot` as support staff use it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from hardware.printing.spooler import SpoolerState, SpoolerStatus
from hardware.printing.status import Paper, PrinterStatus
from kiosk.app import Background, printer_state, wire_devices
from kiosk.config import KioskConfig
from kiosk.services.clock import ManualClock
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile
from tests.qt.driver import KioskDriver, start_kiosk


@pytest.fixture
def wired(
    qtbot: QtBot, demo_store: Store, demo_dir: Path, clock: ManualClock, profile: StoreProfile
) -> Iterator[KioskDriver]:
    config = KioskConfig(data_dir=demo_dir, printer="sim://", scanner="wedge://")
    background = Background()
    devices = wire_devices(config, demo_store, profile, background, clock)
    kiosk = start_kiosk(qtbot, demo_store, clock, profile, devices=devices)
    background.start()
    try:
        yield kiosk
    finally:
        background.stop()
        kiosk.close()


def test_a_cash_sale_prints_on_the_simulated_printer(wired: KioskDriver) -> None:
    kiosk = wired
    # The spooler runs on its own thread and polls: allow for a busy machine.
    kiosk.qtbot.waitUntil(
        lambda: kiosk.text("statusPrinter") == "Printer simulated", timeout=15_000
    )
    kiosk.sign_in()
    kiosk.scan("4006380000032")
    kiosk.tap("Pay")
    kiosk.tap("Exact amount")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("receiptScreen"))

    def states() -> list[tuple[str, str]]:
        return kiosk.read(
            lambda s: [
                (r[0], r[1])
                for r in s.execute(text("SELECT kind, state FROM print_jobs ORDER BY kind"))
            ]
        )

    printed = [("drawer", "printed"), ("receipt", "printed")]
    kiosk.qtbot.waitUntil(lambda: states() == printed, timeout=15_000)
    kiosk.qtbot.waitUntil(lambda: kiosk.ui.preview.property("imageUrl") != "", timeout=15_000)
    png = Path(kiosk.ui.preview.property("imageUrl").removeprefix("file://"))
    with Image.open(png) as page:
        assert page.width > 200 and page.height > page.width  # a receipt, long and narrow


@pytest.mark.slow
def test_kiosk_run_saves_a_screenshot_and_exits_cleanly(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_SOUND": "off"}
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "run", "--demo", "--data-dir", str(tmp_path / "d"),
         "--screenshot", str(shot), "--exit-after", "2"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    with Image.open(shot) as image:
        assert image.size == (1280, 800)


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (SpoolerStatus(SpoolerState.READY, "ok", PrinterStatus(True, True)), "simulated"),
        (SpoolerStatus(SpoolerState.OFFLINE, "unplugged"), "offline"),
        (SpoolerStatus(SpoolerState.PRINTING, "printing"), "busy"),
        (
            SpoolerStatus(
                SpoolerState.WAITING, "load paper", PrinterStatus(True, True, paper=Paper.OUT)
            ),
            "paper_out",
        ),
        (
            SpoolerStatus(
                SpoolerState.WAITING, "close it", PrinterStatus(True, True, cover_open=True)
            ),
            "cover_open",
        ),
        (
            SpoolerStatus(
                SpoolerState.READY, "ok", PrinterStatus(True, True, paper=Paper.NEAR_END)
            ),
            "paper_low",
        ),
        (SpoolerStatus(SpoolerState.READY, "cut off", interrupted_jobs=1), "interrupted"),
    ],
)
def test_spooler_states_become_status_bar_states(status: SpoolerStatus, expected: str) -> None:
    assert printer_state(status, simulated=True) == (expected, status.message)
