"""The status bar's facts: HQ reachable or not, events waiting to sync, printer and scanner.

This is the UI's `DeviceEvents`: device and sync workers report here from their own threads,
and each report hops to the GUI thread through a queued signal before anything changes. The
number of events waiting to sync is read from the outbox on the database worker, now and then
and after every sale.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.services.clock import Clock
from kiosk.store import outbox
from kiosk.store.engine import Store
from kiosk.ui.formatting import LocaleFormats
from kiosk.ui.receipt import ReceiptPreview
from kiosk.ui.worker import DbWorker

BACKLOG_EVERY_MS = 15_000


class StatusBridge(QObject):
    changed = Signal()
    timeChanged = Signal()
    _report = Signal(str, str, str)  # (what, state, detail), from any thread
    syncProgress = Signal(str, int, int, str)  # (step, done, total, message), from any thread

    def __init__(
        self,
        *,
        worker: DbWorker,
        store: Store,
        preview: ReceiptPreview,
        clock: Clock,
        formats: LocaleFormats,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.store = store
        self.preview = preview
        self.clock = clock
        self.formats = formats
        self._time = formats.time(clock.now())
        self.on_scanned: Callable[[str], None] = lambda code: None
        self._online = False
        self._sync_detail = ""
        self._waiting = 0
        self._printer = ("unknown", "")
        self._scanner = ("unknown", "")
        self._report.connect(self._apply)
        self._timer = QTimer(self)
        self._timer.setInterval(BACKLOG_EVERY_MS)
        self._timer.timeout.connect(self.refresh_backlog)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)

    def start(self) -> None:
        self.refresh_backlog()
        self._timer.start()
        self._ticker.start()

    def stop(self) -> None:
        self._timer.stop()
        self._ticker.stop()

    def _tick(self) -> None:
        # The shop's time zone and locale, like the receipts (not the PC's own setting).
        now = self.formats.time(self.clock.now())
        if now != self._time:
            self._time = now
            self.timeChanged.emit()

    # --- DeviceEvents (any thread) --------------------------------------------------------------
    def printer_state(self, state: str, detail: str = "") -> None:
        self._report.emit("printer", state, detail)

    def scanner_state(self, state: str, detail: str = "") -> None:
        self._report.emit("scanner", state, detail)

    def receipt_rendered(self, png_path: str) -> None:
        self.preview.show_image(png_path)

    def sync_state(self, online: bool, detail: str = "") -> None:
        self._report.emit("sync", "online" if online else "offline", detail)

    def sync_progress(self, step: str, done: int, total: int, message: str) -> None:
        self.syncProgress.emit(step, done, total, message)  # queued to the sync screen

    def backlog_changed(self) -> None:
        self._report.emit("backlog", "", "")

    def scanned(self, code: str) -> None:
        self.on_scanned(code)  # the scan router hops to the GUI thread itself

    @Slot(str, str, str)
    def _apply(self, what: str, state: str, detail: str) -> None:
        if what == "printer":
            self._printer = (state, detail)
        elif what == "scanner":
            self._scanner = (state, detail)
        elif what == "sync":
            self._online, self._sync_detail = state == "online", detail
        elif what == "backlog":
            self.refresh_backlog()
            return
        self.changed.emit()

    # --- the outbox ----------------------------------------------------------------------------
    @Slot()
    def refresh_backlog(self) -> None:
        store = self.store

        def count() -> int:
            with store.read() as session:
                return outbox.backlog(session).waiting

        self.worker.submit(count, self._set_waiting)

    def _set_waiting(self, waiting: int) -> None:
        if waiting != self._waiting:
            self._waiting = waiting
            self.changed.emit()

    @property
    def printer_now(self) -> str:
        return self._printer[0]

    # --- what QML shows ------------------------------------------------------------------------
    def _get_online(self) -> bool:
        return self._online

    def _get_sync_detail(self) -> str:
        return self._sync_detail

    def _get_waiting(self) -> int:
        return self._waiting

    def _get_printer(self) -> str:
        return self._printer[0]

    def _get_printer_detail(self) -> str:
        return self._printer[1]

    def _get_scanner(self) -> str:
        return self._scanner[0]

    def _get_scanner_detail(self) -> str:
        return self._scanner[1]

    def _get_time(self) -> str:
        return self._time

    time = Property(str, _get_time, notify=timeChanged)
    online = Property(bool, _get_online, notify=changed)
    syncDetail = Property(str, _get_sync_detail, notify=changed)
    waitingToSync = Property(int, _get_waiting, notify=changed)
    printerState = Property(str, _get_printer, notify=changed)
    printerDetail = Property(str, _get_printer_detail, notify=changed)
    scannerState = Property(str, _get_scanner, notify=changed)
    scannerDetail = Property(str, _get_scanner_detail, notify=changed)
