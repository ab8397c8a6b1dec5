"""Receiving a replenishment: scan the delivery note's code (or pick the shipment), see what HQ
sent, scan each item as it goes on the shelf, mark damaged ones, confirm.

Every line starts at nothing received; each scan of a product counts one good unit, and a
product HQ did not list becomes an extra line (over). On confirming, ReceivingService records
the stock and tells HQ about every difference (short, over, damaged), which the screen then
lists.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.barcode import CodeKind
from kiosk.domain.cart import ProductRef
from kiosk.domain.permissions import Actor
from kiosk.services.catalog import CatalogService
from kiosk.services.receiving import (
    ArrivedLine,
    ReceivingService,
    ShipmentReceipt,
    ShipmentView,
)
from kiosk.ui.formatting import LocaleFormats
from kiosk.ui.list_model import Row, RowListModel
from kiosk.ui.messages import translate
from kiosk.ui.notices import NoticeBridge
from kiosk.ui.ops_scan import Scanned, resolve
from kiosk.ui.worker import DbWorker

PICK, LINES, DONE = "pick", "lines", "done"
SHIPMENT_ROLES = ("shipmentId", "expected", "lines", "note")
LINE_ROLES = ("sku", "name", "expected", "good", "damaged", "issue")
MAX_UNITS = 9999


@dataclass(frozen=True, slots=True)
class Arrival:
    sku: str
    name: str
    expected: int
    good: int = 0
    damaged: int = 0

    @property
    def issue(self) -> str:
        """The same rule ReceivingService applies when it records the receipt."""
        if self.damaged:
            return "damaged"
        if self.good < self.expected:
            return "short"
        if self.good > self.expected:
            return "over"
        return ""


def issue_text(issue: str) -> str:
    texts = {
        "short": translate("Receiving", "short"),
        "over": translate("Receiving", "over"),
        "damaged": translate("Receiving", "damaged"),
    }
    return texts.get(issue, "")


class ReceivingBridge(QObject):
    changed = Signal()

    def __init__(
        self,
        *,
        worker: DbWorker,
        receiving: ReceivingService,
        catalog: CatalogService,
        current_actor: Callable[[], Actor | None],
        formats: LocaleFormats,
        notices: NoticeBridge,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.receiving, self.catalog = worker, receiving, catalog
        self.current_actor, self.formats, self.notices = current_actor, formats, notices
        self.on_received: Callable[[], None] = lambda: None  # stock and backlog changed
        self.shipments_model = RowListModel(SHIPMENT_ROLES, self)
        self.lines_model = RowListModel(LINE_ROLES, self)
        self.differences_model = RowListModel(LINE_ROLES, self)
        self._stage = PICK
        self._shipment: ShipmentView | None = None
        self._lines: list[Arrival] = []
        self._busy = False

    # --- choosing the shipment ----------------------------------------------------------------
    def enter(self) -> None:
        self._stage, self._shipment, self._lines = PICK, None, []
        self._show()
        receiving = self.receiving
        self.worker.submit(receiving.open_shipments, self._listed, self.notices.show_error)

    def _listed(self, shipments: list[ShipmentView]) -> None:
        self.shipments_model.reset(
            [
                {
                    "shipmentId": s.shipment_id,
                    "expected": self.formats.datetime(s.expected_at) if s.expected_at else "",
                    "lines": len(s.lines),
                    "note": s.note,
                }
                for s in shipments
            ]
        )

    def open_code(self, code: str) -> None:
        """A delivery note was scanned on the sell screen."""
        self.enter()
        self.openShipment(code)

    @Slot(str)
    def openShipment(self, code_or_id: str) -> None:
        receiving = self.receiving
        self.worker.submit(
            lambda: receiving.shipment(code_or_id), self._opened, self.notices.show_error
        )

    def _opened(self, shipment: ShipmentView) -> None:
        if shipment.status == "received":
            self.notices.show_error_text(
                translate("Receiving", "Shipment %1 was received already.").replace(
                    "%1", shipment.shipment_id
                )
            )
            return
        self._shipment, self._stage = shipment, LINES
        merged: dict[str, Arrival] = {}
        for line in shipment.lines:
            known = merged.get(line.sku)
            merged[line.sku] = Arrival(
                line.sku, line.name, line.quantity + (known.expected if known else 0)
            )
        self._lines = list(merged.values())
        self._show()

    # --- counting what arrived ----------------------------------------------------------------
    def scan(self, raw: str) -> None:
        catalog = self.catalog
        self.worker.submit(lambda: resolve(raw, catalog), self._scanned, self.notices.show_error)

    def _scanned(self, scanned: Scanned) -> None:
        if scanned.kind is CodeKind.SHIPMENT:
            self.notices.dismiss()
            self.openShipment(scanned.value)
        elif scanned.product is not None and self._stage == LINES:
            self.notices.dismiss()
            self.add_product(scanned.product)
        else:
            self.notices.show_info(translate("Receiving", "Scan the delivery note's code first."))

    def add_product(self, product: ProductRef) -> None:
        for row, line in enumerate(self._lines):
            if line.sku == product.sku:
                self.step(row, 1)
                return
        self._lines.append(Arrival(product.sku, product.name, 0, good=1))
        self._show()

    @Slot(int, int)
    def step(self, row: int, by: int) -> None:
        if 0 <= row < len(self._lines):
            line = self._lines[row]
            self._lines[row] = replace(line, good=_units(line.good + by))
            self._show()

    @Slot(int, int)
    def stepDamaged(self, row: int, by: int) -> None:
        if 0 <= row < len(self._lines):
            line = self._lines[row]
            self._lines[row] = replace(line, damaged=_units(line.damaged + by))
            self._show()

    @Slot()
    def allAsListed(self) -> None:
        """Everything arrived as the delivery note says (the common case): one tap."""
        self._lines = [replace(line, good=line.expected, damaged=0) for line in self._lines]
        self._show()

    # --- confirming ---------------------------------------------------------------------------
    @Slot()
    def confirm(self) -> None:
        actor, shipment = self.current_actor(), self._shipment
        if actor is None or shipment is None or self._busy:
            return
        arrived = [ArrivedLine(ln.sku, ln.good, ln.damaged) for ln in self._lines]
        receiving, shipment_id = self.receiving, shipment.shipment_id
        self._busy = True
        self.changed.emit()
        self.worker.submit(
            lambda: receiving.receive(actor, shipment_id, arrived), self._received, self._failed
        )

    def _received(self, receipt: ShipmentReceipt) -> None:
        self._busy, self._stage = False, DONE
        names = {line.sku: line.name for line in self._lines}
        self.differences_model.reset(
            [
                self._row(Arrival(d.sku, names.get(d.sku, d.sku), d.expected, d.good, d.damaged))
                for d in receipt.differences
            ]
        )
        self.changed.emit()
        self.on_received()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.changed.emit()
        self.notices.show_error(error)

    # --- what QML shows -----------------------------------------------------------------------
    def _row(self, line: Arrival) -> Row:
        return {
            "sku": line.sku,
            "name": line.name,
            "expected": line.expected,
            "good": line.good,
            "damaged": line.damaged,
            "issue": issue_text(line.issue),
        }

    def _show(self) -> None:
        self.lines_model.sync([self._row(line) for line in self._lines], "sku")
        self.changed.emit()

    def _get_stage(self) -> str:
        return self._stage

    def _get_shipment_id(self) -> str:
        return self._shipment.shipment_id if self._shipment else ""

    def _get_expected_units(self) -> int:
        return sum(line.expected for line in self._lines)

    def _get_received_units(self) -> int:
        return sum(line.good + line.damaged for line in self._lines)

    def _get_busy(self) -> bool:
        return self._busy

    def _get_shipments(self) -> QObject:
        return self.shipments_model

    def _get_lines(self) -> QObject:
        return self.lines_model

    def _get_differences(self) -> QObject:
        return self.differences_model

    stage = Property(str, _get_stage, notify=changed)
    shipmentId = Property(str, _get_shipment_id, notify=changed)
    expectedUnits = Property(int, _get_expected_units, notify=changed)
    receivedUnits = Property(int, _get_received_units, notify=changed)
    busy = Property(bool, _get_busy, notify=changed)
    shipments = Property(QObject, _get_shipments, constant=True)
    lines = Property(QObject, _get_lines, constant=True)
    differences = Property(QObject, _get_differences, constant=True)


def _units(n: int) -> int:
    return max(0, min(MAX_UNITS, n))
