"""The sync screen: this kiosk's part of the daily reconciliation with HQ.

What it shows is read from the local store (SyncStatusService), so it answers at once with or
without a network: the last run, events waiting and the age of the oldest, the last error, the
clock skew against HQ, whether this version is too old for HQ ("upgrade needed"), and today's
sales with the anomalies the runs reported. "Sync now" asks the background sync worker for a
run; its progress arrives from the worker's thread through the status bridge.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.services.sync_status import SyncOverview, SyncStatusService
from kiosk.ui.formatting import LocaleFormats
from kiosk.ui.messages import translate
from kiosk.ui.notices import NoticeBridge
from kiosk.ui.ports import SyncControl
from kiosk.ui.status import StatusBridge
from kiosk.ui.worker import DbWorker


def duration_text(seconds: float) -> str:
    """An age a person reads at a glance: "40 s", "12 min", "3 h 5 min", "2 d 4 h"."""
    s = int(abs(seconds))
    if s < 60:
        return translate("Sync", "%1 s").replace("%1", str(s))
    if s < 3600:
        return translate("Sync", "%1 min").replace("%1", str(s // 60))
    if s < 86400:
        return (
            translate("Sync", "%1 h %2 min")
            .replace("%1", str(s // 3600))
            .replace("%2", str(s % 3600 // 60))
        )
    return (
        translate("Sync", "%1 d %2 h")
        .replace("%1", str(s // 86400))
        .replace("%2", str(s % 86400 // 3600))
    )


def run_status_text(status: str) -> str:
    texts = {
        "ok": translate("Sync", "completed"),
        "running": translate("Sync", "running"),
        "failed": translate("Sync", "failed"),
        "offline": translate("Sync", "HQ not reachable"),
        "upgrade_needed": translate("Sync", "upgrade needed"),
        "unauthorised": translate("Sync", "refused by HQ (enrol again)"),
    }
    return texts.get(status, status)


def step_text(step: str, message: str) -> str:
    if step == "push":
        return translate("Sync", "Sending sales and stock to HQ")
    if step.startswith("pull:"):
        return translate("Sync", "Receiving %1").replace("%1", step.removeprefix("pull:"))
    if step == "reconcile":
        return translate("Sync", "Comparing the stock ledger with HQ")
    if step == "done":
        return translate("Sync", "Finished")
    return message


class SyncBridge(QObject):
    changed = Signal()

    def __init__(
        self,
        *,
        worker: DbWorker,
        status_service: SyncStatusService,
        control: SyncControl | None,
        status: StatusBridge,
        formats: LocaleFormats,
        notices: NoticeBridge,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.status_service, self.control = worker, status_service, control
        self.formats, self.notices = formats, notices
        self._overview: SyncOverview | None = None
        self._running = False
        self._step = ""
        self._fraction = -1.0
        status.syncProgress.connect(self._progress)
        status.changed.connect(self._status_changed)
        self._visible = False

    # --- life ---------------------------------------------------------------------------------
    def enter(self) -> None:
        self._visible = True
        self.refresh()

    def leave(self) -> None:
        self._visible = False

    @Slot()
    def refresh(self) -> None:
        self.worker.submit(self.status_service.overview, self._loaded, self.notices.show_error)

    def _loaded(self, overview: SyncOverview) -> None:
        self._overview = overview
        self.changed.emit()

    def _status_changed(self) -> None:
        if self._visible:  # a run ended, or HQ came or went: show the new figures
            self.refresh()

    @Slot()
    def syncNow(self) -> None:
        if self.control is None or self._running:
            return
        self._running, self._step, self._fraction = True, translate("Sync", "Starting"), -1.0
        self.changed.emit()
        self.control.request_run("on_demand")

    @Slot(str, int, int, str)
    def _progress(self, step: str, done: int, total: int, message: str) -> None:
        self._running = step != "done"
        self._step = step_text(step, message)
        self._fraction = min(1.0, done / total) if total > 0 else -1.0
        self.changed.emit()
        if step == "done":
            self.refresh()

    # --- what QML shows -----------------------------------------------------------------------
    def _get_enrolled(self) -> bool:
        return bool(self._overview and self._overview.enrolled)

    def _get_can_sync(self) -> bool:
        return self.control is not None and not self._running

    def _get_hq_url(self) -> str:
        return (self._overview.hq_url or "") if self._overview else ""

    def _get_last_run(self) -> str:
        run = self._overview.last_run if self._overview else None
        if run is None:
            return translate("Sync", "never")
        return f"{self.formats.datetime(run.started_at)} · {run_status_text(run.status)}"

    def _get_last_success(self) -> str:
        at = self._overview.last_success_at if self._overview else None
        return self.formats.datetime(at) if at else translate("Sync", "never")

    def _get_waiting(self) -> int:
        return self._overview.waiting if self._overview else 0

    def _get_oldest(self) -> str:
        age = self._overview.oldest_waiting_s if self._overview else None
        return duration_text(age) if age is not None else ""

    def _get_last_error(self) -> str:
        return (self._overview.last_error or "") if self._overview else ""

    def _get_skew(self) -> str:
        skew = self._overview.clock_skew_s if self._overview else None
        if skew is None:
            return ""
        if abs(skew) < 1:
            return translate("Sync", "in step with HQ")
        if skew > 0:
            return translate("Sync", "%1 ahead of HQ").replace("%1", duration_text(skew))
        return translate("Sync", "%1 behind HQ").replace("%1", duration_text(skew))

    def _get_skew_warning(self) -> bool:
        return bool(self._overview and self._overview.skew_warning)

    def _get_upgrade(self) -> bool:
        return bool(self._overview and self._overview.upgrade_needed)

    def _get_today(self) -> str:
        return self._overview.today.day if self._overview else ""

    def _get_today_sales(self) -> int:
        return self._overview.today.sales if self._overview else 0

    def _get_today_total(self) -> str:
        return self.formats.money(self._overview.today.sales_total if self._overview else 0)

    def _get_today_anomalies(self) -> int:
        return self._overview.today.anomalies if self._overview else 0

    def _get_running(self) -> bool:
        return self._running

    def _get_step(self) -> str:
        return self._step

    def _get_fraction(self) -> float:
        return self._fraction

    enrolled = Property(bool, _get_enrolled, notify=changed)
    canSync = Property(bool, _get_can_sync, notify=changed)
    hqUrl = Property(str, _get_hq_url, notify=changed)
    lastRun = Property(str, _get_last_run, notify=changed)
    lastSuccess = Property(str, _get_last_success, notify=changed)
    waiting = Property(int, _get_waiting, notify=changed)
    oldestWaiting = Property(str, _get_oldest, notify=changed)
    lastError = Property(str, _get_last_error, notify=changed)
    clockSkew = Property(str, _get_skew, notify=changed)
    skewWarning = Property(bool, _get_skew_warning, notify=changed)
    upgradeNeeded = Property(bool, _get_upgrade, notify=changed)
    today = Property(str, _get_today, notify=changed)
    todaySales = Property(int, _get_today_sales, notify=changed)
    todayTotal = Property(str, _get_today_total, notify=changed)
    todayAnomalies = Property(int, _get_today_anomalies, notify=changed)
    running = Property(bool, _get_running, notify=changed)
    step = Property(str, _get_step, notify=changed)
    fraction = Property(float, _get_fraction, notify=changed)
