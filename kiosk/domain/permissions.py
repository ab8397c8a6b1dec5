"""Roles, what each may do, and one-shot manager approvals."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field

from kiosk.domain.errors import PermissionDenied


class Permission(enum.StrEnum):
    SELL = "sell"
    SELL_RESERVED = "sell_reserved"  # units reserved for online pickup orders
    VOID_LINE = "void_line"
    VOID_CART = "void_cart"
    DISCOUNT_ABOVE_LIMIT = "discount_above_limit"
    PRICE_OVERRIDE = "price_override"
    REFUND = "refund"
    REFUND_ABOVE_LIMIT = "refund_above_limit"
    REFUND_FOREIGN_RECEIPT = "refund_foreign_receipt"
    NO_SALE = "no_sale"
    CASH_MOVEMENT = "cash_movement"
    STOCK = "stock"
    MANAGE_CATALOG = "manage_catalog"
    MANAGE_STAFF = "manage_staff"
    SETTINGS = "settings"


class Role(enum.StrEnum):
    ASSOCIATE = "associate"
    MANAGER = "manager"
    ADMIN = "admin"


_ASSOCIATE = {Permission.SELL, Permission.VOID_LINE, Permission.REFUND, Permission.STOCK}
_MANAGER = _ASSOCIATE | {
    Permission.SELL_RESERVED,
    Permission.VOID_CART,
    Permission.DISCOUNT_ABOVE_LIMIT,
    Permission.PRICE_OVERRIDE,
    Permission.REFUND_ABOVE_LIMIT,
    Permission.REFUND_FOREIGN_RECEIPT,
    Permission.NO_SALE,
    Permission.CASH_MOVEMENT,
}
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ASSOCIATE: frozenset(_ASSOCIATE),
    Role.MANAGER: frozenset(_MANAGER),
    Role.ADMIN: frozenset(Permission),
}

DESCRIPTIONS: dict[Permission, str] = {
    Permission.SELL: "selling",
    Permission.SELL_RESERVED: "selling stock reserved for online orders",
    Permission.VOID_LINE: "removing a line",
    Permission.VOID_CART: "voiding the whole sale",
    Permission.DISCOUNT_ABOVE_LIMIT: "a discount above the limit",
    Permission.PRICE_OVERRIDE: "changing a price",
    Permission.REFUND: "a refund",
    Permission.REFUND_ABOVE_LIMIT: "a refund above the limit",
    Permission.REFUND_FOREIGN_RECEIPT: "refunding another kiosk's receipt",
    Permission.NO_SALE: "opening the drawer without a sale",
    Permission.CASH_MOVEMENT: "cash in or out",
    Permission.STOCK: "stock operations",
    Permission.MANAGE_CATALOG: "changing the catalog",
    Permission.MANAGE_STAFF: "managing staff",
    Permission.SETTINGS: "changing settings",
}


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is signed in at the till."""

    associate_id: str
    name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


@dataclass(slots=True)
class Approval:
    """A manager's approval of exactly one action. It is spent by the first use."""

    permission: Permission
    manager_id: str
    manager_name: str
    reason: str
    approval_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    spent: bool = False


def authorize(actor: Actor, permission: Permission, approval: Approval | None) -> Approval | None:
    """Checks that the actor may do the action, or that a matching unspent approval covers it.

    Returns the approval to spend once the action has succeeded (so a failed action does not
    use it up), or None when the actor's own role is enough. Raises PermissionDenied otherwise.
    """
    if actor.can(permission):
        return None
    if approval is not None and approval.permission is permission and not approval.spent:
        return approval
    raise PermissionDenied(
        f"{DESCRIPTIONS[permission].capitalize()} needs a manager's approval", permission.value
    )
