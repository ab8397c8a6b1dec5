"""The printed X and Z reports."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from hardware.document import Align, Block, Columns, Cut, Document, Feed, Rule, Size, Text
from kiosk.domain.money import Money
from kiosk.domain.shift_report import ShiftReport
from kiosk.domain.tax import TaxClass
from kiosk.store.settings import StoreProfile

METHODS = {"cash": "Cash", "card": "Card"}


def shift_report_document(report: ShiftReport, profile: StoreProfile) -> Document:
    def money(minor: int) -> str:
        return Money(minor, profile.currency).format(profile.locale)

    def local(iso: str) -> str:
        at = datetime.fromisoformat(iso).astimezone(ZoneInfo(profile.timezone))
        return at.strftime("%Y-%m-%d %H:%M")

    title = f"Z REPORT No. {report.z_no}" if report.kind == "Z" else "X REPORT (not a close)"
    blocks: list[Block] = [
        Text(profile.store_name, align=Align.CENTER, bold=True),
        Text(title, align=Align.CENTER, bold=True, size=Size.DOUBLE_HEIGHT),
        Columns(("Till", profile.kiosk_code)),
        Columns(("Opened", f"{local(report.opened_at)} {report.opened_by}")),
    ]
    if report.closed_at:
        blocks.append(Columns(("Closed", f"{local(report.closed_at)} {report.closed_by}")))
    else:
        blocks.append(Columns(("Printed", local(report.printed_at))))
    blocks += [Rule(), Columns((f"Sales ({report.sales_count})", money(report.sales_total)))]
    blocks += [
        Columns((f"  {METHODS.get(t.method, t.method)} ({t.count})", money(t.amount)))
        for t in report.sales_by_tender
    ]
    blocks.append(Columns((f"Refunds ({report.refunds_count})", money(-report.refunds_total))))
    blocks += [
        Columns((f"  {METHODS.get(t.method, t.method)} ({t.count})", money(-t.amount)))
        for t in report.refunds_by_tender
    ]
    blocks += [
        Columns((f"Discounts ({report.discounted_sales} sales)", money(-report.discount_total))),
        Columns(("Manager approvals", str(report.overrides))),
        Columns(("Voided lines / sales", f"{report.line_voids} / {report.cart_voids}")),
        Rule(),
    ]
    for line in report.tax_by_class:
        rate = TaxClass(line.tax_class, line.tax_class, line.rate_ppm).percent.normalize()
        blocks.append(Text(f"{line.tax_class} {rate:f}%"))
        blocks.append(Columns((f"  net {money(line.net)}", f"tax {money(line.tax)}")))
    blocks += [
        Rule(),
        Columns(("Float", money(report.float_total))),
        Columns(("Cash in", money(report.cash_in))),
        Columns(("Cash out", money(-report.cash_out))),
        Columns(("Drawer opened without sale", str(report.no_sales))),
        Columns(("Expected in drawer", money(report.expected_cash)), bold=True),
    ]
    if report.counted_cash is not None and report.variance is not None:
        blocks += [
            Columns(("Counted", money(report.counted_cash)), bold=True),
            Columns(("Variance", money(report.variance)), bold=True),
        ]
    blocks += [Feed(2), Cut()]
    return Document(kind="report", blocks=tuple(blocks))
