"""Builds a scanner reader from its URL.

`serial:///dev/ttyACM0?baudrate=9600`, `hid://0c2e:0b61[?serial=..]` (HID POS),
`evdev:///dev/input/event5`, `evdev://0c2e:0b61` or `evdev://?name=Honeywell` (keyboard wedge
through Linux input, grabbed), `wedge://` (lines on standard input; the app reads wedge
scanners through Qt instead), `sim://?codes=A,B`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from hardware.errors import BadDeviceUrl
from hardware.scanning.events import ScanEvent
from hardware.scanning.reader import ScannerReader
from hardware.urls import DeviceUrl, device_path, parse_device_url, usb_ids

SCANNER_OPTIONS: dict[str, frozenset[str]] = {
    "serial": frozenset({"baudrate"}),
    "hid": frozenset({"serial"}),
    "evdev": frozenset({"name"}),
    "wedge": frozenset(),
    "sim": frozenset({"codes"}),
}


def parse_scanner_url(text: str) -> DeviceUrl:
    return parse_device_url(text, SCANNER_OPTIONS)


def open_scanner(
    url_text: str,
    on_scan: Callable[[ScanEvent], None],
    on_problem: Callable[[str], None] | None = None,
    *,
    usb_backend: Any = None,
    stdin_fd: int | None = None,
) -> ScannerReader:
    """A reader, not yet started."""
    url = parse_scanner_url(url_text)
    if url.scheme == "serial":
        from hardware.scanning.serial_scanner import SerialScanner

        path = device_path(url, "serial:///dev/ttyACM0")
        baudrate = url.integer("baudrate", 9600, minimum=50)
        return SerialScanner(path, on_scan, on_problem, baudrate=baudrate, source=url.text)
    if url.scheme == "hid":
        from hardware.scanning.hidpos import HidPosScanner

        vendor, product = usb_ids(url)
        return HidPosScanner(
            vendor, product, on_scan, on_problem, serial=url.params.get("serial"),
            backend=usb_backend,
        )  # fmt: skip
    if url.scheme == "evdev":
        return _evdev(url, on_scan, on_problem)
    if url.scheme == "wedge":
        from hardware.scanning.stream_scanner import StreamScanner

        fd = sys.stdin.fileno() if stdin_fd is None else stdin_fd
        return StreamScanner(fd, on_scan, on_problem, source=url.text)
    if url.scheme == "sim":
        from hardware.simulated.scanner import SimulatedScanner

        codes = [c for c in url.params.get("codes", "").split(",") if c]
        return SimulatedScanner(on_scan, on_problem, codes=codes, source=url.text)
    raise BadDeviceUrl(f"{url.text}: not a scanner connection")


def _evdev(
    url: DeviceUrl,
    on_scan: Callable[[ScanEvent], None],
    on_problem: Callable[[str], None] | None,
) -> ScannerReader:
    from hardware.scanning.evdev_scanner import EvdevScanner, find_input_device

    if url.path and not url.netloc:
        path = url.path
        return EvdevScanner(url.text, lambda: find_input_device(path=path), on_scan, on_problem)
    if url.netloc:
        usb_id = usb_ids(url)
        return EvdevScanner(url.text, lambda: find_input_device(usb_id=usb_id), on_scan, on_problem)
    name = url.params.get("name")
    if not name:
        raise BadDeviceUrl(
            f"{url.text}: say which input device: evdev:///dev/input/eventN, evdev://VID:PID "
            "or evdev://?name=PART-OF-ITS-NAME"
        )
    return EvdevScanner(url.text, lambda: find_input_device(name=name), on_scan, on_problem)
