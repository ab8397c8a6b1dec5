"""Guards against a PySide6 build that drops references to None or True (6.12.0 on Python 3.11
does, on every void call and every emit()): a kiosk running such a build crashes after some
thousands of ordinary operations. If this fails after a PySide6 upgrade, do not upgrade."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.ui.list_model import RowListModel

CALLS = 500


class Emitter(QObject):
    ping = Signal(int)


def lost(singleton: object, action: Callable[[], object]) -> int:
    before = sys.getrefcount(singleton)
    for _ in range(CALLS):
        action()
    return before - sys.getrefcount(singleton)


def test_void_calls_emits_and_model_updates_keep_their_references(qapp: object) -> None:
    emitter, timer = Emitter(), QTimer()
    model = RowListModel(["name"])
    emitter.ping.connect(lambda n: None)
    # Allow a little slack for unrelated objects coming and going; the fault costs one per call.
    assert lost(None, lambda: timer.start(1000)) < CALLS // 10
    assert lost(None, lambda: model.reset([{"name": "x"}])) < CALLS // 10
    assert lost(True, lambda: emitter.ping.emit(1)) < CALLS // 10
    timer.stop()
