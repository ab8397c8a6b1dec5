"""The associate's main path, end to end through the real QML, against a real store."""

from __future__ import annotations

import json

from sqlalchemy import text

from kiosk.domain.barcode import with_check_digit
from tests.qt.driver import KioskDriver

STILL_WATER = "4006380000018"  # 0.99
COLA = "4006380000032"  # 1.49
DAMAGED_WATER = "4006380000019"  # check digit off by one
UNKNOWN = with_check_digit("400638099999")  # valid, but no product has it


def test_sign_in_scan_discount_with_override_pay_cash(kiosk: KioskDriver) -> None:
    assert kiosk.visible("lockScreen")
    kiosk.sign_in("1234")
    assert not kiosk.visible("lockScreen")
    assert kiosk.text("statusAssociate") == "Alex Associate"

    # Three scans: a good one, a damaged one, an unknown one; then a second good product.
    kiosk.scan(STILL_WATER)
    assert [row["name"] for row in kiosk.cart()] == ["Still Water 0.5 l"]
    kiosk.scan(DAMAGED_WATER)
    assert "damaged or misread" in kiosk.text("noticeText")
    assert kiosk.ui.sound.requested == 1
    kiosk.tap("Dismiss")
    assert not kiosk.visible("notice")
    kiosk.scan(UNKNOWN)
    assert f"No product has the code {UNKNOWN}" in kiosk.text("noticeText")
    assert kiosk.ui.sound.requested == 2
    kiosk.scan(COLA)
    assert not kiosk.visible("notice")  # a good scan clears the last message
    assert [row["name"] for row in kiosk.cart()] == ["Still Water 0.5 l", "Cola 0.33 l"]

    # Two waters, then 20 % off them: above the 10 % limit, so a manager approves.
    water_line = kiosk.line("Still Water 0.5 l")
    kiosk.tap("+", within=water_line)
    assert kiosk.cart()[0]["quantity"] == 2
    kiosk.tap(kiosk.obj("lineDetails", within=water_line))
    kiosk.tap("Discount…")
    dialog = kiosk.obj("discountDialog")
    kiosk.tap("2", within=dialog)
    kiosk.tap("0", within=dialog)
    kiosk.tap("Apply", within=dialog)
    approval = kiosk.obj("managerOverrideDialog")
    assert "discount above the limit" in kiosk.text("approvalWhat")
    for digit in "9876":
        kiosk.tap(digit, within=approval)
    kiosk.tap("Price match", within=approval)
    kiosk.tap("Approve", within=approval)
    kiosk.qtbot.waitUntil(lambda: not kiosk.visible("managerOverrideDialog"))
    assert kiosk.cart()[0]["discountText"] == "−20 %"
    assert kiosk.text("total") == "€3.07", kiosk.cart()  # 2 x 0.99 - 20 % (1.58) + 1.49

    # Cash: the customer hands over a five.
    kiosk.tap("Pay")
    assert kiosk.text("amountDue") == "€3.07"
    pay = kiosk.obj("payScreen")
    for key in ("5", "00"):
        kiosk.tap(key, within=pay)
    assert kiosk.text("cashEntry") == "€5.00"
    kiosk.tap("Take cash")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("receiptScreen"))
    kiosk.settle()
    assert kiosk.text("receiptChange") == "€1.93"

    sale = kiosk.read(
        lambda s: s.execute(text("SELECT id, receipt_no, total, overrides_json FROM sales")).one()
    )
    sale_id, receipt_no, total, overrides = sale
    assert total == 307
    assert kiosk.text("receiptNumber") == f"Receipt {receipt_no}"
    assert [o["permission"] for o in json.loads(overrides)] == ["discount_above_limit"]
    payments = kiosk.read(
        lambda s: s.execute(
            text("SELECT method, amount, tendered, change FROM payments WHERE sale_id = :i"),
            {"i": sale_id},
        ).all()
    )
    assert [tuple(p) for p in payments] == [("cash", 307, 500, 193)]
    jobs = kiosk.read(
        lambda s: s.execute(
            text("SELECT kind, is_copy, state FROM print_jobs WHERE reference = :i ORDER BY kind"),
            {"i": sale_id},
        ).all()
    )
    # The receipt, stored with the sale, and the cash drawer's kick.
    assert [tuple(j) for j in jobs] == [("drawer", 0, "queued"), ("receipt", 0, "queued")]
    approvals = kiosk.read(
        lambda s: s.execute(
            text("SELECT COUNT(*) FROM audit_log WHERE action = 'override.approved'")
        ).scalar_one()
    )
    assert approvals == 1
    assert "TOTAL" in kiosk.text("receiptText")
