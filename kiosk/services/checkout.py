"""Completing a sale: one transaction for the sale, its lines and payments, the stock events,
the outbox entry for HQ, the audit entry and the receipt print job. All of it or none."""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass

from kiosk.domain.errors import InvalidInput
from kiosk.domain.payment import AppliedPayment, Tender, TenderMethod, change_due, settle
from kiosk.domain.sale_session import SaleSession
from kiosk.services.availability import Wanted, refuse_reserved
from kiosk.services.clock import Clock, business_day
from kiosk.services.receipts import ReceiptData, receipt_document
from kiosk.services.shifts import NoOpenShift
from kiosk.store import audit, outbox, pickups, print_jobs, stock
from kiosk.store.counters import next_value
from kiosk.store.engine import Store
from kiosk.store.sales import LineRow, PaymentRow, SaleRow, insert_sale
from kiosk.store.settings import StoreProfile
from kiosk.store.shifts import open_shift_id
from kiosk.store.stockouts import queue_stockouts
from sync.protocol import (
    OverridePayload,
    PaymentPayload,
    SaleCompleted,
    SaleLinePayload,
)


@dataclass(frozen=True, slots=True)
class CompletedSale:
    sale_id: str
    receipt_no: str
    total: int
    change: int
    payments: tuple[AppliedPayment, ...]
    print_job_id: str | None
    opens_drawer: bool


class CheckoutService:
    def __init__(self, store: Store, clock: Clock, profile: StoreProfile) -> None:
        self.store = store
        self.clock = clock
        self.profile = profile

    def complete_sale(
        self,
        session: SaleSession,
        tenders: list[Tender],
        *,
        print_receipt: bool = True,
        linked_order: str | None = None,
    ) -> CompletedSale:
        priced = session.cart.priced()
        if not priced.lines:
            raise InvalidInput("The cart is empty")
        payments = settle(priced.total, tenders)  # refuses underpayment before any write
        profile = self.profile
        now = self.clock.now()
        sale_id = uuid.uuid4().hex
        day = business_day(now, profile.timezone)
        overrides = [asdict(o) for o in session.overrides]
        stock_ids = [uuid.uuid4().hex for _ in priced.lines]
        lines = [
            LineRow(
                line_no=i,
                product_id=ln.product.product_id,
                sku=ln.product.sku,
                name=ln.product.name,
                quantity=ln.quantity,
                unit_price=ln.unit_price,
                line_discount=ln.line_discount,
                cart_discount=ln.cart_discount,
                net=ln.net,
                tax=ln.tax,
                gross=ln.gross,
                tax_class_code=ln.product.tax_class.code,
                tax_rate_ppm=ln.product.tax_class.rate_ppm,
                price_overridden=ln.price_overridden,
                override_reason=session.cart.line(ln.line_id).override_reason,
                discount_reason=_discount_reason(session, ln.line_id),
            )
            for i, ln in enumerate(priced.lines, start=1)
        ]
        payment_rows = [
            PaymentRow(p.method.value, p.amount, p.tendered, p.change, p.reference)
            for p in payments
        ]
        movements = [
            stock.Movement(event_id, ln.product_id, -ln.quantity, "sale", sale_id)
            for event_id, ln in zip(stock_ids, lines, strict=True)
        ]
        print_job_id = uuid.uuid4().hex if print_receipt else None

        with self.store.write() as tx:
            shift_id = open_shift_id(tx)
            if shift_id is None:
                raise NoOpenShift
            refuse_reserved(
                tx,
                [Wanted(ln.product_id, ln.sku, ln.name, ln.quantity) for ln in lines],
                session.reserved_allowed(),
                now,
            )
            if linked_order is not None and pickups.offer_sale_id(tx, linked_order):
                raise InvalidInput("The add-on offer of this order was already sold")
            seq = next_value(tx, "receipt")
            receipt_no = f"{profile.kiosk_code}-{seq:06d}"
            sale = SaleRow(
                id=sale_id,
                receipt_no=receipt_no,
                seq=seq,
                kiosk_code=profile.kiosk_code,
                associate_id=session.actor.associate_id,
                created_at=now,
                business_day=day,
                currency=priced.currency,
                tax_mode=priced.tax_mode.value,
                subtotal=priced.subtotal.minor,
                discount_total=priced.discount_total.minor,
                tax_total=priced.tax_total.minor,
                total=priced.total.minor,
                location=profile.location,
                jurisdiction=profile.jurisdiction,
                cart_id=session.cart.cart_id,
                linked_order=linked_order,
                overrides_json=json.dumps(overrides),
                shift_id=shift_id,
            )
            insert_sale(tx, sale, lines, payment_rows)
            stock.record(tx, movements, now, session.actor.associate_id)
            event = _sale_event(sale, lines, payment_rows, stock_ids, overrides)
            outbox.emit(tx, sale_id, event, now)
            queue_stockouts(tx, _taken(lines), now, day)  # HQ hears of an empty shelf at once
            audit.append(
                tx,
                action="sale.completed",
                at=now,
                associate_id=session.actor.associate_id,
                subject=receipt_no,
                detail={"total": sale.total, "overrides": len(overrides)},
            )
            opens_drawer = any(p.method is TenderMethod.CASH for p in payments)
            if opens_drawer:  # queued with the sale: the drawer opens only for a sale that exists
                print_jobs.enqueue_drawer_kick(tx, reference=sale_id, at=now)
            if print_job_id is not None:
                # Inside the transaction on purpose: a crash must never leave a paid sale
                # without its receipt job, or a receipt for a sale that was rolled back. The
                # document needs the receipt number drawn above, and building it earlier or
                # later in this call would not shorten the checkout, only the lock.
                document = receipt_document(
                    ReceiptData(profile, sale, lines, payment_rows, session.actor.name)
                )
                print_jobs.enqueue(
                    tx,
                    job_id=print_job_id,
                    kind="receipt",
                    document=document,
                    at=now,
                    reference=sale_id,
                )
        return CompletedSale(
            sale_id=sale_id,
            receipt_no=receipt_no,
            total=priced.total.minor,
            change=change_due(payments),
            payments=tuple(payments),
            print_job_id=print_job_id,
            opens_drawer=opens_drawer,
        )


