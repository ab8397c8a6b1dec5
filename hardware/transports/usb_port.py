"""USB printers through pyusb, with our own timeouts and endpoint discovery.

python-escpos 3.1's Usb class blocks forever by default, detaches the kernel driver from
interface 0 only and assumes Epson's endpoints (0x01 out, 0x82 in). Here the printer interface
(class 7, or the first vendor interface with a bulk OUT endpoint) and its endpoints are read from
the descriptors, only that interface is taken from the kernel, and every transfer has a timeout.
"""

from __future__ import annotations

import errno
from typing import Any

import usb.core
import usb.util

from hardware.errors import (
    DeviceBusy,
    DeviceDisconnected,
    DeviceError,
    DeviceNotFound,
    DevicePermissionDenied,
    DeviceTimeout,
)
from hardware.transports.base import CHUNK

PRINTER_CLASS = 7
VENDOR_CLASS = 0xFF
_GONE = {errno.ENODEV, errno.EIO, errno.ENOENT, errno.ESHUTDOWN}


def usb_error(
    exc: usb.core.USBError | ValueError, what: str, *, partial: bool = False
) -> DeviceError:
    """Maps libusb's errno to what the person at the till should do about it."""
    code = getattr(exc, "errno", None)
    if isinstance(exc, ValueError) or code in (errno.EACCES, errno.EPERM):
        # pyusb reports an unreadable string descriptor as "The device has no langid", which on
        # Linux almost always means the device node is not readable by this user.
        return DevicePermissionDenied(
            f"Permission denied for {what}. Install the kiosk's udev rules (packaging/udev), add "
            "the kiosk user to their group, then unplug and replug the device.",
            partial=partial,
        )
    if code == errno.EBUSY:
        return DeviceBusy(
            f"{what} is in use by another program (CUPS for a printer, or a second kiosk). "
            "Stop that program (or remove the printer from CUPS), then try again.",
            partial=partial,
        )
    if isinstance(exc, usb.core.USBTimeoutError) or code == errno.ETIMEDOUT:
        return DeviceTimeout(
            f"{what} stopped taking data (paper jam or cover open?).", partial=partial
        )
    if code in _GONE:
        return DeviceDisconnected(
            f"{what} was unplugged or switched off. Check the cable and power.", partial=partial
        )
    return DeviceDisconnected(f"{what} failed: {exc}", partial=partial)


def _is_bulk(endpoint: Any, direction: int) -> bool:
    return bool(
        usb.util.endpoint_direction(endpoint.bEndpointAddress) == direction
        and usb.util.endpoint_type(endpoint.bmAttributes) == usb.util.ENDPOINT_TYPE_BULK
    )


def printer_interface(config: Any) -> tuple[Any, Any, Any | None] | None:
    """(interface, bulk OUT endpoint, bulk IN endpoint or None) of the printer function."""
    candidates = sorted(
        config, key=lambda i: (i.bInterfaceClass != PRINTER_CLASS, i.bInterfaceNumber)
    )
    for intf in candidates:
        if intf.bInterfaceClass not in (PRINTER_CLASS, VENDOR_CLASS):
            continue
        out = usb.util.find_descriptor(intf, custom_match=lambda e: _is_bulk(e, 0x00))
        if out is None:
            continue
        into = usb.util.find_descriptor(intf, custom_match=lambda e: _is_bulk(e, 0x80))
        return intf, out, into
    return None


