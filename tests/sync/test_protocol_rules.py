"""HQ's rules at the door: tokens, kiosks, versions, malformed and oversized bodies, gaps,
duplicates and parked events. Bad input gets a 4xx with details and changes nothing."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime

import httpx
import pytest
from sqlmodel import select

from kiosk.devices import sync_setup
from kiosk.domain.errors import KioskError
from kiosk.store.sync_port import KioskSyncStore
from sync.client import HQClient, UpgradeNeeded
from sync.engine import SyncEngine
from sync.protocol import BacklogReport, OutboxEvent, PushRequest, version_headers
from sync.server import kiosks
from sync.server.models import EventException
from tests.sync.conftest import FAST_RETRY, HQ, KioskUnderTest
from tests.sync.keyring_backend import BrokenKeyring
from tests.sync.ledgers import hq_state

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def enrolled(hq: HQ, name: str = "K") -> tuple[str, str]:
    """(kiosk id, token) through the real enrolment endpoint."""
    code = hq.add_kiosk(name)
    with HQClient(hq.url, retry=FAST_RETRY) as client:
        answer = client.enrol(code)
    return answer.kiosk_id, answer.token


def push_body(events: list[OutboxEvent]) -> bytes:
    request = PushRequest(sent_at=NOW, backlog=BacklogReport(waiting=0, last_seq=0), events=events)
    return gzip.compress(request.model_dump_json().encode())


def post(hq: HQ, path: str, token: str, body: bytes, **headers: str) -> httpx.Response:
    all_headers = {
        **version_headers(),
        "Authorization": f"Bearer {token}",
        "Content-Encoding": "gzip",
        "Content-Type": "application/json",
        **headers,
    }
    return httpx.post(hq.url + path, content=body, headers=all_headers, timeout=10)


def shift_event(seq: int, **payload_changes: object) -> OutboxEvent:
    payload = {
        "kind": "shift.closed",
        "shift_id": f"s{seq}",
        "z_no": seq,
        "associate_id": "a",
        "opened_at": NOW.isoformat(),
        "closed_at": NOW.isoformat(),
        "business_day": "2026-11-27",
        "currency": "EUR",
        "sales_count": 0,
        "sales_total": 0,
        "refunds_total": 0,
        "cash_expected": 0,
        "cash_counted": 0,
        "variance": 0,
        **payload_changes,
    }
    return OutboxEvent(
        seq=seq, event_id=f"e{seq}", kind="shift.closed", occurred_at=NOW, payload=payload
    )


def test_tokens_act_only_for_their_own_kiosk(sqlite_hq: HQ) -> None:
    a, token_a = enrolled(sqlite_hq, "A")
    b, _ = enrolled(sqlite_hq, "B")
    before = hq_state(sqlite_hq.db)
    body = push_body([shift_event(1)])
    assert post(sqlite_hq, f"/v1/kiosks/{b}/push", token_a, body).status_code == 403
    assert post(sqlite_hq, f"/v1/kiosks/{a}/push", "kt_wrong", body).status_code == 401
    no_token = httpx.post(
        f"{sqlite_hq.url}/v1/kiosks/{a}/push",
        content=body,
        headers={**version_headers(), "Content-Encoding": "gzip"},
    )
    assert no_token.status_code == 401
    assert hq_state(sqlite_hq.db) == before
    assert post(sqlite_hq, f"/v1/kiosks/{a}/push", token_a, body).status_code == 200
    with sqlite_hq.db.write() as session:
        kiosks.revoke(session, a, NOW)
    answer = post(sqlite_hq, f"/v1/kiosks/{a}/push", token_a, push_body([shift_event(2)]))
    assert answer.status_code == 401 and "revoked" in answer.json()["detail"]


def test_an_enrolment_code_works_once_and_a_kiosk_token_is_no_admin_token(sqlite_hq: HQ) -> None:
    code = sqlite_hq.add_kiosk("Once")
    with HQClient(sqlite_hq.url, retry=FAST_RETRY) as client:
        token = client.enrol(code).token
        with sqlite_hq.db.write() as session:  # past the retry grace window
            k = kiosks.kiosk_for_token(session, token)
            assert k is not None and k.enrol_used_at is not None
            k.enrol_used_at = k.enrol_used_at.replace(year=2000)
            session.add(k)
        with pytest.raises(Exception, match="already used"):
            client.enrol(code)
    answer = httpx.get(
        sqlite_hq.url + "/v1/admin/kiosks", headers={"Authorization": f"Bearer {token}"}
    )
    assert answer.status_code == 403


def test_versions_outside_the_range_get_upgrade_needed(
    sqlite_hq: HQ, kiosk: KioskUnderTest
) -> None:
    kiosk.enrol(sqlite_hq)
    kiosk.sell(2)
    before = hq_state(sqlite_hq.db)
    port = KioskSyncStore(kiosk.store)
    enrolment = port.enrolment()
    assert enrolment is not None
    from sync import credentials

    token = credentials.load_token(enrolment.hq_url, enrolment.kiosk_id)
    with HQClient(
        sqlite_hq.url, kiosk_id=enrolment.kiosk_id, token=token, retry=FAST_RETRY, protocol=99
    ) as client:
        with pytest.raises(UpgradeNeeded, match="protocol 99 is outside HQ's 1-1; upgrade HQ"):
            client.pull("catalog", None)
        summary = SyncEngine(port, client, kiosk.clock.now).run("test")
    assert summary.status == "upgrade_needed" and "Upgrade needed" in (summary.error or "")
    with (
        HQClient(sqlite_hq.url, kiosk_id=enrolment.kiosk_id, token=token, schema=0) as client,
        pytest.raises(UpgradeNeeded, match="schema 0 .* upgrade this kiosk"),
    ):
        client.pull("stock", None)
    assert hq_state(sqlite_hq.db) == before
    from kiosk.services.sync_status import SyncStatusService

    assert (
        SyncStatusService(kiosk.store, kiosk.clock).overview().headline
        == "Upgrade needed to sync with HQ"
    )


def test_malformed_and_oversized_bodies_are_refused_with_details(sqlite_hq: HQ) -> None:
    kiosk_id, token = enrolled(sqlite_hq)
    path = f"/v1/kiosks/{kiosk_id}/push"
    before = hq_state(sqlite_hq.db)
    not_json = post(sqlite_hq, path, token, gzip.compress(b"{not json"))
    assert not_json.status_code == 400 and "not valid JSON" in not_json.json()["detail"]
    not_gzip = post(sqlite_hq, path, token, b"\x1f\x8bnot really gzip")
    assert not_gzip.status_code == 400
    wrong_shape = post(sqlite_hq, path, token, gzip.compress(json.dumps({"events": "x"}).encode()))
    assert wrong_shape.status_code == 422 and wrong_shape.json()["detail"]
    holes = post(sqlite_hq, path, token, push_body([shift_event(1), shift_event(3)]))
    assert holes.status_code == 422 and "ascending" in holes.json()["detail"]
    bomb = gzip.compress(b'{"events": [' + b" " * (40 * 1024 * 1024) + b"]}")
    too_big = post(sqlite_hq, path, token, bomb)
    assert too_big.status_code == 413
    huge = post(
        sqlite_hq, path, token, b"x" * (9 * 1024 * 1024), **{"Content-Encoding": "identity"}
    )
    assert huge.status_code == 413
    assert hq_state(sqlite_hq.db) == before


def test_duplicates_gaps_and_invalid_events(sqlite_hq: HQ) -> None:
    kiosk_id, token = enrolled(sqlite_hq)
    path = f"/v1/kiosks/{kiosk_id}/push"
    first = post(sqlite_hq, path, token, push_body([shift_event(1), shift_event(2)])).json()
    assert first["acked_through"] == 2 and first["applied"] == 2
    again = post(sqlite_hq, path, token, push_body([shift_event(1), shift_event(2)])).json()
    assert again["acked_through"] == 2 and again["applied"] == 0 and again["duplicates"] == 2
    gap = post(sqlite_hq, path, token, push_body([shift_event(5)])).json()
    assert gap["acked_through"] == 2 and gap["expected_seq"] == 3
    bad = shift_event(3, z_no=-1)
    unknown = OutboxEvent(seq=4, event_id="e4", kind="teleport.done", occurred_at=NOW, payload={})
    parked = post(sqlite_hq, path, token, push_body([bad, unknown, shift_event(5)])).json()
    assert parked["acked_through"] == 5 and parked["applied"] == 1  # never blocks the queue
    assert [p["seq"] for p in parked["parked"]] == [3, 4]
    assert (
        "z_no" in parked["parked"][0]["reason"]
        and "unknown event kind" in parked["parked"][1]["reason"]
    )
    reused = post(
        sqlite_hq,
        path,
        token,
        push_body([shift_event(2, z_no=9).model_copy(update={"event_id": "other"})]),
    )
    assert reused.status_code == 409 and "restored" in reused.json()["detail"]
    with sqlite_hq.db.read() as session:
        categories = [e.category for e in session.execute(select(EventException)).scalars()]
    assert categories.count("invalid") == 2 and categories.count("gap") == 1


def test_enrolment_without_a_keyring_fails_before_spending_the_code(
    sqlite_hq: HQ, kiosk: KioskUnderTest
) -> None:
    import keyring

    code = sqlite_hq.add_kiosk("No keyring")
    keyring.set_keyring(BrokenKeyring())  # type: ignore[no-untyped-call]
    with pytest.raises(KioskError, match="No usable OS keyring.*Keyring set-up"):
        sync_setup.enroll(kiosk.store, sqlite_hq.url, code, kiosk.clock.now, retry=FAST_RETRY)
    with sqlite_hq.db.read() as session:
        from sync.server.models import Kiosk

        row = session.execute(select(Kiosk)).scalars().one()
    assert row.token_hash is None and row.enrol_used_at is None  # the code is still good


def test_the_token_is_only_in_the_keyring(
    sqlite_hq: HQ, kiosk: KioskUnderTest, test_keyring: object
) -> None:
    kiosk.enrol(sqlite_hq)
    from tests.sync.keyring_backend import MemoryKeyring

    assert isinstance(test_keyring, MemoryKeyring)
    (token,) = test_keyring.entries.values()
    data_dir = kiosk.store.path.parent
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert token.encode() not in path.read_bytes(), path
