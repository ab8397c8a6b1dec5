from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.cart import Cart, Discount, DiscountKind, ProductRef, allocate
from kiosk.domain.errors import InvalidInput
from kiosk.domain.money import Money
from kiosk.domain.tax import Rounding, TaxClass, TaxMode

STD = TaxClass("STD", "Standard", 190_000)
RED = TaxClass("RED", "Reduced", 70_000)


def product(pid: int, price: int, tax: TaxClass = STD) -> ProductRef:
    return ProductRef(pid, f"SKU-{pid}", f"Product {pid}", Money(price, "EUR"), tax)


line_specs = st.lists(
    st.tuples(
        st.integers(1, 40),  # product id (repeats merge)
        st.integers(0, 100_000),  # unit price
        st.integers(1, 20),  # quantity
        st.sampled_from([STD, RED, TaxClass("ZERO", "Zero", 0)]),
        st.one_of(st.none(), st.integers(1, 10_000)),  # percent discount (bp)
    ),
    min_size=1,
    max_size=12,
)


def build(specs: list[tuple[int, int, int, TaxClass, int | None]], mode: TaxMode) -> Cart:
    cart = Cart("EUR", mode, Rounding.HALF_EVEN)
    for pid, price, qty, tax, disc in specs:
        line = cart.add(ProductRef(pid, f"S{pid}-{price}", "p", Money(price, "EUR"), tax), qty)
        if disc is not None:
            cart.set_line_discount(line.line_id, Discount(DiscountKind.PERCENT, disc))
    return cart


@given(line_specs, st.sampled_from(list(TaxMode)), st.one_of(st.none(), st.integers(1, 10_000)))
def test_totals_are_the_sum_of_lines_and_never_floats(
    specs: list[tuple[int, int, int, TaxClass, int | None]], mode: TaxMode, cart_bp: int | None
) -> None:
    cart = build(specs, mode)
    if cart_bp is not None:
        cart.set_cart_discount(Discount(DiscountKind.PERCENT, cart_bp))
    priced = cart.priced()
    assert priced.total.minor == sum(ln.gross for ln in priced.lines)
    assert priced.tax_total.minor == sum(ln.tax for ln in priced.lines)
    assert priced.net_total.minor + priced.tax_total.minor == priced.total.minor
    summary = priced.tax_summary()
    assert sum(s.tax for s in summary) == priced.tax_total.minor
    assert sum(s.gross for s in summary) == priced.total.minor
    for ln in priced.lines:
        assert ln.net + ln.tax == ln.gross
        assert 0 <= ln.line_discount + ln.cart_discount <= ln.base
        for value in (ln.base, ln.net, ln.tax, ln.gross, ln.line_discount, ln.cart_discount):
            assert type(value) is int
    if mode is TaxMode.INCLUSIVE:
        assert priced.total.minor == priced.subtotal.minor - priced.discount_total.minor


@given(st.integers(0, 10**7), st.lists(st.integers(0, 10**6), min_size=1, max_size=30))
def test_allocation_sums_exactly_and_is_proportional(total: int, weights: list[int]) -> None:
    parts = allocate(total, weights)
    if sum(weights) == 0:
        assert parts == [0] * len(weights)
        return
    assert sum(parts) == total
    for part, weight in zip(parts, weights, strict=True):
        exact = total * weight / sum(weights)
        assert abs(part - exact) < 1


def test_same_product_merges_but_discounted_lines_do_not() -> None:
    cart = Cart("EUR")
    first = cart.add(product(1, 199))
    cart.add(product(1, 199), 2)
    assert len(cart) == 1 and first.quantity == 3
    cart.set_line_discount(first.line_id, Discount(DiscountKind.PERCENT, 1000))
    cart.add(product(1, 199))
    assert len(cart) == 2


def test_bad_quantities_and_discounts_are_refused() -> None:
    cart = Cart("EUR")
    line = cart.add(product(1, 500))
    with pytest.raises(InvalidInput, match="Quantity"):
        cart.set_quantity(line.line_id, 0)
    with pytest.raises(InvalidInput, match="Quantity"):
        cart.add(product(2, 100), 10_000)
    with pytest.raises(InvalidInput, match="larger than the line"):
        cart.set_line_discount(line.line_id, Discount(DiscountKind.AMOUNT, 501))
    with pytest.raises(InvalidInput, match="more than 100"):
        Discount(DiscountKind.PERCENT, 10_001)
    with pytest.raises(InvalidInput, match="larger than the sale"):
        cart.set_cart_discount(Discount(DiscountKind.AMOUNT, 600))
    with pytest.raises(InvalidInput, match="priced in USD"):
        cart.add(ProductRef(3, "X", "x", Money(1, "USD"), STD))


def test_price_override_needs_a_reason_and_changes_the_line() -> None:
    cart = Cart("EUR")
    line = cart.add(product(1, 500), 2)
    with pytest.raises(InvalidInput, match="reason"):
        cart.override_price(line.line_id, Money(300, "EUR"), " ")
    cart.override_price(line.line_id, Money(300, "EUR"), "damaged box")
    priced = cart.priced()
    assert priced.total.minor == 600
    assert priced.lines[0].price_overridden


def test_exclusive_tax_is_added_and_inclusive_tax_is_contained() -> None:
    inclusive = Cart("EUR", TaxMode.INCLUSIVE)
    inclusive.add(product(1, 119))
    assert inclusive.priced().total.minor == 119
    assert inclusive.priced().tax_total.minor == 19
    exclusive = Cart("USD", TaxMode.EXCLUSIVE)
    exclusive.add(ProductRef(1, "A", "a", Money(1000, "USD"), TaxClass("NY", "NYC", 88_750)))
    assert exclusive.priced().tax_total.minor == 89  # 88.75 cents, half-even
    assert exclusive.priced().total.minor == 1089


def test_cart_round_trips_through_json() -> None:
    cart = Cart("EUR")
    a = cart.add(product(1, 250), 3)
    cart.add(product(2, 99, RED))
    cart.set_line_discount(a.line_id, Discount(DiscountKind.AMOUNT, 50, "dented"))
    cart.override_price(a.line_id, Money(200, "EUR"), "price match")
    cart.set_cart_discount(Discount(DiscountKind.PERCENT, 500, "staff"))
    again = Cart.from_dict(cart.to_dict())
    assert again.to_dict() == cart.to_dict()
    assert again.priced() == cart.priced()
