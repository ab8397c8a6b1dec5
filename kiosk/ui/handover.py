"""One hand-over in progress on the pickup screen: the items counted down scan by scan, how the
customer was identified, their signature, and recording it all.

The `HandOver` itself is only ever changed inside tasks on the database worker; each task hands
back a snapshot (pickup_rows.py) that the screen shows. So the GUI thread never reads an object
another thread may be changing, and scans are counted in the order they were read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.errors import InvalidInput
from kiosk.domain.pickup import PARTIAL_REASONS, HandOver, Identification, IdMethod
from kiosk.services.pickup import PickupService
from kiosk.services.pickup_handover import CompletedPickup
from kiosk.services.signature import render
from kiosk.ui.auth import AuthBridge
from kiosk.ui.formatting import LocaleFormats
from kiosk.ui.list_model import RowListModel
from kiosk.ui.messages import describe, translate
from kiosk.ui.notices import NoticeBridge
from kiosk.ui.pickup_rows import LINE_ROLES, HandoverSnapshot, offer_text, snapshot
from kiosk.ui.worker import DbWorker

Stroke = list[tuple[float, float]]
Recorded = Callable[[CompletedPickup, str], None]  # the hand-over, and its offer's text


class HandoverBridge(QObject):
    changed = Signal()

    def __init__(
        self,
        *,
        worker: DbWorker,
        service: PickupService,
        auth: AuthBridge,
        formats: LocaleFormats,
        notices: NoticeBridge,
        on_recorded: Recorded,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.service = service
        self.auth = auth
        self.formats = formats
        self.notices = notices
        self.on_recorded = on_recorded
        self.lines_model = RowListModel(LINE_ROLES, self)
        self._handover: HandOver | None = None  # changed only by worker tasks
        self._shown: HandoverSnapshot | None = None
        self._message = ""
        self._message_ok = True
        self._strokes: list[Stroke] = []

    @property
    def open(self) -> bool:
        return self._handover is not None

    def begin(self, handover: HandOver, shown: HandoverSnapshot) -> None:
        self._handover = handover
        self._strokes = []
        self._show(shown, translate("Pickup", "Scan each item as you hand it over."), ok=True)

    def drop(self) -> None:
        """Nothing was written: a hand-over is recorded whole or not at all."""
        self._handover, self._shown, self._strokes = None, None, []
        self._message = ""
        self.lines_model.reset([])
        self.changed.emit()

    # --- counting the items -----------------------------------------------------------------
    def scan(self, raw: str) -> None:
        handover, service, formats = self._handover, self.service, self.formats
        if handover is None:
            return

        def count() -> HandoverSnapshot:
            result = service.scan(handover, raw)
            return snapshot(handover, service.view(handover.order_id), formats, result.message)

        self.worker.submit(count, self._counted, self._wrong)

    @Slot(str)
    def countOne(self, sku: str) -> None:
        """An item counted by hand (its barcode will not scan)."""
        self._adjust(sku, +1)

    @Slot(str)
    def uncountOne(self, sku: str) -> None:
        self._adjust(sku, -1)

    def _adjust(self, sku: str, step: int) -> None:
        handover, service, formats = self._handover, self.service, self.formats
        if handover is None:
            return

        def change() -> HandoverSnapshot:
            line = handover.line(sku)
            if line is None:
                raise InvalidInput("That item is not on this order")
            if step > 0:
                handover.count(sku, line.name)
            else:
                handover.uncount(sku)
            return snapshot(handover, service.view(handover.order_id), formats)

        self.worker.submit(change, self._counted, self._wrong)

    def _counted(self, shown: HandoverSnapshot) -> None:
        self._show(shown, shown.message, ok=True)

    def _wrong(self, error: BaseException) -> None:
        self._message, self._message_ok = describe(error), False
        self.notices.sound.play()
        self.changed.emit()

    def _show(self, shown: HandoverSnapshot, message: str, *, ok: bool) -> None:
        self._shown = shown
        self.lines_model.sync(shown.lines, key="sku")
        self._message, self._message_ok = message, ok
        self.changed.emit()

    # --- the signature ----------------------------------------------------------------------
    @Slot(list)
    def addStroke(self, flat: list[float]) -> None:
        """One stroke of the signature pad, as x0, y0, x1, y1, ... in pad pixels."""
        points = [(float(flat[i]), float(flat[i + 1])) for i in range(0, len(flat) - 1, 2)]
        if len(points) >= 2:
            self._strokes.append(points)
            self.changed.emit()

    @Slot()
    def clearSignature(self) -> None:
        self._strokes = []
        self.changed.emit()

    # --- recording ----------------------------------------------------------------------------
    @Slot("QVariantMap")
    def handOver(self, form: dict[str, Any]) -> None:
        """Records the hand-over. `form`: method (code | name_phone | id_checked), phoneDigits,
        document, reasonCode and reasonNote (a partial pickup), padWidth and padHeight."""
        handover, actor, service = self._handover, self.auth.actor, self.service
        if handover is None or actor is None:
            return
        try:
            method = IdMethod(str(form.get("method", "")))
        except ValueError:
            self._wrong(
                InvalidInput(translate("Pickup", "Choose how the customer was identified."))
            )
            return
        identification = Identification(
            method, str(form.get("phoneDigits", "")), str(form.get("document", ""))
        )
        reason = (str(form.get("reasonCode", "")), str(form.get("reasonNote", "")))
        pad = (float(form.get("padWidth", 0)), float(form.get("padHeight", 0)))
        strokes, formats = list(self._strokes), self.formats

        def record() -> tuple[CompletedPickup, str]:
            png = render(strokes, *pad) if strokes else None
            done = service.complete(
                actor,
                handover,
                identification,
                reason_code=reason[0],
                reason_note=reason[1],
                signature_png=png,
            )
            return done, offer_text(service.offer(done.order_id), formats)

        self.worker.submit(record, self._recorded, self._not_recorded)

    def _recorded(self, recorded: tuple[CompletedPickup, str]) -> None:
        self.drop()
        self.on_recorded(*recorded)

    def _not_recorded(self, error: BaseException) -> None:
        # One transaction: nothing was written; the hand-over stays on screen as it was.
        self._message, self._message_ok = describe(error), False
        self.changed.emit()
        self.notices.show_error(error)

    # --- what QML shows ---------------------------------------------------------------------
    def _value(self, name: str, default: object) -> object:
        return getattr(self._shown, name) if self._shown is not None else default

    def _get_order_no(self) -> str:
        return str(self._value("order_no", ""))

    def _get_customer(self) -> str:
        return str(self._value("customer", ""))

    def _get_contact(self) -> str:
        return str(self._value("contact", ""))

    def _get_until(self) -> str:
        return str(self._value("until", ""))

    def _get_by_code(self) -> bool:
        return bool(self._value("opened_by_code", False))

    def _get_has_phone(self) -> bool:
        return bool(self._value("has_phone", False))

    def _get_complete(self) -> bool:
        return bool(self._value("complete", False))

    def _get_any_scanned(self) -> bool:
        return bool(self._value("any_scanned", False))

    def _get_message(self) -> str:
        return self._message

    def _get_message_ok(self) -> bool:
        return self._message_ok

    def _get_signed(self) -> bool:
        return bool(self._strokes)

    def _get_reasons(self) -> list[dict[str, str]]:
        labels = {
            "missing": translate("Pickup", "Item missing"),
            "damaged": translate("Pickup", "Item damaged"),
            "declined": translate("Pickup", "Customer declined"),
            "later": translate("Pickup", "Collects the rest later"),
        }
        return [{"code": code, "label": labels.get(code, text)} for code, text in PARTIAL_REASONS]

    def _get_lines(self) -> QObject:
        return self.lines_model

    orderNo = Property(str, _get_order_no, notify=changed)
    customer = Property(str, _get_customer, notify=changed)
    contact = Property(str, _get_contact, notify=changed)
    until = Property(str, _get_until, notify=changed)
    openedByCode = Property(bool, _get_by_code, notify=changed)
    hasPhone = Property(bool, _get_has_phone, notify=changed)
    complete = Property(bool, _get_complete, notify=changed)
    anyScanned = Property(bool, _get_any_scanned, notify=changed)
    message = Property(str, _get_message, notify=changed)
    messageOk = Property(bool, _get_message_ok, notify=changed)
    signed = Property(bool, _get_signed, notify=changed)
    reasons = Property(list, _get_reasons, constant=True)
    lines = Property(QObject, _get_lines, constant=True)
