"""A fake pyusb backend: pyusb's own core (find, Device, descriptors, claim, transfers) runs
unchanged on top of it, as it would on libusb. Devices can be busy (another driver holds the
interface), unreadable (permissions), unplugged, or stop taking data (transfers time out)."""

from __future__ import annotations

import array
import errno
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import usb.backend
import usb.core

from tests.hardware.printer_logic import FakePrinterLogic

BULK, INTERRUPT = 0x02, 0x03


@dataclass
class Descriptor:
    """Attribute bag shaped like libusb's descriptor structs."""

    values: dict[str, Any]

    def __getattr__(self, name: str) -> Any:
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(name) from None


@dataclass
class FakeEndpoint:
    address: int
    kind: int = BULK
    max_packet: int = 64

    def descriptor(self) -> Descriptor:
        return Descriptor(
            {
                "bLength": 7,
                "bDescriptorType": 5,
                "bEndpointAddress": self.address,
                "bmAttributes": self.kind,
                "wMaxPacketSize": self.max_packet,
                "bInterval": 1 if self.kind == INTERRUPT else 0,
                "bRefresh": 0,
                "bSynchAddress": 0,
                "extra_descriptors": [],
            }
        )


@dataclass
class FakeInterface:
    number: int
    cls: int
    endpoints: list[FakeEndpoint]
    subclass: int = 0
    protocol: int = 0

    def descriptor(self) -> Descriptor:
        return Descriptor(
            {
                "bLength": 9,
                "bDescriptorType": 4,
                "bInterfaceNumber": self.number,
                "bAlternateSetting": 0,
                "bNumEndpoints": len(self.endpoints),
                "bInterfaceClass": self.cls,
                "bInterfaceSubClass": self.subclass,
                "bInterfaceProtocol": self.protocol,
                "iInterface": 0,
                "extra_descriptors": [],
            }
        )


def printer_interfaces(
    number: int = 0, *, out_ep: int = 0x01, in_ep: int | None = 0x82
) -> list[FakeInterface]:
    endpoints = [FakeEndpoint(out_ep)] + ([FakeEndpoint(in_ep)] if in_ep is not None else [])
    return [FakeInterface(number, 7, endpoints, subclass=1, protocol=2)]


@dataclass
class FakeUsbDevice:
    vendor: int
    product: int
    interfaces: list[FakeInterface]
    serial: str = "SN0001"
    product_name: str = "Receipt Printer"
    manufacturer: str = "ACME"
    bus: int = 1
    address: int = 4
    device_class: int = 0
    logic: FakePrinterLogic = field(default_factory=FakePrinterLogic)
    report_descriptor: bytes = b""
    kernel_driver: set[int] = field(default_factory=set)  # interfaces bound to a kernel driver
    busy: bool = False  # another program has claimed the interface
    no_permission: bool = False
    unplugged: bool = False
    stalled: bool = False  # bulk OUT transfers time out (printer holds the line)
    unplug_after: int | None = None  # the cable comes out once this many bytes arrived
    configured: bool = True
    detached: list[int] = field(default_factory=list)
    claimed: set[int] = field(default_factory=set)
    replies: deque[int] = field(default_factory=deque)
    interrupt_reports: deque[bytes] = field(default_factory=deque)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def strings(self) -> dict[int, str]:
        return {1: self.manufacturer, 2: self.product_name, 3: self.serial}


def _fail(code: int, text: str) -> usb.core.USBError:
    return usb.core.USBError(text, None, code)