class UsbTransport:
    def __init__(
        self, vendor_id: int, product_id: int, serial: str | None = None, *, backend: Any = None
    ) -> None:
        self.vendor_id, self.product_id, self.serial = vendor_id, product_id, serial
        self.url = f"usb://{vendor_id:04x}:{product_id:04x}" + (
            f"?serial={serial}" if serial else ""
        )
        self.what = f"the USB printer {vendor_id:04x}:{product_id:04x}"
        self.title = "T" + self.what[1:]  # the same words, starting a sentence
        self.backend = backend  # None: libusb; tests pass a fake pyusb backend
        self.can_read = False
        self._dev: Any = None
        self._intf_no = 0
        self._out: Any = None
        self._in: Any = None
        self._detached = False

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
        except usb.core.NoBackendError:
            raise DeviceNotFound(
                "libusb is not installed, so USB printers cannot be used. Install libusb-1.0."
            ) from None
        if self.serial is not None:
            matching = []
            for dev in found:
                try:
                    if dev.serial_number == self.serial:
                        matching.append(dev)
                except (usb.core.USBError, ValueError) as exc:
                    raise usb_error(exc, self.what) from None
            found = matching
        if not found:
            extra = f" with serial number {self.serial}" if self.serial else ""
            raise DeviceNotFound(
                f"{self.title}{extra} is not connected. Check the cable and power, "
                "or run `kiosk devices` to find its address."
            )
        return found[0]

    def open(self) -> None:
        self.close()
        dev = self._find()
        try:
            try:
                config = dev.get_active_configuration()
            except usb.core.USBError as exc:
                if exc.errno is not None:
                    raise
                dev.set_configuration()  # "Configuration not set": no driver configured it yet
                config = dev.get_active_configuration()
            found = printer_interface(config)
            if found is None:
                raise DeviceNotFound(
                    f"{self.title} has no printer interface (no bulk OUT endpoint). "
                    "Is this address really the printer? Run `kiosk devices`."
                )
            intf, self._out, self._in = found
            self._intf_no = intf.bInterfaceNumber
            self._detach_kernel_driver(dev)
            usb.util.claim_interface(dev, self._intf_no)
        except (usb.core.USBError, ValueError) as exc:
            usb.util.dispose_resources(dev)
            raise usb_error(exc, self.what) from None
        self._dev = dev
        self.can_read = self._in is not None

    def _detach_kernel_driver(self, dev: Any) -> None:
        """Takes only the printer interface from the kernel (usblp); others stay as they are."""
        try:
            if dev.is_kernel_driver_active(self._intf_no):
                dev.detach_kernel_driver(self._intf_no)
                self._detached = True
        except NotImplementedError:
            pass  # backends other than libusb1 (Windows, macOS) have no kernel drivers to detach

    def close(self) -> None:
        dev, self._dev = self._dev, None
        if dev is None:
            return
        try:
            usb.util.release_interface(dev, self._intf_no)
            if self._detached:
                dev.attach_kernel_driver(self._intf_no)  # give /dev/usb/lp* back
        except (usb.core.USBError, NotImplementedError):
            pass  # unplugged: nothing to give back
        finally:
            self._detached = False
            usb.util.dispose_resources(dev)

    def _device(self) -> Any:
        if self._dev is None:
            raise DeviceDisconnected(f"{self.title} is not connected.")
        return self._dev

    def write(self, data: bytes, timeout: float) -> None:
        dev = self._device()
        sent = 0
        try:
            while sent < len(data):
                sent += dev.write(self._out, data[sent : sent + CHUNK], _ms(timeout))
        except usb.core.USBError as exc:
            # A timed-out bulk transfer may have moved part of its chunk: count it as partial.
            timed_out = isinstance(exc, usb.core.USBTimeoutError)
            error = usb_error(exc, self.title, partial=sent > 0 or timed_out)
            if not timed_out:
                self.close()
            raise error from None

    def read(self, size: int, timeout: float) -> bytes:
        dev = self._device()
        if self._in is None:
            return b""
        try:
            data = dev.read(self._in, max(size, self._in.wMaxPacketSize), _ms(timeout))
        except usb.core.USBTimeoutError:
            return b""
        except usb.core.USBError as exc:
            self.close()
            raise usb_error(exc, self.title) from None
        return bytes(data)

    def discard_input(self) -> None:
        for _ in range(16):  # bounded: a device that streams forever must not hold us here
            if not self.read(64, 0.01):
                return


def _ms(seconds: float) -> int:
    return max(1, round(seconds * 1000))  # 0 would mean "wait forever" to libusb
