"""Schemathesis against HQ's published OpenAPI: whatever it sends, HQ never answers 5xx."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from sync.client import HQClient
from sync.protocol import version_headers
from sync.server import kiosks
from sync.server.app import create_app
from sync.server.db import HQDatabase
from tests.sync.conftest import FAST_RETRY, HQ, _hq

SCHEMA = schemathesis.openapi.from_dict(
    create_app(HQDatabase("sqlite://"), background=False).openapi()
)


@pytest.fixture(scope="module")
def live_hq(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[tuple[HQ, str, str, str]]:
    generator = _hq("sqlite", tmp_path_factory.mktemp("fuzz"), request)
    hq = next(generator)
    hq.stock_demo_catalog()
    code = hq.add_kiosk("Fuzz")
    with HQClient(hq.url, retry=FAST_RETRY) as client:
        answer = client.enrol(code)
    with hq.db.write() as session:
        admin_token = kiosks.add_admin_token(session, "fuzz", hq.now())
    yield hq, answer.kiosk_id, answer.token, admin_token
    next(generator, None)


def test_openapi_is_published(live_hq: tuple[HQ, str, str, str]) -> None:
    import httpx

    spec = httpx.get(live_hq[0].url + "/openapi.json").json()
    assert "/v1/kiosks/{kiosk_id}/push" in spec["paths"]
    assert "PushRequest" in spec["components"]["schemas"]


@SCHEMA.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_input_makes_hq_fail(
    case: schemathesis.Case,  # type: ignore[type-arg]
    live_hq: tuple[HQ, str, str, str],
) -> None:
    hq, kiosk_id, kiosk_token, admin_token = live_hq
    headers = dict(version_headers())
    if case.path.startswith("/v1/kiosks/"):
        case.path_parameters = {**(case.path_parameters or {}), "kiosk_id": kiosk_id}
        headers["Authorization"] = f"Bearer {kiosk_token}"
    else:
        headers["Authorization"] = f"Bearer {admin_token}"
    case.call_and_validate(base_url=hq.url, headers=headers, checks=[not_a_server_error])
