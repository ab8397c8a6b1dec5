"""Shared fixtures: offscreen Qt, a fresh real SQLite store per test, a controllable clock.

Stores are copied from a template built once per session (migrating from scratch for every
test would cost more than the tests themselves); each test still gets its own file.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk.services.clock import ManualClock
from kiosk.services.setup import initialise, store_path
from kiosk.store.engine import Store, open_store
from kiosk.store.settings import StoreProfile, load_profile

START = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("templates")
    empty, demo = root / "empty", root / "demo"
    initialise(empty, ManualClock(START), demo=False)
    initialise(demo, ManualClock(START), demo=True)
    return {"empty": store_path(empty), "demo": store_path(demo)}


def _copy(template: Path, target_dir: Path) -> Path:
    target_dir.mkdir(parents=True, exist_ok=True)
    target = store_path(target_dir)
    shutil.copyfile(template, target)
    return target


@pytest.fixture
def empty_store(_templates: dict[str, Path], tmp_path: Path) -> Iterator[Store]:
    store = open_store(_copy(_templates["empty"], tmp_path / "data"))
    yield store
    store.close()


@pytest.fixture
def demo_dir(_templates: dict[str, Path], tmp_path: Path) -> Path:
    """A data directory holding a copy of the demo store (for CLI and subprocess tests)."""
    _copy(_templates["demo"], tmp_path / "demo")
    return tmp_path / "demo"


@pytest.fixture
def demo_store(demo_dir: Path) -> Iterator[Store]:
    store = open_store(store_path(demo_dir))
    yield store
    store.close()


@pytest.fixture
def profile(demo_store: Store) -> StoreProfile:
    with demo_store.read() as session:
        return load_profile(session)


@pytest.fixture(autouse=True)
def _no_thread_left_behind() -> Iterator[None]:
    """A test fails if it leaves a thread running (a worker never stopped, a leaked timer)."""
    before = set(threading.enumerate())
    yield
    leaked = [
        t
        for t in threading.enumerate()
        if t not in before and t.is_alive() and not t.daemon and t is not threading.main_thread()
    ]
    for thread in leaked:
        thread.join(timeout=2)
    still = [t.name for t in leaked if t.is_alive()]
    assert not still, f"threads left running: {still}"
