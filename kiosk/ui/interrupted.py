"""A receipt the printer cut off (paper ran out, the cover opened mid-print): the associate
decides whether it is printed again, whole and marked as a copy, or not at all.

The spooler never reprints on its own (the customer may already hold half a receipt); it marks
the job interrupted and the printer's status says so. This bridge then finds the job and the
dialog asks.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.store.engine import Store
from kiosk.store.sales import load_sale
from kiosk.ui.messages import translate
from kiosk.ui.notices import NoticeBridge
from kiosk.ui.ports import ReceiptPrinter
from kiosk.ui.worker import DbWorker


@dataclass(frozen=True, slots=True)
class CutOff:
    job_id: str
    kind: str
    receipt_no: str


def first_cut_off(printer: ReceiptPrinter, store: Store) -> CutOff | None:
    """Runs on the database worker."""
    job = next((j for j in printer.pending() if j.state == "interrupted"), None)
    if job is None:
        return None
    receipt_no = ""
    if job.reference:
        with store.read() as session:
            loaded = load_sale(session, job.reference)
        receipt_no = str(loaded[0]["receipt_no"]) if loaded else ""
    return CutOff(job.id, job.kind, receipt_no)


class InterruptedPrintBridge(QObject):
    changed = Signal()

    def __init__(
        self,
        *,
        worker: DbWorker,
        printer: ReceiptPrinter,
        store: Store,
        notices: NoticeBridge,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.printer = printer
        self.store = store
        self.notices = notices
        self._job: CutOff | None = None
        self._checking = False

    @Slot()
    def check(self) -> None:
        if self._checking:
            return
        self._checking = True
        printer, store = self.printer, self.store
        self.worker.submit(lambda: first_cut_off(printer, store), self._found, self._failed)

    def _found(self, job: CutOff | None) -> None:
        self._checking = False
        self._job = job
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self._checking = False
        self.notices.show_error(error)

    @Slot()
    def printAgain(self) -> None:
        job, printer = self._job, self.printer
        if job is not None:
            self._job = None
            self.changed.emit()
            self.worker.submit(lambda: printer.reprint_interrupted(job.job_id), self._next)

    @Slot()
    def dontPrint(self) -> None:
        job, printer = self._job, self.printer
        if job is not None:
            self._job = None
            self.changed.emit()
            reason = "the associate chose not to print it again"
            self.worker.submit(lambda: printer.dismiss_interrupted(job.job_id, reason), self._next)

    def _next(self, _: object) -> None:
        self.check()  # another may be waiting

    def _get_pending(self) -> bool:
        return self._job is not None

    def _get_what(self) -> str:
        job = self._job
        if job is None:
            return ""
        if job.receipt_no:
            return translate("Messages", "receipt %1").replace("%1", job.receipt_no)
        return translate("Messages", "a printout")

    pending = Property(bool, _get_pending, notify=changed)
    what = Property(str, _get_what, notify=changed)
