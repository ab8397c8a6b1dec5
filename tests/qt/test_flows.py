"""Parking, voids and permissions, scans during dialogs, signing in and out, tenders, receipts."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import Session

from kiosk.store import print_jobs
from kiosk.store.engine import WrongThread
from tests.qt.conftest import KioskFactory
from tests.qt.driver import TYPING_GAP, KioskDriver

STILL_WATER = "4006380000018"  # 0.99
COLA = "4006380000032"  # 1.49


def rows(kiosk: KioskDriver, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    def query(session: Session) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in session.execute(text(sql), params).all()]

    return kiosk.read(query)


def names(kiosk: KioskDriver) -> list[str]:
    return [row["name"] for row in kiosk.cart()]


def test_the_gui_thread_may_not_touch_the_store(kiosk: KioskDriver) -> None:
    with pytest.raises(WrongThread), kiosk.store.read():
        pass


def test_park_a_sale_and_resume_it(kiosk: KioskDriver) -> None:
    kiosk.sign_in()
    kiosk.scan(STILL_WATER)
    kiosk.scan(COLA)
    kiosk.tap("Park")
    kiosk.tap("Name or note")
    kiosk.type_on_screen("Mrs Smith")
    kiosk.tap("Park sale", within=kiosk.obj("parkDialog"))
    assert kiosk.cart() == []
    assert rows(kiosk, "SELECT label, item_count FROM parked_carts") == [("Mrs Smith", 2)]

    kiosk.tap("Parked sales")
    entry = kiosk.find("Mrs Smith", within=kiosk.obj("parkedSalesDialog"))
    kiosk.tap("Resume", within=entry)
    assert names(kiosk) == ["Still Water 0.5 l", "Cola 0.33 l"]
    assert rows(kiosk, "SELECT COUNT(*) FROM parked_carts") == [(0,)]
    actions = rows(kiosk, "SELECT action FROM audit_log WHERE action LIKE 'cart.%' ORDER BY id")
    assert actions == [("cart.parked",), ("cart.resumed",)]


def test_an_associate_removes_a_line_without_a_manager_and_it_is_recorded(
    kiosk: KioskDriver,
) -> None:
    kiosk.sign_in()
    kiosk.scan(STILL_WATER)
    kiosk.scan(COLA)
    kiosk.tap(kiosk.obj("lineDetails", within=kiosk.line("Cola 0.33 l")))
    kiosk.tap("Remove item")
    assert names(kiosk) == ["Still Water 0.5 l"]
    assert not kiosk.visible("managerOverrideDialog")
    (detail,) = rows(kiosk, "SELECT detail FROM audit_log WHERE action = 'line.voided'")
    assert json.loads(detail[0])["sku"] == "DRI-0003"


def test_voiding_the_sale_needs_a_manager_who_is_not_the_associate(kiosk: KioskDriver) -> None:
    kiosk.sign_in("1234")
    kiosk.scan(STILL_WATER)
    kiosk.scan(COLA)
    kiosk.tap("Void sale")
    kiosk.tap("Void sale", within=kiosk.obj("voidSaleDialog"))
    approval = kiosk.obj("managerOverrideDialog")
    assert "Voiding the whole sale" in kiosk.text("approvalWhat")

    def try_pin(pin: str) -> None:
        for digit in pin:
            kiosk.tap(digit, within=approval)
        kiosk.tap("Customer complaint", within=approval)
        kiosk.tap("Approve", within=approval)

    try_pin("1111")
    assert kiosk.text("approvalMessage").startswith("Wrong PIN.")
    try_pin("1234")  # the associate cannot approve their own void
    assert "may not approve" in kiosk.text("approvalMessage")
    assert len(kiosk.cart()) == 2

    try_pin("9876")
    kiosk.qtbot.waitUntil(lambda: not kiosk.visible("managerOverrideDialog"))
    assert kiosk.cart() == []
    kiosk.settle()
    (detail,) = rows(kiosk, "SELECT detail FROM audit_log WHERE action = 'cart.voided'")
    assert json.loads(detail[0])["reasons"] == ["Customer complaint"]


def test_cancelling_the_approval_leaves_the_sale_alone(kiosk: KioskDriver) -> None:
    kiosk.sign_in()
    kiosk.scan(COLA)
    kiosk.tap("Void sale")
    kiosk.tap("Void sale", within=kiosk.obj("voidSaleDialog"))
    kiosk.tap("Cancel", within=kiosk.obj("managerOverrideDialog"))
    assert not kiosk.visible("managerOverrideDialog")
    assert names(kiosk) == ["Cola 0.33 l"]
    assert rows(kiosk, "SELECT COUNT(*) FROM audit_log WHERE action = 'cart.voided'") == [(0,)]


def test_a_manager_voids_a_sale_without_asking_anyone(kiosk: KioskDriver) -> None:
    kiosk.sign_in("9876")
    kiosk.scan(COLA)
    kiosk.tap("Void sale")
    kiosk.tap("Void sale", within=kiosk.obj("voidSaleDialog"))
    assert not kiosk.visible("managerOverrideDialog")
    assert kiosk.cart() == []


def test_a_scan_during_a_dialog_waits_and_never_reaches_its_field(kiosk: KioskDriver) -> None:
    kiosk.sign_in()
    kiosk.scan(STILL_WATER)
    kiosk.tap("Park")
    field = kiosk.find("Name or note")
    kiosk.tap(field)
    kiosk.scan(COLA)
    assert field.property("text") == ""
    assert names(kiosk) == ["Still Water 0.5 l"]
    assert kiosk.ui.scans.property("waiting") == 1
    assert kiosk.text("statusScansWaiting") == "1 scan waiting"

    # A person typing on a physical keyboard still reaches the field.
    kiosk.press_keys("Bob", TYPING_GAP)
    kiosk.keys.now += 1.0
    kiosk.qtbot.waitUntil(lambda: field.property("text") == "Bob")

    kiosk.tap("Cancel", within=kiosk.obj("parkDialog"))
    kiosk.settle()
    assert names(kiosk) == ["Still Water 0.5 l", "Cola 0.33 l"]
    assert kiosk.ui.scans.property("waiting") == 0


def test_five_wrong_pins_lock_the_till_until_the_time_is_up(kiosk: KioskDriver) -> None:
    for attempt in range(1, 6):
        kiosk.enter_pin("0000")
        kiosk.tap("Sign in")
        if attempt < 5:
            expected = f"Wrong PIN. Tries left before the till locks: {5 - attempt}."
            assert kiosk.text("lockMessage") == expected
    assert kiosk.text("lockMessage") == "Too many wrong PINs. Try again in 30 s."
    assert not kiosk.find("1", within=kiosk.obj("lockScreen")).isEnabled()
    assert kiosk.ui.sound.requested == 5

    kiosk.clock.advance(31)
    kiosk.qtbot.waitUntil(lambda: kiosk.ui.auth.property("lockoutSecondsLeft") == 0, timeout=3000)
    kiosk.sign_in("1234")
    assert kiosk.text("statusAssociate") == "Alex Associate"


def test_badges_sign_in_and_products_wait_for_it(kiosk: KioskDriver) -> None:
    kiosk.scan(COLA)
    assert kiosk.text("lockMessage") == "Sign in first, then scan again."
    kiosk.scan("EMP-0002")
    kiosk.qtbot.waitUntil(lambda: not kiosk.ui.auth.is_locked)
    assert kiosk.text("statusAssociate") == "Morgan Manager"
    assert kiosk.cart() == []


def test_idle_time_locks_the_till_and_keeps_the_sale(make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk(idle_lock_seconds=120)
    kiosk.sign_in()
    kiosk.scan(COLA)
    kiosk.idle.now += 119
    kiosk.qtbot.wait(1200)
    assert not kiosk.ui.auth.is_locked
    kiosk.idle.now += 2
    kiosk.qtbot.waitUntil(lambda: kiosk.ui.auth.is_locked, timeout=3000)
    assert kiosk.visible("lockScreen")
    kiosk.sign_in("9876")  # someone else carries on with the same sale
    assert names(kiosk) == ["Cola 0.33 l"]
    assert kiosk.text("statusAssociate") == "Morgan Manager"
    assert rows(kiosk, "SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%idle%'") == [(1,)]


def test_logging_out_parks_the_open_sale(kiosk: KioskDriver) -> None:
    kiosk.sign_in()
    kiosk.scan(COLA)
    kiosk.tap("Log out")
    assert kiosk.visible("lockScreen")
    assert rows(kiosk, "SELECT item_count FROM parked_carts") == [(1,)]
    kiosk.sign_in()
    assert kiosk.cart() == []
    assert kiosk.ui.parking.parked_model.rowCount() == 1


def test_split_payment_card_then_cash(kiosk: KioskDriver) -> None:
    kiosk.sign_in()
    kiosk.scan(STILL_WATER)
    kiosk.scan(COLA)  # 2.48
    kiosk.tap("Pay")
    kiosk.tap("Card")
    card = kiosk.obj("cardDialog")
    kiosk.tap("Delete", within=card)  # 2.48 -> 0.24
    kiosk.tap("Delete", within=card)  # -> 0.02
    kiosk.tap("0", within=card)  # -> 0.20
    kiosk.tap("0", within=card)  # -> 2.00
    assert kiosk.text("cardAmount") == "€2.00"
    kiosk.tap("Approval code")
    kiosk.type_on_screen("4111 1111 1111 1111")
    kiosk.tap("Card approved")
    assert "card number" in kiosk.text("cardMessage")  # never stored
    assert kiosk.find("Approval code").property("text") == ""  # not left on screen
    kiosk.tap("Approval code")
    kiosk.type_on_screen("A12345")
    kiosk.tap("Card approved")
    assert not kiosk.visible("cardDialog")
    assert kiosk.text("remaining") == "Still to pay: €0.48"
    kiosk.tap("€1.00")  # a quick amount: cash for the rest
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("receiptScreen"))
    kiosk.settle()
    assert kiosk.text("receiptChange") == "€0.52"
    payments = rows(kiosk, "SELECT method, amount, tendered, change, reference FROM payments")
    assert payments == [("card", 200, 200, 0, "A12345"), ("cash", 48, 100, 52, None)]


def test_print_later_and_reprint_a_copy(kiosk: KioskDriver) -> None:
    kiosk.sign_in()
    kiosk.scan(COLA)
    kiosk.tap("Pay")
    kiosk.tap("Print receipt")  # the switch: this customer wants no receipt
    kiosk.tap("Exact amount")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("receiptScreen"))
    kiosk.settle()
    assert rows(kiosk, "SELECT COUNT(*) FROM print_jobs WHERE kind = 'receipt'") == [(0,)]
    assert not kiosk.visible("receiptChange")  # exact cash: no change

    kiosk.tap("Print receipt")  # ... but then asks for it after all
    assert not kiosk.find("Print receipt").isEnabled()
    kiosk.tap("Reprint (copy)")
    jobs = rows(kiosk, "SELECT is_copy FROM print_jobs WHERE kind = 'receipt' ORDER BY is_copy")
    assert jobs == [(0,), (1,)]
    assert "*** COPY ***" in kiosk.text("receiptText")

    kiosk.scan(STILL_WATER)  # the next customer's first item starts a new sale
    assert kiosk.visible("sellScreen")
    assert names(kiosk) == ["Still Water 0.5 l"]


def test_a_full_disk_keeps_the_sale_on_screen(kiosk: KioskDriver) -> None:
    kiosk.sign_in()
    kiosk.scan(COLA)
    kiosk.tap("Pay")

    def fill_the_disk() -> None:
        # SQLite refuses to grow the file past this many pages: "database or disk is full".
        with kiosk.store.write() as session:
            pages = session.execute(text("PRAGMA page_count")).scalar_one()
            session.execute(text(f"PRAGMA max_page_count = {pages}"))

    kiosk.ui.worker.submit(fill_the_disk)
    kiosk.settle()
    kiosk.tap("Exact amount")
    kiosk.settle()
    assert "disk is full" in kiosk.text("noticeText")
    assert kiosk.visible("payScreen")
    assert rows(kiosk, "SELECT COUNT(*) FROM sales") == [(0,)]
    assert names(kiosk) == ["Cola 0.33 l"]


def test_search_as_you_type_and_category_tabs(kiosk: KioskDriver) -> None:
    kiosk.sign_in()
    kiosk.add_by_search("cola z", "Cola Zero 0.33 l")
    assert names(kiosk) == ["Cola Zero 0.33 l"]
    kiosk.tap("Clear")
    kiosk.tap("Bakery")
    kiosk.settle()
    bakery = kiosk.ui.products.rows
    assert bakery and {row["sku"][:3] for row in bakery} == {"BAK"}
    kiosk.tap("Drinks")
    kiosk.settle()
    drinks = kiosk.ui.products.rows
    assert {row["sku"][:3] for row in drinks} == {"DRI"}
    # Placeholder tiles: each category keeps one colour of its own, and initials.
    assert len({row["tint"] for row in bakery}) == len({row["tint"] for row in drinks}) == 1
    assert bakery[0]["tint"] != drinks[0]["tint"]
    assert (drinks[0]["name"], drinks[0]["initials"]) == ("Alcohol-free Beer 0.5 l", "AB")


def test_a_receipt_cut_off_by_the_printer_is_printed_again_only_when_asked(
    kiosk: KioskDriver,
) -> None:
    kiosk.sign_in()
    kiosk.scan(COLA)
    kiosk.tap("Pay")
    kiosk.tap("Exact amount")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("receiptScreen"))
    kiosk.settle()
    (job_id, receipt_no) = rows(
        kiosk,
        "SELECT j.id, s.receipt_no FROM print_jobs j JOIN sales s ON s.id = j.reference "
        "WHERE j.kind = 'receipt'",
    )[0]

    def cut_off() -> None:  # what the spooler does when paper runs out mid-receipt
        with kiosk.store.write() as session:
            print_jobs.mark_interrupted(session, job_id, "paper ran out")

    kiosk.ui.worker.submit(cut_off)
    kiosk.ui.status.printer_state("interrupted", "A receipt was cut off.")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("interruptedPrintDialog"))
    assert receipt_no in kiosk.text("interruptedWhat")
    assert kiosk.text("statusPrinter") == "Receipt interrupted"
    kiosk.tap("Print again")
    assert not kiosk.visible("interruptedPrintDialog")
    states = rows(
        kiosk, "SELECT state, is_copy FROM print_jobs WHERE kind = 'receipt' ORDER BY is_copy"
    )
    assert states == [("failed", 0), ("queued", 1)]  # the copy waits for the printer
