"""Parking a sale (the customer went to fetch something) and resuming it, on the worker.

Logging out parks an open sale too, so signing out never loses one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from kiosk.domain.cart import Cart
from kiosk.services.parking import ParkingService
from kiosk.ui.formatting import LocaleFormats
from kiosk.ui.messages import translate
from kiosk.ui.notices import NoticeBridge
from kiosk.ui.parked_model import ParkedModel
from kiosk.ui.sale import SaleBridge
from kiosk.ui.worker import DbWorker


class ParkingBridge(QObject):
    def __init__(
        self,
        *,
        worker: DbWorker,
        parking: ParkingService,
        sale: SaleBridge,
        formats: LocaleFormats,
        notices: NoticeBridge,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.parking = parking
        self.sale = sale
        self.notices = notices
        self.parked_model = ParkedModel(formats, self)

    @Slot(str)
    def park(self, label: str) -> None:
        session = self.sale.session
        if session is None or session.cart.is_empty():
            return
        actor, cart, parking = session.actor, session.cart.copy(), self.parking

        def parked(_: object) -> None:
            self.sale.newSale()
            self.refresh()
            self.notices.show_info(
                translate("Messages", "Sale parked. Resume it from “Parked sales”.")
            )

        self.worker.submit(lambda: parking.park(cart, actor, label), parked)

    def park_for_logout(self, label: str, then: Callable[[], None]) -> None:
        """Parks a non-empty cart before signing out, so no sale is ever lost; then `then()`."""
        session = self.sale.session
        if session is None or session.cart.is_empty():
            then()
            return
        actor, cart, parking = session.actor, session.cart.copy(), self.parking

        def parked(_: object) -> None:
            self.sale.forget()
            self.refresh()
            then()

        self.worker.submit(lambda: parking.park(cart, actor, label), parked)

    @Slot(str)
    def resume(self, parked_id: str) -> None:
        session = self.sale.session
        if session is None:
            return
        if not session.cart.is_empty():
            self.notices.show_error_text(
                translate("Messages", "Finish or park the current sale first.")
            )
            return
        actor, parking = session.actor, self.parking

        def resumed(cart: Cart) -> None:
            self.sale.load(cart)
            self.refresh()

        self.worker.submit(lambda: parking.resume(parked_id, actor), resumed)

    @Slot()
    def refresh(self) -> None:
        parking = self.parking
        self.worker.submit(parking.parked, self.parked_model.show)
