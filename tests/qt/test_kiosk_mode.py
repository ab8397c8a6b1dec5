"""Kiosk mode (`kiosk run --fullscreen`): an associate cannot close the till, an admin leaves
through the maintenance screen, the screen is kept awake, a second copy is refused, and the
running app tells systemd it is ready and keeps pinging its watchdog."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.services.clock import ManualClock
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile
from tests.qt.driver import KioskDriver, start_kiosk
from tests.qt.screen_saver import (
    ScreenSaverService,
    dbus_daemon_available,
    start_private_bus,
)
from tests.qt.test_flows import rows
from tests.qt.test_touch_and_access import problems


@pytest.fixture
def screen_saver() -> Iterator[ScreenSaverService]:
    if not dbus_daemon_available():
        pytest.skip("dbus-daemon is not installed here (apt-get install dbus)")
    bus = start_private_bus()
    service = ScreenSaverService(bus.address).start()
    yield service
    service.stop()
    bus.stop()


@pytest.fixture
def locked_down(
    qtbot: QtBot,
    demo_store: Store,
    clock: ManualClock,
    profile: StoreProfile,
    screen_saver: ScreenSaverService,
) -> Iterator[KioskDriver]:
    kiosk = start_kiosk(
        qtbot, demo_store, clock, profile, kiosk_mode=True, screen_bus=screen_saver.address
    )
    try:
        yield kiosk
    finally:
        kiosk.close()


def test_an_associate_cannot_close_the_till_and_an_admin_exits_through_maintenance(
    locked_down: KioskDriver, screen_saver: ScreenSaverService
) -> None:
    kiosk = locked_down
    exits: list[bool] = []
    kiosk.ui.ops.kiosk_mode.on_exit = lambda: exits.append(True)
    kiosk.qtbot.waitUntil(lambda: kiosk.ui.ops.screen_awake.property("state") == "inhibited")
    assert len(screen_saver.inhibitors) == 1  # blanking is held off while the till runs

    kiosk.sign_in("1234")
    assert kiosk.window.close() is False  # what Alt+F4 or the compositor's close request does
    kiosk.settle()
    assert kiosk.window.isVisible() and kiosk.visible("adminPinDialog")
    assert problems(kiosk, "admin PIN") == []  # touch-sized and named like the rest
    dialog = kiosk.obj("adminPinDialog")
    for digit in "1234":  # the associate's own PIN is no admin's
        kiosk.tap(digit, within=dialog)
    kiosk.tap("Open maintenance", within=dialog)
    assert kiosk.text("adminPinMessage") == (
        "Alex Associate is not an admin. Only an admin may do maintenance."
    )
    kiosk.tap("Cancel", within=dialog)
    assert not kiosk.visible("adminPinDialog") and exits == []

    kiosk.ui.auth.lock()  # even from the lock screen, with nobody signed in
    kiosk.settle()
    assert kiosk.window.close() is False
    kiosk.settle()
    dialog = kiosk.obj("adminPinDialog")
    for digit in "1357":
        kiosk.tap(digit, within=dialog)
    kiosk.tap("Open maintenance", within=dialog)
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("maintenanceScreen"))
    kiosk.settle()
    assert kiosk.text("screenAwakeState") == "yes, blanking inhibited"
    assert problems(kiosk, "maintenance") == []
    kiosk.tap("Exit the app")
    assert exits == [True]
    audit = rows(
        kiosk, "SELECT action FROM audit_log WHERE action LIKE 'maintenance.%' ORDER BY id"
    )
    assert audit == [("maintenance.refused",), ("maintenance.opened",)]
    assert kiosk.window.close() is True  # now it may

    kiosk.ui.shutdown()  # releasing the inhibition: our connection to the bus closes
    kiosk.qtbot.waitUntil(lambda: screen_saver.departed == screen_saver.inhibitors)


def test_outside_kiosk_mode_the_window_closes_as_usual(kiosk: KioskDriver) -> None:
    assert not kiosk.ui.ops.kiosk_mode.enabled
    assert kiosk.ui.ops.screen_awake.property("state") == "off"
    assert kiosk.window.close() is True


@pytest.mark.slow
def test_a_second_till_on_the_same_data_is_refused_and_the_first_pings_the_watchdog(
    tmp_path: Path,
) -> None:
    data = tmp_path / "till"
    notify = tmp_path / "notify"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KIOSK_SOUND": "off",
        "NOTIFY_SOCKET": str(notify),
        "WATCHDOG_USEC": "400000",  # pings every 0.2 s
    }
    env.pop("WATCHDOG_PID", None)
    run = [sys.executable, "-m", "kiosk", "run", "--demo", "--data-dir", str(data)]
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as systemd:
        systemd.bind(str(notify))
        systemd.settimeout(60)
        first = subprocess.Popen(  # in kiosk mode, as kiosk-pos.service runs it
            [*run, "--fullscreen", "--exit-after", "8"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert systemd.recv(200).startswith(b"READY=1")
            assert systemd.recv(200) == b"WATCHDOG=1"
            assert systemd.recv(200) == b"WATCHDOG=1"

            second = subprocess.run(
                [*run, "--screenshot", str(tmp_path / "x.png"), "--exit-after", "1"],
                env={k: v for k, v in env.items() if k != "NOTIFY_SOCKET"},
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
            assert second.returncode == 1
            assert "The till is already running" in second.stderr
            assert f"run the till (pid {first.pid})" in second.stderr
            assert not (tmp_path / "x.png").exists()

            messages = []
            while (message := systemd.recv(200)) != b"STOPPING=1":
                messages.append(message)
            assert set(messages) == {b"WATCHDOG=1"}  # pinging all along, until it stops
            _, errors = first.communicate(timeout=60)
            assert first.returncode == 0, errors  # its own timed exit is not refused
        finally:
            if first.poll() is None:
                first.kill()
                first.communicate()
