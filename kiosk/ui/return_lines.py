"""The lines of a return as the associate picks them: how many of each, back on sale or not.

Pure Python. From a receipt, a line can take at most what was sold minus what earlier refunds
took back; its amount is estimated exactly as RefundService will compute it, so the total on
the button is the total refunded. Without a receipt, lines are products at today's price.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from kiosk.domain.cart import ProductRef
from kiosk.domain.money import round_to_int
from kiosk.services.refunds import ItemWithoutReceipt, RefundableSale, RefundRequest
from kiosk.ui.formatting import LocaleFormats
from kiosk.ui.list_model import Row
from kiosk.ui.messages import translate

LINE_ROLES = ("key", "name", "detail", "quantity", "maximum", "restock", "amount")
NO_RECEIPT_MAX = 99


@dataclass(frozen=True, slots=True)
class ReturnLine:
    key: str
    name: str
    maximum: int  # what may still come back
    quantity: int = 0
    restock: bool = True
    sale_line_id: int | None = None  # from a receipt
    product_id: int | None = None  # without one
    sold: int = 0
    refunded: int = 0
    remaining_amount: int = 0  # from a receipt: gross not yet given back
    unit_price: int = 0  # without a receipt: today's price

    @property
    def amount(self) -> int:
        if self.quantity <= 0:
            return 0
        if self.sale_line_id is None:
            return self.unit_price * self.quantity
        if self.quantity == self.maximum:  # the last ones take exactly what is left
            return self.remaining_amount
        # The same expression as RefundService._line_from_sale, so the totals agree.
        return round_to_int(self.remaining_amount * (Decimal(self.quantity) / self.maximum))


def lines_of(sale: RefundableSale) -> list[ReturnLine]:
    return [
        ReturnLine(
            key=str(line.sale_line_id),
            name=line.name,
            maximum=line.refundable,
            sale_line_id=line.sale_line_id,
            sold=line.sold,
            refunded=line.refunded,
            remaining_amount=line.remaining_amount,
        )
        for line in sale.lines
    ]


def product_line(product: ProductRef, quantity: int = 1) -> ReturnLine:
    return ReturnLine(
        key=f"p{product.product_id}",
        name=product.name,
        maximum=NO_RECEIPT_MAX,
        quantity=quantity,
        product_id=product.product_id,
        unit_price=product.unit_price.minor,
    )


def with_quantity(line: ReturnLine, quantity: int) -> ReturnLine:
    return replace(line, quantity=max(0, min(line.maximum, quantity)))


def requests_of(lines: list[ReturnLine]) -> list[RefundRequest]:
    return [
        RefundRequest(line.sale_line_id, line.quantity, line.restock)
        for line in lines
        if line.quantity > 0 and line.sale_line_id is not None
    ]


def items_of(lines: list[ReturnLine]) -> list[ItemWithoutReceipt]:
    return [
        ItemWithoutReceipt(line.product_id, line.quantity, line.restock)
        for line in lines
        if line.quantity > 0 and line.product_id is not None
    ]


def line_rows(lines: list[ReturnLine], formats: LocaleFormats) -> list[Row]:
    return [
        {
            "key": line.key,
            "name": line.name,
            "detail": _detail(line, formats),
            "quantity": line.quantity,
            "maximum": line.maximum,
            "restock": line.restock,
            "amount": formats.money(line.amount),
        }
        for line in lines
    ]


def _detail(line: ReturnLine, formats: LocaleFormats) -> str:
    if line.sale_line_id is None:
        price = formats.money(line.unit_price)
        return translate("Returns", "today's price %1").replace("%1", price)
    if line.maximum == 0:
        return translate("Returns", "sold %1, all returned already").replace("%1", str(line.sold))
    if line.refunded:
        return (
            translate("Returns", "sold %1, %2 returned already")
            .replace("%1", str(line.sold))
            .replace("%2", str(line.refunded))
        )
    return translate("Returns", "sold %1").replace("%1", str(line.sold))
