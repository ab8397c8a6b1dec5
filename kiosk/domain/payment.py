"""Settling a total with tenders: cash (with change), card on an external terminal, or both."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from kiosk.domain.errors import InvalidInput, PaymentShort
from kiosk.domain.money import Money


class TenderMethod(enum.StrEnum):
    CASH = "cash"
    CARD = "card"


@dataclass(frozen=True, slots=True)
class Tender:
    method: TenderMethod
    amount: int  # cash: what the customer handed over; card: what the terminal charged
    reference: str | None = None  # card: the terminal's approval code


@dataclass(frozen=True, slots=True)
class AppliedPayment:
    method: TenderMethod
    amount: int  # the part of the total this tender paid
    tendered: int
    change: int
    reference: str | None


def _looks_like_card_number(text: str) -> bool:
    digits = "".join(c for c in text if c.isdigit())
    if not 13 <= len(digits) <= 19 or len(digits) != len(text.replace(" ", "").replace("-", "")):
        return False
    total = 0
    for i, char in enumerate(reversed(digits)):
        d = int(char)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def check_card_reference(reference: str | None) -> str:
    ref = (reference or "").strip()
    if not ref:
        raise InvalidInput("Enter the approval code that the card terminal shows")
    if _looks_like_card_number(ref):
        # PCI: we never store card numbers, even when someone types one by mistake.
        raise InvalidInput(
            "That looks like a card number. Enter the terminal's approval code instead."
        )
    if len(ref) > 40:
        raise InvalidInput("The approval code is too long")
    return ref


def settle(total: Money, tenders: list[Tender]) -> list[AppliedPayment]:
    """Applies tenders in order. Cards may not exceed what is still due (no cash-back);
    cash may, and the excess of the cash is the change. Underpayment is refused."""
    due = total.minor
    applied: list[AppliedPayment] = []
    for tender in tenders:
        if type(tender.amount) is not int or tender.amount <= 0:
            raise InvalidInput("Each payment must be a positive amount")
        if tender.method is TenderMethod.CARD:
            reference = check_card_reference(tender.reference)
            if tender.amount > due:
                raise InvalidInput(
                    f"The card amount is more than the {Money(due, total.currency)} still due"
                )
            applied.append(
                AppliedPayment(tender.method, tender.amount, tender.amount, 0, reference)
            )
            due -= tender.amount
        else:
            paid = min(tender.amount, due)
            applied.append(
                AppliedPayment(tender.method, paid, tender.amount, tender.amount - paid, None)
            )
            due -= paid
    if due > 0:
        raise PaymentShort(f"Still due: {Money(due, total.currency)}")
    return applied


def change_due(payments: list[AppliedPayment]) -> int:
    return sum(p.change for p in payments)
