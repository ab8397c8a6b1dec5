"""The UI's plain helpers: keypad amounts, quick cash, messages, language choice, the receipt
text preview and the stand-in printer's jobs."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import QCoreApplication

from hardware.document import Align, Columns, Document, Rule, Text
from kiosk.domain.barcode import InvalidBarcode, classify
from kiosk.domain.cart import Cart
from kiosk.domain.errors import KioskError, PermissionDenied
from kiosk.domain.payment import Tender, TenderMethod
from kiosk.domain.sale_session import SaleSession
from kiosk.services.associates import AssociateService, LockedOut, LoginFailed
from kiosk.services.catalog import CatalogService, UnknownProduct
from kiosk.services.checkout import CheckoutService
from kiosk.services.clock import ManualClock
from kiosk.store.engine import Store
from kiosk.store.errors import StorageFull
from kiosk.store.settings import StoreProfile
from kiosk.ui.formatting import LocaleFormats, append_digit, quick_cash_amounts
from kiosk.ui.i18n import choose_language, formatting_locale, install_translators
from kiosk.ui.messages import describe
from kiosk.ui.receipt import job_text
from kiosk.ui.receipt_text import WIDTH, render_text


def test_keypad_amounts_grow_by_digits_and_stop_at_the_limit() -> None:
    amount = 0
    for digits in ("1", "2", "00"):
        amount = append_digit(amount, digits)
    assert amount == 1200
    assert append_digit(999, "9", limit=1000) == 999
    with pytest.raises(ValueError):
        append_digit(1, "x")


@pytest.mark.parametrize(
    ("due", "exponent", "expected"),
    [
        (149, 2, [200, 500, 1000]),
        (586, 2, [600, 1000, 2000]),
        (2000, 2, [5000, 10000, 20000]),  # a 20 is exact: next comes a 50
        (1234, 0, [1235, 1240, 1250]),  # yen: no minor units
    ],
)
def test_quick_cash_amounts_are_the_next_round_notes(
    due: int, exponent: int, expected: list[int]
) -> None:
    assert quick_cash_amounts(due, exponent) == expected


def test_money_and_percentages_follow_the_locale() -> None:
    english, german = LocaleFormats("en_IE", "EUR"), LocaleFormats("de", "EUR")
    assert (english.money(123456), german.money(123456)) == ("€1,234.56", "1.234,56\xa0€")
    assert (english.percent_bp(1250), german.percent_bp(1250)) == ("12.5 %", "12,5 %")


@pytest.fixture
def english(qapp: QCoreApplication) -> Iterator[None]:
    """The English translation: it holds the plural forms ("1 try", "2 tries")."""
    translators = install_translators(qapp, "en", "en_IE")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.mark.usefixtures("english")
def test_messages_for_the_associate() -> None:
    with pytest.raises(InvalidBarcode) as damaged:
        classify("4006380000019")
    assert describe(damaged.value).startswith("This barcode is damaged or misread.")
    assert describe(UnknownProduct("x", "04006380000999")).startswith(
        "No product has the code 4006380000999."
    )
    assert describe(LoginFailed("Wrong PIN. 1 try left before the till locks.")) == (
        "Wrong PIN. Tries left before the till locks: 1."
    )
    assert describe(LockedOut("...", 30)).startswith("Too many wrong PINs. The till is locked")
    assert describe(PermissionDenied("...", "void_cart")) == (
        "Voiding the whole sale needs a manager's approval."
    )
    assert "disk is full" in describe(StorageFull("full"))
    assert describe(KioskError("As the service said it.")) == "As the service said it."
    assert describe(RuntimeError("bug")) == (
        "Something went wrong (RuntimeError). It was logged; try again or call support."
    )


@pytest.mark.parametrize(
    ("configured", "store", "system", "language", "locale"),
    [
        (None, "en_IE", "de_DE", "en", "en_IE"),
        ("de", "en_IE", "en_US", "de", "de"),
        (None, "de_AT", "en_US", "de", "de_AT"),
        (None, "fr_FR", "de_DE", "de", "de"),
        (None, "fr_FR", "fr_FR", "en", "en"),
    ],
)
def test_language_choice(
    configured: str | None, store: str, system: str, language: str, locale: str
) -> None:
    assert choose_language(configured, store, system) == language
    assert formatting_locale(language, store) == locale


def test_receipt_text_lines_up_columns_and_marks_copies() -> None:
    document = Document(
        "receipt",
        (Text("SHOP", align=Align.CENTER, bold=True), Columns(("Cola", "€1.49")), Rule()),
        copy=True,
    )
    lines = render_text(document).splitlines()
    assert lines[0].strip() == lines[-1].strip() == "*** COPY ***"
    assert lines[2] == "Cola" + " " * (WIDTH - len("Cola") - len("€1.49")) + "€1.49"
    assert lines[3] == "-" * WIDTH


def _sell(store: Store, clock: ManualClock, profile: StoreProfile) -> str:
    """One cola, paid cash, by Alex, through the real checkout, receipt stored with it."""
    alex = AssociateService(store, clock).login_pin("1234")
    catalog = CatalogService(store, profile)
    cart = Cart(profile.currency, profile.tax, profile.rounding_rule)
    cart.add(catalog.lookup(catalog.classify("4006380000032")).product)
    sale = CheckoutService(store, clock, profile).complete_sale(
        SaleSession(alex, cart), [Tender(TenderMethod.CASH, 149)], print_receipt=True
    )
    assert sale.print_job_id is not None
    return sale.print_job_id


def test_the_preview_shows_a_stored_receipt_job_as_text(
    demo_store: Store, clock: ManualClock, profile: StoreProfile
) -> None:
    def work() -> str:
        return job_text(demo_store, _sell(demo_store, clock, profile))

    with ThreadPoolExecutor(1) as pool:  # store work never runs on the GUI thread
        shown = pool.submit(work).result()
    assert "Cola 0.33 l" in shown and "Alex Associate" in shown and "COPY" not in shown
