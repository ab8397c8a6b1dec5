"""The drawer's day at the till: open a shift by counting the float, cash in and out, "no sale",
the X report (view and print), and the blind close that ends in the Z report.

Blind: while the associate counts, nothing here knows the expected amount; it arrives with the
Z report that the close returns, together with the variance. Every call runs on the database
worker; cash movements and "no sale" go through the manager approval when the role needs it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.permissions import Actor, Approval
from kiosk.domain.shift_report import ShiftReport
from kiosk.services.shifts import ShiftInfo, ShiftService
from kiosk.ui.approval import ApprovalBridge
from kiosk.ui.cash_count import CashCountModel
from kiosk.ui.formatting import LocaleFormats
from kiosk.ui.guarded import Approvals, run_guarded
from kiosk.ui.list_model import RowListModel
from kiosk.ui.messages import translate
from kiosk.ui.notices import NoticeBridge
from kiosk.ui.shift_report_view import REPORT_ROLES, report_rows, signed
from kiosk.ui.worker import DbWorker


def _first(given: Approvals) -> Approval | None:
    return given[0] if given else None


class ShiftBridge(QObject):
    changed = Signal()
    movementRecorded = Signal()  # a cash in/out or "no sale" went through: its dialog closes

    def __init__(
        self,
        *,
        worker: DbWorker,
        shifts: ShiftService,
        approvals: ApprovalBridge,
        current_actor: Callable[[], Actor | None],
        formats: LocaleFormats,
        notices: NoticeBridge,
        jobs_queued: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.shifts = shifts
        self.approvals = approvals
        self.current_actor = current_actor
        self.formats = formats
        self.notices = notices
        self.jobs_queued = jobs_queued  # wakes the spooler: a report or drawer kick is queued
        currency = shifts.profile.currency
        self.float_model = CashCountModel(currency, formats, self)
        self.close_model = CashCountModel(currency, formats, self)
        self.report_model = RowListModel(REPORT_ROLES, self)
        # Told whether a shift is open after every look: with none, selling cannot start.
        self.on_state: Callable[[bool], None] = lambda is_open: None
        self._info: ShiftInfo | None = None
        self._known = False
        self._busy = False
        self._report: ShiftReport | None = None

    # --- the shift ----------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        self.worker.submit(self.shifts.current, self._loaded)

    def _loaded(self, info: ShiftInfo | None) -> None:
        self._info, self._known = info, True
        self.changed.emit()
        self.on_state(info is not None)

    @Slot()
    def openShift(self) -> None:
        actor = self.current_actor()
        if actor is None or self._busy:
            return
        count, shifts = self.float_model.cash_count(), self.shifts
        self._set_busy(True)
        self.worker.submit(lambda: shifts.open(actor, count), self._opened, self._failed)

    def _opened(self, info: ShiftInfo) -> None:
        self._set_busy(False)
        self.float_model.clear()
        self._loaded(info)
        self.notices.show_info(
            translate("Operations", "Shift open with a float of %1.").replace(
                "%1", self.formats.money(info.float_total)
            )
        )

    # --- reports ------------------------------------------------------------------------------
    @Slot()
    def showX(self) -> None:
        self._show(None)
        self.worker.submit(self.shifts.x_report, self._show, self._failed)

    @Slot()
    def printX(self) -> None:
        if self._busy:
            return
        self._set_busy(True)
        self.worker.submit(self.shifts.print_x_report, self._printed, self._failed)

    def _printed(self, report: ShiftReport) -> None:
        self._set_busy(False)
        self._show(report)
        self._wake_printer()
        self.notices.show_info(translate("Operations", "The report is printing."))

    @Slot()
    def reprintReport(self) -> None:
        """A copy of the Z report just made (marked as a copy on paper)."""
        report, shifts = self._report, self.shifts
        if report is None or report.kind != "Z" or self._busy:
            return
        self._set_busy(True)
        self.worker.submit(lambda: shifts.reprint(report), self._reprinted, self._failed)

    def _reprinted(self, _: object) -> None:
        self._set_busy(False)
        self._wake_printer()
        self.notices.show_info(translate("Operations", "A copy of the report is printing."))

    def _show(self, report: ShiftReport | None) -> None:
        self._report = report
        self.report_model.reset(report_rows(report, self.formats) if report else [])
        self.changed.emit()

    # --- the blind close ----------------------------------------------------------------------
    @Slot()
    def startClose(self) -> None:
        self.close_model.clear()
        self._show(None)

    @Slot()
    def closeShift(self) -> None:
        actor = self.current_actor()
        if actor is None or self._busy:
            return
        count, shifts = self.close_model.cash_count(), self.shifts
        self._set_busy(True)
        self.worker.submit(lambda: shifts.close(actor, count), self._closed, self._failed)

    def _closed(self, report: ShiftReport) -> None:
        self._set_busy(False)
        self._info = None
        self.close_model.clear()
        self._show(report)
        self._wake_printer()  # the Z report was queued with the close

    @Slot()
    def finishClose(self) -> None:
        """The associate has read the Z report: the till now needs a new shift to sell."""
        self._show(None)
        self.on_state(self._info is not None)

    # --- the drawer ---------------------------------------------------------------------------
    @Slot(str, int, str)
    def moveCash(self, kind: str, minor: int, reason: str) -> None:
        """kind "in" or "out": cash put into or taken out of the drawer, with a reason."""
        actor = self.current_actor()
        if actor is None or kind not in ("in", "out"):
            return
        shifts = self.shifts
        move = shifts.cash_in if kind == "in" else shifts.cash_out
        done = (
            translate("Operations", "Cash in of %1 recorded.")
            if kind == "in"
            else translate("Operations", "Cash out of %1 recorded.")
        ).replace("%1", self.formats.money(minor))
        self._drawer(lambda given: move(actor, minor, reason, _first(given)), done)

    @Slot(str)
    def noSale(self, reason: str) -> None:
        actor = self.current_actor()
        if actor is None:
            return
        shifts = self.shifts
        self._drawer(
            lambda given: shifts.no_sale(actor, reason, _first(given)),
            translate("Operations", "Drawer opened. Recorded as “no sale”."),
        )

    def _drawer(self, work: Callable[[Approvals], None], done: str) -> None:
        if self._busy:
            return
        self._set_busy(True)

        def recorded(_: object) -> None:
            self._set_busy(False)
            self._wake_printer()  # the drawer kick
            self.movementRecorded.emit()
            self.notices.show_info(done)

        target = self._info.id if self._info else ""
        run_guarded(
            self.worker,
            self.approvals,
            work,
            target=target,
            on_success=recorded,
            on_failure=self._failed,
            on_asking=lambda: self._set_busy(False),
        )

    # --- plumbing -----------------------------------------------------------------------------
    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.notices.show_error(error)

    def _wake_printer(self) -> None:
        self.worker.submit(self.jobs_queued, None, self._failed)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.changed.emit()

    @property
    def info(self) -> ShiftInfo | None:
        return self._info

    @property
    def report(self) -> ShiftReport | None:
        return self._report

    # --- what QML shows -----------------------------------------------------------------------
    def _get_known(self) -> bool:
        return self._known

    def _get_open(self) -> bool:
        return self._info is not None

    def _get_opened_by(self) -> str:
        return self._info.opened_by if self._info else ""

    def _get_opened_at(self) -> str:
        return self.formats.datetime(self._info.opened_at) if self._info else ""

    def _get_float(self) -> str:
        return self.formats.money(self._info.float_total if self._info else 0)

    def _get_busy(self) -> bool:
        return self._busy

    def _get_report_kind(self) -> str:
        return self._report.kind if self._report else ""

    def _get_report_title(self) -> str:
        report = self._report
        if report is None:
            return ""
        if report.kind == "Z":
            return translate("Operations", "Z report No. %1").replace("%1", str(report.z_no))
        return translate("Operations", "X report (the shift so far)")

    def _get_variance(self) -> str:
        report = self._report
        if report is None or report.variance is None:
            return ""
        return signed(report.variance, self.formats)

    def _get_variance_minor(self) -> int:
        report = self._report
        return report.variance or 0 if report else 0

    def _get_float_count(self) -> QObject:
        return self.float_model

    def _get_close_count(self) -> QObject:
        return self.close_model

    def _get_report_rows(self) -> QObject:
        return self.report_model

    known = Property(bool, _get_known, notify=changed)
    isOpen = Property(bool, _get_open, notify=changed)
    openedBy = Property(str, _get_opened_by, notify=changed)
    openedAt = Property(str, _get_opened_at, notify=changed)
    floatTotal = Property(str, _get_float, notify=changed)
    busy = Property(bool, _get_busy, notify=changed)
    reportKind = Property(str, _get_report_kind, notify=changed)
    reportTitle = Property(str, _get_report_title, notify=changed)
    variance = Property(str, _get_variance, notify=changed)
    varianceMinor = Property(int, _get_variance_minor, notify=changed)
    floatCount = Property(QObject, _get_float_count, constant=True)
    closeCount = Property(QObject, _get_close_count, constant=True)
    reportRows = Property(QObject, _get_report_rows, constant=True)