def _taken(lines: list[LineRow]) -> dict[int, int]:
    taken: dict[int, int] = {}
    for ln in lines:
        taken[ln.product_id] = taken.get(ln.product_id, 0) + ln.quantity
    return taken


def _discount_reason(session: SaleSession, line_id: str) -> str:
    discount = session.cart.line(line_id).discount
    return discount.reason if discount else ""


def _sale_event(
    sale: SaleRow,
    lines: list[LineRow],
    payments: list[PaymentRow],
    stock_ids: list[str],
    overrides: list[dict[str, str]],
) -> SaleCompleted:
    return SaleCompleted(
        sale_id=sale.id,
        receipt_no=sale.receipt_no,
        kiosk_code=sale.kiosk_code,
        associate_id=sale.associate_id,
        occurred_at=sale.created_at,
        business_day=sale.business_day,
        currency=sale.currency,
        tax_mode="inclusive" if sale.tax_mode == "inclusive" else "exclusive",
        location=sale.location,
        jurisdiction=sale.jurisdiction,
        subtotal=sale.subtotal,
        discount_total=sale.discount_total,
        tax_total=sale.tax_total,
        total=sale.total,
        lines=[
            SaleLinePayload(
                line_no=ln.line_no,
                sku=ln.sku,
                name=ln.name,
                quantity=ln.quantity,
                unit_price=ln.unit_price,
                line_discount=ln.line_discount,
                cart_discount=ln.cart_discount,
                net=ln.net,
                tax=ln.tax,
                gross=ln.gross,
                tax_class=ln.tax_class_code,
                tax_rate_ppm=ln.tax_rate_ppm,
                price_overridden=ln.price_overridden,
                stock_event_id=event_id,
            )
            for ln, event_id in zip(lines, stock_ids, strict=True)
        ],
        payments=[
            PaymentPayload(
                method="cash" if p.method == "cash" else "card",
                amount=p.amount,
                tendered=p.tendered,
                change=p.change,
                reference=p.reference,
            )
            for p in payments
        ],
        overrides=[OverridePayload(**o) for o in overrides],
        linked_order=sale.linked_order,
    )
