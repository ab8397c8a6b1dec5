"""The pickup screen: the orders waiting here, opening one (the customer's code, or picked from
the list), and after the hand-over the add-on offer. The hand-over itself is handover.py.

Every service call runs on the database worker. While this screen is open the scan router
sends it every scan (`scan`): a code opens its order, an item counts on the open hand-over. A
pickup code scanned on the sell screen opens the screen with that order (`open_with_code`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.pickup import HandOver
from kiosk.domain.sale_session import SaleSession
from kiosk.services.pickup import PickupService
from kiosk.services.pickup_handover import CompletedPickup
from kiosk.ui.auth import AuthBridge
from kiosk.ui.formatting import LocaleFormats
from kiosk.ui.handover import HandoverBridge
from kiosk.ui.list_model import Row, RowListModel
from kiosk.ui.messages import describe, translate
from kiosk.ui.notices import NoticeBridge
from kiosk.ui.pickup_rows import ORDER_ROLES, HandoverSnapshot, order_rows, snapshot
from kiosk.ui.worker import DbWorker

LIST, HANDOVER, DONE = "list", "handover", "done"


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
        self.jobs_queued = jobs_queued  # wakes the spooler: the hand-over stored its receipt
        self.start_offer_sale = start_offer_sale
        self.orders_model = RowListModel(ORDER_ROLES, self)
        self.handover = HandoverBridge(
            worker=worker,
            service=service,
            auth=auth,
            formats=formats,
            notices=notices,
            on_recorded=self._recorded,
            parent=self,
        )
        self._active = False
        self._stage = LIST
        self._query = ""
        self._result = ""
        self._offer = ""
        self._order_id = ""
        self._waiting = 0

    # --- opening and closing ------------------------------------------------------------------
    @property
    def is_active(self) -> bool:
        return self._active

    @Slot()
    def open(self) -> None:
        self._active = True
        self._to_list()

    @Slot()
    def close(self) -> None:
        """Back to selling; a hand-over not yet recorded is dropped (nothing was written)."""
        self._active = False
        self._to_list()

    @Slot()
    def nextPickup(self) -> None:
        self._to_list()

    @Slot()
    def cancelHandover(self) -> None:
        self._to_list()
        self.notices.show_info(translate("Pickup", "Pickup cancelled; nothing was recorded."))

    def _to_list(self) -> None:
        self.handover.drop()
        self._stage = LIST
        self.changed.emit()
        self.refresh()

    # --- the list -----------------------------------------------------------------------------
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
        rows, self._waiting = found
        self.orders_model.reset(rows)
        self.changed.emit()

    @Slot(str)
    def pick(self, order_id: str) -> None:
        """An order tapped in the list: the customer is identified when it is handed over."""
        service, formats = self.service, self.formats

        def start() -> tuple[HandOver, HandoverSnapshot]:
            handover = service.start(order_id)
            return handover, snapshot(handover, service.view(order_id), formats)

        self.worker.submit(start, self._opened, self._refused)

    # --- scans --------------------------------------------------------------------------------
    def scan(self, raw: str) -> None:
        """Every scan while this screen is open: the customer's code, or an item."""
        if self._stage == HANDOVER and self.handover.open:
            self.handover.scan(raw)
            return
        service, formats = self.service, self.formats

        def identify() -> tuple[HandOver, HandoverSnapshot]:
            found = service.identify(raw)
            return found, snapshot(found, service.view(found.order_id), formats)

        self.worker.submit(identify, self._opened, self._refused)

    def open_with_code(self, raw: str) -> None:
        """A pickup code scanned on the sell screen."""
        self._active = True
        self._stage = LIST
        self.changed.emit()
        self.scan(raw)

    def _opened(self, opened: tuple[HandOver, HandoverSnapshot]) -> None:
        self.handover.begin(*opened)
        self._stage = HANDOVER
        self.notices.dismiss()
        self.changed.emit()

    def _refused(self, error: BaseException) -> None:
        self.notices.show_error(error)
        self.refresh()

    # --- after the hand-over ------------------------------------------------------------------
    def _recorded(self, done: CompletedPickup, offer: str) -> None:
        self.worker.submit(self.jobs_queued, None, self._printer_failed)
        self._stage = DONE
        self._order_id, self._offer = done.order_id, offer
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

    @Slot()
    def acceptOffer(self) -> None:
        """The customer takes the add-on: a sale of it, linked to the order, on the sell screen."""
        actor, service, order_id = self.auth.actor, self.service, self._order_id
        if actor is None or not self._offer:
            return

        def started(session: SaleSession) -> None:
            if self.start_offer_sale(session, order_id):
                self.close()

        self.worker.submit(lambda: service.offer_sale(actor, order_id), started)

    # --- what QML shows -----------------------------------------------------------------------
    def _get_active(self) -> bool:
        return self._active

    def _get_stage(self) -> str:
        return self._stage

    def _get_result(self) -> str:
        return self._result

    def _get_offer(self) -> str:
        return self._offer

    def _get_waiting(self) -> int:
        return self._waiting

    def _get_orders(self) -> QObject:
        return self.orders_model

    active = Property(bool, _get_active, notify=changed)
    stage = Property(str, _get_stage, notify=changed)
    result = Property(str, _get_result, notify=changed)
    offer = Property(str, _get_offer, notify=changed)
    waiting = Property(int, _get_waiting, notify=changed)
    orders = Property(QObject, _get_orders, constant=True)
