"""The pickup screen, driven through the real QML as an associate uses it: the customer's code
and the items scanned through the keyboard-wedge path, a signature drawn with the finger, the
add-on offer paid on the pay screen; and reserved stock stopping a walk-in sale."""

from __future__ import annotations

import io
import json

from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from sqlalchemy import text

from kiosk.services.clock import ManualClock
from kiosk.store.engine import Store
from tests.qt.conftest import KioskFactory
from tests.qt.driver import KioskDriver
from tests.qt.test_touch_and_access import problems
from tests.unit.pickup_orders import OrderDesk, barcode_of

MAGAZINE, LIGHTER, CARD, BOTTLE = "PRE-0116", "HOU-0132", "PRE-0120", "TRA-0160"
STILL_WATER = "4006380000018"


def reveal(kiosk: KioskDriver, item: QQuickItem) -> None:
    """Flicks the page the item is on until the item is in view, as a finger would."""
    parent: QQuickItem | None = item.parentItem()  # None at the root, whatever the stubs say
    while parent is not None and not parent.inherits("QQuickFlickable"):
        parent = parent.parentItem()
    if parent is None:
        return
    top = item.mapToItem(parent.property("contentItem"), QPointF(0, 0)).y()
    view = parent.height()
    current = float(parent.property("contentY"))
    if top < current or top + item.height() > current + view:
        limit = max(0.0, float(parent.property("contentHeight")) - view)
        parent.setProperty("contentY", min(max(0.0, top - 8), limit))
    kiosk.settle()


def tap_in_view(kiosk: KioskDriver, name: str, within: QQuickItem | None = None) -> None:
    item = kiosk.find(name, within)
    reveal(kiosk, item)
    kiosk.tap(item)


def draw(kiosk: KioskDriver, pad: QQuickItem, points: list[tuple[float, float]]) -> None:
    """A finger stroke on the signature pad (pad coordinates)."""
    reveal(kiosk, pad)

    def at(x: float, y: float) -> QPoint:
        return pad.mapToScene(QPointF(x, y)).toPoint()

    left = Qt.MouseButton.LeftButton
    QTest.mousePress(kiosk.window, left, Qt.KeyboardModifier.NoModifier, at(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(kiosk.window, at(x, y), 5)
    QTest.mouseRelease(kiosk.window, left, Qt.KeyboardModifier.NoModifier, at(*points[-1]))
    kiosk.settle()


def hide_keyboard(kiosk: KioskDriver) -> None:
    QGuiApplication.inputMethod().hide()
    kiosk.settle()


def test_a_pickup_by_code_with_scans_a_signature_and_the_add_on_sold_at_its_price(
    make_kiosk: KioskFactory, demo_store: Store, clock: ManualClock
) -> None:
    desk = OrderDesk(demo_store, clock)
    order = desk.add("web-1", [(MAGAZINE, 1), (LIGHTER, 2)], offer=(BOTTLE, 599))
    codes = {sku: barcode_of(demo_store, sku) for sku in (MAGAZINE, LIGHTER)}
    kiosk = make_kiosk()
    kiosk.sign_in()

    kiosk.scan(order.code)  # on the sell screen: the customer's code opens the order
    assert kiosk.visible("pickupScreen")
    assert kiosk.text("pickupOrderNo") == "Order web-1"
    kiosk.scan(STILL_WATER)
    assert "Still Water 0.5 l is not on order web-1" in kiosk.text("pickupMessage")
    assert kiosk.ui.sound.requested == 1
    kiosk.scan(codes[LIGHTER])
    assert "1 more to hand over" in kiosk.text("pickupMessage")
    kiosk.scan(order.code)  # the same code again: told, nothing changes
    assert "web-1 is already open" in kiosk.text("pickupMessage")
    kiosk.scan(codes[LIGHTER])
    kiosk.scan(codes[MAGAZINE])
    lefts = [str(i.property("text")) for i in kiosk.items() if i.objectName() == "pickupLineLeft"]
    assert lefts == ["all 1 handed over", "all 2 handed over"]

    pad = kiosk.obj("signaturePad")
    draw(kiosk, pad, [(20, 90), (60, 30), (110, 100), (170, 40), (240, 95)])
    draw(kiosk, pad, [(260, 60), (330, 62)])
    tap_in_view(kiosk, "Hand over")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("pickupResult"))
    assert kiosk.text("pickupResult") == "Order web-1 is handed over."
    assert kiosk.text("offerText") == "Water Bottle Reusable for €5.99 instead of €8.99"

    proof = kiosk.read(
        lambda s: s.execute(
            text(
                "SELECT method, signature_png, partial FROM pickup_handovers "
                "WHERE order_no = 'web-1'"
            )
        ).one()
    )
    assert proof[0] == "code" and not proof[2]
    signature = Image.open(io.BytesIO(proof[1])).convert("L")
    assert signature.size == (600, 200) and signature.getextrema()[0] == 0  # ink on it
    event = kiosk.read(
        lambda s: s.execute(
            text("SELECT payload FROM outbox WHERE kind = 'pickup.completed'")
        ).scalar_one()
    )
    assert json.loads(event)["proof"]["signature_png_b64"]

    kiosk.tap("Add to a sale")  # the customer takes the add-on: a normal sale, linked
    assert kiosk.visible("sellScreen")
    assert [(r["name"], r["amount"]) for r in kiosk.cart()] == [("Water Bottle Reusable", "€5.99")]
    kiosk.tap("Pay")
    kiosk.tap("Exact amount")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("receiptScreen"))
    sale = kiosk.read(lambda s: s.execute(text("SELECT total, linked_order FROM sales")).one())
    assert tuple(sale) == (599, order.order_id)
    jobs = kiosk.read(
        lambda s: s.execute(text("SELECT kind FROM print_jobs ORDER BY created_at")).scalars().all()
    )
    assert "pickup" in jobs and "receipt" in jobs


