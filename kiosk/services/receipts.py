"""Builds the receipt document for a sale (rendering to ESC/POS happens in hardware/)."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from hardware.document import (
    Align,
    Barcode,
    Block,
    Columns,
    Cut,
    Document,
    Feed,
    QrCode,
    Rule,
    Size,
    Text,
)
from kiosk.domain.money import Money
from kiosk.domain.tax import TaxClass
from kiosk.store.sales import LineRow, PaymentRow, SaleRow
from kiosk.store.settings import StoreProfile


@dataclass(frozen=True, slots=True)
class ReceiptData:
    profile: StoreProfile
    sale: SaleRow
    lines: list[LineRow]
    payments: list[PaymentRow]
    associate_name: str


def receipt_document(data: ReceiptData, *, copy: bool = False) -> Document:
    profile, sale = data.profile, data.sale

    def money(minor: int) -> str:
        return Money(minor, sale.currency).format(profile.locale)

    local = sale.created_at.astimezone(ZoneInfo(profile.timezone))
    blocks: list[Block] = [
        Text(profile.store_name, align=Align.CENTER, bold=True, size=Size.DOUBLE),
    ]
    blocks += [Text(line, align=Align.CENTER) for line in profile.receipt_header.splitlines()]
    blocks += [
        Feed(1),
        Columns((f"Receipt {sale.receipt_no}", local.strftime("%Y-%m-%d %H:%M"))),
        Columns(("Served by", data.associate_name)),
        Rule(),
    ]
    for ln in data.lines:
        blocks.append(Text(ln.name))
        blocks.append(
            Columns(
                (f"  {ln.quantity} x {money(ln.unit_price)}", money(ln.quantity * ln.unit_price))
            )
        )
        if ln.line_discount:
            reason = f" ({ln.discount_reason})" if ln.discount_reason else ""
            blocks.append(Columns((f"  Discount{reason}", f"-{money(ln.line_discount)}")))
        if ln.price_overridden:
            blocks.append(Text(f"  Price changed: {ln.override_reason}"))
    cart_discount = sum(ln.cart_discount for ln in data.lines)
    blocks.append(Rule())
    if cart_discount:
        blocks.append(Columns(("Sale discount", f"-{money(cart_discount)}")))
    if sale.tax_mode == "exclusive":
        blocks.append(Columns(("Subtotal", money(sale.total - sale.tax_total))))
        blocks.append(Columns(("Tax", money(sale.tax_total))))
    blocks.append(Columns(("TOTAL", money(sale.total)), bold=True))
    for p in data.payments:
        label = "Cash" if p.method == "cash" else f"Card {p.reference or ''}".strip()
        blocks.append(Columns((label, money(p.tendered))))
        if p.change:
            blocks.append(Columns(("Change", money(p.change))))
    blocks.append(Rule())
    by_rate: dict[tuple[str, int], list[int]] = {}
    for ln in data.lines:
        net_tax = by_rate.setdefault((ln.tax_class_code, ln.tax_rate_ppm), [0, 0])
        net_tax[0] += ln.net
        net_tax[1] += ln.tax
    for (code, ppm), (net, tax) in sorted(by_rate.items()):
        rate = f"{TaxClass(code, code, ppm).percent.normalize():f}%"
        blocks.append(Columns((f"{code} {rate} net {money(net)}", f"tax {money(tax)}")))
    blocks += [Feed(1)]
    blocks += [Text(line, align=Align.CENTER) for line in profile.receipt_footer.splitlines()]
    if profile.receipt_qr_url:
        blocks.append(QrCode(profile.receipt_qr_url.replace("{receipt}", sale.receipt_no)))
    blocks += [Barcode(sale.receipt_no), Feed(2), Cut()]
    return Document(kind="receipt", blocks=tuple(blocks), copy=copy)
