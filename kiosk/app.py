"""Composition root: configuration, logging, the Qt application and the QML engine."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, QUrl, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk import __version__
from kiosk.config import KioskConfig
from kiosk.domain.errors import KioskError
from kiosk.services.clock import SystemClock
from kiosk.services.setup import initialise, store_path
from kiosk.store.engine import open_store
from kiosk.store.settings import load_profile

log = logging.getLogger(__name__)
QML_DIR = Path(__file__).resolve().parent.parent / "resources" / "qml"


class QmlProblems:
    """Collects QML errors and warnings: a screenshot run fails if there were any."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def __call__(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            self.messages.append(message)
        sys.stderr.write(message + "\n")


def _choose_platform() -> None:
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        sys.stderr.write(
            "kiosk: no display found (DISPLAY and WAYLAND_DISPLAY are unset); running offscreen. "
            "Use `kiosk run --demo --screenshot out.png --exit-after 3` to see the screen.\n"
        )
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def run_app(
    config: KioskConfig,
    *,
    demo: bool,
    screenshot: Path | None = None,
    exit_after: float | None = None,
    fullscreen: bool = False,
) -> int:
    path = store_path(config.data_dir)
    if not path.exists():
        if not demo:
            raise KioskError(f"No store at {path}. Run `kiosk init` first (or `kiosk run --demo`).")
        initialise(config.data_dir, SystemClock(), demo=True)
    store = open_store(path)
    with store.read() as session:
        profile = load_profile(session)

    _choose_platform()
    problems = QmlProblems()
    qInstallMessageHandler(problems)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    app.setApplicationName("Kiosk POS")
    app.setApplicationVersion(__version__)
    engine = QQmlApplicationEngine()
    engine.setInitialProperties({"storeName": profile.store_name, "demo": demo})
    engine.load(QUrl.fromLocalFile(str(QML_DIR / "Main.qml")))
    if not engine.rootObjects():
        store.close()
        raise KioskError("The user interface failed to load; see the messages above.")
    window = engine.rootObjects()[0]
    if fullscreen and isinstance(window, QQuickWindow):
        window.showFullScreen()

    exit_code = 0
    if exit_after is not None:

        def finish() -> None:
            nonlocal exit_code
            if screenshot is not None and isinstance(window, QQuickWindow):
                image = window.grabWindow()
                if not image.save(str(screenshot)):
                    problems.messages.append(f"could not save the screenshot to {screenshot}")
            exit_code = 1 if problems.messages else 0
            app.quit()

        QTimer.singleShot(int(exit_after * 1000), finish)
    result = app.exec()
    store.close()
    return exit_code or result
