"""The UI's bridges without QML, for tests that drive them directly: start, wait, sign in, read."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from kiosk.services.clock import ManualClock
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile
from kiosk.ui.shell import KioskUi, UiOptions
from kiosk.ui.sound import ErrorSound


@contextmanager
def headless_ui(
    qtbot: QtBot, store: Store, clock: ManualClock, profile: StoreProfile
) -> Iterator[KioskUi]:
    kiosk = KioskUi(
        store,
        clock,
        profile,
        options=UiOptions(locale="en_IE", sound=ErrorSound(available=False)),
    )
    kiosk.start()
    wait(qtbot, kiosk)
    try:
        yield kiosk
    finally:
        kiosk.shutdown()
        kiosk.dispose()
    assert not shiboken6.isValid(kiosk)  # deleted here, not later on some other thread


def wait(qtbot: QtBot, ui: KioskUi) -> None:
    """Until the database and network workers are idle and their results delivered."""
    qtbot.waitUntil(lambda: ui.worker.in_flight == 0 and ui.net.in_flight == 0)
    QCoreApplication.processEvents()


def read(store: Store, sql: str) -> list[tuple[Any, ...]]:
    """Rows read on another thread: the GUI thread must never touch the store."""

    def query() -> list[tuple[Any, ...]]:
        with store.read() as session:
            return [tuple(r) for r in session.execute(text(sql)).all()]

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(query).result()


def sign_in(qtbot: QtBot, ui: KioskUi, pin: str = "1234") -> None:
    ui.auth.loginPin(pin)
    wait(qtbot, ui)
    assert not ui.auth.is_locked
