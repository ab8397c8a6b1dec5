"""The cart being sold: lines, quantities, discounts, price overrides and its priced totals.

Pricing is a pure function of the cart (`Cart.priced()`): base amounts, line discounts, the
cart discount allocated over lines by largest remainder (so its parts add up exactly), then
tax per line. Totals are sums of the lines, so they can never disagree with them.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from kiosk.domain.errors import InvalidInput
from kiosk.domain.money import Money, round_to_int
from kiosk.domain.tax import Rounding, TaxClass, TaxMode, tax_for_amount

MAX_QUANTITY = 9999
BASIS_POINTS = 10_000  # 100% expressed in basis points


@dataclass(frozen=True, slots=True)
class ProductRef:
    """What the cart needs to know about a product, captured when it was scanned."""

    product_id: int
    sku: str
    name: str
    unit_price: Money
    tax_class: TaxClass
    barcode: str | None = None


class DiscountKind(enum.StrEnum):
    PERCENT = "percent"  # value in basis points: 1250 = 12.5 %
    AMOUNT = "amount"  # value in minor units


@dataclass(frozen=True, slots=True)
class Discount:
    kind: DiscountKind
    value: int
    reason: str = ""

    def __post_init__(self) -> None:
        if type(self.value) is not int or self.value <= 0:
            raise InvalidInput("A discount must be a positive whole amount")
        if self.kind is DiscountKind.PERCENT and self.value > BASIS_POINTS:
            raise InvalidInput("A discount cannot be more than 100 %")

    def amount_of(self, base: int, rounding: Rounding) -> int:
        if self.kind is DiscountKind.PERCENT:
            exact = Decimal(base) * self.value / BASIS_POINTS
            return min(base, round_to_int(exact, rounding.decimal_rule))
        return self.value

    def percent_bp_of(self, base: int) -> int:
        """The discount as basis points of `base`, rounded up, for limit checks."""
        if self.kind is DiscountKind.PERCENT:
            return self.value
        if base <= 0:
            return BASIS_POINTS
        return -(-self.value * BASIS_POINTS // base)


@dataclass(slots=True)
class CartLine:
    product: ProductRef
    quantity: int
    line_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    price_override: Money | None = None
    override_reason: str = ""
    discount: Discount | None = None

    @property
    def unit_price(self) -> Money:
        return self.price_override if self.price_override is not None else self.product.unit_price

    @property
    def base_amount(self) -> int:
        return self.unit_price.minor * self.quantity


@dataclass(frozen=True, slots=True)
class PricedLine:
    line_id: str
    product: ProductRef
    quantity: int
    unit_price: int
    base: int  # quantity x unit price
    line_discount: int
    cart_discount: int  # this line's share of the cart discount
    net: int
    tax: int
    gross: int  # what the customer pays for this line
    price_overridden: bool

    @property
    def amount(self) -> int:
        """The line after discounts, in the store's pricing mode (before exclusive tax)."""
        return self.base - self.line_discount - self.cart_discount


@dataclass(frozen=True, slots=True)
class TaxSummary:
    tax_class: TaxClass
    net: int
    tax: int
    gross: int


@dataclass(frozen=True, slots=True)
class PricedCart:
    currency: str
    tax_mode: TaxMode
    lines: tuple[PricedLine, ...]

    def _sum(self, attr: str) -> Money:
        return Money(sum(getattr(line, attr) for line in self.lines), self.currency)

    @property
    def subtotal(self) -> Money:
        return self._sum("base")

    @property
    def discount_total(self) -> Money:
        return Money(sum(ln.line_discount + ln.cart_discount for ln in self.lines), self.currency)

    @property
    def net_total(self) -> Money:
        return self._sum("net")

    @property
    def tax_total(self) -> Money:
        return self._sum("tax")

    @property
    def total(self) -> Money:
        return self._sum("gross")

    @property
    def item_count(self) -> int:
        return sum(line.quantity for line in self.lines)

    def tax_summary(self) -> list[TaxSummary]:
        by_class: dict[str, TaxSummary] = {}
        for line in self.lines:
            code = line.product.tax_class.code
            prev = by_class.get(code) or TaxSummary(line.product.tax_class, 0, 0, 0)
            by_class[code] = TaxSummary(
                prev.tax_class, prev.net + line.net, prev.tax + line.tax, prev.gross + line.gross
            )
        return [by_class[code] for code in sorted(by_class)]


