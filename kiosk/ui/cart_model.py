"""The cart as rows for the cart list: one row per line, priced, formatted for the locale."""

from __future__ import annotations

from PySide6.QtCore import QObject

from kiosk.domain.cart import Cart, DiscountKind, PricedCart
from kiosk.ui.formatting import LocaleFormats
from kiosk.ui.list_model import Row, RowListModel

CART_ROLES = (
    "lineId",
    "name",
    "sku",
    "quantity",
    "unitPrice",
    "amount",
    "discount",
    "discountText",
    "priceOverridden",
    "overrideReason",
)


def cart_rows(cart: Cart, priced: PricedCart, formats: LocaleFormats) -> list[Row]:
    rows: list[Row] = []
    for line, price in zip(cart.lines, priced.lines, strict=True):
        discount_text = ""
        if line.discount is not None:
            if line.discount.kind is DiscountKind.PERCENT:
                discount_text = f"−{formats.percent_bp(line.discount.value)}"
            else:
                discount_text = f"−{formats.money(line.discount.value)}"
        rows.append(
            {
                "lineId": line.line_id,
                "name": line.product.name,
                "sku": line.product.sku,
                "quantity": line.quantity,
                "unitPrice": formats.money(price.unit_price),
                "amount": formats.money(price.base - price.line_discount),
                "discount": formats.money(price.line_discount) if price.line_discount else "",
                "discountText": discount_text,
                "priceOverridden": price.price_overridden,
                "overrideReason": line.override_reason,
            }
        )
    return rows


class CartModel(RowListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(CART_ROLES, parent)

    def show(self, cart: Cart, priced: PricedCart, formats: LocaleFormats) -> None:
        self.sync(cart_rows(cart, priced, formats), key="lineId")

    def row_of(self, line_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row["lineId"] == line_id:
                return i
        return -1
