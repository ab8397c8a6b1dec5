"""Where a scan goes: a badge signs in, a product goes into the cart, anything else is told.

Scans are resolved (classified, looked up, or a badge checked) on the database worker and come
back in the order they were read. While a dialog is open or a payment is being taken, scans
wait in a queue and are handled, in order, once it closes: a scan is never lost and its
characters never end up in a text field (the wedge filter never lets them through).

Other screens hook in without this module knowing them: a code kind can be handed to whoever
handles it (a receipt opens the return, a delivery note the receiving), and an operations screen
that is open takes every scan for itself (counting, receiving).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.barcode import CodeKind
from kiosk.domain.permissions import Actor
from kiosk.services.associates import AssociateService
from kiosk.services.catalog import CatalogService, ProductHit
from kiosk.ui.auth import AuthBridge
from kiosk.ui.messages import translate
from kiosk.ui.notices import NoticeBridge
from kiosk.ui.pickup import PickupBridge
from kiosk.ui.sale import PAYING, SaleBridge
from kiosk.ui.worker import DbWorker


@dataclass(frozen=True, slots=True)
class BadgeAccepted:
    actor: Actor


@dataclass(frozen=True, slots=True)
class ProductFound:
    hit: ProductHit


@dataclass(frozen=True, slots=True)
class NotForHere:
    kind: CodeKind
    value: str = ""


ScanResult = BadgeAccepted | ProductFound | NotForHere


def resolve_scan(
    raw: str, locked: bool, catalog: CatalogService, associates: AssociateService
) -> ScanResult:
    """Runs on the database worker. Raises InvalidBarcode, UnknownProduct, LoginFailed, ..."""
    code = catalog.classify(raw)
    if code.kind is CodeKind.BADGE:
        if locked:
            return BadgeAccepted(associates.login_badge(code.value))
        return NotForHere(code.kind, code.value)
    if code.is_product and not locked:
        return ProductFound(catalog.lookup(code))
    return NotForHere(code.kind, code.value)


class ScanRouter(QObject):
    changed = Signal()
    _from_device = Signal(str)

    def __init__(
        self,
        *,
        worker: DbWorker,
        catalog: CatalogService,
        associates: AssociateService,
        auth: AuthBridge,
        sale: SaleBridge,
        notices: NoticeBridge,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.catalog = catalog
        self.associates = associates
        self.auth = auth
        self.sale = sale
        self.notices = notices
        self._holders: set[str] = set()
        self.pickup: PickupBridge | None = None  # set by the shell once it exists
        self._queue: deque[str] = deque()
        self._handled = 0
        # Codes another screen handles, by kind (a receipt opens its return, a pickup code its
        # order, a delivery note its receiving).
        self.handlers: dict[CodeKind, Callable[[str], None]] = {}
        # An open operations screen that resolves every scan itself; None while selling.
        self.takeover: Callable[[str], None] | None = None
        self._from_device.connect(self.scan)
        sale.stageChanged.connect(self._release_if_free)

    def scan_from_any_thread(self, raw: str) -> None:
        """For scanners read on a device thread (serial, HID): hops to the GUI thread."""
        self._from_device.emit(raw)

    @Slot(str)
    def scan(self, raw: str) -> None:
        if self._held() and not self.auth.is_locked:
            self._queue.append(raw)
            self.changed.emit()
            return
        self._dispatch(raw)

    def _held(self) -> bool:
        return bool(self._holders) or self.sale.current_stage == PAYING

    @Slot(str, bool)
    def setHeld(self, holder: str, held: bool) -> None:
        """Dialogs call this as they open and close: scans wait while any holder holds."""
        if held:
            self._holders.add(holder)
        else:
            self._holders.discard(holder)
        self._release_if_free()

    def _release_if_free(self) -> None:
        while self._queue and not self._held():
            self._dispatch(self._queue.popleft())
        self.changed.emit()

    def _dispatch(self, raw: str) -> None:
        if self.takeover is not None and not self.auth.is_locked:
            self._handled += 1
            self.takeover(raw)
            return
        locked, catalog, associates = self.auth.is_locked, self.catalog, self.associates
        pickup = self.pickup
        if pickup is not None and pickup.is_active and not locked:
            self._handled += 1
            pickup.scan(raw)  # the customer's code, or an item being handed over
            self.changed.emit()
            return
        self.worker.submit(
            lambda: resolve_scan(raw, locked, catalog, associates),
            self._resolved,
            lambda error: self._failed(error, locked),
        )

    def _resolved(self, result: ScanResult) -> None:
        self._handled += 1
        if isinstance(result, BadgeAccepted):
            self.auth.accept(result.actor)
        elif isinstance(result, ProductFound):
            if self.auth.is_locked:
                self.auth.hint(translate("Messages", "Sign in first, then scan again."))
            else:
                self.notices.dismiss()
                self.sale.add_ref(result.hit.product)
        elif result.kind in self.handlers and not self.auth.is_locked:
            self.notices.dismiss()
            self.handlers[result.kind](result.value)
        else:
            self._not_for_here(result.kind)
        self.changed.emit()

    def _failed(self, error: BaseException, locked: bool) -> None:
        self._handled += 1
        if locked:
            self.auth.refuse(error)
        else:
            self.notices.show_error(error)
        self.changed.emit()

    def _not_for_here(self, kind: CodeKind) -> None:
        if self.auth.is_locked:
            self.auth.hint(translate("Messages", "Sign in first, then scan again."))
            return
        # Receipts, delivery notes and pickup codes have their screens (see `handlers`).
        if kind is CodeKind.BADGE:
            text = translate(
                "Messages", "That is a badge. Lock the till first to sign in as someone else."
            )
        else:
            text = translate("Messages", "That code is not used on this screen.")
        self.notices.show_info(text)

    def _get_waiting(self) -> int:
        return len(self._queue)

    def _get_handled(self) -> int:
        return self._handled

    waiting = Property(int, _get_waiting, notify=changed)
    handled = Property(int, _get_handled, notify=changed)
