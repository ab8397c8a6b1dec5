"""The sale in progress at the till: a cart plus the rules about who may change it how."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from kiosk.domain.cart import Cart, CartLine, Discount, ProductRef
from kiosk.domain.errors import InvalidInput
from kiosk.domain.money import Money
from kiosk.domain.permissions import Actor, Approval, Permission, authorize

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SellingPolicy:
    discount_limit_bp: int = 1000  # associates may give up to 10 % without a manager


@dataclass(frozen=True, slots=True)
class AppliedOverride:
    approval_id: str
    permission: str
    manager_id: str
    reason: str
    target: str


@dataclass
class SaleSession:
    actor: Actor
    cart: Cart
    policy: SellingPolicy = field(default_factory=SellingPolicy)
    overrides: list[AppliedOverride] = field(default_factory=list)

    def _guarded(
        self,
        permission: Permission,
        approval: Approval | None,
        target: str,
        action: Callable[[], T],
    ) -> T:
        """Runs `action` if allowed; an approval is spent (and recorded) only if it succeeds."""
        to_spend = authorize(self.actor, permission, approval)
        result = action()
        if to_spend is not None:
            to_spend.spent = True
            self.overrides.append(
                AppliedOverride(
                    to_spend.approval_id,
                    permission.value,
                    to_spend.manager_id,
                    to_spend.reason,
                    target,
                )
            )
        return result

    def add(self, product: ProductRef, quantity: int = 1) -> CartLine:
        return self._guarded(
            Permission.SELL, None, product.sku, lambda: self.cart.add(product, quantity)
        )

    def set_quantity(self, line_id: str, quantity: int) -> None:
        self.cart.set_quantity(line_id, quantity)

    def void_line(self, line_id: str, approval: Approval | None = None) -> CartLine:
        line = self.cart.line(line_id)
        return self._guarded(
            Permission.VOID_LINE, approval, line.product.sku, lambda: self.cart.remove(line_id)
        )

    def void_cart(self, approval: Approval | None = None) -> None:
        if self.cart.is_empty():
            raise InvalidInput("The cart is already empty")
        self._guarded(Permission.VOID_CART, approval, self.cart.cart_id, self.cart.clear)

    def _discount(
        self,
        discount: Discount | None,
        base: int,
        approval: Approval | None,
        target: str,
        action: Callable[[], None],
    ) -> None:
        if discount is not None and discount.percent_bp_of(base) > self.policy.discount_limit_bp:
            self._guarded(Permission.DISCOUNT_ABOVE_LIMIT, approval, target, action)
        else:
            action()

    def set_line_discount(
        self, line_id: str, discount: Discount | None, approval: Approval | None = None
    ) -> None:
        line = self.cart.line(line_id)
        self._discount(
            discount,
            line.base_amount,
            approval,
            line.product.sku,
            lambda: self.cart.set_line_discount(line_id, discount),
        )

    def set_cart_discount(
        self, discount: Discount | None, approval: Approval | None = None
    ) -> None:
        base = sum(ln.amount for ln in self.cart.priced(with_cart_discount=False).lines)
        self._discount(
            discount,
            base,
            approval,
            self.cart.cart_id,
            lambda: self.cart.set_cart_discount(discount),
        )

    def allow_reserved(self, sku: str, reason: str, approval: Approval | None = None) -> None:
        """Lets this sale take units reserved for online pickup orders (the shelf holds more
        than the count says, or the order will not be collected). Always recorded, also when a
        manager sells them, because HQ will see the order short of stock."""
        if not reason.strip():
            raise InvalidInput("Give a reason for selling reserved stock")
        to_spend = authorize(self.actor, Permission.SELL_RESERVED, approval)
        if to_spend is not None:
            to_spend.spent = True
        self.overrides.append(
            AppliedOverride(
                to_spend.approval_id if to_spend else uuid.uuid4().hex,
                Permission.SELL_RESERVED.value,
                to_spend.manager_id if to_spend else self.actor.associate_id,
                reason.strip(),
                sku,
            )
        )

    def reserved_allowed(self) -> set[str]:
        """SKUs this sale may sell below what is reserved for pickup orders."""
        return {o.target for o in self.overrides if o.permission == Permission.SELL_RESERVED.value}

    def override_price(
        self, line_id: str, price: Money, reason: str, approval: Approval | None = None
    ) -> None:
        line = self.cart.line(line_id)
        self._guarded(
            Permission.PRICE_OVERRIDE,
            approval,
            line.product.sku,
            lambda: self.cart.override_price(line_id, price, reason),
        )
