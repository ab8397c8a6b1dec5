"""`kiosk devices` against a fake sysfs and /dev built by umockdev: pyserial's real sysfs scan
finds a USB-serial scanner and the command prints the URL to put in the settings."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

UMOCKDEV = shutil.which("umockdev-run")
DATA = Path(__file__).parent / "data"

pytestmark = pytest.mark.skipif(
    UMOCKDEV is None,
    reason="umockdev-run is not installed (apt-get install umockdev); serial discovery is "
    "still covered by test_cli.py with a stand-in port list",
)


def test_kiosk_devices_lists_a_usb_serial_scanner_from_sysfs() -> None:
    assert UMOCKDEV is not None
    result = subprocess.run(
        [
            UMOCKDEV,
            "-d",
            str(DATA / "honeywell-acm.umockdev"),
            "--",
            sys.executable,
            "-m",
            "kiosk",
            "devices",
            "--json",
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    found = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert found == [
        {
            "kind": "serial",
            "url": "serial:///dev/ttyACM0",
            "name": "Honeywell Scanner",
            "detail": "0c2e:0b61, serial 17123456",
        }
    ]
