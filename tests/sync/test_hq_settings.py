"""Business settings set once at HQ for a location reach every kiosk there on its next sync,
audited `by: HQ`, and nowhere else; invalid ones are refused at HQ (or, failing that, by the
kiosk, which goes on with the rest of its sync)."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.services.setup import store_path
from kiosk.store.settings import load_profile
from sync.server import counters, location_settings
from sync.server.cli import main
from sync.server.models import LocationSetting
from tests.sync.conftest import HQ, KioskUnderTest, make_kiosk


def hq_cli(hq: HQ, *args: str) -> int:
    return main([*args, "--database-url", hq.db.url])


def audit_entries(k: KioskUnderTest, action: str) -> list[tuple[str, dict[str, object]]]:
    with k.store.read() as session:
        rows = session.execute(
            text("SELECT subject, detail FROM audit_log WHERE action = :a ORDER BY id"),
            {"a": action},
        ).all()
    return [(subject, json.loads(detail)) for subject, detail in rows]


def profile_of(k: KioskUnderTest) -> tuple[str, int]:
    with k.store.read() as session:
        profile = load_profile(session)
    return profile.receipt_footer, profile.refund_limit_minor


def test_settings_from_hq_reach_the_kiosks_of_their_location_once(
    sqlite_hq: HQ, kiosk: KioskUnderTest, demo_dir: Path, tmp_path: Path
) -> None:
    kiosk.enrol(sqlite_hq, "Platform 1", "station-main")
    old_footer, old_limit = profile_of(kiosk)
    other_dir = tmp_path / "airport"
    other_dir.mkdir()
    shutil.copyfile(store_path(demo_dir), store_path(other_dir))
    airport = make_kiosk(other_dir)
    try:
        airport.enrol(sqlite_hq, "Gate 4", "airport")
        assert hq_cli(sqlite_hq, "settings", "set", "--location", "station-main",
                      "receipt_footer", "Thanks!\\nSee you at the station") == 0  # fmt: skip
        assert hq_cli(sqlite_hq, "settings", "set", "--location", "station-main",
                      "refund_limit_minor", "7500") == 0  # fmt: skip

        first = kiosk.sync()
        assert first.ok and first.pulled["settings"] == 2 and first.warnings == []
        assert profile_of(kiosk) == ("Thanks!\nSee you at the station", 7500)
        assert audit_entries(kiosk, "settings.changed") == [
            (
                "receipt_footer",
                {"old": old_footer, "new": "Thanks!\nSee you at the station", "by": "HQ"},
            ),
            ("refund_limit_minor", {"old": old_limit, "new": 7500, "by": "HQ"}),
        ]

        second = kiosk.sync()  # nothing new at HQ: nothing pulled, nothing audited again
        assert second.ok and second.pulled["settings"] == 0
        assert len(audit_entries(kiosk, "settings.changed")) == 2

        assert (
            hq_cli(
                sqlite_hq,
                "settings",
                "set",
                "--location",
                "station-main",
                "refund_limit_minor",
                "7500",
            )
            == 0
        )  # fmt: skip  (unchanged: no version)
        assert hq_cli(sqlite_hq, "settings", "set", "--location", "station-main",
                      "refund_limit_minor", "9000") == 0  # fmt: skip
        third = kiosk.sync()
        assert third.ok and third.pulled["settings"] == 1
        assert profile_of(kiosk) == ("Thanks!\nSee you at the station", 9000)
        assert audit_entries(kiosk, "settings.changed")[-1] == (
            "refund_limit_minor",
            {"old": 7500, "new": 9000, "by": "HQ"},
        )

        elsewhere = airport.sync()  # another location: none of station-main's settings
        assert elsewhere.ok and elsewhere.pulled["settings"] == 0
        assert profile_of(airport) == (old_footer, old_limit)
        assert audit_entries(airport, "settings.changed") == []
    finally:
        airport.store.close()


def test_a_value_the_kiosk_refuses_is_recorded_and_the_rest_still_applies(
    sqlite_hq: HQ, kiosk: KioskUnderTest
) -> None:
    kiosk.enrol(sqlite_hq)
    with kiosk.store.read() as session:
        locale_before = load_profile(session).locale
    # "xx_YY" has a locale's shape, so HQ's shape check lets it by, but no such locale exists:
    # written straight into HQ's table, as an HQ of another version might.
    with sqlite_hq.db.write() as session:
        name = location_settings.counter_name("station-main")
        for key, value in (("locale", "xx_YY"), ("idle_lock_seconds", 300)):
            session.add(
                LocationSetting(
                    location="station-main",
                    key=key,
                    value=value,
                    updated_at=datetime.now(UTC),
                    version=counters.allocate(session, name),
                )
            )
    summary = kiosk.sync()
    assert summary.ok and summary.pulled["settings"] == 2
    assert len(summary.warnings) == 1 and "locale" in summary.warnings[0]
    with kiosk.store.read() as session:
        profile = load_profile(session)
    assert profile.locale == locale_before and profile.idle_lock_seconds == 300
    [(subject, detail)] = audit_entries(kiosk, "settings.refused")
    assert subject == "locale" and detail["value"] == "xx_YY" and detail["by"] == "HQ"
    assert kiosk.sync().warnings == []  # refused once; the cursor moved past it


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("refund_limit_minor", "12.50", "refund_limit_minor: a whole number from 0 to"),
        ("idle_lock_seconds", "5", "idle_lock_seconds: a whole number from 15 to 3600, not 5"),
        ("receipt_qr_url", "ftp://x.example", "receipt_qr_url: an http(s) link"),
        ("currency", "USD", "'currency' is not set from HQ; these are:"),
        ("kiosk_code", "K99", "'kiosk_code' is not set from HQ"),
    ],
)
def test_the_hq_command_refuses_an_invalid_setting_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str, value: str, message: str
) -> None:
    url = f"sqlite:///{tmp_path / 'hq.db'}"
    assert main(["settings", "set", "--location", "station-main", key, value,
                 "--database-url", url]) == 1  # fmt: skip
    err = capsys.readouterr().err.strip()
    assert err.startswith("kiosk-hq: error: ") and message in err
    assert main(["settings", "show", "--location", "station-main", "--database-url", url]) == 0
    assert "no settings from HQ" in capsys.readouterr().out


def test_the_hq_command_sets_and_shows_a_locations_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'hq.db'}"

    def hq(*args: str) -> int:
        return main([*args, "--database-url", url])

    assert hq("settings", "set", "--location", "station-main", "receipt_footer", "Bye\\nnow") == 0
    assert 'receipt_footer (not set) -> "Bye\\nnow"' in capsys.readouterr().out
    assert hq("settings", "set", "--location", "station-main", "refund_limit_minor", "7500") == 0
    assert hq("settings", "set", "--location", "station-main", "refund_limit_minor", "7500") == 0
    assert "already 7500; nothing to send" in capsys.readouterr().out
    assert hq("settings", "show", "--location", "station-main") == 0
    shown = capsys.readouterr().out.splitlines()
    assert [line.split()[:2] for line in shown] == [
        ["receipt_footer", '"Bye\\nnow"'],
        ["refund_limit_minor", "7500"],
    ]
    assert hq("settings", "show", "--location", "airport") == 0
    assert "airport: no settings from HQ" in capsys.readouterr().out
