"""The daily-operations half of the UI, built and wired like the selling half in shell.py:
shifts and cash, returns, receiving, counts and adjustments, low stock, the sync screen and the
kiosk-mode maintenance screen.

KioskUi builds one of these and hands its bridges to QML with the others. The hooks it calls
(signed in, signed out, stock changed) are the only coupling to the selling flow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from kiosk import __version__
from kiosk.domain.barcode import CodeKind
from kiosk.domain.permissions import Actor
from kiosk.services.catalog import CatalogService
from kiosk.services.receiving import ReceivingService
from kiosk.services.refunds import RefundService
from kiosk.services.shifts import NoOpenShift, ShiftService
from kiosk.services.stock_ops import StockService
from kiosk.services.sync_status import SyncStatusService
from kiosk.store.catalog import ProductInfo
from kiosk.ui.catalog_models import ProductListModel, ProductSearch
from kiosk.ui.kiosk_mode import KioskModeBridge
from kiosk.ui.low_stock import LowStockModel
from kiosk.ui.operations import OperationsBridge
from kiosk.ui.receiving import ReceivingBridge
from kiosk.ui.returns import ReturnsBridge
from kiosk.ui.screen_awake import ScreenAwake
from kiosk.ui.shift import ShiftBridge
from kiosk.ui.stock_adjust import AdjustBridge
from kiosk.ui.stock_count import CountBridge
from kiosk.ui.sync_panel import SyncBridge

if TYPE_CHECKING:
    from kiosk.ui.shell import Devices, KioskUi

OPEN_SHIFT = "openShift"


class OperationsUi(QObject):
    def __init__(self, ui: KioskUi, devices: Devices) -> None:
        super().__init__(ui)
        self.ui = ui
        store, clock, profile = ui.store, ui.clock, ui.profile
        worker, notices, formats = ui.worker, ui.notices, ui.formats
        wake = devices.jobs_queued or (lambda: None)
        catalog = CatalogService(store, profile)
        stock = StockService(store, clock, profile)
        actor = self._actor
        self.menu = OperationsBridge(scans=ui.scans, parent=self)
        self.shift = ShiftBridge(
            worker=worker,
            shifts=ShiftService(store, clock, profile),
            approvals=ui.approval,
            current_actor=actor,
            formats=formats,
            notices=notices,
            jobs_queued=wake,
            parent=self,
        )
        self.returns = ReturnsBridge(
            worker=worker,
            net=ui.net,
            refunds=RefundService(store, clock, profile, devices.hq_sales),
            catalog=catalog,
            approvals=ui.approval,
            current_actor=actor,
            formats=formats,
            notices=notices,
            store=store,
            jobs_queued=wake,
            parent=self,
        )
        self.receiving = ReceivingBridge(
            worker=worker,
            receiving=ReceivingService(store, clock, profile),
            catalog=catalog,
            current_actor=actor,
            formats=formats,
            notices=notices,
            parent=self,
        )
        self.count = CountBridge(
            worker=worker,
            stock=stock,
            catalog=catalog,
            current_actor=actor,
            formats=formats,
            notices=notices,
            parent=self,
        )
        self.adjust = AdjustBridge(
            worker=worker,
            stock=stock,
            catalog=catalog,
            current_actor=actor,
            notices=notices,
            parent=self,
        )
        self.low_stock = LowStockModel(
            worker=worker, stock=stock, formats=formats, notices=notices, parent=self
        )
        self.sync = SyncBridge(
            worker=worker,
            status_service=SyncStatusService(store, clock),
            control=devices.sync,
            status=ui.status,
            formats=formats,
            notices=notices,
            parent=self,
        )
        self.kiosk_mode = KioskModeBridge(
            worker=worker,
            associates=ui.associates,
            sound=ui.sound,
            enabled=ui.options.kiosk_mode,
            idle_seconds=profile.idle_lock_seconds,
            parent=self,
        )
        self.screen_awake = ScreenAwake(ui.options.screen_bus, self)
        # Searching for a product on a stock or return screen (for one without a barcode).
        self.search_results = ProductListModel(
            formats=formats, colors={}, on_pick=self._picked, parent=self
        )
        self.search = ProductSearch(
            worker=worker,
            catalog=catalog,
            results=self.search_results,
            on_error=notices.show_error,
            stock_levels=stock.on_hand,
            parent=self,
        )
        self._register()
        self._wire()

    def _actor(self) -> Actor | None:
        return self.ui.auth.actor

    def _register(self) -> None:
        menu, shift = self.menu, self.shift
        menu.register(OPEN_SHIFT, enter=shift.float_model.clear)
        menu.register("shift", enter=shift.showX)
        menu.register("closeShift", enter=shift.startClose)
        menu.register("returns", enter=self.returns.enter, scan=self.returns.scan)
        menu.register("receiving", enter=self.receiving.enter, scan=self.receiving.scan)
        menu.register("count", enter=self.count.enter, scan=self.count.scan)
        menu.register("adjust", enter=self.adjust.enter, scan=self.adjust.scan)
        menu.register("lowStock", enter=self.low_stock.refresh)
        menu.register("sync", enter=self.sync.enter, leave=self.sync.leave)

    def _wire(self) -> None:
        ui = self.ui
        ui.scans.handlers[CodeKind.RECEIPT] = self._receipt_scanned
        ui.scans.handlers[CodeKind.SHIPMENT] = self._delivery_note_scanned
        ui.payment.on_failed = self._payment_failed
        self.shift.on_state = self._shift_state
        self.returns.on_refunded = self.stock_changed
        self.receiving.on_received = self.stock_changed
        self.count.on_counted = self.stock_changed
        self.adjust.on_adjusted = self.stock_changed

    # --- hooks KioskUi calls ------------------------------------------------------------------
    def start(self) -> None:
        self.shift.refresh()
        if self.kiosk_mode.enabled:
            self.screen_awake.inhibit("Kiosk POS", "The till is open for customers")

    def stop(self) -> None:
        self.kiosk_mode.stop()
        self.screen_awake.release()

    def signed_in(self) -> None:
        self.shift.refresh()  # with no open shift, the associate is led to open one

    def signed_out(self) -> None:
        self.menu.reset()

    def stock_changed(self) -> None:
        self.ui.products.refreshLevels()
        self.ui.search.refresh_levels()
        self.ui.status.refresh_backlog()

    # --- wiring -------------------------------------------------------------------------------
    def _shift_state(self, is_open: bool) -> None:
        if is_open:
            self.menu.fulfil(OPEN_SHIFT)
        elif not self.ui.auth.is_locked:
            self.menu.require(OPEN_SHIFT)

    def _payment_failed(self, error: BaseException) -> None:
        if isinstance(error, NoOpenShift):  # the sale waits on the sell screen meanwhile
            self.ui.sale.backToSale()
            self.shift.refresh()

    def _receipt_scanned(self, receipt_no: str) -> None:
        if self.menu.show_without_entering("returns"):
            self.returns.open_receipt(receipt_no)

    def _delivery_note_scanned(self, code: str) -> None:
        if self.menu.show_without_entering("receiving"):
            self.receiving.open_code(code)

    def _picked(self, info: ProductInfo) -> None:
        product = info.ref(self.ui.profile.currency)
        takers = {
            "returns": self.returns.add_product,
            "receiving": self.receiving.add_product,
            "count": self.count.add_product,
            "adjust": self.adjust.add_product,
        }
        take = takers.get(self.menu.current)
        if take is not None:
            take(product)
        self.search.clear()

    def qml_properties(self) -> dict[str, Any]:
        options = self.ui.options
        return {
            "ops": self.menu,
            "shift": self.shift,
            "returns": self.returns,
            "receiving": self.receiving,
            "stockCount": self.count,
            "adjust": self.adjust,
            "lowStock": self.low_stock,
            "sync": self.sync,
            "kioskMode": self.kiosk_mode,
            "screenAwake": self.screen_awake,
            "opsSearch": self.search,
            "opsResults": self.search_results,
            "version": __version__,
            "dataDir": str(options.data_dir) if options.data_dir else "",
            "kioskCode": self.ui.profile.kiosk_code,
        }
