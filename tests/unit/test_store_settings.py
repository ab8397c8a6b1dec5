"""Business settings changed after set-up: validated, audited, and used by the next receipts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.cli import main
from kiosk.domain.errors import InvalidInput
from kiosk.services.clock import ManualClock
from kiosk.services.simulate import Simulator
from kiosk.services.store_settings import SettingsService
from kiosk.store import audit
from kiosk.store.engine import Store


def test_a_change_is_stored_with_its_audit_entry_and_the_chain_holds(
    demo_store: Store, clock: ManualClock
) -> None:
    service = SettingsService(demo_store, clock)
    assert service.change("refund_limit_minor", "12000", by="owner") == (5000, 12000)
    assert service.profile().refund_limit_minor == 12000
    assert service.change("refund_limit_minor", "12000", by="owner") == (12000, 12000)
    with demo_store.read() as session:
        entries = session.execute(
            text("SELECT subject, detail FROM audit_log WHERE action = 'settings.changed'")
        ).all()
        assert audit.verify(session).ok
    assert [(s, json.loads(d)) for s, d in entries] == [
        ("refund_limit_minor", {"old": 5000, "new": 12000, "by": "owner"})
    ]  # the second, unchanged one left no entry


@pytest.mark.parametrize(
    ("key", "typed", "message"),
    [
        ("refund_limit_minor", "12.50", "refund_limit_minor: a whole number"),
        ("idle_lock_seconds", "5", "from 15 to 3600"),
        ("timezone", "Mars/Olympus", "a time zone such as Europe/Berlin"),
        ("locale", "xx_YY_ZZ", "a locale such as de_DE"),
        ("receipt_qr_url", "javascript:alert(1)", r"an http\(s\) link"),
        ("currency", "USD", "'currency' cannot be changed here"),
        ("kiosk_code", "K09", "'kiosk_code' cannot be changed here"),
    ],
)
def test_a_bad_value_is_refused_and_nothing_changes(
    demo_store: Store, clock: ManualClock, key: str, typed: str, message: str
) -> None:
    service = SettingsService(demo_store, clock)
    before = service.profile()
    with pytest.raises(InvalidInput, match=message):
        service.change(key, typed, by="owner")
    assert service.profile() == before


def test_the_receipt_carries_the_qr_link_with_its_number(
    demo_store: Store, clock: ManualClock
) -> None:
    service = SettingsService(demo_store, clock)
    service.change("receipt_qr_url", "https://corner.example/r/{receipt}", by="owner")
    service.change("receipt_footer", "Thanks!\\nSee you soon.", by="owner")
    profile = service.profile()
    done = Simulator(demo_store, clock, profile, seed=1).sale(lines=2, print_receipt=True)
    with demo_store.read() as session:
        document = session.execute(
            text("SELECT document FROM print_jobs WHERE kind = 'receipt' AND reference = :s"),
            {"s": done.sale_id},
        ).scalar_one()
    blocks = json.loads(document)["blocks"]
    qr = [b for b in blocks if b["type"] == "qr"]
    assert [b["data"] for b in qr] == [f"https://corner.example/r/{done.receipt_no}"]
    texts = [b.get("text") for b in blocks if b["type"] == "text"]
    assert "Thanks!" in texts and "See you soon." in texts


def test_the_command_line_shows_and_sets(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["settings", "set", "store_name", "Kiosk Nord", "--data-dir", str(demo_dir)]) == 0
    assert '"Corner Kiosk" -> "Kiosk Nord"' in capsys.readouterr().out
    assert main(["settings", "show", "--json", "--data-dir", str(demo_dir)]) == 0
    assert json.loads(capsys.readouterr().out)["store_name"] == "Kiosk Nord"
    assert main(["settings", "set", "idle_lock_seconds", "1", "--data-dir", str(demo_dir)]) == 1
    assert "idle_lock_seconds: a whole number from 15 to 3600, not 1" in capsys.readouterr().err
