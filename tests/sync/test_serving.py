"""`kiosk-hq serve` as kiosks meet it: answers that are not held back by Nagle's algorithm, and
several worker processes serving one port over PostgreSQL."""

from __future__ import annotations

import os
import signal
import statistics
import time
from pathlib import Path

import httpx
import pytest

from kiosk.devices import sync_setup
from sync.server import kiosks
from sync.server.db import HQDatabase
from tests.conftest import START
from tests.sync.conftest import FAST_RETRY, FAST_TIMEOUTS, HQ, KioskUnderTest
from tests.sync.ledgers import hq_applied, hq_ledger, kiosk_ledger, kiosk_outbox
from tests.sync.servers import PostgresServer, ServedHQProcess


def median_round_trip(url: str, requests: int = 15) -> float:
    with httpx.Client(base_url=url) as client:
        client.get("/v1/health")  # connect first: only the round trips are timed
        samples = []
        for _ in range(requests):
            started = time.perf_counter()
            assert client.get("/v1/health").status_code == 200
            samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def test_answers_are_not_held_back_by_nagle(sqlite_hq: HQ) -> None:
    # With Nagle on, the body of each answer waited for the client's delayed ACK (~40 ms).
    assert median_round_trip(sqlite_hq.url) < 0.02


@pytest.mark.slow
def test_two_hq_processes_serve_one_port_on_postgresql(
    postgres: PostgresServer, kiosk: KioskUnderTest, tmp_path: Path
) -> None:
    url = postgres.new_database()
    db = HQDatabase(url)
    db.migrate()
    with db.write() as session:
        code = kiosks.add_kiosk(session, "Served", "station-main", START).code
    served = ServedHQProcess(url, workers=2).start()
    try:
        assert len(served.worker_pids()) == 2
        assert median_round_trip(served.url) < 0.02
        sync_setup.enroll(
            kiosk.store, served.url, code, kiosk.clock.now, timeouts=FAST_TIMEOUTS, retry=FAST_RETRY
        )
        for _ in range(3):
            kiosk.sell(7)
            summary = kiosk.sync()
            assert summary.status == "ok", summary.error
        assert hq_applied(db, "K01") == kiosk_outbox(kiosk.store)
        assert set(hq_ledger(db, "K01")) == kiosk_ledger(kiosk.store)
        # A worker that dies is started again; meanwhile the other one serves.
        first, second = served.worker_pids()
        os.kill(first, signal.SIGKILL)
        kiosk.sell(5)
        assert kiosk.sync().status == "ok"
        deadline = time.monotonic() + 30
        while (len(served.worker_pids()) < 2 or first in served.worker_pids()) and (
            time.monotonic() < deadline
        ):
            time.sleep(0.2)
        assert second in served.worker_pids() and len(served.worker_pids()) == 2
        assert hq_applied(db, "K01") == kiosk_outbox(kiosk.store)
    finally:
        served.stop()
        db.dispose()
