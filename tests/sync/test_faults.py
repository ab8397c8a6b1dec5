"""Hundreds of sync runs through a network that drops, hangs, errs, duplicates, reorders and
truncates, with sales in between: afterwards HQ's ledger equals the kiosk's, exactly."""

from __future__ import annotations

import random

import pytest

from sync.client import RetryPolicy, Timeouts
from tests.sync.conftest import HQ, KioskUnderTest
from tests.sync.fault_proxy import FAULTS, FaultProxy
from tests.sync.ledgers import hq_applied, hq_ledger, kiosk_ledger, kiosk_outbox


def _swap_hq_url(k: KioskUnderTest, url: str) -> None:
    """Points the enrolled kiosk at the proxy (and moves its token entry along)."""
    from kiosk.store.sync_port import KioskSyncStore
    from sync import credentials

    port = KioskSyncStore(k.store)
    enrolment = port.enrolment()
    assert enrolment is not None
    token = credentials.load_token(enrolment.hq_url, enrolment.kiosk_id)
    assert token
    credentials.store_token(url, enrolment.kiosk_id, token)
    from dataclasses import replace

    port.save_enrolment(replace(enrolment, hq_url=url))


def faulty_runs(hq: HQ, kiosk: KioskUnderTest, runs: int, seed: int) -> None:
    hq.stock_demo_catalog(on_hand=10_000)
    kiosk.enrol(hq)
    proxy = FaultProxy(hq.served.port, seed=seed, fault_rate=0.35, hang=0.6).start()
    try:
        _swap_hq_url(kiosk, proxy.url)
        rng = random.Random(seed)
        retry = RetryPolicy(attempts=3, base_delay=0.001, max_delay=0.01)
        timeouts = Timeouts(connect=1, read=0.4)
        outcomes: dict[str, int] = {}
        for _ in range(runs):
            kiosk.sell(rng.choice((0, 0, 1, 1, 2, 3)))
            summary = kiosk.sync(retry=retry, timeouts=timeouts)
            outcomes[summary.status] = outcomes.get(summary.status, 0) + 1
            assert summary.status in ("ok", "offline"), summary.error
        assert set(proxy.seen) == set(FAULTS), proxy.seen  # every kind of fault happened
        assert outcomes.get("offline", 0) > 0  # some runs were cut off halfway...
        assert outcomes.get("ok", 0) > 0
        proxy.fault_rate = 0.0
        final = kiosk.sync(retry=retry, timeouts=Timeouts(connect=2, read=10))
        assert final.status == "ok", final.error
        assert final.anomalies == 0
    finally:
        proxy.stop()
    # ...and yet nothing was lost and nothing doubled.
    assert hq_applied(hq.db, "K01") == kiosk_outbox(kiosk.store)
    ledger = hq_ledger(hq.db, "K01")
    assert len(ledger) == len(set(ledger))
    assert set(ledger) == kiosk_ledger(kiosk.store)


@pytest.mark.slow
def test_hundreds_of_faulty_runs_on_sqlite(sqlite_hq: HQ, kiosk: KioskUnderTest) -> None:
    faulty_runs(sqlite_hq, kiosk, runs=160, seed=11)


@pytest.mark.slow
@pytest.mark.parametrize("hq", ["postgresql"], indirect=True)
def test_faulty_runs_on_postgresql(hq: HQ, kiosk: KioskUnderTest) -> None:
    faulty_runs(hq, kiosk, runs=60, seed=23)
