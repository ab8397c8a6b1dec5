"""Composition root: configuration, logging, the Qt application, the QML engine, the devices.

`run_app` is what `kiosk run` starts. `build_window` is the part the tests and the benchmark
share with it: given a KioskUi it loads Main.qml and attaches keyboard input, so they drive the
same window the associate uses.

Kiosk mode (`--fullscreen`): one process per data directory, a full-screen window without
decorations that refuses to close until an admin exits from the maintenance screen, the screen
kept awake, and systemd's watchdog pinged from the GUI thread.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QLoggingCategory,
    QMessageLogContext,
    Qt,
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
from kiosk.services.clock import Clock, SystemClock
from kiosk.services.setup import initialise, store_path
from kiosk.store.engine import Store, open_store
from kiosk.store.instance_lock import InstanceBusy, InstanceLock
from kiosk.store.settings import StoreProfile, load_profile
from kiosk.ui.i18n import choose_language, formatting_locale, install_translators
from kiosk.ui.kiosk_mode import CloseGuard
from kiosk.ui.ports import DeviceEvents, KeyDecoder
from kiosk.ui.shell import Devices, KioskUi, UiOptions
from kiosk.ui.wedge_input import WedgeKeyFilter

if TYPE_CHECKING:  # device modules load only when devices are wired (tests build the UI bare)
    from hardware.printing.spooler import SpoolerStatus
    from kiosk.devices.sync_worker import SyncWorker
    from kiosk.devices.systemd import SystemdNotifier
    from kiosk.services.sync_status import SyncOverview

log = logging.getLogger(__name__)
QML_DIR = Path(__file__).resolve().parent.parent / "resources" / "qml"
# `kiosk run` ends with this status when an admin leaves the app from the maintenance screen:
# kiosk-pos.service does not restart it then (RestartPreventExitStatus), and restarts it after
# anything else (a crash, a frozen screen, the display going away).
MAINTENANCE_EXIT = 10

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
    os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"  # the kiosk types on its own keyboard
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
    if ui.ops.kiosk_mode.enabled:
        window.installEventFilter(CloseGuard(ui.ops.kiosk_mode, window))
    return window


def printer_state(status: SpoolerStatus, simulated: bool) -> tuple[str, str]:
    """The spooler's status as the status bar's printer state (see ui.ports.DeviceEvents)."""
    from hardware.printing.spooler import SpoolerState
    from hardware.printing.status import Paper

    printer = status.printer
    if status.state in (SpoolerState.OFFLINE, SpoolerState.STOPPED):
        return "offline", status.message
    if status.interrupted_jobs:  # a receipt was cut off: someone must look at the printer
        return "interrupted", status.message
    if status.state is SpoolerState.WAITING and printer is not None:
        if printer.cover_open:
            return "cover_open", status.message
        if printer.paper is Paper.OUT:
            return "paper_out", status.message
        return "error", status.message
    if status.state is SpoolerState.PRINTING:
        return "busy", status.message
    if status.state is SpoolerState.STARTING:
        return "unknown", status.message
    if printer is not None and printer.paper is Paper.NEAR_END:
        return "paper_low", status.message
    return ("simulated" if simulated else "ready"), status.message


@dataclass
class Background:
    """Device and sync threads that run beside the UI: started after it, stopped before it."""

    starts: list[Callable[[], None]] = field(default_factory=list)
    stops: list[Callable[[], None]] = field(default_factory=list)

    def start(self) -> None:
        for start in self.starts:
            start()

    def stop(self) -> None:
        for stop in reversed(self.stops):
            try:
                stop()
            except Exception:  # one device failing to stop must not keep the others running
                log.exception("stopping a background worker failed")


def wire_devices(
    config: KioskConfig,
    store: Store,
    profile: StoreProfile,
    background: Background,
    clock: Clock | None = None,
) -> Callable[[DeviceEvents], Devices]:
    """The receipt printer's spooler (receipts and drawer kicks), a scanner read on its own
    thread (anything but the keyboard wedge, which build_window handles), and the sync worker
    once HQ is set up.

    Their callbacks run on their own threads and only call DeviceEvents, which hops to the GUI
    thread. Raises KioskError for bad device settings before anything is started.
    """
    from kiosk.devices.hq_sales import HqSaleLookup
    from kiosk.devices.printing import build_receipt_printing
    from kiosk.devices.scanning import build_scanner
    from kiosk.services.printing import PrintingService

    # One clock for the till and its devices: a drawer kick's age is measured against the
    # time the sale was stamped with.
    device_clock = clock or SystemClock()

    def build(events: DeviceEvents) -> Devices:
        simulated = config.printer.startswith("sim://")
        printing = build_receipt_printing(
            config,
            store,
            device_clock,
            on_status=lambda status: events.printer_state(*printer_state(status, simulated)),
            on_sim_page=lambda png: events.receipt_rendered(str(png)),
        )
        background.starts.append(printing.start)
        background.stops.append(printing.stop)
        reader = build_scanner(
            config,
            lambda scan: events.scanned(scan.labelled),
            lambda problem: events.scanner_state("error", problem),
        )
        if reader is None:
            events.scanner_state("keyboard")
        else:
            events.scanner_state("ready")
            background.starts.append(reader.start)
            background.stops.append(reader.stop)
        sync = _wire_sync(config, store, events, background)
        service = PrintingService(store, device_clock, profile, notify=printing.wake)
        hq_sales = HqSaleLookup(store) if sync is not None else None  # enrolled with HQ
        return Devices(printer=service, jobs_queued=printing.wake, sync=sync, hq_sales=hq_sales)

    return build


def _wire_sync(
    config: KioskConfig, store: Store, events: DeviceEvents, background: Background
) -> SyncWorker | None:
    """The daily sync runs on its own thread once this kiosk is enrolled with HQ; the sync
    screen asks it for runs and shows its progress."""
    from kiosk.devices.sync_worker import SyncWorker
    from kiosk.store import sync_state
    from sync.engine import Progress

    with store.read() as session:
        enrolled = sync_state.enrolment(session) is not None
    if not enrolled:
        events.sync_state(False, "not connected to HQ")
        return None
    worker: SyncWorker | None = None

    def status(overview: SyncOverview) -> None:
        online = worker is not None and worker.hq_reachable is not False
        events.sync_state(online and overview.last_run is not None, overview.headline)
        events.backlog_changed()

    def progress(step: Progress) -> None:
        events.sync_progress(step.step, step.done, step.total or 0, step.message)

    worker = SyncWorker(
        store.path,
        SystemClock(),
        sync_time=config.sync_time,
        on_status=status,
        on_progress=progress,
    )
    background.starts.append(worker.start)
    background.stops.append(worker.stop)
    return worker


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
    background: Background
    translators: list[QTranslator] = field(default_factory=list)
    lock: InstanceLock | None = None
    systemd: SystemdNotifier | None = None

    def close(self) -> None:
        if self.systemd is not None:
            self.systemd.stopping()
        self.background.stop()  # devices and sync first: they report to the bridges
        self.ui.shutdown()
        self.window.close()
        self.engine.deleteLater()  # the window goes before the bridges it binds to
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.ui.dispose()
        self.store.close()
        if self.lock is not None:
            self.lock.release()


def hold_the_till(config: KioskConfig) -> InstanceLock:
    """One app per data directory: a second `kiosk run` says so and exits non-zero."""
    try:
        return InstanceLock(config.data_dir, "run the till").acquire()
    except InstanceBusy as busy:
        raise KioskError(
            f"The till is already running on {config.data_dir} ({busy.holder}). "
            "Only one may run at a time; use the one on screen."
        ) from None


def start_app(config: KioskConfig, *, demo: bool, kiosk_mode: bool = False) -> RunningKiosk:
    """Opens the store, the Qt application and the window, wired to the configured devices.
    Returns once the lock screen is built; the caller runs the event loop."""
    lock = hold_the_till(config)
    try:
        return _start(config, demo, kiosk_mode, lock)
    except BaseException:
        lock.release()
        raise


def _start(config: KioskConfig, demo: bool, kiosk_mode: bool, lock: InstanceLock) -> RunningKiosk:
    path = store_path(config.data_dir)
    if not path.exists():
        if not demo:
            raise KioskError(f"No store at {path}. Run `kiosk init` first (or `kiosk run --demo`).")
        initialise(config.data_dir, SystemClock(), demo=True)
    store = open_store(path)
    with store.read() as session:
        profile = load_profile(session)
    if demo:  # the demo's pickup orders, fresh when the last ones have run out
        from kiosk.services.demo_pickups import ensure_demo_orders

        ensure_demo_orders(store, SystemClock(), profile)

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

    background = Background()
    ui = KioskUi(
        store,
        SystemClock(),
        profile,
        devices=wire_devices(config, store, profile, background),
        options=UiOptions(
            locale=locale,
            demo=demo,
            image_dir=config.data_dir / "images",
            kiosk_mode=kiosk_mode,
            data_dir=config.data_dir,
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
    background.start()
    notifier = _tell_systemd(window)
    return RunningKiosk(
        app, engine, window, ui, store, problems, background, translators, lock, notifier
    )


def _tell_systemd(window: QQuickWindow) -> SystemdNotifier | None:
    """Ready once the lock screen is up; then watchdog pings from the GUI thread, so a frozen
    screen stops them and systemd restarts the till. Does nothing outside systemd."""
    from kiosk.devices.systemd import SystemdNotifier

    notifier = SystemdNotifier()
    if not notifier.active:
        return None
    notifier.ready()
    interval = notifier.watchdog_interval()
    if interval:
        timer = QTimer(window)
        timer.timeout.connect(notifier.ping)
        timer.start(int(interval * 1000))
    return notifier


def run_app(
    config: KioskConfig,
    *,
    demo: bool,
    screenshot: Path | None = None,
    exit_after: float | None = None,
    fullscreen: bool = False,
) -> int:
    kiosk = start_app(config, demo=demo, kiosk_mode=fullscreen)
    app, window, problems = kiosk.app, kiosk.window, kiosk.problems
    if fullscreen:
        # Kiosk mode: nothing to drag or close; the close guard (build_window) refuses
        # close requests until an admin exits from the maintenance screen.
        window.setFlag(Qt.WindowType.FramelessWindowHint, True)
        window.showFullScreen()

    exit_code = 0

    def left_for_maintenance() -> None:
        nonlocal exit_code
        exit_code = MAINTENANCE_EXIT
        app.quit()

    kiosk.ui.ops.kiosk_mode.on_exit = left_for_maintenance
    if exit_after is not None:

        def finish() -> None:
            nonlocal exit_code
            if screenshot is not None:
                image = window.grabWindow()
                if not image.save(str(screenshot)):
                    problems.messages.append(f"could not save the screenshot to {screenshot}")
            exit_code = 1 if problems.messages else 0
            kiosk.ui.ops.kiosk_mode.allow_exit()
            app.quit()

        QTimer.singleShot(int(exit_after * 1000), finish)
    result = app.exec()
    kiosk.close()
    return exit_code or result
