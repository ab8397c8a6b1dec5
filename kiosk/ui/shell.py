"""The UI's composition: every bridge and model, wired to the services and to each other.

`KioskUi` is the one object QML receives (as the `kiosk` property of Main.qml); its properties
are the bridges. app.py builds it for the real app and the tests build it the same way, so the
tests drive exactly what the associate uses.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Slot

from kiosk.domain.barcode import CodeKind
from kiosk.domain.permissions import Actor
from kiosk.services.associates import AssociateService
from kiosk.services.availability import AvailabilityService
from kiosk.services.catalog import CatalogService
from kiosk.services.checkout import CheckoutService, CompletedSale
from kiosk.services.clock import Clock
from kiosk.services.other_till import HqSales
from kiosk.services.parking import ParkingService
from kiosk.services.pickup import PickupService
from kiosk.services.printing import PrintingService
from kiosk.services.stock_ops import StockService
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile
from kiosk.ui.approval import ApprovalBridge
from kiosk.ui.auth import AuthBridge
from kiosk.ui.catalog_models import CategoryProducts, CategoryTabs, ProductListModel, ProductSearch
from kiosk.ui.formatting import LocaleFormats
from kiosk.ui.idle import IdleLock
from kiosk.ui.interrupted import InterruptedPrintBridge
from kiosk.ui.notices import NoticeBridge
from kiosk.ui.operations_ui import OperationsUi
from kiosk.ui.parking import ParkingBridge
from kiosk.ui.payment import PaymentBridge
from kiosk.ui.pickup import PickupBridge
from kiosk.ui.ports import DeviceEvents, ReceiptPrinter, SyncControl
from kiosk.ui.receipt import ReceiptBridge, ReceiptPreview
from kiosk.ui.sale import SaleBridge
from kiosk.ui.scans import ScanRouter
from kiosk.ui.sound import ErrorSound
from kiosk.ui.status import StatusBridge
from kiosk.ui.stock_levels import StockLevelsBridge
from kiosk.ui.worker import NET_THREAD_NAME, DbWorker


class FormatBridge(QObject):
    """Locale-aware formatting for QML (amounts typed on keypads, percentages)."""

    def __init__(self, formats: LocaleFormats, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.formats = formats

    @Slot(int, result=str)
    def money(self, minor: int) -> str:
        return self.formats.money(minor)

    @Slot(int, result=str)
    def percent(self, basis_points: int) -> str:
        return self.formats.percent_bp(basis_points)


@dataclass(frozen=True, slots=True)
class Devices:
    """What app.py wires in. Left out: the printing service without a spooler (jobs are
    stored, nothing prints them) and no wake-up."""

    printer: ReceiptPrinter | None = None
    # Called on the database worker after a sale stored print jobs (receipt, drawer kick):
    # wakes the spooler so they go out at once rather than at its next look at the queue.
    jobs_queued: Callable[[], None] | None = None
    sync: SyncControl | None = None  # the background sync worker, once enrolled with HQ
    hq_sales: HqSales | None = None  # asks HQ for another till's receipt, once enrolled


# Builds the devices once the UI can receive their status reports.
DeviceFactory = Callable[[DeviceEvents], Devices]


@dataclass
class UiOptions:
    locale: str = "en_US"  # how money, numbers and dates are written (see i18n.py)
    demo: bool = False
    image_dir: Path | None = None  # where relative product image paths point
    idle_clock: Callable[[], float] = time.monotonic
    sound: ErrorSound = field(default_factory=ErrorSound)
    kiosk_mode: bool = False  # the window cannot be closed without an admin (see kiosk_mode.py)
    screen_bus: str | None = None  # D-Bus address for keeping the screen awake; None: session
    data_dir: Path | None = None  # shown on the maintenance screen


class KioskUi(QObject):
    def __init__(
        self,
        store: Store,
        clock: Clock,
        profile: StoreProfile,
        *,
        devices: DeviceFactory | None = None,
        options: UiOptions | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        options = options or UiOptions()
        self.store, self.clock, self.profile, self.options = store, clock, profile, options
        self.sound = options.sound
        self.formats = LocaleFormats(options.locale, profile.currency, profile.timezone)
        self.notices = NoticeBridge(self.sound, self)
        self.format_bridge = FormatBridge(self.formats, self)
        self.worker = DbWorker(self.notices.show_error, self)
        self.net = DbWorker(self.notices.show_error, self, thread_name=NET_THREAD_NAME)
        associates = self.associates = AssociateService(store, clock)
        catalog = CatalogService(store, profile)
        stock_levels = StockService(store, clock, profile).on_hand
        parking = ParkingService(store, clock)

        worker, notices, formats, sound = self.worker, self.notices, self.formats, self.sound
        self.preview = ReceiptPreview(self)
        self.status = StatusBridge(
            worker=worker,
            store=store,
            preview=self.preview,
            clock=clock,
            formats=formats,
            parent=self,
        )
        wired = devices(self.status) if devices is not None else Devices()
        self.printer: ReceiptPrinter = wired.printer or PrintingService(store, clock, profile)
        self.auth = AuthBridge(
            worker=worker, associates=associates, sound=sound, clock=clock, parent=self
        )
        self.approval = ApprovalBridge(
            worker=worker,
            associates=associates,
            current_actor=lambda: self.auth.actor,
            sound=sound,
            parent=self,
        )
        self.sale = SaleBridge(
            worker=worker,
            parking=parking,
            profile=profile,
            formats=formats,
            approvals=self.approval,
            notices=notices,
            parent=self,
        )
        self.parking = ParkingBridge(
            worker=worker,
            parking=parking,
            sale=self.sale,
            formats=formats,
            notices=notices,
            parent=self,
        )
        self.receipt = ReceiptBridge(
            worker=worker,
            printer=self.printer,
            store=store,
            formats=formats,
            notices=notices,
            preview=self.preview,
            new_sale=self.sale.newSale,
            parent=self,
        )
        self.interrupted = InterruptedPrintBridge(
            worker=worker, printer=self.printer, store=store, notices=notices, parent=self
        )
        self.status.changed.connect(self._printer_maybe_interrupted)
        availability = AvailabilityService(store, clock)
        jobs_queued = wired.jobs_queued or (lambda: None)
        self.payment = PaymentBridge(
            worker=worker,
            checkout=CheckoutService(store, clock, profile),
            formats=formats,
            notices=notices,
            jobs_queued=jobs_queued,
            on_completed=self._sale_completed,
            availability=availability,
            approvals=self.approval,
            parent=self,
        )
        self.stock_levels = StockLevelsBridge(worker=worker, availability=availability, parent=self)
        self.pickup = PickupBridge(
            worker=worker,
            service=PickupService(store, clock, profile),
            auth=self.auth,
            formats=formats,
            notices=notices,
            jobs_queued=jobs_queued,
            start_offer_sale=self.sale.start_linked,
            parent=self,
        )
        colors: dict[str, str] = {}
        self.categories = CategoryTabs(colors, self)
        self.products = CategoryProducts(
            worker=worker,
            catalog=catalog,
            formats=formats,
            colors=colors,
            on_pick=self.sale.add_product,
            image_dir=options.image_dir,
            stock_levels=stock_levels,
            parent=self,
        )
        results = ProductListModel(
            formats=formats,
            colors=colors,
            on_pick=self.sale.add_product,
            image_dir=options.image_dir,
            parent=self,
        )
        self.search = ProductSearch(
            worker=worker,
            catalog=catalog,
            results=results,
            on_error=notices.show_error,
            stock_levels=stock_levels,
            parent=self,
        )
        self.scans = ScanRouter(
            worker=worker,
            catalog=catalog,
            associates=associates,
            auth=self.auth,
            sale=self.sale,
            notices=notices,
            parent=self,
        )
        self.scans.pickup = self.pickup
        self.scans.handlers[CodeKind.PICKUP] = self.pickup.open_with_code
        self.status.on_scanned = self.scans.scan_from_any_thread
        self.idle = IdleLock(
            auth=self.auth,
            idle_seconds=profile.idle_lock_seconds,
            busy=lambda: self.payment.is_busy,
            clock=options.idle_clock,
            parent=self,
        )
        self.auth.on_signed_in = self._signed_in
        self.auth.before_logout = self._before_logout
        self.sale.on_payment_started = self.payment.start
        self.ops = OperationsUi(self, wired)
        self._gui_thread: threading.Thread | None = None

    # --- life cycle ----------------------------------------------------------------------------
    def start(self) -> None:
        """From now on a store call on this (the GUI) thread raises WrongThread."""
        self._gui_thread = threading.current_thread()
        self.store.forbidden_threads.add(self._gui_thread)
        self.categories.load(self.worker, CatalogService(self.store, self.profile))
        self.products.showCategory("")
        self.status.start()
        self.idle.start()
        self.ops.start()
        QTimer.singleShot(0, self.sound.preload)

    def shutdown(self) -> None:
        """Stops the timers and finishes the database work. Call `dispose` once the window
        that binds to the bridges is gone."""
        self.idle.stop()
        self.status.stop()
        self.auth.stop()
        self.ops.stop()
        self.net.shutdown()  # waits for a question to HQ in flight (seconds at most)
        self.worker.shutdown()
        if self._gui_thread is not None:
            self.store.forbidden_threads.discard(self._gui_thread)

    def dispose(self) -> None:
        """Deletes the bridges now, on the GUI thread.

        They hold each other in reference cycles; left to Python's garbage collector they could
        be destroyed on whatever thread happens to trigger a collection, and Qt objects with
        timers must die on their own thread.
        """
        self.deleteLater()
        QCoreApplication.sendPostedEvents(self, QEvent.Type.DeferredDelete)

    # --- wiring --------------------------------------------------------------------------------
    def _signed_in(self, actor: Actor) -> None:
        self.idle.touched()
        self.sale.begin(actor)
        self.parking.refresh()
        self.pickup.refresh()
        self.ops.signed_in()

    def _before_logout(self, actor: Actor, then: Callable[[], None]) -> None:
        label = f"{actor.name} {self.formats.time(self.clock.now())}"

        def signed_out() -> None:
            self.ops.signed_out()
            then()

        self.parking.park_for_logout(label, signed_out)

    def _printer_maybe_interrupted(self) -> None:
        if self.status.printer_now == "interrupted":
            self.interrupted.check()

    def _sale_completed(self, sale: CompletedSale, printed: bool) -> None:
        self.receipt.show(sale, printed)
        self.sale.show_receipt()
        self.ops.stock_changed()  # refreshes the backlog too

    # --- for QML -------------------------------------------------------------------------------
    def qml_properties(self) -> dict[str, Any]:
        """The `kiosk` object Main.qml requires: the bridges and a few constants."""
        return {
            "auth": self.auth,
            "sale": self.sale,
            "cart": self.sale.cart_model,
            "parking": self.parking,
            "parked": self.parking.parked_model,
            "approval": self.approval,
            "payment": self.payment,
            "tenders": self.payment.tender_model,
            "receipt": self.receipt,
            "preview": self.preview,
            "categories": self.categories,
            "products": self.products,
            "search": self.search,
            "results": self.search.results_model,
            "status": self.status,
            "notices": self.notices,
            "scans": self.scans,
            "interrupted": self.interrupted,
            "pickup": self.pickup,
            "pickupOrders": self.pickup.orders_model,
            "handover": self.pickup.handover,
            "pickupLines": self.pickup.handover.lines_model,
            "stock": self.stock_levels,
            "format": self.format_bridge,
            "storeName": self.profile.store_name,
            "demo": self.options.demo,
            "currencyExponent": self.formats.exponent,
            "discountLimit": self.formats.percent_bp(self.profile.discount_limit_bp),
            **self.ops.qml_properties(),
        }
