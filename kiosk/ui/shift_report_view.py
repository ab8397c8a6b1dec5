"""The X and Z reports on screen: the same figures as the printed report, as labelled rows in
the associate's language and locale (the paper copy is the shop's record; this is for reading).
"""

from __future__ import annotations

from datetime import datetime

from kiosk.domain.shift_report import ShiftReport, TenderLine
from kiosk.ui.formatting import LocaleFormats
from kiosk.ui.list_model import Row
from kiosk.ui.messages import translate

REPORT_ROLES = ("label", "value", "strong", "indent")


def _row(label: str, value: str, *, strong: bool = False, indent: bool = False) -> Row:
    return {"label": label, "value": value, "strong": strong, "indent": indent}


def tender_name(method: str) -> str:
    names = {"cash": translate("Reports", "Cash"), "card": translate("Reports", "Card")}
    return names.get(method, method)


def _tenders(lines: list[TenderLine], formats: LocaleFormats, sign: int) -> list[Row]:
    return [
        _row(f"{tender_name(t.method)} ({t.count})", formats.money(sign * t.amount), indent=True)
        for t in lines
    ]


def report_rows(report: ShiftReport, formats: LocaleFormats) -> list[Row]:
    money = formats.money

    def when(iso: str) -> str:
        return formats.datetime(datetime.fromisoformat(iso))

    rows = [_row(translate("Reports", "Opened"), f"{when(report.opened_at)} · {report.opened_by}")]
    if report.closed_at:
        rows.append(
            _row(
                translate("Reports", "Closed"),
                f"{when(report.closed_at)} · {report.closed_by or ''}",
            )
        )
    rows.append(
        _row(
            translate("Reports", "Sales (%1)").replace("%1", str(report.sales_count)),
            money(report.sales_total),
            strong=True,
        )
    )
    rows += _tenders(report.sales_by_tender, formats, 1)
    rows.append(
        _row(
            translate("Reports", "Refunds (%1)").replace("%1", str(report.refunds_count)),
            money(-report.refunds_total),
        )
    )
    rows += _tenders(report.refunds_by_tender, formats, -1)
    rows += [
        _row(
            translate("Reports", "Discounts (%1 sales)").replace(
                "%1", str(report.discounted_sales)
            ),
            money(-report.discount_total),
        ),
        _row(translate("Reports", "Tax included"), money(report.tax_total)),
        _row(translate("Reports", "Manager approvals"), str(report.overrides)),
        _row(
            translate("Reports", "Voided lines / sales"),
            f"{report.line_voids} / {report.cart_voids}",
        ),
        _row(translate("Reports", "Float"), money(report.float_total)),
        _row(translate("Reports", "Cash in"), money(report.cash_in)),
        _row(translate("Reports", "Cash out"), money(-report.cash_out)),
        _row(translate("Reports", "Drawer opened without a sale"), str(report.no_sales)),
        _row(
            translate("Reports", "Expected in the drawer"), money(report.expected_cash), strong=True
        ),
    ]
    if report.counted_cash is not None and report.variance is not None:
        rows += [
            _row(translate("Reports", "Counted"), money(report.counted_cash), strong=True),
            _row(translate("Reports", "Variance"), signed(report.variance, formats), strong=True),
        ]
    return rows


def signed(minor: int, formats: LocaleFormats) -> str:
    """A difference with its sign always shown: "+€1.00", "−€2.50", "€0.00"."""
    if minor > 0:
        return "+" + formats.money(minor)
    if minor < 0:
        return "−" + formats.money(-minor)
    return formats.money(0)
