"""Scanners over real interfaces (pseudo-terminals, pyusb over a fake backend, pipes): every
scan becomes an event, and garbage or a vanishing device never stops the reader."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import evdev
import pytest

from hardware.backoff import Backoff
from hardware.errors import BadDeviceUrl
from hardware.scanning.evdev_scanner import EvdevScanner
from hardware.scanning.events import GS, RejectedScan, ScanEvent, scan_event
from hardware.scanning.factory import open_scanner
from hardware.scanning.hidpos import HidPosScanner, usage_pages
from hardware.scanning.serial_scanner import SerialScanner
from tests.hardware.fake_serial import FakeSerialScanner
from tests.hardware.fake_usb import FakeEndpoint, FakeInterface, FakeUsbBackend, FakeUsbDevice
from tests.hardware.spooling import wait_for

AT = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
FAST = Backoff(0.05, 0.2)


class Collected:
    def __init__(self) -> None:
        self.scans: list[ScanEvent] = []
        self.problems: list[str] = []
        self.lock = threading.Lock()

    def scan(self, event: ScanEvent) -> None:
        with self.lock:
            self.scans.append(event)

    def problem(self, message: str) -> None:
        with self.lock:
            self.problems.append(message)

    @property
    def codes(self) -> list[str]:
        with self.lock:
            return [e.code for e in self.scans]


# -- normalisation ---------------------------------------------------------------------------


def test_aim_prefix_gives_the_symbology_and_gs_stand_ins_become_gs() -> None:
    event = scan_event(b"]C10109506000134352<GS>10ABC\r\n", "serial:///dev/ttyACM0", AT)
    assert event.code == f"0109506000134352{GS}10ABC"
    assert (event.aim, event.symbology) == ("]C1", "GS1-128")
    assert event.labelled == f"]C10109506000134352{GS}10ABC"
    assert (event.source, event.at) == ("serial:///dev/ttyACM0", AT)
    plain = scan_event("4006381333931", "sim://", AT)
    assert (plain.code, plain.symbology, plain.aim) == ("4006381333931", None, None)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"\xff\xfe\x80garbage", "binary"),
        (b"40063\x0081333931", "control characters"),
        (b"  \r\n", "empty"),
        (b"9" * 600, "too long"),
        (b"]E0", "empty"),
    ],
)
def test_garbage_is_rejected_with_a_reason(data: bytes, why: str) -> None:
    with pytest.raises(RejectedScan, match=why):
        scan_event(data, "sim://", AT)


# -- serial ----------------------------------------------------------------------------------


@pytest.fixture
def serial_scanner(tmp_path: Path) -> Iterator[FakeSerialScanner]:
    scanner = FakeSerialScanner(tmp_path / "ttyACM-scanner")
    yield scanner
    scanner.close()


def test_serial_scanner_reads_lines_survives_garbage_and_reconnects(
    serial_scanner: FakeSerialScanner,
) -> None:
    got = Collected()
    reader = SerialScanner(serial_scanner.path, got.scan, got.problem, backoff=FAST)
    reader.start()
    try:
        wait_for(lambda: reader.connected)
        serial_scanner.send(b"4006381333931\r")
        serial_scanner.send(b"\xff\xfe\x13\x00\xe0\r\n")  # a wrong baud rate looks like this
        serial_scanner.send(b"]E096385074")  # a scan split over two reads
        serial_scanner.send(b"\n")
        wait_for(lambda: len(got.scans) == 2)
        assert got.codes == ["4006381333931", "96385074"]
        assert got.scans[1].symbology == "EAN-13"
        assert any("unreadable" in p for p in got.problems)
        serial_scanner.unplug()
        wait_for(lambda: not reader.connected)
        wait_for(lambda: any("scanner" in p and "/ttyACM" in p for p in got.problems[1:]))
        serial_scanner.plug_in()
        wait_for(lambda: reader.connected)
        serial_scanner.send(b"K01-000042\r\n")
        wait_for(lambda: got.codes[-1:] == ["K01-000042"])
    finally:
        reader.stop()


def test_serial_scanner_drops_a_runaway_stream(serial_scanner: FakeSerialScanner) -> None:
    got = Collected()
    reader = SerialScanner(serial_scanner.path, got.scan, got.problem, backoff=FAST)
    reader.start()
    try:
        wait_for(lambda: reader.connected)
        serial_scanner.send(b"A" * 5000)
        wait_for(lambda: any("without an end of line" in p for p in got.problems))
        serial_scanner.send(b"\r\n12345678\r\n")
        wait_for(lambda: got.codes == ["12345678"])
    finally:
        reader.stop()


# -- HID POS ---------------------------------------------------------------------------------

POS_DESCRIPTOR = bytes(
    [0x06, 0x8C, 0x00, 0x09, 0x02, 0xA1, 0x01, 0x85, 0x02, 0x75, 0x08, 0x95, 0x3F, 0x81, 0x02, 0xC0]
)
KEYBOARD_DESCRIPTOR = bytes([0x05, 0x01, 0x09, 0x06, 0xA1, 0x01, 0x05, 0x07, 0xC0])


def report(data: bytes, aim: bytes = b"]E0", more: bool = False) -> bytes:
    body = bytes([0x02, len(data)]) + aim + data
    return body + bytes(63 - len(body)) + bytes([1 if more else 0])


def hid_scanner(descriptor: bytes) -> FakeUsbDevice:
    hid = FakeInterface(0, 3, [FakeEndpoint(0x81, kind=0x03, max_packet=64)])
    return FakeUsbDevice(
        0x0C2E, 0x0B61, [hid], report_descriptor=descriptor, kernel_driver={0},
        product_name="Barcode Scanner",
    )  # fmt: skip


def test_report_descriptor_usage_pages() -> None:
    assert usage_pages(POS_DESCRIPTOR) == {0x8C}
    assert usage_pages(KEYBOARD_DESCRIPTOR) == {0x01, 0x07}


def test_hid_pos_scanner_reads_scanned_data_reports() -> None:
    device = hid_scanner(POS_DESCRIPTOR)
    got = Collected()
    reader = HidPosScanner(
        0x0C2E, 0x0B61, got.scan, got.problem, backend=FakeUsbBackend(device), backoff=FAST
    )
    device.interrupt_reports.extend(
        [
            report(b"4006381333931"),
            report(b"PU1.order-77-" + b"x" * 40, aim=b"]Q1", more=True),
            report(b"signature", aim=b"]Q1"),
            bytes([0x04, 0x00]),  # some other report: ignored
        ]
    )
    reader.start()
    try:
        wait_for(lambda: len(got.scans) == 2)
    finally:
        reader.stop()
    assert got.codes == ["4006381333931", "PU1.order-77-" + "x" * 40 + "signature"]
    assert [e.symbology for e in got.scans] == ["EAN-13", "QR Code"]
    assert device.detached == [0] and 0 in device.kernel_driver  # usbhid got it back


def test_a_scanner_in_keyboard_mode_is_explained() -> None:
    got = Collected()
    device = hid_scanner(KEYBOARD_DESCRIPTOR)
    reader = HidPosScanner(
        0x0C2E, 0x0B61, got.scan, got.problem, backend=FakeUsbBackend(device), backoff=FAST
    )
    reader.start()
    try:
        wait_for(lambda: got.problems)
    finally:
        reader.stop()
    assert "not in HID POS mode" in got.problems[0] and "wedge://" in got.problems[0]


# -- evdev -----------------------------------------------------------------------------------


class FakeInputDevice:
    """The edge of the kernel's input layer: a pipe stands in for the event device's file
    descriptor, and events are real evdev.InputEvent objects."""

    def __init__(self, name: str = "Honeywell 1900 Scanner", busy: bool = False) -> None:
        self.name = name
        self.busy = busy
        self.grabbed = False
        self.fd, self._write = os.pipe()
        self.pending: list[Any] = []

    def type_keys(self, codes: list[tuple[int, int]]) -> None:
        for code, value in codes:
            self.pending.append(evdev.InputEvent(0, 0, evdev.ecodes.EV_KEY, code, value))
        os.write(self._write, b"x")

    def grab(self) -> None:
        if self.busy:
            raise OSError(16, "Device or resource busy")
        self.grabbed = True

    def ungrab(self) -> None:
        self.grabbed = False

    def read(self) -> list[Any]:
        os.read(self.fd, 4096)
        events, self.pending = self.pending, []
        return events

    def close(self) -> None:
        os.close(self.fd)
        os.close(self._write)


def press(*codes: int) -> list[tuple[int, int]]:
    return [pair for code in codes for pair in ((code, 1), (code, 0))]


def test_evdev_scanner_grabs_the_device_and_decodes_keys() -> None:
    e = evdev.ecodes
    device = FakeInputDevice()
    got = Collected()
    reader = EvdevScanner("evdev://?name=Honeywell", lambda: device, got.scan, got.problem)
    reader.start()
    try:
        wait_for(lambda: device.grabbed)
        keys = [(e.KEY_LEFTSHIFT, 1), *press(e.KEY_K), (e.KEY_LEFTSHIFT, 0)]
        keys += press(e.KEY_0, e.KEY_1, e.KEY_MINUS, e.KEY_4, e.KEY_2, e.KEY_ENTER)
        device.type_keys(keys)
        wait_for(lambda: got.codes == ["K01-42"])
    finally:
        reader.stop()
    assert not device.grabbed


def test_evdev_scanner_grabbed_elsewhere_says_so() -> None:
    got = Collected()
    reader = EvdevScanner(
        "evdev://?name=x", lambda: FakeInputDevice(busy=True), got.scan, got.problem, backoff=FAST
    )
    reader.start()
    try:
        wait_for(lambda: got.problems)
    finally:
        reader.stop()
    assert "grabbed by another program" in got.problems[0]


# -- URLs, simulated and stdin ---------------------------------------------------------------


def test_sim_and_wedge_scanners_from_urls() -> None:
    got = Collected()
    sim = open_scanner("sim://?codes=4006381333931,K01-000042", got.scan, got.problem)
    read_end, write_end = os.pipe()
    wedge = open_scanner("wedge://", got.scan, got.problem, stdin_fd=read_end)
    sim.start()
    wedge.start()
    try:
        os.write(write_end, b"96385074\r\n\x1b[A\n")
        wait_for(lambda: len(got.scans) == 3)
        wait_for(lambda: got.problems)
    finally:
        os.close(write_end)
        sim.stop()
        wedge.stop()
        os.close(read_end)
    assert sorted(got.codes) == ["4006381333931", "96385074", "K01-000042"]
    assert "control characters" in got.problems[0]  # an arrow key is not a barcode


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("hid://0c2e", "VID:PID"),
        ("evdev://", "which input device"),
        ("serial:///dev/ttyACM0?baud=9600", "unknown option 'baud'"),
        ("bluetooth://x", "unknown connection"),
        ("4006381333931", "not a device address"),
    ],
)
def test_bad_scanner_urls_are_explained(url: str, message: str) -> None:
    with pytest.raises(BadDeviceUrl, match=message):
        open_scanner(url, lambda e: None)


def test_the_kiosk_builds_a_reader_only_for_non_wedge_scanners(tmp_path: Path) -> None:
    from kiosk.config import KioskConfig
    from kiosk.devices.scanning import build_scanner

    got = Collected()
    assert build_scanner(KioskConfig(data_dir=tmp_path), got.scan, got.problem) is None
    config = KioskConfig(data_dir=tmp_path, scanner="sim://?codes=96385074")
    reader = build_scanner(config, got.scan, got.problem)
    assert reader is not None
    reader.start()
    try:
        wait_for(lambda: got.codes == ["96385074"])
    finally:
        reader.stop()
