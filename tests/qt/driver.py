"""Drives the real kiosk window the way an associate does: taps, on-screen keyboard, scans.

Controls are found by their accessible name (what a screen reader announces) or, where names
repeat, by object name. A tap is a real mouse click at the control's centre, so a control that
is hidden, disabled or covered by a dialog cannot be "tapped" by accident. Scans are key presses
through the window, timed like a real scanner, so they pass the wedge filter and decoder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QTranslator
from PySide6.QtGui import QAccessible, QAccessibleInterface, QGuiApplication, QInputMethodEvent
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from sqlmodel import Session

from hardware.scanning.wedge import WedgeDecoder
from kiosk.app import build_window
from kiosk.services.clock import ManualClock
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile
from kiosk.ui.i18n import choose_language, formatting_locale, install_translators
from kiosk.ui.ports import DeviceEvents
from kiosk.ui.shell import DeviceFactory, Devices, KioskUi, UiOptions
from kiosk.ui.sound import ErrorSound

T = TypeVar("T")
SCANNER_GAP = 0.008  # seconds between a real scanner's keys (they send a key every 1-20 ms)
TYPING_GAP = 0.180  # a quick typist
R = QAccessible.Role
NOT_CONTROLS = {R.StaticText, R.Dialog, R.Window, R.Pane, R.Grouping, R.ToolBar, R.Client}


class Bot(Protocol):
    """What the driver needs from pytest-qt's qtbot (the screenshot tour brings its own)."""

    def waitUntil(self, callback: Callable[[], bool], *, timeout: int = ...) -> None: ...

    def wait(self, ms: int) -> None: ...


