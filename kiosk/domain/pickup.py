"""Handing over an online order: what is still to collect, the scans that count it down, how
the customer was identified, and what state an order is in at this kiosk.

Pure rules, no I/O: the pickup service loads an order into a `HandOver`, feeds it the scans
and writes the result in one transaction.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from kiosk.domain.errors import InvalidInput


class IdMethod(enum.StrEnum):
    CODE = "code"  # the customer's signed pickup code was scanned
    NAME_PHONE = "name_phone"  # name asked, and the last digits of the phone on the order
    ID_CHECKED = "id_checked"  # an identity document was shown


class OrderState(enum.StrEnum):
    """An order as this kiosk sees it: HQ's last word plus the hand-overs made here since."""

    READY = "ready"  # nothing collected, window open
    PARTIAL = "partial"  # some collected, the rest held until the window ends
    COMPLETED = "completed"
    EXPIRED = "expired"  # window over, not (fully) collected: flagged; HQ releases it
    CANCELLED = "cancelled"  # cancelled at HQ before anything was handed over here
    CONFLICT = "conflict"  # handed over here, but HQ had cancelled it: HQ is told
    RELEASED = "released"  # HQ released it when the window ended

    @property
    def open(self) -> bool:
        return self in (OrderState.READY, OrderState.PARTIAL)


# Why items were left behind at a partial pickup. The remainder stays held until the window
# ends, so a customer who comes back finds it; HQ releases it then.
PARTIAL_REASONS = (
    ("missing", "Item missing"),
    ("damaged", "Item damaged"),
    ("declined", "Customer declined"),
    ("later", "Customer collects the rest later"),
)
_REASON_CODES = {code for code, _ in PARTIAL_REASONS}
MIN_PHONE_DIGITS = 3


def order_state(
    hq_status: str, remaining: int, collected: int, window_end: datetime, now: datetime
) -> OrderState:
    """`remaining` and `collected` are unit totals after this kiosk's own hand-overs."""
    if hq_status == "cancelled":
        return OrderState.CONFLICT if collected else OrderState.CANCELLED
    if remaining <= 0 or hq_status == "completed":
        return OrderState.COMPLETED
    if hq_status == "released":
        return OrderState.RELEASED
    if now >= window_end:
        return OrderState.EXPIRED
    return OrderState.PARTIAL if collected else OrderState.READY


@dataclass(frozen=True, slots=True)
class Identification:
    method: IdMethod
    phone_digits: str = ""  # NAME_PHONE: what the customer said their number ends with
    document: str = ""  # ID_CHECKED: which document (never its number)


def phone_digits_of(contact_masked: str) -> str:
    """The visible digits at the end of a masked contact ("*** 4242" -> "4242")."""
    tail = ""
    for ch in reversed(contact_masked.strip()):
        if ch.isdigit():
            tail = ch + tail
        elif ch == " " and tail:
            continue
        else:
            break
    return tail


def proof_note(ident: Identification, contact_masked: str, opened_by_code: bool) -> str:
    """Checks an identification against the order; returns the note kept as proof."""
    match ident.method:
        case IdMethod.CODE:
            if not opened_by_code:
                raise InvalidInput(
                    "Scan the customer's pickup code, or identify them by name and phone or ID"
                )
            return "pickup code scanned"
        case IdMethod.NAME_PHONE:
            known = phone_digits_of(contact_masked)
            said = "".join(ch for ch in ident.phone_digits if ch.isdigit())
            if not known:
                raise InvalidInput("This order has no phone number; check an ID instead")
            if len(said) < min(MIN_PHONE_DIGITS, len(known)):
                raise InvalidInput(f"Enter the last {len(known)} digits of the customer's phone")
            shared = min(len(said), len(known))
            if said[-shared:] != known[-shared:]:
                raise InvalidInput(
                    "Those digits do not match the phone number on the order. Check an ID."
                )
            return f"name and phone ending {known} checked"
        case IdMethod.ID_CHECKED:
            document = ident.document.strip()
            return f"ID checked: {document}" if document else "ID checked"


def partial_reason(code: str, note: str = "") -> str:
    if code not in _REASON_CODES:
        choices = ", ".join(label.lower() for _, label in PARTIAL_REASONS)
        raise InvalidInput(f"Some items are not handed over: choose why ({choices})")
    note = note.strip()
    return f"{code}: {note}" if note else code


@dataclass(frozen=True, slots=True)
class PickupLine:
    sku: str
    name: str
    to_collect: int  # ordered minus what earlier hand-overs gave out


class WrongItem(InvalidInput):
    """A scanned item that is not (or no longer) on the order; nothing was counted."""


@dataclass
class HandOver:
    """One hand-over in progress: the associate scans each item as it goes over the counter."""

    order_id: str
    order_no: str
    lines: tuple[PickupLine, ...]
    opened_by_code: bool
    scanned: dict[str, int] = field(default_factory=dict)

    def line(self, sku: str) -> PickupLine | None:
        return next((ln for ln in self.lines if ln.sku == sku), None)

    def left(self, sku: str) -> int:
        line = self.line(sku)
        return 0 if line is None else line.to_collect - self.scanned.get(sku, 0)

    def count(self, sku: str, name: str, quantity: int = 1) -> int:
        """Counts items handed over; returns how many of that line are still to scan."""
        if quantity < 1:
            raise InvalidInput("Count at least one item")
        line = self.line(sku)
        if line is None or line.to_collect == 0:
            raise WrongItem(f"{name} is not on order {self.order_no}. Keep it back.")
        if self.left(sku) < quantity:
            raise WrongItem(
                f"All {line.to_collect} x {line.name} are already scanned for order "
                f"{self.order_no}. Keep the extra one back."
            )
        self.scanned[sku] = self.scanned.get(sku, 0) + quantity
        return self.left(sku)

    def uncount(self, sku: str) -> None:
        """Takes back one scan (an item the customer handed back before leaving)."""
        if self.scanned.get(sku, 0) <= 0:
            raise InvalidInput("Nothing of that item was scanned")
        self.scanned[sku] -= 1

    @property
    def handed_over(self) -> dict[str, int]:
        return {sku: n for sku, n in self.scanned.items() if n > 0}

    @property
    def remaining(self) -> dict[str, int]:
        return {ln.sku: self.left(ln.sku) for ln in self.lines if self.left(ln.sku) > 0}

    @property
    def complete(self) -> bool:
        return not self.remaining
