"""Touch and accessibility on every screen and dialog, at the three supported window sizes:
every control is at least 48 dp each way, fits in the window, and is announced by the label it
shows. And the German translation, with German money."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem

from tests.qt.conftest import KioskFactory
from tests.qt.driver import KioskDriver, accessible

R = QAccessible.Role
CONTROLS = {R.Button, R.CheckBox, R.RadioButton, R.PageTab, R.EditableText, R.ComboBox}
MIN_DP = 48
SIZES = [(1024, 768), (1280, 800), (1920, 1080)]


def in_scrolled_view(item: QQuickItem) -> bool:
    """Inside a list, grid or tab bar that flicks and is clipped: reachable by flicking, so it
    may lie off screen."""
    flickable = False
    parent: QQuickItem | None = item.parentItem()  # None at the root, whatever the stubs say
    while parent is not None:
        flickable = flickable or parent.inherits("QQuickFlickable")
        if flickable and parent.clip():
            return True
        parent = parent.parentItem()
    return False


def problems(kiosk: KioskDriver, where: str) -> list[str]:
    found = []
    width, height = kiosk.window.width(), kiosk.window.height()
    keyboard = kiosk.obj("inputPanel") if kiosk.visible("inputPanel") else None
    for item in kiosk.items(visible_only=True):
        info = accessible(item)
        if info is None or info[1] not in CONTROLS:
            continue
        if keyboard is not None and keyboard.isAncestorOf(item):
            continue  # Qt Virtual Keyboard's own keys
        name, _ = info
        label = f"{where}: {name!r}"
        if not name:
            found.append(f"{label} has no accessible name")
        shown = item.property("text") if info[1] != R.EditableText else None
        if info[1] == R.EditableText:
            shown = item.property("placeholderText")
        if isinstance(shown, str) and shown.replace("&&", "&") != name:
            found.append(f"{label} shows {shown!r}")
        if item.width() < MIN_DP or item.height() < MIN_DP:
            found.append(f"{label} is {item.width():.0f}x{item.height():.0f}")
        if in_scrolled_view(item):
            continue
        top_left = item.mapToScene(QPointF(0, 0))
        bottom_right = item.mapToScene(QPointF(item.width(), item.height()))
        if top_left.x() < -0.5 or top_left.y() < -0.5:
            found.append(f"{label} starts outside the window at {top_left}")
        if bottom_right.x() > width + 0.5 or bottom_right.y() > height + 0.5:
            found.append(f"{label} ends outside the {width}x{height} window at {bottom_right}")
    return found


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_screen_and_dialog_is_touchable_and_named(
    make_kiosk: KioskFactory, width: int, height: int
) -> None:
    kiosk = make_kiosk()
    kiosk.window.resize(width, height)
    kiosk.settle()
    seen: list[str] = []

    def check(where: str) -> None:
        kiosk.settle()
        seen.extend(problems(kiosk, where))

    check("lock screen")
    kiosk.sign_in()
    for code in ("4006380000018", "4006380000032", "4006380000049"):
        kiosk.scan(code)
    check("sell screen")
    kiosk.tap(kiosk.obj("lineDetails", within=kiosk.line("Cola 0.33 l")))
    check("line actions")
    kiosk.tap("Discount…")
    check("discount dialog")
    kiosk.tap("5", within=kiosk.obj("discountDialog"))
    kiosk.tap("0", within=kiosk.obj("discountDialog"))
    kiosk.tap("Apply", within=kiosk.obj("discountDialog"))
    check("manager approval")
    kiosk.tap("Reason")
    check("manager approval with the on-screen keyboard")
    kiosk.tap("Cancel", within=kiosk.obj("managerOverrideDialog"))
    kiosk.tap("Park")
    kiosk.tap("Name or note")
    check("park dialog with the on-screen keyboard")
    kiosk.tap("Cancel", within=kiosk.obj("parkDialog"))
    kiosk.tap("Parked sales")
    check("parked sales")
    kiosk.tap("Close", within=kiosk.obj("parkedSalesDialog"))
    kiosk.tap("Search products")
    kiosk.type_on_screen("water")
    check("search results")
    kiosk.tap("Clear")
    kiosk.tap("Pay")
    check("pay screen")
    kiosk.tap("Card")
    check("card dialog")
    kiosk.tap("Cancel", within=kiosk.obj("cardDialog"))
    kiosk.tap("Exact amount")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("receiptScreen"))
    check("receipt screen")
    assert seen == []


def test_german_labels_and_german_money(make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk(language="de")
    kiosk.enter_pin("1234")
    kiosk.tap("Anmelden")
    kiosk.qtbot.waitUntil(lambda: not kiosk.ui.auth.is_locked)
    kiosk.scan("4006380000032")
    assert kiosk.text("total") == "1,49\xa0€"
    assert kiosk.text("itemCount") == "1 Artikel"
    kiosk.tap("Bezahlen")
    kiosk.tap("Passender Betrag")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("receiptScreen"))
    kiosk.settle()
    assert kiosk.text("receiptNumber").startswith("Beleg K01-")
    assert kiosk.find("Neuer Verkauf").isEnabled()
