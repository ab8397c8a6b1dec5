"""Returns and refunds: from the receipt (or without one, with a manager), never more than
was sold, always with a reason, restocked or written off line by line.

A receipt from another till is refunded from HQ's copy of the sale when HQ confirms it
(kiosk.services.other_till); when HQ cannot, it is refunded without the receipt."""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, replace
from decimal import Decimal
from typing import Literal

from sqlmodel import Session

from kiosk.domain.errors import InvalidInput, KioskError
from kiosk.domain.money import Money, round_to_int
from kiosk.domain.payment import check_card_reference
from kiosk.domain.permissions import Actor, Approval, Permission, authorize
from kiosk.domain.tax import tax_for_amount
from kiosk.services.clock import Clock, business_day
from kiosk.services.other_till import (
    HqSales,
    Origin,
    ReceiptNotChecked,
    is_other_tills,
    merge,
)
from kiosk.services.refund_documents import refund_document
from kiosk.services.shifts import NoOpenShift
from kiosk.store import audit, catalog, outbox, print_jobs, settings, stock
from kiosk.store.catalog import ProductInfo
from kiosk.store.counters import next_value
from kiosk.store.engine import Store
from kiosk.store.refunds import (
    RefundableLine,
    RefundLineRow,
    RefundRow,
    SaleHeader,
    find_sale_ids,
    insert_refund,
    last_sale_id,
    refundable_lines,
    refunds_of_other_sale,
    sale_header,
)
from kiosk.store.sales import find_sale_id
from kiosk.store.settings import StoreProfile
from kiosk.store.shifts import open_shift_id
from kiosk.store.stockouts import queue_stockouts
from sync.protocol import PaymentPayload, RefundCompleted, RefundLinePayload, SaleLookup

DEFAULT_REASONS = (
    ("damaged", "Damaged"),
    ("wrong_size", "Wrong size"),
    ("not_as_described", "Not as described"),
    ("changed_mind", "Changed mind"),
    ("wrong_item", "Wrong item"),
    ("other", "Other"),
)
Method = Literal["cash", "card"]


class SaleNotFound(KioskError):
    pass


@dataclass(frozen=True, slots=True)
class RefundableSale:
    header: SaleHeader
    lines: list[RefundableLine]
    origin: Origin | None = None  # another till's sale, from HQ's copy (with `copy`)
    copy: SaleLookup | None = None

    @property
    def fully_refunded(self) -> bool:
        return all(line.refundable == 0 for line in self.lines)


@dataclass(frozen=True, slots=True)
class RefundRequest:
    sale_line_id: int
    quantity: int
    restock: bool = True


@dataclass(frozen=True, slots=True)
class ItemWithoutReceipt:
    product_id: int
    quantity: int
    restock: bool = True


@dataclass(frozen=True, slots=True)
class CompletedRefund:
    refund_id: str
    refund_no: str
    total: int
    method: Method
    print_job_id: str
    opens_drawer: bool


