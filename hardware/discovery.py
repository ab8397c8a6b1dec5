"""Finding connected devices and the URL to put in the settings (`kiosk devices`).

Nothing here opens a device for use: only descriptors and names are read. A name that cannot
be read (no permission yet) is reported as such rather than hiding the device.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

PRINTER_CLASS, HID_CLASS = 7, 3
PRINTER_VENDORS = {
    0x04B8: "Epson",
    0x0519: "Star Micronics",
    0x1D90: "Citizen",
    0x1504: "Bixolon",
    0x0DD4: "Custom",
    0x154F: "SNBC",
    0x20D1: "Rongta",
    0x0416: "Winbond (generic clone)",
    0x0483: "STMicroelectronics (generic clone)",
    0x0FE6: "ICS (generic clone)",
    0x1FC9: "NXP (generic clone)",
    0x28E9: "GigaDevice (generic clone)",
    0x6868: "Zjiang (generic clone)",
}
SCANNER_VENDORS = {
    0x0C2E: "Honeywell",
    0x0536: "Hand Held Products (Honeywell)",
    0x05E0: "Zebra (Symbol)",
    0x05F9: "Datalogic",
    0x080C: "Datalogic",
    0x1EAB: "Newland",
    0x0483: "STMicroelectronics (generic scanner?)",
}
SCANNER_WORDS = ("scanner", "barcode", "bar code", "honeywell", "zebra", "symbol", "datalogic",
                 "newland", "imager")  # fmt: skip


@dataclass(frozen=True, slots=True)
class FoundDevice:
    kind: str  # "printer" | "serial" | "scanner"
    url: str
    name: str
    detail: str = ""


def _name(dev: Any) -> tuple[str, str]:
    """(manufacturer and product, serial number); unreadable strings say why."""
    try:
        name = " ".join(x for x in (dev.manufacturer, dev.product) if x) or "(no name)"
        serial = dev.serial_number or ""
    except (ValueError, OSError):  # pyusb: "no langid" or USBError, both mean no permission
        return "(name unreadable: no permission; install the udev rules)", ""
    return name, serial


def _interface_classes(dev: Any) -> set[int]:
    classes = {int(dev.bDeviceClass)}
    try:
        for config in dev:
            classes.update(int(intf.bInterfaceClass) for intf in config)
    except (ValueError, OSError):
        pass  # descriptors unreadable: vendor ID is all we have
    return classes


def usb_printers(backend: Any = None) -> list[FoundDevice]:
    import usb.core

    try:
        devices = list(usb.core.find(find_all=True, backend=backend))
    except usb.core.NoBackendError:
        return []
    candidates = [
        d
        for d in devices
        if PRINTER_CLASS in _interface_classes(d) or int(d.idVendor) in PRINTER_VENDORS
    ]
    same_ids = Counter((d.idVendor, d.idProduct) for d in candidates)
    found = []
    for dev in candidates:
        name, serial = _name(dev)
        url = f"usb://{dev.idVendor:04x}:{dev.idProduct:04x}"
        if same_ids[(dev.idVendor, dev.idProduct)] > 1 and serial:
            url += f"?serial={serial}"
        vendor = PRINTER_VENDORS.get(int(dev.idVendor), "")
        sure = PRINTER_CLASS in _interface_classes(dev)
        detail = ", ".join(x for x in (vendor, "" if sure else "no printer interface") if x)
        found.append(FoundDevice("printer", url, name, detail))
    return found


def hid_scanners(backend: Any = None) -> list[FoundDevice]:
    """USB scanners by vendor; which mode they are in (keyboard or HID POS) shows on use."""
    import usb.core

    try:
        devices = list(usb.core.find(find_all=True, backend=backend))
    except usb.core.NoBackendError:
        return []
    found = []
    for dev in devices:
        if int(dev.idVendor) not in SCANNER_VENDORS or HID_CLASS not in _interface_classes(dev):
            continue
        name, _ = _name(dev)
        ids = f"{dev.idVendor:04x}:{dev.idProduct:04x}"
        found.append(
            FoundDevice(
                "scanner",
                f"hid://{ids}",
                name,
                f"{SCANNER_VENDORS[int(dev.idVendor)]}; in keyboard mode use evdev://{ids}",
            )
        )
    return found


def serial_ports(
    comports: Callable[[], Iterable[Any]] | None = None, by_id: Path = Path("/dev/serial/by-id")
) -> list[FoundDevice]:
    if comports is None:
        from serial.tools.list_ports import comports as system_comports

        comports = system_comports
    stable = {}
    if by_id.is_dir():
        stable = {str(link.resolve()): str(link) for link in by_id.iterdir()}
    found = []
    for port in comports():
        path = stable.get(str(Path(port.device).resolve()), port.device)
        ids = f"{port.vid:04x}:{port.pid:04x}" if port.vid is not None else ""
        detail = ", ".join(
            x for x in (ids, f"serial {port.serial_number}" if port.serial_number else "") if x
        )
        found.append(FoundDevice("serial", f"serial://{path}", port.description or "", detail))
    return found


def input_scanners(list_devices: Callable[[], Iterable[Any]] | None = None) -> list[FoundDevice]:
    """Input devices that look like keyboard-wedge scanners (by name or vendor)."""
    if list_devices is None:
        list_devices = _evdev_devices
    found = []
    for device in list_devices():
        name = str(device.name)
        vendor, product = int(device.info.vendor), int(device.info.product)
        if vendor not in SCANNER_VENDORS and not any(w in name.lower() for w in SCANNER_WORDS):
            continue
        found.append(
            FoundDevice("scanner", f"evdev://{vendor:04x}:{product:04x}", name, device.path)
        )
    return found


def _evdev_devices() -> list[Any]:
    try:
        import evdev
    except ImportError:  # not Linux
        return []
    devices = []
    for path in evdev.list_devices():
        try:
            devices.append(evdev.InputDevice(path))
        except OSError:
            log.info("cannot read %s (add the kiosk user to the input group)", path)
    return devices


def discover(usb_backend: Any = None) -> list[FoundDevice]:
    return [
        *usb_printers(usb_backend),
        *serial_ports(),
        *hid_scanners(usb_backend),
        *input_scanners(),
    ]
