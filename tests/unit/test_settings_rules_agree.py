"""The settings HQ may set (sync.protocol) and those the kiosk lets be changed (kiosk.domain)
are one list, and HQ's shape checks never let by what the kiosk would refuse for its shape."""

from __future__ import annotations

import pytest

from kiosk.domain.errors import InvalidInput
from kiosk.domain.settings_rules import EDITABLE, parse_setting
from kiosk.store.settings import PROFILE_KEYS
from sync.protocol.store_settings import HQ_MANAGED, parse_typed

SAMPLES: dict[str, list[str]] = {
    "store_name": ["Station Kiosk", "", " ", "x" * 60, "x" * 61],
    "receipt_header": ["", "Line 1\\nLine 2", "x" * 400, "x" * 401],
    "receipt_footer": ["Thank you!", "x" * 400, "x" * 401],
    "receipt_qr_url": ["", "https://shop.example/r/{receipt}", "ftp://x.example", "shop"],
    "discount_limit_bp": ["0", "10000", "10001", "-1", "12.5", "ten"],
    "refund_limit_minor": ["0", "1000000000", "1000000001", "50.00"],
    "idle_lock_seconds": ["14", "15", "3600", "3601"],
    "locale": ["de_DE", "en_IE", "fr", "german", "de-DE"],
    "timezone": ["Europe/Berlin", "UTC", "America/Argentina/Buenos_Aires", "Berlin time"],
    "jurisdiction": ["", "DE-BE", "x" * 60, "x" * 61],
}


def test_hq_manages_exactly_the_settings_the_kiosk_lets_be_changed() -> None:
    assert set(HQ_MANAGED) == set(EDITABLE) == set(SAMPLES)
    assert set(HQ_MANAGED) <= PROFILE_KEYS
    assert not {"kiosk_code", "location", "currency", "tax_mode", "rounding"} & set(HQ_MANAGED)


@pytest.mark.parametrize(("key", "typed"), [(k, t) for k, ts in SAMPLES.items() for t in ts])
def test_hq_and_kiosk_agree_on_each_sample(key: str, typed: str) -> None:
    try:
        kiosk_value: object = parse_setting(key, typed)
    except InvalidInput:
        kiosk_value = None
    try:
        hq_value: object = parse_typed(key, typed)
    except ValueError:
        hq_value = None
    assert hq_value == kiosk_value
