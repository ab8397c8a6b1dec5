"""HID POS scanners (USB HID usage page 0x8C, "Bar Code Scanner"), read with pyusb.

In HID POS mode a scanner is not a keyboard: each scan arrives as a "scanned data" input
report (report ID 2): a length byte, three symbology-identifier bytes (an AIM identifier on
most models), the data, and in the last byte a flag saying more reports follow for this scan.
Only the scanner's POS interface is taken from the kernel's usbhid driver.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from datetime import datetime
from typing import Any

import usb.core
import usb.util

from hardware.backoff import Backoff
from hardware.errors import DeviceDisconnected, DeviceNotFound
from hardware.scanning.events import ScanEvent
from hardware.scanning.reader import ScannerReader, utc_now
from hardware.transports.usb_port import usb_error

HID_CLASS = 3
POS_SCANNER_PAGE = 0x8C
SCANNED_DATA_REPORT = 0x02
_GET_DESCRIPTOR, _HID_REPORT = 0x06, 0x22


def usage_pages(descriptor: bytes) -> set[int]:
    """The usage pages a HID report descriptor declares (its Usage Page global items)."""
    pages: set[int] = set()
    i = 0
    while i < len(descriptor):
        prefix = descriptor[i]
        if prefix == 0xFE:  # a long item: skip its data
            size = descriptor[i + 1] if i + 1 < len(descriptor) else 0
            i += 3 + size
            continue
        size = (0, 1, 2, 4)[prefix & 0x03]
        if prefix & 0xFC == 0x04:  # global item, tag 0: Usage Page
            pages.add(int.from_bytes(descriptor[i + 1 : i + 1 + size], "little"))
        i += 1 + size
    return pages


def parse_scanned_data(report: bytes) -> tuple[bytes, bytes, bool] | None:
    """(AIM identifier or b"", this report's part of the data, more reports follow), or None
    for reports that are not scanned data."""
    if len(report) < 5 or report[0] != SCANNED_DATA_REPORT:
        return None
    length = report[1]
    symbology = report[2:5]
    data = bytes(report[5 : 5 + length])
    more = len(report) > 5 + length and bool(report[-1] & 0x01)
    aim = bytes(symbology) if symbology[:1] == b"]" else b""
    return aim, data, more


class HidPosScanner(ScannerReader):
    def __init__(
        self,
        vendor_id: int,
        product_id: int,
        on_scan: Callable[[ScanEvent], None],
        on_problem: Callable[[str], None] | None = None,
        *,
        serial: str | None = None,
        backend: Any = None,
        now: Callable[[], datetime] = utc_now,
        backoff: Backoff | None = None,
    ) -> None:
        source = f"hid://{vendor_id:04x}:{product_id:04x}"
        super().__init__(source, on_scan, on_problem, now=now, backoff=backoff)
        self.vendor_id, self.product_id, self.serial = vendor_id, product_id, serial
        self.backend = backend
        self.title = f"The HID POS scanner {vendor_id:04x}:{product_id:04x}"
        self._dev: Any = None
        self._ep: Any = None
        self._intf = 0
        self._detached = False
        self._parts = b""

    def _find(self) -> Any:
        try:
            found = list(
                usb.core.find(
                    find_all=True,
                    idVendor=self.vendor_id,
                    idProduct=self.product_id,
                    backend=self.backend,
                )
            )
            if self.serial is not None:
                found = [d for d in found if d.serial_number == self.serial]
        except usb.core.NoBackendError:
            raise DeviceNotFound(
                "libusb is not installed, so HID POS scanners cannot be used."
            ) from None
        except (usb.core.USBError, ValueError) as exc:
            raise usb_error(exc, self.title) from None
        if not found:
            raise DeviceNotFound(f"{self.title} is not connected. Check its cable.")
        return found[0]

    def _open(self) -> None:
        dev = self._find()
        try:
            try:
                config = dev.get_active_configuration()
            except usb.core.USBError as exc:
                if exc.errno is not None:
                    raise
                dev.set_configuration()
                config = dev.get_active_configuration()
            for intf in config:
                if intf.bInterfaceClass != HID_CLASS:
                    continue
                # Reading the report descriptor claims the interface: usbhid must let go first.
                self._intf = intf.bInterfaceNumber
                self._detach(dev)
                descriptor = dev.ctrl_transfer(
                    0x81, _GET_DESCRIPTOR, _HID_REPORT << 8, self._intf, 1024, 1000
                )
                if POS_SCANNER_PAGE in usage_pages(bytes(descriptor)):
                    self._take(dev, intf)
                    return
                self._give_back(dev)
        except (usb.core.USBError, ValueError) as exc:
            usb.util.dispose_resources(dev)
            raise usb_error(exc, self.title) from None
        usb.util.dispose_resources(dev)
        raise DeviceNotFound(
            f"{self.title} is not in HID POS mode. Scan the 'USB HID POS' set-up code in its "
            'manual, or use it as a keyboard (scanner = "wedge://").'
        )

    def _take(self, dev: Any, intf: Any) -> None:
        self._ep = usb.util.find_descriptor(
            intf,
            custom_match=lambda e: (
                usb.util.endpoint_direction(e.bEndpointAddress) == usb.util.ENDPOINT_IN
            ),
        )
        if self._ep is None:
            raise usb.core.USBError("the HID POS interface has no IN endpoint", None, errno.EIO)
        usb.util.claim_interface(dev, self._intf)
        self._dev = dev
        self._parts = b""

    def _detach(self, dev: Any) -> None:
        try:
            if dev.is_kernel_driver_active(self._intf):
                dev.detach_kernel_driver(self._intf)
                self._detached = True
        except NotImplementedError:
            pass  # no kernel drivers to detach on this platform

    def _give_back(self, dev: Any) -> None:
        try:
            usb.util.release_interface(dev, self._intf)
            if self._detached:
                dev.attach_kernel_driver(self._intf)
        except (usb.core.USBError, NotImplementedError):
            pass  # unplugged: nothing to give back
        self._detached = False

    def _close(self) -> None:
        dev, self._dev = self._dev, None
        if dev is not None:
            self._give_back(dev)
            usb.util.dispose_resources(dev)

    def _read(self, timeout: float) -> list[bytes | str]:
        try:
            report = bytes(
                self._dev.read(self._ep, self._ep.wMaxPacketSize, max(1, round(timeout * 1000)))
            )
        except usb.core.USBTimeoutError:
            return []
        except usb.core.USBError as exc:
            raise DeviceDisconnected(f"{self.title} was unplugged ({exc}).") from None
        parsed = parse_scanned_data(report)
        if parsed is None:
            return []
        aim, part, more = parsed
        self._parts += part if self._parts else aim + part  # the identifier leads, once
        if more:
            return []
        scan, self._parts = self._parts, b""
        return [scan]
