"""`kiosk-hq order`, `order-show` and `order-cancel`: what an admin without the API uses."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.services.setup import demo_catalog_path
from sync.server.cli import main


def test_an_order_taken_in_shown_and_cancelled_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'hq.db'}"

    def hq(*args: str) -> int:
        return main([*args, "--database-url", url])

    assert hq("products", "import", str(demo_catalog_path())) == 0
    assert (
        hq("stock", "set", "--location", "station-main", "--sku", "PRE-0116", "--on-hand", "5") == 0
    )
    assert hq("kiosks", "add", "--name", "Platform 1", "--location", "station-main") == 0
    now = datetime.now(UTC)
    order = {
        "storefront_order_id": "web-77",
        "kiosk_id": "K01",
        "customer_name": "Ada Lovelace",
        "contact": "ada@example.org",
        "currency": "EUR",
        "window_start": now.isoformat(),
        "window_end": (now + timedelta(days=2)).isoformat(),
        "lines": [{"sku": "PRE-0116", "name": "Puzzle Magazine", "quantity": 2, "unit_price": 250}],
    }
    (tmp_path / "order.json").write_text(json.dumps(order))
    assert hq("order", str(tmp_path / "order.json")) == 0
    capsys.readouterr()
    assert hq("order-show", "web-77") == 0
    shown = capsys.readouterr().out
    assert "Order web-77 for Ada Lovelace at K01" in shown and "status ready" in shown
    assert "PRE-0116" in shown and "ordered 2, collected 0" in shown
    assert hq("order-cancel", "web-77") == 0
    assert "web-77: cancelled; its stock is back on sale" in capsys.readouterr().out
    assert hq("order-show", "web-77", "--json") == 0
    detail = json.loads(capsys.readouterr().out)
    assert detail["status"] == "cancelled" and detail["not_collected"] == {"PRE-0116": 2}
    assert detail["contact_masked"] == "a***@example.org"
    assert hq("stock", "show", "--location", "station-main") == 0
    assert any(
        line.split()[:3] == ["PRE-0116", "5", "0"]
        for line in capsys.readouterr().out.splitlines()
        if line.strip()
    )
    assert hq("order-cancel", "web-404") == 1
    assert capsys.readouterr().err.strip() == "kiosk-hq: error: no order web-404"