def test_an_order_from_the_list_by_name_and_phone_partly_handed_over(
    make_kiosk: KioskFactory, demo_store: Store, clock: ManualClock
) -> None:
    desk = OrderDesk(demo_store, clock)
    desk.add("web-2", [(MAGAZINE, 1), (CARD, 1)], customer="Grace Hopper", contact="*** 4242")
    code = barcode_of(demo_store, MAGAZINE)
    kiosk = make_kiosk()
    kiosk.sign_in()
    kiosk.tap("Pickups")
    assert kiosk.visible("pickupScreen")
    kiosk.tap("Name or order number")
    kiosk.type_on_screen("grace")
    kiosk.tap("web-2 · Grace Hopper")
    assert kiosk.text("pickupOrderNo") == "Order web-2"
    assert not kiosk.find("Pickup code scanned").isEnabled()  # no code was shown
    kiosk.scan(code)
    tap_in_view(kiosk, "Last digits of the customer's phone")
    kiosk.type_on_screen("1111")
    tap_in_view(kiosk, "Collects the rest later")
    tap_in_view(kiosk, "Hand over part")
    assert "do not match the phone number" in kiosk.text("noticeText")
    assert kiosk.text("pickupOrderNo") == "Order web-2"  # nothing recorded, still on screen
    phone = kiosk.find("Last digits of the customer's phone")
    phone.setProperty("text", "")
    tap_in_view(kiosk, "Last digits of the customer's phone")
    kiosk.type_on_screen("4242")
    tap_in_view(kiosk, "Hand over part")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("pickupResult"))
    assert kiosk.text("pickupResult") == "Order web-2 is partly handed over; 1 items wait for it."
    kept = kiosk.read(
        lambda s: s.execute(
            text("SELECT note, reason, partial FROM pickup_handovers WHERE order_no = 'web-2'")
        ).one()
    )
    assert tuple(kept) == ("name and phone ending 4242 checked", "later", 1)
    kiosk.tap("Next pickup")
    kiosk.tap("Back to selling")
    assert kiosk.visible("sellScreen")


def test_reserved_stock_is_shown_and_sold_to_a_walk_in_only_with_a_manager(
    make_kiosk: KioskFactory, demo_store: Store, clock: ManualClock
) -> None:
    desk = OrderDesk(demo_store, clock)
    with demo_store.read() as s:
        on_hand = s.execute(
            text(
                "SELECT SUM(e.delta) FROM stock_events e JOIN products p ON p.id = e.product_id "
                "WHERE p.sku = :s"
            ),
            {"s": LIGHTER},
        ).scalar_one()
    desk.add("web-3", [(LIGHTER, on_hand)])
    code = barcode_of(demo_store, LIGHTER)
    kiosk = make_kiosk()
    kiosk.sign_in()
    kiosk.scan(code)
    kiosk.tap(kiosk.obj("lineDetails", within=kiosk.line("Lighter")))
    assert kiosk.text("stockLevels") == (f"On hand {on_hand} · reserved {on_hand} · available 0")
    kiosk.tap("Close", within=kiosk.obj("lineActionsDialog"))
    kiosk.tap("Pay")  # asked before any money changes hands
    approval = kiosk.obj("managerOverrideDialog")
    assert kiosk.text("approvalWhat") == (
        "Selling stock reserved for online orders needs a manager's approval."
    )
    for digit in "9876":
        kiosk.tap(digit, within=approval)
    kiosk.tap("Reason", within=approval)
    kiosk.type_on_screen("Shelf holds more")
    kiosk.tap("Approve", within=approval)
    kiosk.qtbot.waitUntil(lambda: not kiosk.visible("managerOverrideDialog"))
    kiosk.tap("Exact amount")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible("receiptScreen"))
    overrides = kiosk.read(
        lambda s: s.execute(text("SELECT overrides_json FROM sales")).scalar_one()
    )
    [override] = json.loads(overrides)
    assert (override["permission"], override["target"]) == ("sell_reserved", LIGHTER)


def test_the_pickup_screen_is_touchable_and_named_at_every_size(
    make_kiosk: KioskFactory, demo_store: Store, clock: ManualClock
) -> None:
    desk = OrderDesk(demo_store, clock)
    order = desk.add("web-4", [(MAGAZINE, 1), (CARD, 1)], offer=(BOTTLE, 599))
    code = barcode_of(demo_store, MAGAZINE)
    kiosk = make_kiosk()
    kiosk.sign_in()
    seen: list[str] = []
    for width, height in ((1024, 768), (1280, 800), (1920, 1080)):
        kiosk.window.resize(width, height)
        kiosk.settle()
        kiosk.tap("Pickups")
        seen += problems(kiosk, f"pickup list {width}x{height}")
        kiosk.scan(order.code)
        kiosk.scan(code)
        seen += problems(kiosk, f"hand-over {width}x{height}")
        tap_in_view(kiosk, "Name and phone")
        tap_in_view(kiosk, "Last digits of the customer's phone")
        seen += problems(kiosk, f"hand-over with the keyboard {width}x{height}")
        hide_keyboard(kiosk)
        tap_in_view(kiosk, "Cancel pickup")
        kiosk.tap("Back to selling")
    assert seen == []
