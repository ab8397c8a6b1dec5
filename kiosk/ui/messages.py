"""What the associate reads when something goes wrong, in their language.

Services raise errors whose English messages are written for the person at the till. The
common ones are rebuilt here from the error's type and fields so they can be translated; any
other KioskError is shown as the service worded it. Unexpected errors are logged with their
traceback and shown as a short, honest message.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication

from kiosk.domain.barcode import InvalidBarcode
from kiosk.domain.errors import KioskError, PaymentShort, PermissionDenied
from kiosk.domain.permissions import Permission
from kiosk.services.associates import LockedOut, LoginFailed
from kiosk.services.availability import ReservedStock
from kiosk.services.catalog import UnknownProduct
from kiosk.services.other_till import ReceiptNotChecked
from kiosk.store.errors import StorageFull

log = logging.getLogger(__name__)
_TRIES_LEFT = re.compile(r"(\d+) tr(?:y|ies) left")


# Called by this name so that pyside6-lupdate finds the texts (it reads literal calls).
translate = QCoreApplication.translate


def permission_text(permission: str) -> str:
    """What needs approval, as a phrase: "a discount above the limit"."""
    texts = {
        Permission.VOID_LINE: translate("Messages", "removing a line"),
        Permission.VOID_CART: translate("Messages", "voiding the whole sale"),
        Permission.DISCOUNT_ABOVE_LIMIT: translate("Messages", "a discount above the limit"),
        Permission.PRICE_OVERRIDE: translate("Messages", "changing a price"),
        Permission.NO_SALE: translate("Messages", "opening the drawer without a sale"),
        Permission.SELL_RESERVED: translate("Messages", "selling stock reserved for online orders"),
        Permission.CASH_MOVEMENT: translate("Messages", "cash in or out"),
        Permission.REFUND: translate("Messages", "a refund"),
        Permission.REFUND_ABOVE_LIMIT: translate("Messages", "a refund above the limit"),
        Permission.REFUND_FOREIGN_RECEIPT: translate(
            "Messages", "a refund without this till's receipt"
        ),
        Permission.STOCK: translate("Messages", "stock operations"),
    }
    try:
        return texts.get(Permission(permission), permission.replace("_", " "))
    except ValueError:
        return permission.replace("_", " ")


def describe(error: BaseException) -> str:
    """The message to show for `error`."""
    # Counts are worded so that no plural form is needed (lupdate does not extract Python
    # plurals reliably); QML texts use real plural forms.
    if isinstance(error, LockedOut):
        return translate(
            "Messages", "Too many wrong PINs. The till is locked for %1 s; a manager can help."
        ).replace("%1", str(error.seconds_left))
    if isinstance(error, LoginFailed):
        match = _TRIES_LEFT.search(str(error))
        if match:
            return translate(
                "Messages", "Wrong PIN. Tries left before the till locks: %1."
            ).replace("%1", match.group(1))
        return str(error)
    if isinstance(error, InvalidBarcode):
        if "damaged or misread" in str(error):
            return translate(
                "Messages", "This barcode is damaged or misread. Scan it again or type the SKU."
            )
        return str(error)
    if isinstance(error, UnknownProduct):
        return translate(
            "Messages",
            "No product has the code %1. Set the item aside and ask a manager, or find it by name.",
        ).replace("%1", error.code.lstrip("0") if error.code.isdigit() else error.code)
    if isinstance(error, PermissionDenied):
        return translate("Messages", "%1 needs a manager's approval.").replace(
            "%1", _capitalised(permission_text(error.permission))
        )
    if isinstance(error, StorageFull):
        return translate(
            "Messages",
            "The disk is full, so nothing was saved. Free some space (or call support) and "
            "try again; the sale is still on screen.",
        )
    if isinstance(error, ReservedStock):
        short = error.shortfalls[0]
        return (
            translate(
                "Messages",
                "Only %1 x %2 may be sold: %3 are reserved for online orders. Take the extra "
                "items off the sale, or ask a manager to approve.",
            )
            .replace("%1", str(short.available))
            .replace("%2", short.name)
            .replace("%3", str(short.reserved))
        )
    if isinstance(error, ReceiptNotChecked):
        return not_checked_text(error)
    if isinstance(error, PaymentShort):
        return translate("Messages", "The payment does not cover the total yet.")
    if isinstance(error, KioskError):
        return str(error)
    log.error("unexpected error", exc_info=error)
    return translate(
        "Messages", "Something went wrong (%1). It was logged; try again or call support."
    ).replace("%1", type(error).__name__)


def not_checked_text(error: ReceiptNotChecked) -> str:
    """Why another till's receipt could not be checked, and what happens now: one sentence."""
    texts = {
        "offline": translate(
            "Messages",
            "Head office cannot be reached, so receipt %1 cannot be checked. Refund without "
            "the receipt; a manager approves.",
        ),
        "not_enrolled": translate(
            "Messages",
            "This till is not connected to head office, so receipt %1 cannot be checked. "
            "Refund without the receipt; a manager approves.",
        ),
        "not_at_hq": translate(
            "Messages",
            "Head office has no sale with this number at this shop yet, so receipt %1 cannot "
            "be checked. Refund without the receipt; a manager approves.",
        ),
        "refused": translate(
            "Messages",
            "Head office refused the question, so receipt %1 cannot be checked. Refund "
            "without the receipt; a manager approves.",
        ),
    }
    return texts[error.why].replace("%1", error.receipt_no)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
