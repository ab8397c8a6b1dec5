"""The background worker: missed run at start-up, on demand, daily schedule, network back."""

from __future__ import annotations

import time
from collections.abc import Callable

from kiosk.devices.sync_worker import SyncWorker, last_due
from kiosk.services.sync_status import SyncOverview
from sync.engine import Progress
from tests.conftest import START
from tests.sync.conftest import FAST_RETRY, HQ, KioskUnderTest
from tests.sync.fault_proxy import FaultProxy
from tests.sync.test_faults import _swap_hq_url


def wait_for(condition: Callable[[], bool], seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_worker_runs_when_missed_on_demand_on_schedule_and_when_hq_is_back(
    sqlite_hq: HQ, kiosk: KioskUnderTest
) -> None:
    sqlite_hq.stock_demo_catalog()
    kiosk.enrol(sqlite_hq)
    proxy = FaultProxy(sqlite_hq.served.port, seed=1, fault_rate=0.0, hang=0.1).start()
    _swap_hq_url(kiosk, proxy.url)
    progress: list[Progress] = []
    statuses: list[SyncOverview] = []
    worker = SyncWorker(
        kiosk.store.path,
        kiosk.clock,
        sync_time="02:00",
        on_progress=progress.append,
        on_status=statuses.append,
        probe_every=0.1,
        retry=FAST_RETRY,
    )
    try:
        worker.start()
        wait_for(lambda: len(worker.runs) == 1)
        assert worker.runs[0].trigger == "missed" and worker.runs[0].status == "ok"
        assert any(p.step == "pull:catalog" for p in progress) and statuses[-1].headline.startswith(
            "Synced"
        )
        kiosk.sell(3)  # selling goes on while the worker holds its own connection
        worker.request_run()
        wait_for(lambda: len(worker.runs) == 2)
        assert worker.runs[1].trigger == "on_demand" and worker.runs[1].pushed >= 3
        kiosk.clock.advance(24 * 3600)  # the next day's 02:00 has passed
        worker.poke()
        wait_for(lambda: len(worker.runs) == 3)
        assert worker.runs[2].trigger == "scheduled"
        proxy.forced = "drop_before"  # an outage
        worker.request_run()
        wait_for(lambda: len(worker.runs) == 4)
        assert worker.runs[3].status == "offline"
        proxy.forced = None  # the network comes back
        wait_for(lambda: len(worker.runs) == 5)
        assert worker.runs[4].trigger == "network_back" and worker.runs[4].status == "ok"
    finally:
        worker.stop()
        proxy.stop()


def test_the_daily_run_is_due_at_the_local_time() -> None:
    assert (
        last_due(START, __import__("datetime").time(2, 0), "Europe/Berlin").hour == 1
    )  # 02:00 CET
