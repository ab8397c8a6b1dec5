"""Transports against fake devices on real OS interfaces: pyusb over a fake backend, pyserial
on pseudo-terminals, sockets on 127.0.0.1, device files."""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest
import serial

from hardware.errors import (
    DeviceBusy,
    DeviceDisconnected,
    DeviceError,
    DeviceNotFound,
    DevicePermissionDenied,
    DeviceTimeout,
)
from hardware.printing.status import Paper, query_status
from hardware.transports.file_port import FileTransport
from hardware.transports.serial_port import SerialTransport, serial_open_error
from hardware.transports.tcp import TcpTransport
from hardware.transports.usb_port import UsbTransport
from tests.hardware.fake_serial import FakeSerialPrinter
from tests.hardware.fake_tcp import FakeTcpPrinter
from tests.hardware.fake_usb import (
    FakeEndpoint,
    FakeInterface,
    FakeUsbBackend,
    FakeUsbDevice,
    printer_interfaces,
)

# -- USB -------------------------------------------------------------------------------------


def composite_printer() -> FakeUsbDevice:
    """A clone with a HID interface (bound to usbhid) before its printer interface, and
    non-Epson endpoint numbers: what python-escpos 3.1's hardcoded guesses get wrong."""
    hid = FakeInterface(0, 3, [FakeEndpoint(0x81, kind=0x03)])
    printer = printer_interfaces(1, out_ep=0x03, in_ep=0x84)
    return FakeUsbDevice(0x0416, 0x5011, [hid, *printer], kernel_driver={0, 1})


def test_usb_finds_the_printer_interface_and_its_endpoints_from_descriptors() -> None:
    device = composite_printer()
    transport = UsbTransport(0x0416, 0x5011, backend=FakeUsbBackend(device))
    transport.open()
    try:
        transport.write(b"hello\n", timeout=1.0)
        status = query_status(transport, timeout=0.5)
    finally:
        transport.close()
    assert device.logic.printed() == b"hello\n"
    assert status.answered and status.paper is Paper.OK
    assert device.detached == [1]  # only the printer interface was taken from the kernel
    assert 0 in device.kernel_driver  # the HID interface kept its driver
    assert 1 in device.kernel_driver  # ... and usblp got its interface back on close


def test_usb_serial_number_picks_one_of_two_identical_printers() -> None:
    first = FakeUsbDevice(0x04B8, 0x0202, printer_interfaces(), serial="AAA", address=4)
    second = FakeUsbDevice(0x04B8, 0x0202, printer_interfaces(), serial="BBB", address=5)
    transport = UsbTransport(0x04B8, 0x0202, "BBB", backend=FakeUsbBackend(first, second))
    transport.open()
    transport.write(b"to BBB", 1.0)
    transport.close()
    assert second.logic.printed() == b"to BBB" and first.logic.printed() == b""


def test_usb_busy_permission_and_missing_are_told_apart() -> None:
    busy = FakeUsbDevice(0x04B8, 0x0202, printer_interfaces(), busy=True)
    with pytest.raises(DeviceBusy, match="in use by another program"):
        UsbTransport(0x04B8, 0x0202, backend=FakeUsbBackend(busy)).open()
    locked = FakeUsbDevice(0x04B8, 0x0202, printer_interfaces(), no_permission=True)
    with pytest.raises(DevicePermissionDenied, match="udev"):
        UsbTransport(0x04B8, 0x0202, backend=FakeUsbBackend(locked)).open()
    with pytest.raises(DevicePermissionDenied, match="udev"):  # serial unreadable: same cause
        UsbTransport(0x04B8, 0x0202, "X", backend=FakeUsbBackend(locked)).open()
    with pytest.raises(DeviceNotFound, match=r"not connected.*kiosk devices"):
        UsbTransport(0x04B8, 0x0E03, backend=FakeUsbBackend(busy)).open()


def test_usb_unplugged_mid_job_is_reported_and_nothing_claims_it_printed() -> None:
    device = FakeUsbDevice(0x04B8, 0x0202, printer_interfaces())
    transport = UsbTransport(0x04B8, 0x0202, backend=FakeUsbBackend(device))
    transport.open()
    device.unplugged = True
    with pytest.raises(DeviceDisconnected, match="unplugged") as caught:
        transport.write(b"x" * 10_000, 1.0)
    assert not caught.value.partial  # the very first transfer failed: nothing went out
    with pytest.raises(DeviceNotFound):
        transport.open()


def test_usb_write_that_stalls_times_out_and_counts_as_partial() -> None:
    device = FakeUsbDevice(0x04B8, 0x0202, printer_interfaces())
    transport = UsbTransport(0x04B8, 0x0202, backend=FakeUsbBackend(device))
    transport.open()
    device.stalled = True
    started = time.monotonic()
    with pytest.raises(DeviceTimeout) as caught:
        transport.write(b"receipt", 0.2)
    assert 0.15 < time.monotonic() - started < 2
    assert caught.value.partial
    transport.close()


def test_usb_printer_without_in_endpoint_cannot_report_status() -> None:
    device = FakeUsbDevice(0x04B8, 0x0202, printer_interfaces(in_ep=None))
    transport = UsbTransport(0x04B8, 0x0202, backend=FakeUsbBackend(device))
    transport.open()
    status = query_status(transport)
    transport.close()
    assert not status.answered and not status.ready
    assert device.logic.received == b""  # no query was even sent


