"""devices, print-test, scan-test: setting up and checking printers and scanners."""

from __future__ import annotations

import argparse
import json
import queue
import time
from typing import Any

from hardware.errors import DeviceError
from kiosk.cli.common import add_data_dir, config_for
from kiosk.domain.errors import KioskError


def register(commands: Any) -> None:
    devices = commands.add_parser("devices", help="list printers and scanners with their URLs")
    devices.add_argument("--json", action="store_true", help="one JSON object per device")
    devices.set_defaults(handler=cmd_devices)

    test = commands.add_parser("print-test", help="print a test page and report the status")
    test.add_argument("--printer", required=True, help="printer URL, e.g. usb://04b8:0202")
    test.add_argument("--profile", default="default", help="python-escpos profile, e.g. TM-T20II")
    add_data_dir(test)
    test.set_defaults(handler=cmd_print_test)

    scan = commands.add_parser("scan-test", help="show each scan as the till would read it")
    scan.add_argument("--scanner", required=True, help="scanner URL, e.g. serial:///dev/ttyACM0")
    scan.add_argument("--count", type=int, default=None, help="stop after this many scans")
    scan.add_argument("--timeout", type=float, default=None, help="give up after S seconds")
    scan.add_argument("--json", action="store_true", help="one JSON object per scan")
    scan.set_defaults(handler=cmd_scan_test)


def cmd_devices(args: argparse.Namespace) -> int:
    from hardware.discovery import discover

    found = discover()
    if args.json:
        for device in found:
            print(json.dumps(_as_dict(device)))
        return 0
    if not found:
        print("No printers, serial ports or scanners found.")
        print("USB devices may be hidden by permissions: install packaging/udev and replug them.")
        return 0
    for device in found:
        detail = f"  ({device.detail})" if device.detail else ""
        print(f"{device.kind:8} {device.url:44} {device.name}{detail}")
    return 0


def _as_dict(device: Any) -> dict[str, str]:
    return {k: getattr(device, k) for k in ("kind", "url", "name", "detail")}


def cmd_print_test(args: argparse.Namespace) -> int:
    from hardware.printing.escpos_render import render_escpos
    from hardware.printing.factory import open_printer
    from kiosk.services.printer_test_page import printer_test_page

    config = config_for(args)
    try:
        printer = open_printer(
            args.printer,
            args.profile,
            sim_dir=config.data_dir / "printer-sim",
            on_sim_page=lambda path: print(f"Simulated printer wrote {path}"),
        )
        profile = printer.profile
        document = printer_test_page(args.printer, profile.name, profile.columns, profile.font)
        data = render_escpos(document, profile)
        printer.connect()
        try:
            before = printer.status()
            problem = before.problem() if before.answered else None
            if problem:
                raise KioskError(f"Not printed: {problem}")
            printer.send(document, data)
            after = printer.status()
        finally:
            printer.disconnect()
    except DeviceError as exc:
        raise KioskError(str(exc)) from None
    print(f"Sent the test page ({len(data)} bytes) to {printer.url} as {profile.name}.")
    if after.answered:
        paper = after.paper.value if after.paper else "unknown"
        drawer = "open" if after.drawer_open else "closed"
        print(f"Status: online={after.online} cover_open={after.cover_open} paper={paper} "
              f"drawer={drawer}")  # fmt: skip
        if after.problem():
            print(f"Warning: {after.problem()}")
    else:
        print(f"Status: unknown ({after.detail})")
    return 0


def cmd_scan_test(args: argparse.Namespace) -> int:
    from hardware.scanning.events import ScanEvent
    from hardware.scanning.factory import open_scanner

    if args.count is not None and args.count < 1:
        raise KioskError("--count must be 1 or more")
    inbox: queue.Queue[ScanEvent | str] = queue.Queue()
    try:
        reader = open_scanner(args.scanner, inbox.put, inbox.put)
    except DeviceError as exc:
        raise KioskError(str(exc)) from None
    deadline = None if args.timeout is None else time.monotonic() + args.timeout
    scans = 0
    reader.start()
    try:
        if not args.json:
            print(f"Reading {args.scanner}; scan some codes (Ctrl-C to stop).", flush=True)
        while args.count is None or scans < args.count:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                raise KioskError(f"no scan within {args.timeout:g} s (got {scans})")
            try:
                item = inbox.get(timeout=min(left, 0.5) if left is not None else 0.5)
            except queue.Empty:
                if getattr(reader, "ended", False):
                    break  # standard input closed
                continue
            if isinstance(item, str):
                _report_problem(item, args.json)
                continue
            scans += 1
            _report_scan(item, args.json)
    finally:
        reader.stop()
    return 0


def _report_problem(message: str, as_json: bool) -> None:
    if as_json:
        print(json.dumps({"problem": message}), flush=True)
    else:
        print(f"problem  {message}", flush=True)


def _report_scan(event: Any, as_json: bool) -> None:
    from kiosk.domain.barcode import InvalidBarcode, classify

    record: dict[str, Any] = {
        "code": event.code,
        "symbology": event.symbology,
        "source": event.source,
        "at": event.at.isoformat(),
    }
    try:
        code = classify(event.labelled)
    except InvalidBarcode as exc:
        record.update(kind="invalid", reason=str(exc))
        line = f"invalid  {event.code!r}: {exc}"
    else:
        record.update(kind=code.kind.value, value=code.value, format=code.format, ais=code.ais)
        extra = " ".join(f"({ai}){value}" for ai, value in code.ais.items())
        shown = extra or code.value
        fmt = f" [{code.format}]" if code.format else ""
        line = f"{code.kind.value:8} {shown}{fmt}"
    if as_json:
        print(json.dumps(record), flush=True)
    else:
        via = f"  via {event.symbology}" if event.symbology else ""
        print(f"{line}{via}", flush=True)
