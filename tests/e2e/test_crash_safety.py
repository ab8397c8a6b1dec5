"""Power-cut safety: a real process completes sales in a loop and is killed with SIGKILL at
random moments. After every kill the store is intact and every sale is whole or absent.

The child is forked from this (already warmed-up) process, so each cycle costs milliseconds
rather than an interpreter start-up, and 200 kills fit in well under a minute.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from kiosk.services.clock import SystemClock
from kiosk.services.setup import store_path
from kiosk.services.simulate import Simulator
from kiosk.store import audit
from kiosk.store.engine import open_store
from kiosk.store.settings import load_profile

KILLS = 200


def sell_until_killed(data_dir: str, ready_fd: int) -> None:
    store = open_store(store_path(Path(data_dir)))
    with store.read() as session:
        profile = load_profile(session)
    simulator = Simulator(store, SystemClock(), profile, seed=os.getpid())
    simulator.sale(print_receipt=True)  # warmed up: kills land in the steady selling loop
    os.write(ready_fd, b"go")
    while True:
        simulator.sale(print_receipt=True)


def contiguous(values: list[int]) -> bool:
    return values == list(range(1, len(values) + 1))


def check_store(db: Path) -> int:
    """Asserts every invariant a power cut must not break; returns the number of sales."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        q = conn.execute
        seqs = [r[0] for r in q("SELECT seq FROM sales ORDER BY seq")]
        assert contiguous(seqs), "receipt numbers have a gap or a duplicate"
        counter = q("SELECT value FROM counters WHERE name = 'receipt'").fetchone()
        assert (counter[0] if counter else 0) == len(seqs)
        outbox = [r[0] for r in q("SELECT seq FROM outbox ORDER BY seq")]
        assert contiguous(outbox), "outbox sequence has a gap or a duplicate"
        broken = q(
            """
            SELECT s.receipt_no FROM sales s
            WHERE (SELECT COUNT(*) FROM sale_lines l WHERE l.sale_id = s.id) = 0
               OR (SELECT COUNT(*) FROM stock_events e WHERE e.reference = s.id)
                  != (SELECT COUNT(*) FROM sale_lines l WHERE l.sale_id = s.id)
               OR (SELECT COALESCE(SUM(amount), 0) FROM payments p WHERE p.sale_id = s.id)
                  != s.total
               OR (SELECT COUNT(*) FROM outbox o WHERE o.event_id = s.id) != 1
               OR (SELECT COUNT(*) FROM audit_log a WHERE a.subject = s.receipt_no) != 1
               OR (SELECT COUNT(*) FROM print_jobs j WHERE j.reference = s.id
                   AND j.kind = 'receipt') != 1
            """
        ).fetchall()
        assert broken == [], f"partial sales: {broken[:5]}"
        orphans = q(
            """
            SELECT COUNT(*) FROM stock_events e WHERE e.kind = 'sale'
              AND NOT EXISTS (SELECT 1 FROM sales s WHERE s.id = e.reference)
            """
        ).fetchone()[0]
        orphans += q(
            "SELECT COUNT(*) FROM outbox o WHERE o.kind = 'sale.completed' "
            "AND NOT EXISTS (SELECT 1 FROM sales s WHERE s.id = o.event_id)"
        ).fetchone()[0]
        assert orphans == 0, "events without their sale"
        return len(seqs)
    finally:
        conn.close()


@pytest.mark.slow
def test_sigkill_at_random_moments_never_leaves_a_partial_sale(demo_dir: Path) -> None:
    db = store_path(demo_dir)
    fork = multiprocessing.get_context("fork")
    rng = random.Random(20261127)
    sales_seen = 0
    for _ in range(KILLS):
        read_fd, write_fd = os.pipe()
        child = fork.Process(target=sell_until_killed, args=(str(demo_dir), write_fd))
        child.start()
        os.close(write_fd)
        assert os.read(read_fd, 2) == b"go"
        os.close(read_fd)
        time.sleep(rng.uniform(0.0005, 0.040))  # lands before, inside and after commits
        assert child.pid is not None
        os.kill(child.pid, signal.SIGKILL)
        child.join(timeout=10)
        assert child.exitcode == -signal.SIGKILL
        sales = check_store(db)
        assert sales >= sales_seen, "a committed sale disappeared"
        sales_seen = sales
    assert sales_seen >= KILLS  # every child sold at least once before it was killed
    # Afterwards the store opens normally, the audit chain holds, and selling goes on.
    store = open_store(db)
    with store.read() as session:
        assert audit.verify(session).ok
        profile = load_profile(session)
    Simulator(store, SystemClock(), profile, seed=1).sale(print_receipt=True)
    store.close()
    assert check_store(db) == sales_seen + 1