def test_usb_unconfigured_device_gets_configured() -> None:
    device = FakeUsbDevice(0x04B8, 0x0202, printer_interfaces(), configured=False)
    transport = UsbTransport(0x04B8, 0x0202, backend=FakeUsbBackend(device))
    transport.open()
    transport.close()
    assert device.configured


# -- serial ----------------------------------------------------------------------------------


def test_serial_printer_status_and_data(serial_printer: FakeSerialPrinter) -> None:
    serial_printer.logic.paper = "near_end"
    transport = SerialTransport(serial_printer.path, baudrate=19200)
    transport.open()
    try:
        transport.write(b"\x1b@Hi\n", 1.0)
        status = query_status(transport, timeout=1.0)
    finally:
        transport.close()
    assert status.paper is Paper.NEAR_END and status.ready
    assert serial_printer.logic.printed() == b"\x1b@Hi\n"


def test_a_stalled_serial_write_times_out(serial_printer: FakeSerialPrinter) -> None:
    serial_printer.stalled = True
    transport = SerialTransport(serial_printer.path)
    transport.open()
    started = time.monotonic()
    with pytest.raises(DeviceTimeout, match="stopped taking data") as caught:
        transport.write(b"x" * 4_000_000, 0.3)
    assert time.monotonic() - started < 3
    assert caught.value.partial
    transport.close()


def test_a_second_user_of_a_serial_port_is_told_it_is_busy(
    serial_printer: FakeSerialPrinter,
) -> None:
    first = SerialTransport(serial_printer.path)
    first.open()
    try:
        with pytest.raises(DeviceBusy, match="in use"):
            SerialTransport(serial_printer.path).open()
    finally:
        first.close()


def test_serial_port_that_is_gone(tmp_path: Path) -> None:
    with pytest.raises(DeviceNotFound, match="kiosk devices"):
        SerialTransport(str(tmp_path / "ttyUSB9")).open()


def test_serial_open_errors_say_what_to_do() -> None:
    denied = serial.SerialException(errno.EACCES, "could not open port: Permission denied")
    assert isinstance(serial_open_error("/dev/ttyS0", denied, "scanner"), DevicePermissionDenied)
    assert "udev" in str(serial_open_error("/dev/ttyS0", denied, "scanner"))


def test_serial_unplugged_mid_use(serial_printer: FakeSerialPrinter) -> None:
    transport = SerialTransport(serial_printer.path)
    transport.open()
    serial_printer.unplug()
    with pytest.raises(DeviceError):
        for _ in range(50):  # the hang-up shows on the next read or write
            transport.write(b"x", 0.2)
            query_status(transport, timeout=0.05)
    transport.close()


# -- TCP -------------------------------------------------------------------------------------


def test_tcp_printer_status(tcp_printer: FakeTcpPrinter) -> None:
    tcp_printer.logic.cover_open = True
    transport = TcpTransport("127.0.0.1", tcp_printer.port)
    transport.open()
    status = query_status(transport, timeout=1.0)
    transport.close()
    assert status.answered and status.cover_open and not status.ready
    assert "cover" in (status.problem() or "")


def test_a_silent_printer_is_unknown_never_paper_ok(tcp_printer: FakeTcpPrinter) -> None:
    tcp_printer.logic.answers = False
    transport = TcpTransport("127.0.0.1", tcp_printer.port)
    transport.open()
    started = time.monotonic()
    status = query_status(transport, timeout=0.3)
    transport.close()
    assert time.monotonic() - started < 1.5
    assert not status.answered and status.paper is None and not status.ready
    assert "does not answer" in (status.problem() or "")


def test_garbage_status_bytes_are_not_taken_for_an_answer(tcp_printer: FakeTcpPrinter) -> None:
    tcp_printer.logic.garbage_answers = True
    transport = TcpTransport("127.0.0.1", tcp_printer.port)
    transport.open()
    status = query_status(transport, timeout=0.3)
    transport.close()
    assert not status.answered


def test_tcp_connection_refused_is_not_found() -> None:
    with pytest.raises(DeviceNotFound, match="Cannot reach"):
        TcpTransport("127.0.0.1", 9, connect_timeout=1.0).open()


def test_tcp_printer_hanging_up_mid_job(tcp_printer: FakeTcpPrinter) -> None:
    tcp_printer.hang_up_after = 100
    transport = TcpTransport("127.0.0.1", tcp_printer.port)
    transport.open()
    with pytest.raises(DeviceDisconnected):
        for _ in range(100):
            transport.write(b"y" * 1000, 0.5)
            time.sleep(0.01)
    assert len(tcp_printer.logic.printed()) == 100


# -- device files ----------------------------------------------------------------------------


def test_file_printer_writes_and_cannot_report_status(tmp_path: Path) -> None:
    path = tmp_path / "lp0"
    path.write_bytes(b"")
    transport = FileTransport(str(path))
    transport.open()
    transport.write(b"abc", 1.0)
    assert not query_status(transport).answered
    transport.close()
    assert path.read_bytes() == b"abc"


def test_file_printer_that_stops_reading_times_out(tmp_path: Path) -> None:
    fifo = tmp_path / "lp0"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader that never reads
    try:
        transport = FileTransport(str(fifo))
        transport.open()
        with pytest.raises(DeviceTimeout) as caught:
            transport.write(b"z" * 1_000_000, 0.2)
        assert caught.value.partial
        transport.close()
    finally:
        os.close(reader)


def test_file_printer_missing(tmp_path: Path) -> None:
    with pytest.raises(DeviceNotFound, match="plugged in"):
        FileTransport(str(tmp_path / "lp7")).open()