class FakeUsbBackend(usb.backend.IBackend):  # type: ignore[misc]
    def __init__(self, *devices: FakeUsbDevice) -> None:
        super().__init__()
        self.devices = list(devices)

    # -- enumeration and descriptors ---------------------------------------------------------

    def enumerate_devices(self) -> list[FakeUsbDevice]:
        return [d for d in self.devices if not d.unplugged]

    def get_parent(self, dev: FakeUsbDevice) -> None:
        return None

    def get_device_descriptor(self, dev: FakeUsbDevice) -> Descriptor:
        return Descriptor(
            {
                "bLength": 18,
                "bDescriptorType": 1,
                "bcdUSB": 0x0200,
                "bDeviceClass": dev.device_class,
                "bDeviceSubClass": 0,
                "bDeviceProtocol": 0,
                "bMaxPacketSize0": 64,
                "idVendor": dev.vendor,
                "idProduct": dev.product,
                "bcdDevice": 0x0100,
                "iManufacturer": 1,
                "iProduct": 2,
                "iSerialNumber": 3 if dev.serial else 0,
                "bNumConfigurations": 1,
                "address": dev.address,
                "bus": dev.bus,
                "port_number": 1,
                "port_numbers": (1,),
                "speed": 2,
            }
        )

    def get_configuration_descriptor(self, dev: FakeUsbDevice, config: int) -> Descriptor:
        return Descriptor(
            {
                "bLength": 9,
                "bDescriptorType": 2,
                "wTotalLength": 32,
                "bNumInterfaces": len(dev.interfaces),
                "bConfigurationValue": 1,
                "iConfiguration": 0,
                "bmAttributes": 0xC0,
                "bMaxPower": 50,
                "extra_descriptors": [],
            }
        )

    def get_interface_descriptor(
        self, dev: FakeUsbDevice, intf: int, alt: int, config: int
    ) -> Descriptor:
        if alt != 0 or intf >= len(dev.interfaces):
            raise IndexError("no such interface")
        return dev.interfaces[intf].descriptor()

    def get_endpoint_descriptor(
        self, dev: FakeUsbDevice, ep: int, intf: int, alt: int, config: int
    ) -> Descriptor:
        return dev.interfaces[intf].endpoints[ep].descriptor()

    # -- handles and configuration -----------------------------------------------------------

    def _alive(self, dev: FakeUsbDevice) -> None:
        if dev.unplugged:
            raise _fail(errno.ENODEV, "No such device (it may have been disconnected)")

    def open_device(self, dev: FakeUsbDevice) -> FakeUsbDevice:
        self._alive(dev)
        if dev.no_permission:
            raise _fail(errno.EACCES, "Access denied (insufficient permissions)")
        return dev

    def close_device(self, handle: FakeUsbDevice) -> None:
        pass

    def set_configuration(self, handle: FakeUsbDevice, config_value: int) -> None:
        self._alive(handle)
        handle.configured = config_value != 0

    def get_configuration(self, handle: FakeUsbDevice) -> int:
        self._alive(handle)
        return 1 if handle.configured else 0

    def claim_interface(self, handle: FakeUsbDevice, intf: int) -> None:
        self._alive(handle)
        if handle.busy or intf in handle.kernel_driver:
            raise _fail(errno.EBUSY, "Resource busy")
        handle.claimed.add(intf)

    def release_interface(self, handle: FakeUsbDevice, intf: int) -> None:
        handle.claimed.discard(intf)

    def is_kernel_driver_active(self, handle: FakeUsbDevice, intf: int) -> bool:
        self._alive(handle)
        return intf in handle.kernel_driver

    def detach_kernel_driver(self, handle: FakeUsbDevice, intf: int) -> None:
        self._alive(handle)
        handle.kernel_driver.discard(intf)
        handle.detached.append(intf)

    def attach_kernel_driver(self, handle: FakeUsbDevice, intf: int) -> None:
        self._alive(handle)
        handle.kernel_driver.add(intf)

    # -- transfers -----------------------------------------------------------------------------

    def bulk_write(
        self, handle: FakeUsbDevice, ep: int, intf: int, data: array.array[int], timeout: int
    ) -> int:
        self._alive(handle)
        if handle.stalled:
            time.sleep(timeout / 1000)
            raise usb.core.USBTimeoutError("Operation timed out", None, errno.ETIMEDOUT)
        reply = handle.logic.feed(bytes(data))
        if handle.unplug_after is not None and len(handle.logic.received) >= handle.unplug_after:
            handle.unplugged = True
            handle.unplug_after = None
        with handle.lock:
            handle.replies.extend(reply)
        return len(data)

    def bulk_read(
        self, handle: FakeUsbDevice, ep: int, intf: int, buff: array.array[int], timeout: int
    ) -> int:
        self._alive(handle)
        deadline = time.monotonic() + timeout / 1000
        while True:
            with handle.lock:
                if handle.replies:
                    n = min(len(buff), len(handle.replies))
                    for i in range(n):
                        buff[i] = handle.replies.popleft()
                    return n
            if time.monotonic() >= deadline or handle.unplugged:
                self._alive(handle)
                raise usb.core.USBTimeoutError("Operation timed out", None, errno.ETIMEDOUT)
            time.sleep(0.005)

    def intr_read(
        self, handle: FakeUsbDevice, ep: int, intf: int, buff: array.array[int], timeout: int
    ) -> int:
        self._alive(handle)
        deadline = time.monotonic() + timeout / 1000
        while True:
            with handle.lock:
                if handle.interrupt_reports:
                    report = handle.interrupt_reports.popleft()
                    n = min(len(buff), len(report))
                    buff[:n] = array.array("B", report[:n])
                    return n
            if time.monotonic() >= deadline:
                self._alive(handle)
                raise usb.core.USBTimeoutError("Operation timed out", None, errno.ETIMEDOUT)
            time.sleep(0.005)

    def ctrl_transfer(  # noqa: PLR0917 - pyusb calls it with positional arguments
        self,
        handle: FakeUsbDevice,
        bmRequestType: int,
        bRequest: int,
        wValue: int,
        wIndex: int,
        data: array.array[int] | int,
        timeout: int,
    ) -> int:
        self._alive(handle)
        if bRequest != 6 or not isinstance(data, array.array):
            return 0
        kind, index = wValue >> 8, wValue & 0xFF
        if kind == 3:  # string descriptor
            if index == 0:
                payload = bytes([4, 3, 0x09, 0x04])  # English (US)
            else:
                encoded = handle.strings()[index].encode("utf-16-le")
                payload = bytes([len(encoded) + 2, 3]) + encoded
        elif kind == 0x22:  # HID report descriptor
            payload = handle.report_descriptor
        else:
            return 0
        n = min(len(data), len(payload))
        data[:n] = array.array("B", payload[:n])
        return n
