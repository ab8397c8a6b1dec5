"""The hand-over rules without a store: counting down, wrong items, identification, states."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.domain.errors import InvalidInput
from kiosk.domain.pickup import (
    HandOver,
    Identification,
    IdMethod,
    OrderState,
    PickupLine,
    WrongItem,
    order_state,
    partial_reason,
    phone_digits_of,
    proof_note,
)

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def handover(by_code: bool = True) -> HandOver:
    return HandOver(
        "o1",
        "web-1",
        (PickupLine("A", "Travel Pillow", 1), PickupLine("B", "AAA Batteries", 2)),
        opened_by_code=by_code,
    )


def test_scans_count_down_and_the_order_is_complete_when_all_are_scanned() -> None:
    h = handover()
    assert h.count("B", "AAA Batteries") == 1
    assert h.remaining == {"A": 1, "B": 1}
    assert h.count("B", "AAA Batteries") == 0
    assert h.count("A", "Travel Pillow") == 0
    assert h.complete and h.handed_over == {"A": 1, "B": 2}


def test_a_wrong_item_and_one_too_many_warn_and_count_nothing() -> None:
    h = handover()
    with pytest.raises(WrongItem, match="Cola is not on order web-1"):
        h.count("C", "Cola")
    h.count("A", "Travel Pillow")
    with pytest.raises(WrongItem, match=r"All 1 x Travel Pillow are already scanned"):
        h.count("A", "Travel Pillow")
    assert h.handed_over == {"A": 1}
    h.uncount("A")
    assert h.handed_over == {} and h.left("A") == 1
    with pytest.raises(InvalidInput):
        h.uncount("A")


def test_an_item_already_collected_on_an_earlier_visit_is_a_wrong_item_now() -> None:
    h = HandOver("o1", "web-1", (PickupLine("A", "Pillow", 0),), opened_by_code=False)
    with pytest.raises(WrongItem, match="not on order"):
        h.count("A", "Pillow")


@pytest.mark.parametrize(
    ("masked", "digits"),
    [("*** 4242", "4242"), ("+49 *** *** 1234", "1234"), ("a***@example.org", ""), ("", "")],
)
def test_the_visible_phone_digits_are_read_from_the_masked_contact(
    masked: str, digits: str
) -> None:
    assert phone_digits_of(masked) == digits


def test_name_and_phone_digits_must_match_the_order() -> None:
    ok = proof_note(Identification(IdMethod.NAME_PHONE, "4242"), "*** 4242", False)
    assert ok == "name and phone ending 4242 checked"
    # The customer may say their whole number; its end is what counts.
    assert proof_note(Identification(IdMethod.NAME_PHONE, "+49 170 555 4242"), "*** 4242", False)
    with pytest.raises(InvalidInput, match="do not match"):
        proof_note(Identification(IdMethod.NAME_PHONE, "4243"), "*** 4242", False)
    with pytest.raises(InvalidInput, match="last 4 digits"):
        proof_note(Identification(IdMethod.NAME_PHONE, "42"), "*** 4242", False)
    with pytest.raises(InvalidInput, match="no phone number; check an ID"):
        proof_note(Identification(IdMethod.NAME_PHONE, "4242"), "a***@example.org", False)


def test_the_code_counts_as_identification_only_when_it_was_scanned() -> None:
    assert proof_note(Identification(IdMethod.CODE), "", True) == "pickup code scanned"
    with pytest.raises(InvalidInput, match="Scan the customer's pickup code"):
        proof_note(Identification(IdMethod.CODE), "*** 4242", False)
    note = proof_note(Identification(IdMethod.ID_CHECKED, document="passport"), "", False)
    assert note == "ID checked: passport"


def test_a_partial_pickup_needs_one_of_the_reasons() -> None:
    assert partial_reason("missing", " shelf empty ") == "missing: shelf empty"
    assert partial_reason("later") == "later"
    with pytest.raises(InvalidInput, match="choose why"):
        partial_reason("")


@pytest.mark.parametrize(
    ("hq", "remaining", "collected", "ends_in_h", "state"),
    [
        ("ready", 3, 0, 2, OrderState.READY),
        ("ready", 1, 2, 2, OrderState.PARTIAL),
        ("partial", 1, 2, 2, OrderState.PARTIAL),
        ("ready", 0, 3, 2, OrderState.COMPLETED),  # collected here, HQ not told yet
        ("completed", 0, 0, 2, OrderState.COMPLETED),
        ("ready", 3, 0, -1, OrderState.EXPIRED),  # flagged here; HQ releases it
        ("released", 3, 0, -1, OrderState.RELEASED),
        ("cancelled", 3, 0, 2, OrderState.CANCELLED),
        ("cancelled", 1, 2, 2, OrderState.CONFLICT),  # handed over, but HQ had cancelled it
    ],
)
def test_an_orders_state_here_is_hqs_word_plus_the_hand_overs_made_here(
    hq: str, remaining: int, collected: int, ends_in_h: int, state: OrderState
) -> None:
    end = NOW + timedelta(hours=ends_in_h)
    assert order_state(hq, remaining, collected, end, NOW) is state