def allocate(total: int, weights: list[int]) -> list[int]:
    """Splits `total` over `weights` proportionally; the parts always sum to `total` exactly.

    Largest-remainder method: each part gets its floor share, then the leftover units go to the
    parts with the largest fractional remainders (earlier parts win ties).
    """
    weight_sum = sum(weights)
    if total == 0 or weight_sum == 0:
        return [0] * len(weights)
    floors = [total * w // weight_sum for w in weights]
    remainders = [total * w % weight_sum for w in weights]
    leftover = total - sum(floors)
    order = sorted(range(len(weights)), key=lambda i: (-remainders[i], i))
    for i in order[:leftover]:
        floors[i] += 1
    return floors


@dataclass
class Cart:
    currency: str
    tax_mode: TaxMode = TaxMode.INCLUSIVE
    rounding: Rounding = Rounding.HALF_EVEN
    lines: list[CartLine] = field(default_factory=list)
    cart_discount: Discount | None = None
    cart_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def __iter__(self) -> Iterator[CartLine]:
        return iter(self.lines)

    def __len__(self) -> int:
        return len(self.lines)

    def is_empty(self) -> bool:
        return not self.lines

    def line(self, line_id: str) -> CartLine:
        for line in self.lines:
            if line.line_id == line_id:
                return line
        raise InvalidInput("That line is no longer in the cart")

    def add(self, product: ProductRef, quantity: int = 1) -> CartLine:
        """Adds a product; a plain line for the same product and price grows instead."""
        _check_quantity(quantity)
        if product.unit_price.currency != self.currency:
            raise InvalidInput(f"{product.name} is priced in {product.unit_price.currency}")
        for line in self.lines:
            if (
                line.product.product_id == product.product_id
                and line.product.unit_price == product.unit_price
                and line.price_override is None
                and line.discount is None
            ):
                _check_quantity(line.quantity + quantity)
                line.quantity += quantity
                return line
        line = CartLine(product=product, quantity=quantity)
        self.lines.append(line)
        return line

    def set_quantity(self, line_id: str, quantity: int) -> None:
        _check_quantity(quantity)
        self.line(line_id).quantity = quantity

    def remove(self, line_id: str) -> CartLine:
        line = self.line(line_id)
        self.lines.remove(line)
        return line

    def clear(self) -> None:
        self.lines.clear()
        self.cart_discount = None

    def set_line_discount(self, line_id: str, discount: Discount | None) -> None:
        line = self.line(line_id)
        if (
            discount is not None
            and discount.kind is DiscountKind.AMOUNT
            and discount.value > line.base_amount
        ):
            raise InvalidInput("The discount is larger than the line")
        line.discount = discount

    def set_cart_discount(self, discount: Discount | None) -> None:
        if discount is not None and discount.kind is DiscountKind.AMOUNT:
            after_lines = sum(ln.amount for ln in self.priced(with_cart_discount=False).lines)
            if discount.value > after_lines:
                raise InvalidInput("The discount is larger than the sale")
        self.cart_discount = discount

    def override_price(self, line_id: str, price: Money, reason: str) -> None:
        if price.currency != self.currency or price.minor < 0:
            raise InvalidInput("A price must be zero or more, in the store's currency")
        if not reason.strip():
            raise InvalidInput("Give a reason for the price change")
        line = self.line(line_id)
        line.price_override = price
        line.override_reason = reason.strip()
        if line.discount and line.discount.kind is DiscountKind.AMOUNT:
            line.discount = None  # an amount off the old price no longer means anything

    def priced(self, *, with_cart_discount: bool = True) -> PricedCart:
        line_discounts = [
            ln.discount.amount_of(ln.base_amount, self.rounding) if ln.discount else 0
            for ln in self.lines
        ]
        after_line = [ln.base_amount - d for ln, d in zip(self.lines, line_discounts, strict=True)]
        cart_off = 0
        if with_cart_discount and self.cart_discount is not None:
            cart_off = min(
                sum(after_line), self.cart_discount.amount_of(sum(after_line), self.rounding)
            )
        shares = allocate(cart_off, after_line)
        priced = []
        for ln, line_off, share, amount in zip(
            self.lines, line_discounts, shares, after_line, strict=True
        ):
            split = tax_for_amount(
                amount - share, ln.product.tax_class.rate_ppm, self.tax_mode, self.rounding
            )
            priced.append(
                PricedLine(
                    line_id=ln.line_id,
                    product=ln.product,
                    quantity=ln.quantity,
                    unit_price=ln.unit_price.minor,
                    base=ln.base_amount,
                    line_discount=line_off,
                    cart_discount=share,
                    net=split.net,
                    tax=split.tax,
                    gross=split.gross,
                    price_overridden=ln.price_override is not None,
                )
            )
        return PricedCart(self.currency, self.tax_mode, tuple(priced))

    # Parking a cart stores it as JSON; these two are exact inverses.
    def to_dict(self) -> dict[str, Any]:
        return {
            "cart_id": self.cart_id,
            "currency": self.currency,
            "tax_mode": self.tax_mode.value,
            "rounding": self.rounding.value,
            "cart_discount": _discount_to_dict(self.cart_discount),
            "lines": [
                {
                    "line_id": ln.line_id,
                    "quantity": ln.quantity,
                    "price_override": ln.price_override.minor if ln.price_override else None,
                    "override_reason": ln.override_reason,
                    "discount": _discount_to_dict(ln.discount),
                    "product": {
                        "product_id": ln.product.product_id,
                        "sku": ln.product.sku,
                        "name": ln.product.name,
                        "unit_price": ln.product.unit_price.minor,
                        "barcode": ln.product.barcode,
                        "tax_class": {
                            "code": ln.product.tax_class.code,
                            "name": ln.product.tax_class.name,
                            "rate_ppm": ln.product.tax_class.rate_ppm,
                        },
                    },
                }
                for ln in self.lines
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Cart:
        currency = data["currency"]
        cart = cls(
            currency=currency,
            tax_mode=TaxMode(data["tax_mode"]),
            rounding=Rounding(data["rounding"]),
            cart_discount=_discount_from_dict(data.get("cart_discount")),
            cart_id=data["cart_id"],
        )
        for raw in data["lines"]:
            p = raw["product"]
            product = ProductRef(
                product_id=p["product_id"],
                sku=p["sku"],
                name=p["name"],
                unit_price=Money(p["unit_price"], currency),
                tax_class=TaxClass(**p["tax_class"]),
                barcode=p.get("barcode"),
            )
            override = raw.get("price_override")
            cart.lines.append(
                CartLine(
                    product=product,
                    quantity=raw["quantity"],
                    line_id=raw["line_id"],
                    price_override=Money(override, currency) if override is not None else None,
                    override_reason=raw.get("override_reason", ""),
                    discount=_discount_from_dict(raw.get("discount")),
                )
            )
        return cart

    def copy(self) -> Cart:
        return Cart.from_dict(self.to_dict())

    def with_prices(self, prices: dict[int, Money]) -> Cart:
        """A copy where products' catalog prices are refreshed (used when resuming a cart)."""
        fresh = self.copy()
        for ln in fresh.lines:
            if ln.product.product_id in prices:
                ln.product = replace(ln.product, unit_price=prices[ln.product.product_id])
        return fresh


def _check_quantity(quantity: int) -> None:
    if type(quantity) is not int or not 1 <= quantity <= MAX_QUANTITY:
        raise InvalidInput(f"Quantity must be a whole number from 1 to {MAX_QUANTITY}")


def _discount_to_dict(discount: Discount | None) -> dict[str, Any] | None:
    if discount is None:
        return None
    return {"kind": discount.kind.value, "value": discount.value, "reason": discount.reason}


def _discount_from_dict(data: dict[str, Any] | None) -> Discount | None:
    if data is None:
        return None
    return Discount(DiscountKind(data["kind"]), data["value"], data.get("reason", ""))
