"""After payment: the change to hand back, the receipt (print, reprint as a copy), new sale.

The preview shows what the printer printed: a PNG from a simulated printer when the hardware
layer provides one, otherwise the receipt as text. Devices report from their own threads, so
the preview's setters are thread-safe (they hop to the GUI thread through a queued signal).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot

from kiosk.domain.payment import TenderMethod
from kiosk.services.checkout import CompletedSale
from kiosk.store import print_jobs
from kiosk.store.engine import Store
from kiosk.ui.formatting import LocaleFormats
from kiosk.ui.messages import describe, translate
from kiosk.ui.notices import NoticeBridge
from kiosk.ui.ports import ReceiptPrinter
from kiosk.ui.receipt_text import render_text
from kiosk.ui.worker import DbWorker


def job_text(store: Store, job_id: str) -> str:
    """A stored print job as the text the preview shows (runs on the database worker)."""
    with store.read() as session:
        job = print_jobs.get(session, job_id)
    return render_text(job.document) if job else ""


class ReceiptPreview(QObject):
    changed = Signal()
    _incoming = Signal(str, str)  # (kind, value), emitted from any thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._image = ""
        self._incoming.connect(self._apply)

    def show_text(self, text: str) -> None:
        self._incoming.emit("text", text)

    def show_image(self, png_path: str) -> None:
        self._incoming.emit("image", png_path)

    @Slot(str, str)
    def _apply(self, kind: str, value: str) -> None:
        if kind == "text":
            self._text, self._image = value, ""
        else:
            self._text, self._image = "", QUrl.fromLocalFile(value).toString()
        self.changed.emit()

    def _get_text(self) -> str:
        return self._text

    def _get_image(self) -> str:
        return self._image

    def _get_available(self) -> bool:
        return bool(self._text or self._image)

    text = Property(str, _get_text, notify=changed)
    imageUrl = Property(str, _get_image, notify=changed)
    available = Property(bool, _get_available, notify=changed)


class ReceiptBridge(QObject):
    changed = Signal()

    def __init__(
        self,
        *,
        worker: DbWorker,
        printer: ReceiptPrinter,
        store: Store,
        formats: LocaleFormats,
        notices: NoticeBridge,
        preview: ReceiptPreview,
        new_sale: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.printer = printer
        self.store = store
        self.formats = formats
        self.notices = notices
        self.new_sale = new_sale
        self._preview = preview
        self._sale: CompletedSale | None = None
        self._printed = False
        self._printing = False
        self._copies = 0

    def show(self, sale: CompletedSale, printed: bool) -> None:
        self._sale = sale
        self._printed = printed
        self._copies = 0
        self.changed.emit()
        if sale.print_job_id is not None:
            self._preview_job(sale.print_job_id)

    def _preview_job(self, job_id: str) -> None:
        """Shows the job as text now; a simulated printer's picture replaces it once printed."""
        store, preview = self.store, self._preview
        self.worker.submit(lambda: job_text(store, job_id), preview.show_text)

    @property
    def sale(self) -> CompletedSale | None:
        return self._sale

    @Slot()
    def printReceipt(self) -> None:
        """The original, for a customer who declined it at first (printed once only)."""
        if self._sale is not None and not self._printed:
            self._print(copy=False)

    @Slot()
    def reprint(self) -> None:
        if self._sale is not None:
            self._print(copy=True)

    def _print(self, copy: bool) -> None:
        if self._printing or self._sale is None:
            return
        self._printing = True
        self.changed.emit()
        sale_id, printer = self._sale.sale_id, self.printer
        self.worker.submit(
            lambda: printer.print_receipt(sale_id, copy=copy),
            lambda job_id: self._printed_ok(copy, job_id),
            self._print_failed,
        )

    def _printed_ok(self, copy: bool, job_id: str) -> None:
        self._printing = False
        self._preview_job(job_id)
        if copy:
            self._copies += 1
        else:
            self._printed = True
        self.changed.emit()

    def _print_failed(self, error: BaseException) -> None:
        self._printing = False
        self.changed.emit()
        message = translate("Messages", "The receipt did not print: %1").replace(
            "%1", describe(error)
        )
        self.notices.show_error_text(message)

    @Slot()
    def newSale(self) -> None:
        self.new_sale()

    # --- what QML shows ------------------------------------------------------------------------
    def _get_receipt_no(self) -> str:
        return self._sale.receipt_no if self._sale else ""

    def _get_total(self) -> str:
        return self.formats.money(self._sale.total if self._sale else 0)

    def _get_change(self) -> str:
        return self.formats.money(self._sale.change if self._sale else 0)

    def _get_change_minor(self) -> int:
        return self._sale.change if self._sale else 0

    def _get_paid_by(self) -> str:
        if self._sale is None:
            return ""
        methods = {p.method for p in self._sale.payments}
        if methods == {TenderMethod.CASH}:
            return translate("Messages", "Cash")
        if methods == {TenderMethod.CARD}:
            return translate("Messages", "Card")
        return translate("Messages", "Cash and card")

    def _get_printed(self) -> bool:
        return self._printed

    def _get_printing(self) -> bool:
        return self._printing

    def _get_copies(self) -> int:
        return self._copies

    def _get_preview(self) -> QObject:
        return self._preview

    receiptNo = Property(str, _get_receipt_no, notify=changed)
    total = Property(str, _get_total, notify=changed)
    change = Property(str, _get_change, notify=changed)
    changeMinor = Property(int, _get_change_minor, notify=changed)
    paidBy = Property(str, _get_paid_by, notify=changed)
    printed = Property(bool, _get_printed, notify=changed)
    printing = Property(bool, _get_printing, notify=changed)
    copies = Property(int, _get_copies, notify=changed)
    preview = Property(QObject, _get_preview, constant=True)
