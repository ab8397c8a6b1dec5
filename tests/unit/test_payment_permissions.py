from __future__ import annotations

import pytest

from kiosk.domain.cart import Cart, Discount, DiscountKind, ProductRef
from kiosk.domain.errors import InvalidInput, PaymentShort, PermissionDenied
from kiosk.domain.money import Money
from kiosk.domain.payment import Tender, TenderMethod, settle
from kiosk.domain.permissions import Actor, Approval, Permission, Role
from kiosk.domain.sale_session import SaleSession, SellingPolicy
from kiosk.domain.tax import TaxClass

EUR = "EUR"
CASH, CARD = TenderMethod.CASH, TenderMethod.CARD


def test_cash_gives_change_and_card_does_not() -> None:
    paid = settle(Money(1234, EUR), [Tender(CASH, 2000)])
    assert paid[0].amount == 1234 and paid[0].change == 766
    split = settle(Money(1234, EUR), [Tender(CARD, 1000, "A12345"), Tender(CASH, 500)])
    assert [p.amount for p in split] == [1000, 234]
    assert split[1].change == 266


def test_underpayment_and_card_overpayment_are_refused() -> None:
    with pytest.raises(PaymentShort, match=r"Still due: 2\.34 EUR"):
        settle(Money(1234, EUR), [Tender(CASH, 1000)])
    with pytest.raises(InvalidInput, match="more than"):
        settle(Money(1234, EUR), [Tender(CARD, 1300, "A1")])


def test_card_needs_an_approval_code_and_never_takes_a_card_number() -> None:
    with pytest.raises(InvalidInput, match="approval code"):
        settle(Money(100, EUR), [Tender(CARD, 100, " ")])
    with pytest.raises(InvalidInput, match="card number"):
        settle(Money(100, EUR), [Tender(CARD, 100, "4111 1111 1111 1111")])


ASSOCIATE = Actor("a1", "Alex", Role.ASSOCIATE)
MANAGER = Actor("m1", "Morgan", Role.MANAGER)


def session_with_line() -> tuple[SaleSession, str]:
    cart = Cart(EUR)
    line = cart.add(ProductRef(1, "S1", "Thing", Money(1000, EUR), TaxClass("S", "S", 190_000)))
    return SaleSession(ASSOCIATE, cart, SellingPolicy(discount_limit_bp=1000)), line.line_id


def test_discount_above_the_limit_needs_an_approval_that_is_spent_once() -> None:
    session, line_id = session_with_line()
    session.set_line_discount(line_id, Discount(DiscountKind.PERCENT, 1000))  # at the limit
    with pytest.raises(PermissionDenied, match="discount above the limit"):
        session.set_line_discount(line_id, Discount(DiscountKind.AMOUNT, 200))  # 20 %
    approval = Approval(Permission.DISCOUNT_ABOVE_LIMIT, "m1", "Morgan", "loyal customer")
    session.set_line_discount(line_id, Discount(DiscountKind.AMOUNT, 200), approval)
    assert approval.spent
    assert session.overrides[0].manager_id == "m1"
    with pytest.raises(PermissionDenied):
        session.set_line_discount(line_id, Discount(DiscountKind.PERCENT, 3000), approval)


def test_a_failed_action_does_not_spend_the_approval() -> None:
    session, line_id = session_with_line()
    approval = Approval(Permission.DISCOUNT_ABOVE_LIMIT, "m1", "Morgan", "because")
    with pytest.raises(InvalidInput, match="larger than the line"):
        session.set_line_discount(line_id, Discount(DiscountKind.AMOUNT, 5000), approval)
    assert not approval.spent and not session.overrides


def test_void_cart_needs_a_manager_but_void_line_does_not() -> None:
    session, _line_id = session_with_line()
    with pytest.raises(PermissionDenied, match="Voiding the whole sale"):
        session.void_cart()
    wrong_kind = Approval(Permission.PRICE_OVERRIDE, "m1", "Morgan", "x")
    with pytest.raises(PermissionDenied):
        session.void_cart(wrong_kind)
    session.void_cart(Approval(Permission.VOID_CART, "m1", "Morgan", "customer left"))
    assert session.cart.is_empty()
    session2, line2 = session_with_line()
    session2.void_line(line2)
    assert session2.cart.is_empty()
    manager_session = SaleSession(MANAGER, Cart(EUR))
    manager_session.cart.add(
        ProductRef(1, "S1", "Thing", Money(1000, EUR), TaxClass("S", "S", 190_000))
    )
    manager_session.void_cart()
    assert manager_session.overrides == []