class RefundService:
    def __init__(
        self, store: Store, clock: Clock, profile: StoreProfile, hq: HqSales | None = None
    ) -> None:
        self.store = store
        self.clock = clock
        self.profile = profile
        self.hq = hq  # None: no way to ask HQ (demo mode, tests of this till alone)

    def reasons(self) -> list[tuple[str, str]]:
        with self.store.read() as session:
            configured = settings.get(session, "refund_reasons")
        if not configured:
            return list(DEFAULT_REASONS)
        return [(str(code), str(label)) for code, label in configured]

    # --- finding the sale ---------------------------------------------------------------------
    def find(self, receipt_no: str) -> RefundableSale:
        receipt_no = receipt_no.strip().upper()
        with self.store.read() as session:
            sale_id = find_sale_id(session, receipt_no)
            if sale_id is None:
                raise SaleNotFound(self._not_found(receipt_no))
            return self._load(session, sale_id)

    def _not_found(self, receipt_no: str) -> str:
        if is_other_tills(receipt_no, self.profile.kiosk_code):
            return (
                f"Receipt {receipt_no} is from another till and has not reached this one. "
                "Refund the items without the receipt, with a manager's approval."
            )
        return f"No sale with receipt number {receipt_no} at this till."

    # --- another till's receipt, from HQ's copy --------------------------------------------
    def asks_hq(self, receipt_no: str) -> bool:
        """Whether a receipt not found here is worth asking HQ about."""
        return is_other_tills(receipt_no.strip().upper(), self.profile.kiosk_code)

    def fetch_from_hq(self, receipt_no: str) -> SaleLookup:
        """Network work: run it on the network thread, never on the database worker."""
        receipt_no = receipt_no.strip().upper()
        if self.hq is None:
            raise ReceiptNotChecked(receipt_no, "not_enrolled")
        return self.hq.sale_by_receipt(receipt_no)

    def from_hq(self, copy: SaleLookup) -> RefundableSale:
        with self.store.read() as session:
            return self._from_copy(session, copy)

    def _from_copy(self, session: Session, copy: SaleLookup) -> RefundableSale:
        if copy.currency != self.profile.currency:
            raise InvalidInput(
                f"Receipt {copy.receipt_no} was paid in {copy.currency}; this till refunds in "
                f"{self.profile.currency}. Refund it without the receipt."
            )
        local = refunds_of_other_sale(session, copy.sale_id, copy.receipt_no)
        products = {ln.sku: catalog.find_by_sku(session, ln.sku) for ln in copy.lines}
        ids = {sku: p.id for sku, p in products.items() if p is not None}
        header, lines = merge(copy, local, ids)
        return RefundableSale(header, lines, Origin(copy.sale_id, copy.kiosk_id), copy)

    def search(
        self, *, receipt_fragment: str = "", day: str = "", total: int | None = None
    ) -> list[RefundableSale]:
        with self.store.read() as session:
            ids = find_sale_ids(
                session,
                receipt_fragment=receipt_fragment or None,
                business_day=day or None,
                total=total,
            )
            return [self._load(session, sale_id) for sale_id in ids]

    def last_sale(self) -> RefundableSale:
        """The one-tap case: the sale just made at this till was the wrong item."""
        with self.store.read() as session:
            shift_id = open_shift_id(session)
            sale_id = last_sale_id(session, shift_id) if shift_id else None
            if sale_id is None:
                raise SaleNotFound("No sale yet in this shift.")
            return self._load(session, sale_id)

    def _load(self, session: Session, sale_id: str) -> RefundableSale:
        header = sale_header(session, sale_id)
        assert header is not None
        return RefundableSale(header, refundable_lines(session, sale_id))

    # --- refunding ----------------------------------------------------------------------------
    def refund(
        self,
        actor: Actor,
        sale_id: str,
        requests: list[RefundRequest],
        *,
        reason: str,
        note: str = "",
        method: Method,
        reference: str | None = None,
        approvals: tuple[Approval, ...] = (),
    ) -> CompletedRefund:
        if not requests or any(r.quantity <= 0 for r in requests):
            raise InvalidInput("Choose at least one item and a quantity above zero")
        self._check_reason(reason)
        with self.store.write() as session:
            header = sale_header(session, sale_id)
            if header is None:
                raise SaleNotFound("That sale is not at this till.")
            available = {ln.sale_line_id: ln for ln in refundable_lines(session, sale_id)}
            lines = [self._line_from_sale(available, r) for r in requests]
            total = sum(ln.amount for ln in lines)
            if method == "card":
                left_on_card = header.card_paid - header.card_refunded
                if total > left_on_card:
                    raise InvalidInput(
                        f"Only {self._money(left_on_card)} can go back to the card this sale "
                        "was paid with; refund the rest in cash."
                    )
            spent = self._authorize(actor, total, approvals, foreign=False)
            draft = _Draft(header, lines, reason, note, method, reference, spent)
            return self._write(session, actor, draft)

    def refund_other_tills(
        self,
        actor: Actor,
        copy: SaleLookup,
        requests: list[RefundRequest],
        *,
        reason: str,
        note: str = "",
        method: Method,
        reference: str | None = None,
        approvals: tuple[Approval, ...] = (),
    ) -> CompletedRefund:
        """Another till's sale, confirmed by HQ: the same rules as for a sale of this till
        (the receipt's prices, no more than is left, cash or the card it was paid with) and
        no manager just because another till sold it."""
        if not requests or any(r.quantity <= 0 for r in requests):
            raise InvalidInput("Choose at least one item and a quantity above zero")
        self._check_reason(reason)
        with self.store.write() as session:
            # Re-read inside the write lock: a refund of this sale just made here counts.
            sale = self._from_copy(session, copy)
            available = {ln.sale_line_id: ln for ln in sale.lines}
            lines = [self._line_from_sale(available, r, other_till=True) for r in requests]
            missing = next((ln for ln in lines if ln.product_id == 0), None)
            if missing is not None:
                raise InvalidInput(
                    f"{missing.name} is not in this till's catalog; sync, or refund it "
                    "without the receipt."
                )
            total = sum(ln.amount for ln in lines)
            header = sale.header
            if method == "card" and total > header.card_paid - header.card_refunded:
                raise InvalidInput(
                    f"Only {self._money(header.card_paid - header.card_refunded)} can go back "
                    "to the card this sale was paid with; refund the rest in cash."
                )
            spent = self._authorize(actor, total, approvals, foreign=False)
            draft = _Draft(
                header, lines, reason, note, method, reference, spent, origin=sale.origin
            )
            return self._write(session, actor, draft)

    def refund_without_receipt(
        self,
        actor: Actor,
        items: list[ItemWithoutReceipt],
        *,
        reason: str,
        note: str = "",
        method: Method,
        reference: str | None = None,
        approvals: tuple[Approval, ...] = (),
        receipt_no: str | None = None,
    ) -> CompletedRefund:
        """Another till's receipt, or none at all: today's price, and a manager approves."""
        if not items or any(i.quantity <= 0 for i in items):
            raise InvalidInput("Choose at least one item and a quantity above zero")
        self._check_reason(reason)
        with self.store.write() as session:
            lines = [self._line_from_catalog(session, item) for item in items]
            total = sum(ln.amount for ln in lines)
            spent = self._authorize(actor, total, approvals, foreign=True)
            draft = _Draft(None, lines, reason, note, method, reference, spent, receipt_no)
            return self._write(session, actor, draft)

    # --- the pieces ---------------------------------------------------------------------------
    def _check_reason(self, reason: str) -> None:
        if reason not in {code for code, _ in self.reasons()}:
            raise InvalidInput("Choose a reason for the refund")

    def _line_from_sale(
        self,
        available: dict[int, RefundableLine],
        request: RefundRequest,
        *,
        other_till: bool = False,
    ) -> RefundLineRow:
        line = available.get(request.sale_line_id)
        if line is None:
            raise InvalidInput("That item is not on this receipt")
        if request.quantity > line.refundable:
            raise InvalidInput(
                f"{line.name}: only {line.refundable} of {line.sold} can still be refunded"
            )
        if request.quantity == line.refundable:  # the last ones take exactly what is left
            amount, tax = line.remaining_amount, line.remaining_tax
        else:
            share = Decimal(request.quantity) / line.refundable
            amount = round_to_int(line.remaining_amount * share)
            tax = round_to_int(line.remaining_tax * share)
        row = self._row(line, request.quantity, amount, tax, request.restock)
        # Another till's line is not in this store: only its number on the receipt links it.
        return replace(row, sale_line_id=None) if other_till else row

    def _line_from_catalog(self, session: Session, item: ItemWithoutReceipt) -> RefundLineRow:
        product = catalog.find_by_id(session, item.product_id)
        if product is None:
            raise InvalidInput("That product is not in the catalog")
        amount = product.price * item.quantity
        split = tax_for_amount(
            amount, product.tax_class.rate_ppm, self.profile.tax, self.profile.rounding_rule
        )
        return self._row(product, item.quantity, split.gross, split.tax, item.restock)

    @staticmethod
    def _row(
        source: RefundableLine | ProductInfo, quantity: int, amount: int, tax: int, restock: bool
    ) -> RefundLineRow:
        if isinstance(source, RefundableLine):
            sale_line_id, product_id = source.sale_line_id, source.product_id
            tax_class, rate_ppm = source.tax_class_code, source.tax_rate_ppm
            line_no: int | None = source.line_no or None
        else:
            sale_line_id, product_id = None, source.id
            tax_class, rate_ppm = source.tax_class.code, source.tax_class.rate_ppm
            line_no = None
        return RefundLineRow(
            sale_line_id=sale_line_id,
            product_id=product_id,
            sku=source.sku,
            name=source.name,
            quantity=quantity,
            amount=amount,
            net=amount - tax,
            tax=tax,
            tax_class_code=tax_class,
            tax_rate_ppm=rate_ppm,
            restock=restock,
            stock_event_id=uuid.uuid4().hex,
            writeoff_event_id=None if restock else uuid.uuid4().hex,
            sale_line_no=line_no,
        )

    def _authorize(
        self, actor: Actor, total: int, approvals: tuple[Approval, ...], *, foreign: bool
    ) -> list[Approval]:
        needed = [Permission.REFUND]
        if foreign:
            needed.append(Permission.REFUND_FOREIGN_RECEIPT)
        if total > self.profile.refund_limit_minor:
            needed.append(Permission.REFUND_ABOVE_LIMIT)
        spent = []
        for permission in needed:
            match = next((a for a in approvals if a.permission is permission), None)
            approval = authorize(actor, permission, match)
            if approval is not None:
                spent.append(approval)
        return spent

    def _write(self, session: Session, actor: Actor, draft: _Draft) -> CompletedRefund:
        header, lines, method, spent = draft.header, draft.lines, draft.method, draft.spent
        reference = draft.reference
        if method == "card":
            reference = check_card_reference(reference)
        elif method != "cash":
            raise InvalidInput("Refund in cash or to the card")
        shift_id = open_shift_id(session)
        if shift_id is None:
            raise NoOpenShift
        now = self.clock.now()
        profile = self.profile
        refund_id = uuid.uuid4().hex
        origin = draft.origin
        refund = RefundRow(
            id=refund_id,
            refund_no=f"{profile.kiosk_code}-R{next_value(session, 'refund'):06d}",
            shift_id=shift_id,
            sale_id=header.sale_id if header and origin is None else None,
            receipt_no=header.receipt_no if header else draft.receipt_no,
            associate_id=actor.associate_id,
            created_at=now,
            business_day=business_day(now, profile.timezone),
            currency=profile.currency,
            reason_code=draft.reason,
            reason_note=draft.note.strip(),
            total=sum(ln.amount for ln in lines),
            tax_total=sum(ln.tax for ln in lines),
            location=profile.location,
            jurisdiction=profile.jurisdiction,
            approvals_json=json.dumps([_approval_json(a) for a in spent]),
            origin_sale_id=origin.sale_id if origin else None,
            origin_kiosk=origin.kiosk if origin else None,
        )
        insert_refund(session, refund, lines, method, reference)
        movements = [
            stock.Movement(ln.stock_event_id, ln.product_id, ln.quantity, "refund", refund_id)
            for ln in lines
        ]
        movements += [  # written off: it came back, and went straight in the bin
            stock.Movement(ln.writeoff_event_id, ln.product_id, -ln.quantity, "writeoff", refund_id)
            for ln in lines
            if ln.writeoff_event_id
        ]
        stock.record(session, movements, now, actor.associate_id)
        audit.append(
            session,
            action="refund.completed",
            at=now,
            associate_id=actor.associate_id,
            subject=refund.refund_no,
            detail={
                "receipt": refund.receipt_no,
                "total": refund.total,
                "reason": draft.reason,
                "note": refund.reason_note,
                "method": method,
                "approved_by": [a.manager_id for a in spent],
            },
        )
        self._on_refund(session, refund, lines, method, reference)
        job_id = uuid.uuid4().hex
        print_jobs.enqueue(
            session,
            job_id=job_id,
            kind="refund",
            document=refund_document(
                refund,
                lines,
                method=method,
                reference=reference,
                associate_name=actor.name,
                profile=profile,
            ),
            at=now,
            reference=refund_id,
        )
        if method == "cash":
            print_jobs.enqueue_drawer_kick(session, reference=refund_id, at=now)
        for approval in spent:
            approval.spent = True
        return CompletedRefund(
            refund_id, refund.refund_no, refund.total, method, job_id, method == "cash"
        )

    def _on_refund(
        self,
        session: Session,
        refund: RefundRow,
        lines: list[RefundLineRow],
        method: str,
        reference: str | None,
    ) -> None:
        """What HQ must learn, in the refund's own transaction (the stock events' reference is
        this event's id, as the ledger rule in kiosk.store.stock requires)."""
        event = RefundCompleted(
            refund_id=refund.id,
            refund_no=refund.refund_no,
            sale_id=refund.sale_id or refund.origin_sale_id,
            receipt_no=refund.receipt_no,
            sale_kiosk=refund.origin_kiosk,
            associate_id=refund.associate_id,
            occurred_at=refund.created_at,
            business_day=refund.business_day,
            currency=refund.currency,
            reason=refund.reason_code,
            note=refund.reason_note,
            total=refund.total,
            lines=[
                RefundLinePayload(
                    sku=ln.sku,
                    line_no=ln.sale_line_no,
                    quantity=ln.quantity,
                    amount=ln.amount,
                    tax=ln.tax,
                    restocked=ln.restock,
                    stock_event_id=ln.stock_event_id,
                    writeoff_event_id=ln.writeoff_event_id,
                )
                for ln in lines
            ],
            payments=[
                PaymentPayload(
                    method="card" if method == "card" else "cash",
                    amount=refund.total,
                    tendered=refund.total,
                    change=0,
                    reference=reference,
                )
            ],
        )
        outbox.emit(session, refund.id, event, refund.created_at)
        written_off = {ln.product_id: ln.quantity for ln in lines if ln.writeoff_event_id}
        queue_stockouts(session, written_off, refund.created_at, refund.business_day)

    def _money(self, minor: int) -> str:
        return Money(minor, self.profile.currency).format(self.profile.locale)


@dataclass(frozen=True, slots=True)
class _Draft:
    """A refund that has passed its checks, ready to be written."""

    header: SaleHeader | None
    lines: list[RefundLineRow]
    reason: str
    note: str
    method: Method
    reference: str | None
    spent: list[Approval]
    receipt_no: str | None = None
    origin: Origin | None = None  # another till's sale, refunded from HQ's copy


def _approval_json(approval: Approval) -> dict[str, object]:
    data = asdict(approval)
    data["permission"] = approval.permission.value
    return data
