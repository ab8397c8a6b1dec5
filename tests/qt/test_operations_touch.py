"""Touch and accessibility on every operations screen and dialog at the three supported window
sizes (the same checks as test_touch_and_access.py), and the screens in German."""

from __future__ import annotations

import pytest

from tests.qt.conftest import KioskFactory
from tests.qt.test_operations_flows import open_menu_item, screen_texts, sell_for_cash
from tests.qt.test_touch_and_access import SIZES, problems

COLA = "4006380000032"
SCREENS = ("shift", "closeShift", "returns", "receiving", "count", "adjust", "lowStock", "sync")


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_operations_screen_is_touchable_and_named(
    make_kiosk: KioskFactory, width: int, height: int
) -> None:
    kiosk = make_kiosk()
    kiosk.window.resize(width, height)
    kiosk.sign_in("1234")
    sell_for_cash(kiosk, COLA)
    seen: list[str] = []

    def check(where: str) -> None:
        kiosk.settle()
        seen.extend(problems(kiosk, where))

    kiosk.tap("Menu")
    check("menu")
    kiosk.tap("Cash out", within=kiosk.obj("operationsMenu"))
    check("cash out dialog")
    kiosk.tap("Cancel", within=kiosk.obj("cashMovementDialog"))
    for name in SCREENS:
        kiosk.ui.ops.menu.show(name)
        check(name)
    kiosk.ui.ops.menu.show("returns")
    kiosk.settle()
    kiosk.tap("Refund last sale")
    check("return lines")
    kiosk.tap("Cancel return")
    kiosk.tap("No receipt")
    kiosk.scan(COLA)
    check("return without a receipt")
    kiosk.ui.ops.menu.show("count")
    kiosk.settle()
    kiosk.scan(COLA)
    check("count with a line")
    kiosk.tap("Find a product by name")
    kiosk.type_on_screen("wat")
    check("count, searching with the on-screen keyboard")
    kiosk.tap("Still Water 0.5 l", within=kiosk.obj("opsSearchResults"))
    assert len(kiosk.ui.ops.count.lines_model.rows) == 2  # picked from the search
    assert seen == []


def test_operations_in_german(make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk(language="de")
    kiosk.enter_pin("1234")
    kiosk.tap("Anmelden")
    kiosk.qtbot.waitUntil(lambda: not kiosk.ui.auth.is_locked)
    kiosk.scan(COLA)
    kiosk.tap("Bezahlen")
    kiosk.tap("Passender Betrag")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("receiptScreen"))
    kiosk.tap("Neuer Verkauf")
    open_menu_item(kiosk, "Letzten Verkauf erstatten", menu="Menü")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("refundTotal"))
    assert kiosk.text("refundTotal") == "Zu erstatten: 1,49\xa0€"
    assert "Falscher Artikel" in screen_texts(kiosk)
    kiosk.tap("Zurück zum Verkauf")
    open_menu_item(kiosk, "X-Bericht", menu="Menü")
    assert "Soll in der Lade" in screen_texts(kiosk)
    assert "139,49\xa0€" in screen_texts(kiosk)
