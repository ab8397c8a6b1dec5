"""`kiosk devices`, `kiosk print-test`, `kiosk scan-test` and the discovery behind them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from hardware.discovery import input_scanners, serial_ports, usb_printers
from hardware.printing.profiles import load_profile
from kiosk.cli import main
from tests.hardware.escpos_decoder import decode
from tests.hardware.fake_tcp import FakeTcpPrinter
from tests.hardware.fake_usb import (
    FakeEndpoint,
    FakeInterface,
    FakeUsbBackend,
    FakeUsbDevice,
    printer_interfaces,
)
from tests.hardware.receipts import pages_of


def test_print_test_prints_the_page_and_reports_the_status(
    tcp_printer: FakeTcpPrinter, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tcp_printer.logic.paper = "near_end"
    code = main(["print-test", "--printer", tcp_printer.url, "--profile", "TM-T20II",
                 "--data-dir", str(tmp_path)])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert "paper=near_end" in out and "running low" not in out  # near end still prints
    receipt = decode(tcp_printer.logic.printed(), pages_of(load_profile("TM-T20II")))
    assert "é è à ç ü ö ä ß ñ ø å  € £ ¥ §" in receipt.lines
    assert receipt.of("barcode") == ["TEST-0001"] and receipt.cuts == 1
    assert len(receipt.images) == 1  # the line no code page holds


def test_print_test_refuses_when_the_printer_cannot_print(
    tcp_printer: FakeTcpPrinter, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tcp_printer.logic.cover_open = True
    assert main(["print-test", "--printer", tcp_printer.url, "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "kiosk: error: Not printed: The printer cover is open. Close it to print."


def test_print_test_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["print-test", "--printer", "sim://", "--profile", "TM-9",
                 "--data-dir", str(tmp_path)]) == 1  # fmt: skip
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Valid profiles:" in err and "TM-T88V" in err
    assert main(["print-test", "--printer", "usb://04b8", "--data-dir", str(tmp_path)]) == 1
    assert "usb://VID:PID" in capsys.readouterr().err


def test_print_test_on_the_simulated_printer_writes_a_png(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["print-test", "--printer", "sim://", "--data-dir", str(tmp_path)]) == 0
    assert (tmp_path / "printer-sim" / "00001-test.png").is_file()
    assert "Status: online=True" in capsys.readouterr().out


def test_scan_test_classifies_each_scan_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    codes = "4006381333931,]C10109506000134352<GS>17261231<GS>10AB1,4006381333932,K01-000042"
    assert main(["scan-test", "--scanner", f"sim://?codes={codes}", "--count", "4", "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["kind"] for r in records] == ["gtin", "gs1", "invalid", "receipt"]
    assert records[1]["ais"] == {"01": "09506000134352", "17": "261231", "10": "AB1"}
    assert records[1]["symbology"] == "GS1-128"
    assert "check digit should be 1" in records[2]["reason"]


def test_scan_test_gives_up_after_its_timeout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan-test", "--scanner", "sim://", "--timeout", "0.3"]) == 1
    assert "no scan within 0.3 s" in capsys.readouterr().err


def test_scan_test_reads_a_wedge_scanner_typing_into_the_terminal() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "scan-test", "--scanner", "wedge://"],
        input=b"96385074\r\nhello\x07\n",
        capture_output=True,
        timeout=60,
        check=False,
    )
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr
    assert "gtin     00000096385074 [EAN-8]" in out
    assert "problem  The scan contained control characters" in out


# -- discovery -------------------------------------------------------------------------------


def test_usb_printers_are_found_by_class_or_vendor_with_their_urls() -> None:
    twins = [
        FakeUsbDevice(0x04B8, 0x0202, printer_interfaces(), serial=s, address=a)
        for s, a in (("A1", 3), ("B2", 4))
    ]
    clone = FakeUsbDevice(0x0416, 0x5011, [FakeInterface(0, 0xFF, [FakeEndpoint(0x01)])])
    locked = FakeUsbDevice(0x1D90, 0x2060, printer_interfaces(), no_permission=True)
    mouse = FakeUsbDevice(0x046D, 0xC077, [FakeInterface(0, 3, [FakeEndpoint(0x81, 3)])])
    found = usb_printers(FakeUsbBackend(*twins, clone, locked, mouse))
    assert [f.url for f in found] == [
        "usb://04b8:0202?serial=A1",
        "usb://04b8:0202?serial=B2",
        "usb://0416:5011",
        "usb://1d90:2060",
    ]
    assert "no printer interface" in found[2].detail
    assert "no permission" in found[3].name


def test_serial_ports_prefer_their_stable_name(tmp_path: Path) -> None:
    by_id = tmp_path / "by-id"
    by_id.mkdir()
    (by_id / "usb-Honeywell_Scanner_123-if00").symlink_to("/dev/ttyACM0")
    ports = [
        SimpleNamespace(device="/dev/ttyACM0", vid=0x0C2E, pid=0x0B61, serial_number="123",
                        description="Honeywell Scanner"),
        SimpleNamespace(device="/dev/ttyS0", vid=None, pid=None, serial_number=None,
                        description="n/a"),
    ]  # fmt: skip
    found = serial_ports(lambda: ports, by_id)
    assert found[0].url == f"serial://{by_id}/usb-Honeywell_Scanner_123-if00"
    assert found[0].detail == "0c2e:0b61, serial 123"
    assert found[1].url == "serial:///dev/ttyS0"


def test_input_devices_that_look_like_scanners() -> None:
    def device(name: str, vendor: int, product: int, path: str) -> SimpleNamespace:
        return SimpleNamespace(name=name, info=SimpleNamespace(vendor=vendor, product=product),
                               path=path)  # fmt: skip

    found = input_scanners(
        lambda: [
            device("AT Translated Set 2 keyboard", 0x0001, 0x0001, "/dev/input/event0"),
            device("Honeywell Imaging 1900", 0x0C2E, 0x0B61, "/dev/input/event5"),
            device("USB Barcode Scanner", 0x1A2B, 0x0001, "/dev/input/event7"),
        ]
    )
    assert [f.url for f in found] == ["evdev://0c2e:0b61", "evdev://1a2b:0001"]
