"""Sync fixtures: HQ on SQLite or a real PostgreSQL, enrolled demo kiosks, a test keyring."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from kiosk.devices import sync_setup
from kiosk.services.clock import ManualClock
from kiosk.services.setup import demo_catalog_path, store_path
from kiosk.services.simulate import Simulator
from kiosk.store.engine import Store, open_store
from kiosk.store.settings import load_profile
from sync.client import RetryPolicy, Timeouts
from sync.ports import RunSummary
from sync.server import admin, kiosks
from sync.server.admin_schemas import StockSetIn
from sync.server.db import HQDatabase
from tests.conftest import START
from tests.sync.keyring_backend import MemoryKeyring
from tests.sync.servers import PostgresServer, ServedHQ, postgres_bin_dir

FAST_RETRY = RetryPolicy(attempts=4, base_delay=0.005, max_delay=0.05)
FAST_TIMEOUTS = Timeouts(connect=2, read=10)


@pytest.fixture(autouse=True)
def test_keyring() -> Iterator[MemoryKeyring]:
    previous: KeyringBackend = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl) are not installed here; `make test` "
            "installs them (packaging/scripts/system-deps.sh test)"
        )
    server = PostgresServer(bin_dir).start()
    yield server
    server.stop()


def hq_database(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> HQDatabase:
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path / 'hq.db'}"
    else:
        url = request.getfixturevalue("postgres").new_database()
    db = HQDatabase(url)
    db.migrate()
    return db


@dataclass
class HQ:
    db: HQDatabase
    served: ServedHQ
    now: Callable[[], datetime]

    @property
    def url(self) -> str:
        return self.served.url

    def add_kiosk(self, name: str, location: str = "station-main") -> str:
        with self.db.write() as session:
            return kiosks.add_kiosk(session, name, location, self.now()).code

    def stock_demo_catalog(self, location: str = "station-main", on_hand: int = 50) -> None:
        items = admin.parse_csv(demo_catalog_path().read_text(encoding="utf-8"))
        with self.db.write() as session:
            admin.upsert_products(session, items)
            for item in items:
                admin.set_stock(
                    session, location, StockSetIn(sku=item.sku, on_hand=on_hand), self.now()
                )


def _hq(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[HQ]:
    db = hq_database(kind, tmp_path, request)
    served = ServedHQ(db).start()
    from datetime import UTC

    hq = HQ(db, served, lambda: datetime.now(UTC))
    yield hq
    hq.served.stop()  # the one running now: a test may have restarted HQ
    db.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def hq(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HQ]:
    yield from _hq(request.param, tmp_path, request)


@pytest.fixture
def sqlite_hq(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HQ]:
    yield from _hq("sqlite", tmp_path, request)


@dataclass
class KioskUnderTest:
    store: Store
    clock: ManualClock
    simulator: Simulator
    runs: list[RunSummary] = field(default_factory=list)

    def enrol(self, hq: HQ, name: str = "Kiosk", location: str = "station-main") -> None:
        code = hq.add_kiosk(name, location)
        sync_setup.enroll(
            self.store, hq.url, code, self.clock.now, timeouts=FAST_TIMEOUTS, retry=FAST_RETRY
        )

    def sync(
        self, retry: RetryPolicy = FAST_RETRY, timeouts: Timeouts = FAST_TIMEOUTS
    ) -> RunSummary:
        summary = sync_setup.run_sync(self.store, self.clock.now, retry=retry, timeouts=timeouts)
        self.runs.append(summary)
        return summary

    def sell(self, count: int) -> None:
        for _ in range(count):
            self.simulator.sale()
            self.clock.advance(37)


def make_kiosk(data_dir: Path, seed: int = 7) -> KioskUnderTest:
    store = open_store(store_path(data_dir))
    with store.read() as session:
        profile = load_profile(session)
    clock = ManualClock(START)
    return KioskUnderTest(store, clock, Simulator(store, clock, profile, seed))


@pytest.fixture
def kiosk(demo_dir: Path) -> Iterator[KioskUnderTest]:
    k = make_kiosk(demo_dir)
    yield k
    k.store.close()
