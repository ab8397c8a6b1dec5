"""`kiosk pickup`: the demo store's orders, their printable codes, and the proof of a pickup."""

from __future__ import annotations

import re
from pathlib import Path

import zxingcpp
from PIL import Image

from tests.e2e.test_cli import kiosk


def test_demo_orders_print_as_codes_and_qr_pngs_that_scan(demo_dir: Path, tmp_path: Path) -> None:
    # Issued now, with the real clock the command uses, so the codes are valid whatever the date.
    issued = kiosk("pickup", "demo-orders", "--data-dir", demo_dir)
    assert issued.returncode == 0, issued.stderr
    assert "DEMO-1001, DEMO-1002, DEMO-1003, DEMO-1004" in issued.stdout
    printed = kiosk("pickup", "codes", "--png-dir", tmp_path / "qr", "--data-dir", demo_dir)
    assert printed.returncode == 0, printed.stderr
    codes = dict(re.findall(r"^(DEMO-\d+) .*\n.*\n  (PU1\.\S+)$", printed.stdout, re.M))
    assert sorted(codes) == ["DEMO-1001", "DEMO-1002", "DEMO-1003"]  # 1004 is overdue
    for order_no, code in codes.items():
        image = Image.open(tmp_path / "qr" / f"{order_no}.png").convert("L")
        [found] = zxingcpp.read_barcodes(image)
        assert found.format.name == "QRCode" and found.text == code
    listed = kiosk("pickup", "list", "--data-dir", demo_dir)
    assert listed.returncode == 0, listed.stderr
    assert re.search(r"^DEMO-1001 +Ada Lovelace +ready ", listed.stdout, re.M)
    assert re.search(r"^FLAGGED DEMO-1004 +Charles Babbage +expired ", listed.stdout, re.M)


def test_an_unknown_order_is_one_clear_line(demo_dir: Path) -> None:
    shown = kiosk("pickup", "show", "web-404", "--data-dir", demo_dir)
    assert shown.returncode == 1
    assert shown.stderr.strip() == (
        "kiosk: error: No pickup order web-404 at this kiosk. Check the number, or sync with HQ."
    )
