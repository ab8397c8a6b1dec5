"""UI figures (issue 3), on the 100,000-SKU catalog, through the real window.

- scan to cart: from the key event that ends a scan (Enter) to the cart model updated and the
  next frame rendered; the scan's other keys go through the wedge decoder just before.
- search as you type: from a keystroke in the search field to the results model refreshed and
  the next frame rendered.
- start-up: a fresh process (`start_app`, what `kiosk run` does) from spawn to the sell screen
  after a PIN, with its first product page; and its resident memory at that point.

Run inside `make bench` (python -m tests.bench ui), or alone for the start-up probe:
    python -m tests.bench.bench_ui --probe DATA_DIR
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from tests.bench.harness import BenchContext, Figure, ms, percentile

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

# Qt is imported inside the functions: the start-up probe runs this module in a fresh process
# and must not pay for more than `kiosk run` does before it starts timing.

SCANS = 300
LINES_PER_SALE = 15  # a new sale now and then, as at a real till
QUERIES = 60


def run(ctx: BenchContext) -> list[Figure]:
    figures = _in_process(ctx)
    figures += _startup(ctx)
    return figures


# --- in one process: scans and search ---------------------------------------------------------
def _in_process(ctx: BenchContext) -> list[Figure]:
    from PySide6.QtGui import QAccessible, QGuiApplication

    from kiosk.app import prepare_qt_environment
    from kiosk.services.clock import ManualClock, SystemClock
    from kiosk.services.setup import store_path
    from kiosk.store.engine import open_store
    from kiosk.store.settings import load_profile
    from tests.qt.driver import start_kiosk
    from tests.qt.tour import SimpleBot

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("KIOSK_SOUND", "off")
    prepare_qt_environment()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    QAccessible.setActive(True)
    store = open_store(store_path(ctx.catalog_dir()))
    with store.read() as session:
        profile = load_profile(session)
        codes = [r[0] for r in session.connection().exec_driver_sql("SELECT code FROM barcodes")]
        names = [r[0] for r in session.connection().exec_driver_sql("SELECT name FROM products")]
    kiosk = start_kiosk(SimpleBot(), store, ManualClock(SystemClock().now()), profile)
    try:
        kiosk.sign_in("1234")
        rng = random.Random(3)
        scans = _scan_to_cart(kiosk, [c.lstrip("0") for c in rng.sample(codes, SCANS)])
        searches = _search_as_you_type(kiosk, rng.sample(names, QUERIES))
    finally:
        kiosk.close()
        store.close()
        app.processEvents()
    return [
        Figure(
            "UI scan to cart (Enter key to frame shown) p99",
            ms(percentile(scans, 99)),
            "ms",
            16.0,
            note=f"{len(scans)} scans, p50 {ms(percentile(scans, 50)):.1f} ms",
        ),
        Figure(
            "UI search as you type (keystroke to results shown) p95",
            ms(percentile(searches, 95)),
            "ms",
            30.0,
            note=f"{len(searches)} keystrokes, p50 {ms(percentile(searches, 50)):.1f} ms",
        ),
    ]


def _until_frame_after(
    kiosk: object, signals: list[SignalInstance], timeout_ms: int = 2000
) -> Callable[[], float]:
    """Arms a wait: the returned function blocks until one of `signals` has fired and a frame
    has been rendered after it, and returns that frame's time."""
    from PySide6.QtCore import QEventLoop, QTimer

    from tests.qt.driver import KioskDriver

    assert isinstance(kiosk, KioskDriver)
    state: dict[str, float] = {}
    loop = QEventLoop()

    def changed(*_: object) -> None:
        state.setdefault("changed", time.perf_counter())

    def frame() -> None:
        if "changed" in state and "frame" not in state:
            state["frame"] = time.perf_counter()
            loop.quit()

    for signal in signals:
        signal.connect(changed)
    kiosk.window.frameSwapped.connect(frame)

    def wait() -> float:
        if "frame" not in state:
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
        kiosk.window.frameSwapped.disconnect(frame)
        for signal in signals:
            signal.disconnect(changed)
        if "frame" not in state:
            raise TimeoutError("no frame showed the change")
        return state["frame"]

    return wait