class KeyClock:
    """The wedge decoder's clock: moved by the test, so key timing is exact and repeatable."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def accessible(item: QQuickItem) -> tuple[str, QAccessible.Role] | None:
    """(name, role) as assistive technology sees them, for items that declare any."""
    if not any(c.metaObject().className() == "QQuickAccessibleAttached" for c in item.children()):
        return None
    interface: QAccessibleInterface | None = QAccessible.queryAccessibleInterface(item)
    if interface is None:  # the stubs say never; Qt returns null for items it cannot expose
        return None
    return interface.text(QAccessible.Text.Name), interface.role()


def accessible_name(item: QQuickItem) -> str | None:
    found = accessible(item)
    return found[0] if found else None


@dataclass
class KioskDriver:
    qtbot: Bot
    store: Store
    clock: ManualClock
    ui: KioskUi
    engine: QQmlApplicationEngine
    window: QQuickWindow
    translators: list[QTranslator]
    frames: list[int] = field(default_factory=lambda: [0])  # frames rendered so far
    keys: KeyClock = field(default_factory=KeyClock)  # the wedge decoder's clock
    idle: KeyClock = field(default_factory=KeyClock)  # the idle lock's clock

    # --- finding controls ----------------------------------------------------------------------
    def items(
        self, root: QQuickItem | None = None, *, visible_only: bool = False
    ) -> Iterator[QQuickItem]:
        """Items in paint order; with `visible_only`, hidden subtrees are skipped whole."""
        stack = [root or self.window.contentItem()]
        while stack:
            item = stack.pop()
            if visible_only and not item.isVisible():
                continue
            yield item
            stack.extend(reversed(item.childItems()))

    def named(self, name: str, within: QQuickItem | None = None) -> list[QQuickItem]:
        """Visible controls (not static text) with this accessible name."""
        found = []
        for item in self.items(within, visible_only=True):
            if item.opacity() <= 0:
                continue
            info = accessible(item)
            if info is not None and info[0] == name and info[1] not in NOT_CONTROLS:
                found.append(item)
        return found

    def find(self, name: str, within: QQuickItem | None = None) -> QQuickItem:
        found = self.named(name, within)
        assert len(found) == 1, f"expected one visible control named {name!r}, found {found}"
        return found[0]

    def line(self, product_name: str) -> QQuickItem:
        """The cart line of a product (its name also names the tile in the grid)."""
        found = [
            item
            for item in self.items(self.obj("cartList"), visible_only=True)
            if item.objectName() == "cartLine" and accessible_name(item) == product_name
        ]
        assert len(found) == 1, f"expected one cart line for {product_name!r}, found {found}"
        return found[0]

    def _matching(self, object_name: str, within: QQuickItem | None) -> list[QQuickItem]:
        found = [i for i in self.items(within) if i.objectName() == object_name and i.isVisible()]
        # A popup (dialog, lock screen) is a QObject, not an item: use the item it shows in.
        for popup in self.window.findChildren(QObject, object_name):
            if isinstance(popup, QQuickItem):
                continue
            content = popup.property("contentItem")
            if isinstance(content, QQuickItem) and popup.property("visible"):
                frame = content.parentItem()
                if frame is not None and (within is None or within.isAncestorOf(frame)):
                    found.append(frame)
        return found

    def obj(self, object_name: str, within: QQuickItem | None = None) -> QQuickItem:
        found = self._matching(object_name, within)
        assert len(found) == 1, f"expected one visible item {object_name!r}, found {found}"
        return found[0]

    def visible(self, object_name: str) -> bool:
        return bool(self._matching(object_name, None))

    def text(self, object_name: str) -> str:
        return str(self.obj(object_name).property("text"))

    # --- acting ---------------------------------------------------------------------------------
    def tap(self, target: str | QQuickItem, within: QQuickItem | None = None) -> None:
        item = self.find(target, within) if isinstance(target, str) else target
        assert item.isEnabled(), f"{accessible_name(item)!r} is disabled"
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        assert self.on_screen(item, centre), f"{accessible_name(item)!r} is scrolled out of view"
        QTest.mouseClick(self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         centre.toPoint())  # fmt: skip
        self.settle()

    def on_screen(self, item: QQuickItem, point: QPointF) -> bool:
        """Whether a finger could reach `point`: inside the window and every clipping view."""
        if not (0 <= point.x() < self.window.width() and 0 <= point.y() < self.window.height()):
            return False
        parent: QQuickItem | None = item.parentItem()  # None at the root, whatever the stubs say
        while parent is not None:
            if parent.clip() and not parent.contains(parent.mapFromScene(point)):
                return False
            parent = parent.parentItem()
        return True

    def type_on_screen(self, text: str) -> None:
        """What the on-screen keyboard does: commit text to the focused field."""
        focus = QGuiApplication.focusObject()
        assert focus is not None, "no field has focus"
        event = QInputMethodEvent()
        event.setCommitString(text)
        QCoreApplication.sendEvent(focus, event)
        self.settle()

    def press_keys(self, text: str, gap: float) -> None:
        """Key presses on the window, `gap` seconds apart by the wedge decoder's clock."""
        for char in text:
            self.keys.now += gap
            QTest.keyClick(self.window, ord(char))

    def scan(self, code: str, gap: float = SCANNER_GAP) -> None:
        self.press_keys(code + "\r", gap)
        self.settle()

    def enter_pin(self, pin: str) -> None:
        lock = self.obj("lockScreen")
        for digit in pin:
            self.tap(digit, within=lock)

    def sign_in(self, pin: str = "1234") -> None:
        self.enter_pin(pin)
        self.tap("Sign in")
        self.qtbot.waitUntil(lambda: not self.ui.auth.is_locked)
        self.settle()

    def add_by_search(self, query: str, product_name: str) -> None:
        self.tap("Search products")
        self.type_on_screen(query)
        self.qtbot.waitUntil(lambda: self.ui.search.property("settled") is True)
        self.settle()
        self.tap(product_name, within=self.obj("productGrid"))

    def settle(self) -> None:
        """Waits until the database and network workers are idle, their results are delivered
        and a frame has been rendered (layouts settle while a frame is prepared, so positions
        are final)."""
        ui = self.ui

        def idle() -> bool:
            return ui.worker.in_flight == 0 and ui.net.in_flight == 0

        self.qtbot.waitUntil(idle, timeout=10_000)
        QCoreApplication.processEvents()
        frames = self.frames[0]
        self.window.update()
        self.qtbot.waitUntil(lambda: self.frames[0] > frames, timeout=2000)

    # --- looking at the store ------------------------------------------------------------------
    def read(self, query: Callable[[Session], T]) -> T:
        """Reads the store from a helper thread (the GUI thread is forbidden to)."""
        with ThreadPoolExecutor(max_workers=1) as pool:
            return pool.submit(self._read, query).result()

    def _read(self, query: Callable[[Session], T]) -> T:
        with self.store.read() as session:
            return query(session)

    def cart(self) -> list[dict[str, Any]]:
        return self.ui.sale.cart_model.rows

    def close(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.ui.shutdown()
        self.window.close()
        # The window goes before the bridges it binds to, or its bindings would see them vanish.
        self.engine.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.ui.dispose()
        QCoreApplication.processEvents()


def start_kiosk(
    qtbot: Bot,
    store: Store,
    clock: ManualClock,
    profile: StoreProfile,
    *,
    language: str | None = None,
    devices: DeviceFactory | None = None,
    kiosk_mode: bool = False,
    screen_bus: str | None = None,
) -> KioskDriver:
    """The kiosk as app.py builds it, in the language and locale the app would choose.
    Without `devices`: the real printing service storing jobs, and no spooler printing them.
    `kiosk_mode` is what `kiosk run --fullscreen` turns on (`screen_bus`: a test D-Bus)."""
    app = QCoreApplication.instance()
    assert app is not None
    chosen = choose_language(language, profile.locale, "en_US")
    locale = formatting_locale(chosen, profile.locale)
    translators = install_translators(app, chosen, locale)

    def no_devices(events: DeviceEvents) -> Devices:
        events.printer_state("simulated")
        events.scanner_state("keyboard")
        return Devices()

    keys, idle = KeyClock(), KeyClock()
    ui = KioskUi(
        store,
        clock,
        profile,
        devices=devices or no_devices,
        options=UiOptions(
            locale=locale,
            demo=True,
            sound=ErrorSound(available=False),
            idle_clock=idle,
            kiosk_mode=kiosk_mode,
            screen_bus=screen_bus,
            data_dir=store.path.parent,
        ),
    )
    engine = QQmlApplicationEngine()
    window = build_window(engine, ui, decoder=WedgeDecoder(), key_clock=keys)
    ui.start()
    frames = [0]
    window.frameSwapped.connect(lambda: frames.__setitem__(0, frames[0] + 1))
    window.requestActivate()
    qtbot.waitUntil(window.isExposed)
    driver = KioskDriver(qtbot, store, clock, ui, engine, window, translators, frames, keys, idle)
    driver.settle()
    return driver
