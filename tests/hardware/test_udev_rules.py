"""The udev rules parse as udev rules (no udevadm needed) and do what the README promises."""

from __future__ import annotations

import re
from pathlib import Path

RULES = Path(__file__).resolve().parents[2] / "packaging" / "udev" / "60-kiosk-pos.rules"
_PAIR = re.compile(
    r'^(?P<key>[A-Z_]+)(\{(?P<attr>[A-Za-z0-9_]+)\})?(?P<op>==|!=|\+=|-=|:=|=)"(?P<value>[^"]*)"$'
)
MATCH_KEYS = {"SUBSYSTEM", "KERNEL", "ATTR", "ENV", "DRIVERS", "ATTRS", "ACTION"}
ASSIGN_KEYS = {"GROUP", "MODE", "SYMLINK", "TAG", "ENV", "OWNER"}


def rules() -> list[list[dict[str, str]]]:
    parsed = []
    for number, line in enumerate(RULES.read_text().splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        pairs = []
        for part in (p.strip() for p in line.split(",")):
            match = _PAIR.match(part)
            assert match, f"line {number}: cannot parse {part!r}"
            pairs.append(match.groupdict())
        parsed.append(pairs)
    return parsed


def test_every_rule_matches_something_and_assigns_something() -> None:
    for pairs in rules():
        matches = [p for p in pairs if p["op"] in ("==", "!=")]
        assigns = [p for p in pairs if p["op"] in ("=", "+=", ":=")]
        assert matches and assigns
        assert {p["key"] for p in matches} <= MATCH_KEYS
        assert {p["key"] for p in assigns} <= ASSIGN_KEYS
        for p in assigns:
            if p["key"] == "MODE":
                assert p["value"] == "0660"  # never world-writable


def test_usb_serial_scanners_are_kept_from_modemmanager_and_named() -> None:
    tty = [
        r for r in rules() if {"key": "SUBSYSTEM", "attr": None, "op": "==", "value": "tty"} in r
    ]
    assert tty and all(
        any(p["attr"] == "ID_MM_DEVICE_IGNORE" and p["value"] == "1" for p in r) for r in tty
    )
    symlinks = [p["value"] for r in rules() for p in r if p["key"] == "SYMLINK"]
    assert any(s.startswith("kiosk/scanner") for s in symlinks)
    assert any(s.startswith("kiosk/printer") for s in symlinks)
