"""Qt fixtures: the real Main.qml on the offscreen platform, over a real demo store.

Every test here fails on any Qt or QML warning (a broken binding, a missing property), the way
`kiosk run --screenshot` does. Accessibility is switched on so that controls expose their
names exactly as a screen reader sees them; the tests find controls by those names.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Material")
os.environ["KIOSK_SOUND"] = "off"  # CI has no sound server; the sound requests are still counted

from PySide6.QtGui import QAccessible, QGuiApplication
from pytestqt.qtbot import QtBot

from kiosk.app import QUIET_CATEGORIES, prepare_qt_environment
from kiosk.services.clock import ManualClock
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile
from tests.qt.driver import KioskDriver, start_kiosk

# Noise from Qt itself, never from our QML (see kiosk.app.KNOWN_QT_NOISE).
QT_NOISE = [*QUIET_CATEGORIES, r"PopupList_QMLTYPE_\d+ overrides"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*QT_NOISE))


@pytest.fixture(scope="session")
def qapp_cls() -> type[QGuiApplication]:
    prepare_qt_environment()
    return QGuiApplication


@pytest.fixture(autouse=True)
def _accessibility(qapp: QGuiApplication) -> None:
    QAccessible.setActive(True)


KioskFactory = Callable[..., KioskDriver]


@pytest.fixture
def make_kiosk(
    qtbot: QtBot, demo_store: Store, clock: ManualClock, profile: StoreProfile
) -> Iterator[KioskFactory]:
    """Starts the kiosk UI; keyword arguments change the store profile (e.g. idle time)."""
    started: list[KioskDriver] = []

    def make(language: str | None = None, **profile_changes: object) -> KioskDriver:
        changed = dataclasses.replace(profile, **profile_changes)  # type: ignore[arg-type]
        driver = start_kiosk(qtbot, demo_store, clock, changed, language=language)
        started.append(driver)
        return driver

    yield make
    for driver in started:
        driver.close()


@pytest.fixture
def kiosk(make_kiosk: KioskFactory) -> KioskDriver:
    return make_kiosk()