def _scan_to_cart(kiosk: object, codes: list[str]) -> list[float]:
    from PySide6.QtTest import QTest

    from tests.qt.driver import SCANNER_GAP, KioskDriver

    assert isinstance(kiosk, KioskDriver)
    model = kiosk.ui.sale.cart_model
    samples = []
    for n, code in enumerate(codes):
        if n and n % LINES_PER_SALE == 0:
            kiosk.ui.sale.newSale()
            kiosk.settle()
        kiosk.press_keys(code, SCANNER_GAP)  # held by the decoder until Enter
        wait = _until_frame_after(kiosk, [model.rowsInserted, model.dataChanged])
        kiosk.keys.now += SCANNER_GAP
        started = time.perf_counter()
        QTest.keyClick(kiosk.window, ord("\r"))
        samples.append(wait() - started)
    assert kiosk.ui.notices.property("text") == "", kiosk.ui.notices.property("text")
    return samples


def _search_as_you_type(kiosk: object, names: list[str]) -> list[float]:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication, QInputMethodEvent

    from tests.qt.driver import KioskDriver

    assert isinstance(kiosk, KioskDriver)
    results = kiosk.ui.search.results_model
    kiosk.tap("Search products")
    samples = []
    for name in names:
        first, second = name.split()[:2]
        query = f"{first} {second[:2]}"
        for char in query:
            wait = _until_frame_after(kiosk, [results.modelReset])
            event = QInputMethodEvent()
            event.setCommitString(char)
            focus = QGuiApplication.focusObject()
            assert focus is not None
            started = time.perf_counter()
            QCoreApplication.sendEvent(focus, event)
            samples.append(wait() - started)
        assert results.rowCount() > 0, query
        kiosk.tap("Clear")
        kiosk.tap("Search products")
    return samples


# --- a fresh process: start-up and memory -----------------------------------------------------
def _startup(ctx: BenchContext, runs: int = 5) -> list[Figure]:
    data = ctx.catalog_dir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_SOUND": "off"}
    results = []
    for _ in range(runs + 1):  # the first run warms the page cache, as a restart would find it
        spawned = time.time()
        out = subprocess.run(
            [sys.executable, "-m", "tests.bench.bench_ui", "--probe", str(data)],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            timeout=120,
        )
        report = json.loads(out.stdout.strip().splitlines()[-1])
        results.append({**report, "total": report["sell_at"] - spawned})
    results = results[1:]
    return [
        Figure(
            "UI start-up to interactive sell screen (incl. PIN check), p50",
            sorted(r["total"] for r in results)[len(results) // 2],
            "s",
            1.5,
            note=f"{runs} runs; lock screen ready after "
            f"{sorted(r['lock_at'] - r['started'] for r in results)[len(results) // 2]:.2f} s "
            "from the interpreter's start",
        ),
        Figure(
            "UI resident memory after start-up",
            max(r["rss_mb"] for r in results),
            "MB",
            250.0,
        ),
    ]


def probe(data_dir: Path) -> None:
    """In a fresh process: start the app as `kiosk run` does, sign in, report when the sell
    screen with its first product page is on screen, and the memory then."""
    started = time.time()
    from PySide6.QtCore import QEventLoop

    from kiosk.app import start_app
    from kiosk.config import load_config

    kiosk = start_app(load_config(data_dir), demo=False)
    ui = kiosk.ui

    def wait_for(condition: Callable[[], bool], timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the kiosk did not get there")
            kiosk.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    frames = [0]
    kiosk.window.frameSwapped.connect(lambda: frames.__setitem__(0, frames[0] + 1))

    def next_frame() -> None:
        seen = frames[0]
        kiosk.window.update()
        wait_for(lambda: frames[0] > seen)

    wait_for(lambda: ui.products.rowCount() > 0 and ui.categories.rowCount() > 1)
    next_frame()
    lock_at = time.time()
    ui.auth.loginPin("1234")
    wait_for(lambda: not ui.auth.is_locked)
    next_frame()
    sell_at = time.time()
    rss_kb = next(
        int(line.split()[1])
        for line in Path("/proc/self/status").read_text().splitlines()
        if line.startswith("VmRSS:")
    )
    problems = list(kiosk.problems.messages)
    kiosk.close()
    print(  # the last line of output is the report
        json.dumps(
            {
                "started": started,
                "lock_at": lock_at,
                "sell_at": sell_at,
                "rss_mb": rss_kb / 1024,
                "problems": problems,
            }
        )
    )


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--probe":
        probe(Path(sys.argv[2]))
    else:
        sys.exit("usage: python -m tests.bench.bench_ui --probe DATA_DIR")
