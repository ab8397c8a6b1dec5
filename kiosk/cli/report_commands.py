"""report tax, report z, report x, report refunds."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.cli.common import add_data_dir, config_for, open_existing
from kiosk.cli.plain_text import as_text
from kiosk.domain.errors import KioskError
from kiosk.services.clock import SystemClock


def _day(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def register(commands: Any) -> None:
    report = commands.add_parser("report", help="tax export, X and Z reports, refunds")
    reports = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)

    tax = reports.add_parser("tax", help="every transaction with its tax tags, for the accountant")
    tax.add_argument("--from", dest="first", type=_day, required=True, metavar="YYYY-MM-DD")
    tax.add_argument("--to", dest="last", type=_day, required=True, metavar="YYYY-MM-DD")
    tax.add_argument("--format", choices=("csv", "json"), default="csv")
    tax.add_argument("--output", type=Path, help="file to write (default: standard output)")
    add_data_dir(tax)
    tax.set_defaults(handler=cmd_tax)

    z = reports.add_parser("z", help="show (and optionally reprint) a stored Z report")
    z.add_argument("--number", type=int, required=True)
    z.add_argument("--print", action="store_true", help="queue it on the receipt printer too")
    add_data_dir(z)
    z.set_defaults(handler=cmd_z)

    x = reports.add_parser("x", help="the open shift's figures so far (changes nothing)")
    add_data_dir(x)
    x.set_defaults(handler=cmd_x)

    refunds = reports.add_parser("refunds", help="refunds with their reasons")
    refunds.add_argument("--from", dest="first", type=_day, required=True, metavar="YYYY-MM-DD")
    refunds.add_argument("--to", dest="last", type=_day, required=True, metavar="YYYY-MM-DD")
    refunds.add_argument("--reason", help="only this reason code")
    add_data_dir(refunds)
    refunds.set_defaults(handler=cmd_refunds)


def cmd_tax(args: argparse.Namespace) -> int:
    from kiosk.services.tax_report import render, tax_rows

    if args.first > args.last:
        raise KioskError("--from is after --to")
    store, _ = open_existing(config_for(args))
    try:
        text = render(tax_rows(store, args.first, args.last), args.format)
    finally:
        store.close()
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        print(f"Wrote {args.output}")
    else:
        sys.stdout.write(text)
    return 0


def cmd_z(args: argparse.Namespace) -> int:
    from kiosk.services.shift_documents import shift_report_document
    from kiosk.services.shifts import ShiftService

    store, profile = open_existing(config_for(args))
    try:
        shifts = ShiftService(store, SystemClock(), profile)
        report = shifts.z_report(args.number)
        document = shift_report_document(report, profile)
        if args.print:
            shifts.reprint(report)
    finally:
        store.close()
    print(as_text(document))
    return 0


def cmd_x(args: argparse.Namespace) -> int:
    from kiosk.services.shift_documents import shift_report_document
    from kiosk.services.shifts import ShiftService

    store, profile = open_existing(config_for(args))
    try:
        report = ShiftService(store, SystemClock(), profile).x_report()
    finally:
        store.close()
    print(as_text(shift_report_document(report, profile)))
    return 0


def cmd_refunds(args: argparse.Namespace) -> int:
    from sqlalchemy import text

    from kiosk.domain.money import Money

    store, profile = open_existing(config_for(args))
    try:
        with store.read() as session:
            rows = session.execute(
                text(
                    "SELECT r.refund_no, r.business_day, COALESCE(r.receipt_no, '-'), "
                    "r.reason_code, r.reason_note, r.total, a.name FROM refunds r "
                    "JOIN associates a ON a.id = r.associate_id "
                    "WHERE r.business_day BETWEEN :f AND :l AND (:reason IS NULL OR "
                    "r.reason_code = :reason) ORDER BY r.created_at"
                ),
                {"f": args.first, "l": args.last, "reason": args.reason},
            ).all()
    finally:
        store.close()
    for number, day, receipt, reason, note, total, who in rows:
        amount = Money(total, profile.currency).format(profile.locale)
        extra = f" ({note})" if note else ""
        print(f"{number}  {day}  receipt {receipt:12} {amount:>12}  {reason}{extra}  by {who}")
    print(f"{len(rows)} refund(s)")
    return 0
