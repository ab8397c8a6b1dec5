"""The rules for the store's business settings: which can be changed after set-up, and how each
typed value is checked. Pure (no database), so the `kiosk settings` command and the settings HQ
sends on the sync stream go through the very same checks. The keys HQ may set are listed again
in sync.protocol.store_settings (sync cannot import the kiosk); a test holds the two together.
"""

from __future__ import annotations

import re
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError

from kiosk.domain.errors import InvalidInput

TEXT_LIMIT = 400  # a receipt header or footer is a few short lines


def _text(value: str) -> str:
    text = value.replace("\\n", "\n").strip("\n")
    if len(text) > TEXT_LIMIT:
        raise InvalidInput(f"at most {TEXT_LIMIT} characters, not {len(text)}")
    return text


def _name(value: str) -> str:
    name = value.strip()
    if not 1 <= len(name) <= 60:
        raise InvalidInput("a name of 1 to 60 characters")
    return name


def _code(value: str) -> str:
    code = value.strip()
    if len(code) > 60:
        raise InvalidInput("at most 60 characters")
    return code


def _whole(low: int, high: int) -> Any:
    def parse(value: str) -> int:
        if not re.fullmatch(r"\d+", value.strip()):
            raise InvalidInput(f"a whole number from {low} to {high}, not {value!r}")
        number = int(value)
        if not low <= number <= high:
            raise InvalidInput(f"a whole number from {low} to {high}, not {number}")
        return number

    return parse


def _locale(value: str) -> str:
    try:
        Locale.parse(value.strip())
    except (UnknownLocaleError, ValueError):
        raise InvalidInput(f"a locale such as de_DE or en_IE, not {value!r}") from None
    return value.strip()


def _timezone(value: str) -> str:
    try:
        ZoneInfo(value.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(f"a time zone such as Europe/Berlin, not {value!r}") from None
    return value.strip()


def _url(value: str) -> str:
    url = value.strip()
    if url and not re.fullmatch(r"https?://\S{3,300}", url):
        raise InvalidInput(f"an http(s) link (or nothing), not {value!r}")
    return url


# key -> (parser of the typed text, what it means)
EDITABLE: dict[str, tuple[Any, str]] = {
    "store_name": (_name, "the store's name on screen and receipts"),
    "receipt_header": (_text, "lines above the sale on receipts (\\n between lines)"),
    "receipt_footer": (_text, "lines under the totals on receipts (\\n between lines)"),
    "receipt_qr_url": (_url, "a link printed as a QR code, {receipt} = the receipt number"),
    "discount_limit_bp": (_whole(0, 10_000), "discount without a manager, in 1/100 %"),
    "refund_limit_minor": (_whole(0, 10**9), "refund without a manager, in cents"),
    "idle_lock_seconds": (_whole(15, 3_600), "lock the till after this long untouched"),
    "locale": (_locale, "how money, numbers and dates are written"),
    "timezone": (_timezone, "the store's time zone (business days, receipts)"),
    "jurisdiction": (_code, "the tax jurisdiction tagged on every sale"),
}


def parse_setting(key: str, typed: str) -> Any:
    """The checked value of one setting from its typed text; InvalidInput names the key."""
    if key not in EDITABLE:
        allowed = ", ".join(sorted(EDITABLE))
        raise InvalidInput(f"{key!r} cannot be changed here; these can: {allowed}")
    parse, _ = EDITABLE[key]
    try:
        return parse(typed)
    except InvalidInput as exc:
        raise InvalidInput(f"{key}: {exc}") from None
