"""The pickup screen: orders waiting here, the hand-over of one (scan by scan), its proof, and
the add-on offer afterwards.

Every service call runs on the database worker. The hand-over in progress lives in this bridge
but is only changed inside worker tasks, which hand back a snapshot for the screen (see
pickup_rows.py). Scans reach `scan` from the scan router while this screen is open; a pickup
code scanned on the sell screen opens it with that order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.errors import InvalidInput
from kiosk.domain.pickup import PARTIAL_REASONS, HandOver, Identification, IdMethod
from kiosk.domain.sale_session import SaleSession
from kiosk.services.pickup import PickupService
from kiosk.services.pickup_handover import CompletedPickup
from kiosk.services.signature import render
from kiosk.ui.auth import AuthBridge
from kiosk.ui.formatting import LocaleFormats
from kiosk.ui.list_model import Row, RowListModel
from kiosk.ui.messages import describe, translate
from kiosk.ui.notices import NoticeBridge
from kiosk.ui.pickup_rows import (
    LINE_ROLES,
    ORDER_ROLES,
    HandoverSnapshot,
    offer_text,
    order_rows,
    snapshot,
)
from kiosk.ui.worker import DbWorker

LIST, HANDOVER, DONE = "list", "handover", "done"
Stroke = list[tuple[float, float]]


class PickupBridge(QObject):
    changed = Signal()

    def __init__(
        self,
        *,
        worker: DbWorker,
        service: PickupService,
        auth: AuthBridge,
        formats: LocaleFormats,
        notices: NoticeBridge,
        jobs_queued: Callable[[], None],
        start_offer_sale: Callable[[SaleSession, str], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.service = service
        self.auth = auth
        self.formats = formats
        self.notices = notices
        self.jobs_queued = jobs_queued
        self.start_offer_sale = start_offer_sale
        self.orders_model = RowListModel(ORDER_ROLES, self)
        self.lines_model = RowListModel(LINE_ROLES, self)
        self._active = False
        self._stage = LIST
        self._query = ""
        self._handover: HandOver | None = None  # touched only by worker tasks
        self._shown: HandoverSnapshot | None = None
        self._message = ""
        self._message_ok = True
        self._strokes: list[Stroke] = []
        self._result = ""
        self._offer = ""
        self._order_id = ""
        self._waiting = 0

    # --- opening and closing -------------------------------------------------------------
    @property
    def is_active(self) -> bool:
        return self._active

    @Slot()
    def open(self) -> None:
        self._active = True
        self._back_to_list()

    @Slot()
    def close(self) -> None:
        """Back to selling; a hand-over not yet recorded is dropped (nothing was written)."""
        self._active = False
        self._handover = None
        self._shown = None
        self._stage = LIST
        self.changed.emit()
        self.refresh()

    def _back_to_list(self) -> None:
        self._stage = LIST
        self._handover = None
        self._shown = None
        self._strokes = []
        self._set_message("", ok=True)
        self.refresh()

    @Slot()
    def nextPickup(self) -> None:
        self._back_to_list()

    @Slot()
    def cancelHandover(self) -> None:
        self._back_to_list()
        self.notices.show_info(translate("Pickup", "Pickup cancelled; nothing was recorded."))

    # --- the list ---------------------------------------------------------------------------
    @Slot(str)
    def search(self, query: str) -> None:
        self._query = query
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        service, query, formats = self.service, self._query, self.formats

        def load() -> tuple[list[Row], int]:
            waiting, flagged = service.orders(query), service.flagged()
            everything = service.orders("") if query else waiting
            return order_rows(waiting, flagged, formats), len(everything)

        self.worker.submit(load, self._listed)

    def _listed(self, found: tuple[list[Row], int]) -> None:
        rows, waiting = found
        self.orders_model.reset(rows)
        self._waiting = waiting
        self.changed.emit()

    @Slot(str)
    def pick(self, order_id: str) -> None:
        """An order tapped in the list: the customer is identified when it is handed over."""
        service, formats = self.service, self.formats

        def start() -> tuple[HandOver, HandoverSnapshot]:
            handover = service.start(order_id)
            return handover, snapshot(handover, service.view(order_id), formats)

        self.worker.submit(start, self._opened, self._refused)

    # --- scans ------------------------------------------------------------------------------------
    def scan(self, raw: str) -> None:
        """Every scan while this screen is open: the customer's code, or an item."""
        handover = self._handover if self._stage == HANDOVER else None
        service, formats = self.service, self.formats
        if handover is None:

            def identify() -> tuple[HandOver, HandoverSnapshot]:
                found = service.identify(raw)
                return found, snapshot(found, service.view(found.order_id), formats)

            self.worker.submit(identify, self._opened, self._refused)
            return

        def count() -> HandoverSnapshot:
            result = service.scan(handover, raw)
            view = service.view(handover.order_id)
            return snapshot(handover, view, formats, result.message)

        self.worker.submit(count, self._counted, self._wrong)

    def open_with_code(self, raw: str) -> None:
        """A pickup code scanned on the sell screen."""
        self._active = True
        self._stage = LIST
        self._handover = None
        self.changed.emit()
        self.scan(raw)

    def _opened(self, opened: tuple[HandOver, HandoverSnapshot]) -> None:
        self._handover, self._shown = opened
        self._stage = HANDOVER
        self._strokes = []
        self._show_lines(opened[1])
        self._set_message(
            translate("Pickup", "Scan each item as you hand it over."), ok=True, emit=False
        )
        self.notices.dismiss()
        self.changed.emit()

    def _refused(self, error: BaseException) -> None:
        self.notices.show_error(error)
        self.refresh()

    def _counted(self, shown: HandoverSnapshot) -> None:
        self._show_lines(shown)
        self._set_message(shown.message, ok=True)

    def _wrong(self, error: BaseException) -> None:
        self._set_message(describe(error), ok=False)
        self.notices.sound.play()

    def _show_lines(self, shown: HandoverSnapshot) -> None:
        self._shown = shown
        self.lines_model.sync(shown.lines, key="sku")

    @Slot(str)
    def countOne(self, sku: str) -> None:
        """An item counted by hand (its barcode will not scan)."""
        self._adjust(sku, +1)

    @Slot(str)
    def uncountOne(self, sku: str) -> None:
        self._adjust(sku, -1)

    def _adjust(self, sku: str, step: int) -> None:
        handover, service, formats = self._handover, self.service, self.formats
        if handover is None or self._stage != HANDOVER:
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

    # --- completing -------------------------------------------------------------------------
    @Slot("QVariantMap")
    def handOver(self, form: dict[str, Any]) -> None:
        """Records the hand-over. `form`: method (code | name_phone | id_checked), phoneDigits,
        document, reasonCode and reasonNote (a partial pickup), padWidth and padHeight."""
        handover, actor, service = self._handover, self.auth.actor, self.service
        if handover is None or actor is None or self._stage != HANDOVER:
            return
        try:
            identification = Identification(
                IdMethod(str(form.get("method", ""))),
                str(form.get("phoneDigits", "")),
                str(form.get("document", "")),
            )
        except ValueError:
            self._set_message(
                translate("Pickup", "Choose how the customer was identified."), ok=False
            )
            return
        reason_code, reason_note = str(form.get("reasonCode", "")), str(form.get("reasonNote", ""))
        pad_width, pad_height = float(form.get("padWidth", 0)), float(form.get("padHeight", 0))
        strokes, formats = list(self._strokes), self.formats

        def record() -> tuple[CompletedPickup, str]:
            png = render(strokes, pad_width, pad_height) if strokes else None
            done = service.complete(
                actor,
                handover,
                identification,
                reason_code=reason_code,
                reason_note=reason_note,
                signature_png=png,
            )
            return done, offer_text(service.offer(done.order_id), formats)

        self.worker.submit(record, self._recorded, self._not_recorded)

    def _recorded(self, recorded: tuple[CompletedPickup, str]) -> None:
        done, offer = recorded
        self.worker.submit(self.jobs_queued, None, self._printer_failed)
        self._stage = DONE
        self._handover = None
        self._order_id = done.order_id
        self._offer = offer
        left = sum(done.remaining.values())
        if left:
            text = translate("Pickup", "Order %1 is partly handed over; %2 items wait for it.")
        else:
            text = translate("Pickup", "Order %1 is handed over.")
        self._result = text.replace("%1", done.order_no).replace("%2", str(left))
        self.changed.emit()
        self.refresh()

    def _printer_failed(self, error: BaseException) -> None:
        self.notices.show_error_text(
            translate("Pickup", "The pickup is saved, but: %1").replace("%1", describe(error))
        )

    def _not_recorded(self, error: BaseException) -> None:
        # One transaction: nothing was written, the hand-over stays on screen as it was.
        self._set_message(describe(error), ok=False)
        self.notices.show_error(error)

    # --- the add-on offer -------------------------------------------------------------------
    @Slot()
    def acceptOffer(self) -> None:
        actor, service, order_id = self.auth.actor, self.service, self._order_id
        if actor is None or not self._offer:
            return

        def sale_of_offer() -> SaleSession:
            return service.offer_sale(actor, order_id)

        def start(session: SaleSession) -> None:
            if self.start_offer_sale(session, order_id):
                self.close()

        self.worker.submit(sale_of_offer, start)

    # --- what QML shows ---------------------------------------------------------------------
    def _set_message(self, text: str, *, ok: bool, emit: bool = True) -> None:
        self._message, self._message_ok = text, ok
        if emit:
            self.changed.emit()

    def _get_active(self) -> bool:
        return self._active

    def _get_stage(self) -> str:
        return self._stage

    def _shown_value(self, name: str, default: object) -> object:
        return getattr(self._shown, name) if self._shown is not None else default

    def _get_order_no(self) -> str:
        return str(self._shown_value("order_no", ""))

    def _get_customer(self) -> str:
        return str(self._shown_value("customer", ""))

    def _get_contact(self) -> str:
        return str(self._shown_value("contact", ""))

    def _get_until(self) -> str:
        return str(self._shown_value("until", ""))

    def _get_by_code(self) -> bool:
        return bool(self._shown_value("opened_by_code", False))

    def _get_has_phone(self) -> bool:
        return bool(self._shown_value("has_phone", False))

    def _get_complete(self) -> bool:
        return bool(self._shown_value("complete", False))

    def _get_any_scanned(self) -> bool:
        return bool(self._shown_value("any_scanned", False))

    def _get_message(self) -> str:
        return self._message

    def _get_message_ok(self) -> bool:
        return self._message_ok

    def _get_signed(self) -> bool:
        return bool(self._strokes)

    def _get_result(self) -> str:
        return self._result

    def _get_offer(self) -> str:
        return self._offer

    def _get_waiting(self) -> int:
        return self._waiting

    def _get_reasons(self) -> list[dict[str, str]]:
        labels = {
            "missing": translate("Pickup", "Item missing"),
            "damaged": translate("Pickup", "Item damaged"),
            "declined": translate("Pickup", "Customer declined"),
            "later": translate("Pickup", "Collects the rest later"),
        }
        return [{"code": code, "label": labels.get(code, text)} for code, text in PARTIAL_REASONS]

    def _get_orders(self) -> QObject:
        return self.orders_model

    def _get_lines(self) -> QObject:
        return self.lines_model

    active = Property(bool, _get_active, notify=changed)
    stage = Property(str, _get_stage, notify=changed)
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
    result = Property(str, _get_result, notify=changed)
    offer = Property(str, _get_offer, notify=changed)
    waiting = Property(int, _get_waiting, notify=changed)
    reasons = Property(list, _get_reasons, constant=True)
    orders = Property(QObject, _get_orders, constant=True)
    lines = Property(QObject, _get_lines, constant=True)
