"""The online shop in pickup tests: it takes orders in over HQ's real admin API (HTTP, with an
admin token), as a storefront would, and reads back what HQ made of them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlmodel import select

from sync.server import kiosks
from sync.server.models import StockLevel, WebhookDelivery
from tests.sync.conftest import HQ


@dataclass
class Storefront:
    hq: HQ
    kiosk_clock: Callable[[], datetime]  # windows on the kiosk's clock: tests run on any date
    http: httpx.Client

    def order(
        self, number: str, lines: list[tuple[str, int]], *, kiosk_id: str = "K01", **extra: Any
    ) -> dict[str, Any]:
        now = self.kiosk_clock()
        body = {
            "storefront_order_id": number,
            "kiosk_id": kiosk_id,
            "customer_name": "Ada Lovelace",
            "contact": "+49 170 5554242",
            "currency": "EUR",
            "window_start": (now - timedelta(hours=1)).isoformat(),
            "window_end": (now + timedelta(hours=48)).isoformat(),
            "lines": [
                {"sku": sku, "name": sku, "quantity": q, "unit_price": 250} for sku, q in lines
            ],
            **extra,
        }
        answer = self.http.post("/v1/admin/orders", json=body)
        assert answer.status_code == 201, answer.text
        return dict(answer.json())

    def detail(self, number: str) -> dict[str, Any]:
        answer = self.http.get(f"/v1/admin/orders/{number}")
        assert answer.status_code == 200, answer.text
        return dict(answer.json())

    def stock(self, sku: str) -> tuple[int, int]:
        with self.hq.db.read() as session:
            row = session.execute(
                select(StockLevel.on_hand, StockLevel.committed).where(
                    StockLevel.location == "station-main", StockLevel.sku == sku
                )
            ).one()
        return int(row[0]), int(row[1])

    def webhooks(self) -> list[str]:
        with self.hq.db.read() as session:
            return list(session.execute(select(WebhookDelivery.event)).scalars())


def open_storefront(
    hq: HQ, enrol: Callable[[HQ], None], kiosk_clock: Callable[[], datetime]
) -> Iterator[Storefront]:
    """HQ with the demo catalog in stock (20 each), the kiosk enrolled, a storefront token and
    a webhook endpoint (deliveries are stored before they are sent)."""
    hq.stock_demo_catalog(on_hand=20)
    enrol(hq)
    with hq.db.write() as session:
        token = kiosks.add_admin_token(session, "storefront", hq.now())
    with httpx.Client(
        base_url=hq.url, headers={"Authorization": f"Bearer {token}"}, timeout=10
    ) as http:
        hook = http.post(
            "/v1/admin/webhooks", json={"url": "http://127.0.0.1:9/hook", "events": []}
        )
        assert hook.status_code == 201, hook.text
        yield Storefront(hq, kiosk_clock, http)
