"""Builds a printer from its settings: the device URL and the profile name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from hardware.errors import BadDeviceUrl
from hardware.printing.device import EscposPrinter, PrinterDevice
from hardware.printing.profiles import PrinterProfile, load_profile
from hardware.printing.status import Paper
from hardware.transports.base import WRITE_TIMEOUT, Transport
from hardware.urls import DeviceUrl, device_path, host_port, parse_device_url, usb_ids

_COMMON = frozenset({"status", "timeout", "drawer"})
PRINTER_OPTIONS: dict[str, frozenset[str]] = {
    "usb": _COMMON | {"serial"},
    "serial": _COMMON | {"baudrate", "flow"},
    "tcp": _COMMON | {"connect_timeout"},
    "file": _COMMON,
    "sim": frozenset({"paper", "cover", "off", "dir"}),
}


def parse_printer_url(text: str) -> DeviceUrl:
    return parse_device_url(text, PRINTER_OPTIONS)


def open_printer(
    url_text: str,
    profile: str | PrinterProfile = "default",
    *,
    usb_backend: Any = None,
    sim_dir: Path | None = None,
    on_sim_page: Callable[[Path], None] | None = None,
) -> PrinterDevice:
    """A printer, not yet connected (the spooler connects it on its own thread)."""
    url = parse_printer_url(url_text)
    model = profile if isinstance(profile, PrinterProfile) else load_profile(profile)
    if url.scheme == "sim":
        return _simulated(url, model, sim_dir, on_sim_page)
    transport = _transport(url, usb_backend)
    default_status = url.scheme != "file"  # usblp rarely passes status replies back
    return EscposPrinter(
        transport,
        model,
        write_timeout=url.number("timeout", WRITE_TIMEOUT, minimum=0.1),
        status_queries=url.flag("status", default_status),
        drawer_open_high=url.choice("drawer", "high", ("high", "low")) == "high",
    )


def _transport(url: DeviceUrl, usb_backend: Any) -> Transport:
    if url.scheme == "usb":
        from hardware.transports.usb_port import UsbTransport

        vendor, product = usb_ids(url)
        return UsbTransport(vendor, product, url.params.get("serial"), backend=usb_backend)
    if url.scheme == "serial":
        from hardware.transports.serial_port import FLOW_CONTROL, SerialTransport

        return SerialTransport(
            device_path(url, "serial:///dev/ttyUSB0"),
            baudrate=url.integer("baudrate", 19200, minimum=50),
            flow=url.choice("flow", "none", FLOW_CONTROL),
        )
    if url.scheme == "tcp":
        from hardware.transports.tcp import CONNECT_TIMEOUT, TcpTransport

        host, port = host_port(url, 9100)
        return TcpTransport(
            host, port, connect_timeout=url.number("connect_timeout", CONNECT_TIMEOUT, minimum=0.1)
        )
    if url.scheme == "file":
        from hardware.transports.file_port import FileTransport

        return FileTransport(
            device_path(url, "file:///dev/usb/lp0"), status=url.flag("status", False)
        )
    raise BadDeviceUrl(f"{url.text}: not a printer connection")


def _simulated(
    url: DeviceUrl,
    profile: PrinterProfile,
    sim_dir: Path | None,
    on_page: Callable[[Path], None] | None,
) -> PrinterDevice:
    from hardware.simulated.printer import SimulatedPrinter

    directory = Path(url.params["dir"]) if "dir" in url.params else sim_dir
    if directory is None:
        raise BadDeviceUrl(f"{url.text}: say where the simulated printer puts its pages (?dir=)")
    printer = SimulatedPrinter(profile, directory, on_page, url=url.text)
    printer.set_state(
        paper=Paper(url.choice("paper", "ok", tuple(p.value for p in Paper))),
        cover_open=url.choice("cover", "closed", ("closed", "open")) == "open",
        switched_off=url.flag("off", False),
    )
    return printer
