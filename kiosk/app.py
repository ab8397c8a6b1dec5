"""Composition root: configuration, logging, the Qt application, the QML engine, the devices.

`run_app` is what `kiosk run` starts. `build_window` is the part the tests and the benchmark
share with it: given a KioskUi it loads Main.qml and attaches keyboard input, so they drive the
same window the associate uses.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QLoggingCategory,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    QTranslator,
    QUrl,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk import __version__
from kiosk.config import KioskConfig
from kiosk.domain.errors import KioskError
from kiosk.services.clock import SystemClock
from kiosk.services.setup import initialise, store_path
from kiosk.store.engine import Store, open_store
from kiosk.store.settings import load_profile
from kiosk.ui.i18n import choose_language, formatting_locale, install_translators
from kiosk.ui.ports import DeviceEvents, KeyDecoder
from kiosk.ui.shell import Devices, KioskUi, UiOptions
from kiosk.ui.wedge_input import WedgeKeyFilter

log = logging.getLogger(__name__)
QML_DIR = Path(__file__).resolve().parent.parent / "resources" / "qml"

# Qt's own noise that says nothing about our QML: optional system libraries being probed, and a
# property-shadowing notice inside Qt Virtual Keyboard's own components.
QUIET_CATEGORIES = ("qt.multimedia.symbolsresolver",)
KNOWN_QT_NOISE = (re.compile(r"^Member \w+ of the object PopupList_QMLTYPE_\d+ overrides"),)


class QmlProblems:
    """Collects QML errors and warnings: a screenshot run fails if there were any."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def __call__(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if context.category in QUIET_CATEGORIES or any(p.search(message) for p in KNOWN_QT_NOISE):
            return
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            self.messages.append(message)
        sys.stderr.write(message + "\n")


def prepare_qt_environment() -> None:
    """Before the QGuiApplication exists: the on-screen keyboard and quieter Qt logging."""
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Material")
    QLoggingCategory.setFilterRules(
        "\n".join(f"{category}.warning=false" for category in QUIET_CATEGORIES)
    )


def _choose_platform() -> None:
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        sys.stderr.write(
            "kiosk: no display found (DISPLAY and WAYLAND_DISPLAY are unset); running offscreen. "
            "Use `kiosk run --demo --screenshot out.png --exit-after 3` to see the screen.\n"
        )
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def build_window(
    engine: QQmlApplicationEngine,
    ui: KioskUi,
    *,
    decoder: KeyDecoder | None = None,
    key_clock: Callable[[], float] | None = None,
) -> QQuickWindow:
    """Loads Main.qml for `ui` and wires keyboard input: a wedge decoder takes scans out of the
    key stream (when the scanner is a keyboard wedge), and any input resets the idle lock."""
    engine.setInitialProperties({"kiosk": ui.qml_properties()})
    engine.load(QUrl.fromLocalFile(str(QML_DIR / "Main.qml")))
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        raise KioskError("The user interface failed to load; see the messages above.")
    window = roots[0]
    if decoder is not None:
        wedge = (
            WedgeKeyFilter(decoder, ui.scans.scan, key_clock, parent=window)
            if key_clock is not None
            else WedgeKeyFilter(decoder, ui.scans.scan, parent=window)
        )
        window.installEventFilter(wedge)
    window.installEventFilter(ui.idle)
    return window


def wire_devices(config: KioskConfig, demo: bool) -> Callable[[DeviceEvents], Devices]:
    """The printer and drawer for this configuration.

    Until the hardware layer's PrintingService lands, every printer URL uses the UI's stand-ins
    (receipt jobs stored, shown as text in the preview). When it does, build it here, e.g.:
        printing = PrintingService(store, clock, profile, printer_url, events=events,
                                   on_rendered=events.receipt_rendered)
        return Devices(output=printing, drawer=printing)
    """

    def build(events: DeviceEvents) -> Devices:
        simulated = demo or config.printer.startswith("sim://")
        events.printer_state("simulated" if simulated else "unknown")
        if config.scanner.startswith("wedge://"):
            events.scanner_state("keyboard")
        return Devices()

    return build


def wedge_decoder(config: KioskConfig) -> KeyDecoder | None:
    if not config.scanner.startswith("wedge://"):
        return None
    from hardware.scanning.wedge import WedgeDecoder

    return WedgeDecoder()


@dataclass
class RunningKiosk:
    """Everything `start_app` set up; `close()` undoes it in the right order."""

    app: QGuiApplication
    engine: QQmlApplicationEngine
    window: QQuickWindow
    ui: KioskUi
    store: Store
    problems: QmlProblems
    translators: list[QTranslator] = field(default_factory=list)

    def close(self) -> None:
        self.ui.shutdown()
        self.window.close()
        self.engine.deleteLater()  # the window goes before the bridges it binds to
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.ui.dispose()
        self.store.close()


def start_app(config: KioskConfig, *, demo: bool) -> RunningKiosk:
    """Opens the store, the Qt application and the window, wired to the configured devices.
    Returns once the lock screen is built; the caller runs the event loop."""
    path = store_path(config.data_dir)
    if not path.exists():
        if not demo:
            raise KioskError(f"No store at {path}. Run `kiosk init` first (or `kiosk run --demo`).")
        initialise(config.data_dir, SystemClock(), demo=True)
    store = open_store(path)
    with store.read() as session:
        profile = load_profile(session)

    _choose_platform()
    prepare_qt_environment()
    problems = QmlProblems()
    qInstallMessageHandler(problems)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    assert isinstance(app, QGuiApplication)
    app.setApplicationName("Kiosk POS")
    app.setApplicationVersion(__version__)
    language = choose_language(config.language, profile.locale, QLocale.system().name())
    locale = formatting_locale(language, profile.locale)
    translators = install_translators(app, language, locale)

    ui = KioskUi(
        store,
        SystemClock(),
        profile,
        devices=wire_devices(config, demo),
        options=UiOptions(
            locale=locale,
            demo=demo,
            hq_configured=bool(config.hq_url),
            image_dir=config.data_dir / "images",
        ),
    )
    engine = QQmlApplicationEngine()
    try:
        window = build_window(engine, ui, decoder=wedge_decoder(config))
    except KioskError:
        ui.shutdown()
        store.close()
        raise
    ui.start()
    return RunningKiosk(app, engine, window, ui, store, problems, translators)


def run_app(
    config: KioskConfig,
    *,
    demo: bool,
    screenshot: Path | None = None,
    exit_after: float | None = None,
    fullscreen: bool = False,
) -> int:
    kiosk = start_app(config, demo=demo)
    app, window, problems = kiosk.app, kiosk.window, kiosk.problems
    if fullscreen:
        window.showFullScreen()

    exit_code = 0
    if exit_after is not None:

        def finish() -> None:
            nonlocal exit_code
            if screenshot is not None:
                image = window.grabWindow()
                if not image.save(str(screenshot)):
                    problems.messages.append(f"could not save the screenshot to {screenshot}")
            exit_code = 1 if problems.messages else 0
            app.quit()

        QTimer.singleShot(int(exit_after * 1000), finish)
    result = app.exec()
    kiosk.close()
    return exit_code or result
