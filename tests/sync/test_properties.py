"""Property tests on event histories: however a kiosk's events are split into batches,
repeated, delivered late or with holes, HQ ends up applying each exactly once, in order."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.protocol import BacklogReport, OutboxEvent, PushRequest
from sync.server import ingest, kiosks
from sync.server.db import HQDatabase
from tests.sync.ledgers import hq_applied, hq_ledger

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def hq_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hq") / "template.db"
    db = HQDatabase(f"sqlite:///{path}")
    db.migrate()
    with db.write() as session:
        kiosks.add_kiosk(session, "Prop", "loc", NOW, "K01")
    db.dispose()
    return path


def event(seq: int, sku: str, delta: int) -> OutboxEvent:
    payload = {
        "kind": "stock.adjusted",
        "adjustment_id": f"adj-{seq}",
        "sku": sku,
        "delta": delta,
        "reason": "waste" if delta < 0 else "correction",
        "stock_event_id": f"se-{seq}",
        "associate_id": "a",
        "occurred_at": NOW.isoformat(),
        "business_day": "2026-11-27",
    }
    return OutboxEvent(
        seq=seq, event_id=f"ev-{seq}", kind="stock.adjusted", occurred_at=NOW, payload=payload
    )


histories = st.lists(
    st.tuples(st.sampled_from(["A", "B", "C"]), st.integers(-5, 5).filter(bool)),
    min_size=1,
    max_size=40,
)
# A delivery is (start, length): a slice of the history, wherever it starts.
deliveries = st.lists(st.tuples(st.integers(0, 45), st.integers(1, 12)), max_size=25)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(history=histories, schedule=deliveries)
def test_any_delivery_order_applies_each_event_once(
    hq_template: Path,
    tmp_path: Path,
    history: list[tuple[str, int]],
    schedule: list[tuple[int, int]],
) -> None:
    path = tmp_path / f"hq-{len(history)}-{len(schedule)}.db"
    shutil.copyfile(hq_template, path)
    db = HQDatabase(f"sqlite:///{path}")
    events = [event(n, sku, delta) for n, (sku, delta) in enumerate(history, start=1)]
    try:
        for start, length in [*schedule, (0, len(events))]:  # the last push sends everything
            batch = events[start : start + length]
            request = PushRequest(
                sent_at=NOW, backlog=BacklogReport(waiting=0, last_seq=0), events=batch
            )
            with db.write() as session:
                answer = ingest.push(session, "K01", request, NOW)
            applied_so_far = answer.acked_through
            assert 0 <= applied_so_far <= len(events)
            if batch and batch[0].seq > applied_so_far + 1:
                assert answer.expected_seq == applied_so_far + 1
        assert hq_applied(db, "K01") == [(e.seq, e.event_id) for e in events]
        expected = sorted(
            (f"se-{n}", sku, delta) for n, (sku, delta) in enumerate(history, start=1)
        )
        assert hq_ledger(db, "K01") == expected
    finally:
        db.dispose()
        path.unlink()
