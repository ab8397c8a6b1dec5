"""Which of a store's business settings HQ may set for a location, and their shapes.

HQ cannot import the kiosk, so the list lives here, where both ends see it; the kiosk's own
`kiosk settings` list (kiosk.domain.settings_rules.EDITABLE) must name the same keys, and a test
holds them together. These are shape checks only, so HQ refuses an obvious typo before it reaches
any till; the kiosk validates again, fully (a real locale, a real time zone), when it applies one.

What identifies a till (kiosk code, location) or changes the meaning of money already taken
(currency, tax mode, rounding) is never set from HQ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

SettingValue = str | int  # what a settings stream item carries: JSON scalars, money in cents

Kind = Literal["text", "name", "code", "url", "whole", "locale", "timezone"]

TEXT_LIMIT = 400  # a receipt header or footer is a few short lines


@dataclass(frozen=True, slots=True)
class SettingRule:
    kind: Kind
    low: int = 0
    high: int = 0


HQ_MANAGED: dict[str, SettingRule] = {
    "store_name": SettingRule("name"),
    "receipt_header": SettingRule("text"),
    "receipt_footer": SettingRule("text"),
    "receipt_qr_url": SettingRule("url"),
    "discount_limit_bp": SettingRule("whole", 0, 10_000),
    "refund_limit_minor": SettingRule("whole", 0, 10**9),
    "idle_lock_seconds": SettingRule("whole", 15, 3_600),
    "locale": SettingRule("locale"),
    "timezone": SettingRule("timezone"),
    "jurisdiction": SettingRule("code"),
}

_LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z]{2,4})*")
_TIMEZONE = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*")
_URL = re.compile(r"https?://\S{3,300}")


def parse_typed(key: str, typed: str) -> SettingValue:
    """A value as an admin types it (`\\n` between lines) -> its checked JSON value.
    Raises ValueError with a message fit to show as is."""
    rule = _rule(key)
    if rule.kind == "whole":
        if not re.fullmatch(r"\d+", typed.strip()):
            raise ValueError(f"{key}: a whole number from {rule.low} to {rule.high}, not {typed!r}")
        return check(key, int(typed))
    if rule.kind == "text":
        return check(key, typed.replace("\\n", "\n").strip("\n"))
    return check(key, typed.strip())


def check(key: str, value: SettingValue) -> SettingValue:
    """The value unchanged if its shape fits the key; ValueError otherwise."""
    rule = _rule(key)
    if rule.kind == "whole":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{key}: a whole number, not {value!r}")
        if not rule.low <= value <= rule.high:
            raise ValueError(f"{key}: a whole number from {rule.low} to {rule.high}, not {value}")
        return value
    if not isinstance(value, str):
        raise ValueError(f"{key}: text, not {value!r}")
    problem = _text_problem(rule.kind, value)
    if problem:
        raise ValueError(f"{key}: {problem}")
    return value


def _text_problem(kind: Kind, value: str) -> str | None:
    if kind == "text" and len(value) > TEXT_LIMIT:
        return f"at most {TEXT_LIMIT} characters, not {len(value)}"
    if kind == "name" and not 1 <= len(value.strip()) <= 60:
        return "a name of 1 to 60 characters"
    if kind == "code" and len(value) > 60:
        return "at most 60 characters"
    if kind == "url" and value and not _URL.fullmatch(value):
        return f"an http(s) link (or nothing), not {value!r}"
    if kind == "locale" and not _LOCALE.fullmatch(value):
        return f"a locale such as de_DE or en_IE, not {value!r}"
    if kind == "timezone" and not (len(value) <= 60 and _TIMEZONE.fullmatch(value)):
        return f"a time zone such as Europe/Berlin, not {value!r}"
    return None


def _rule(key: str) -> SettingRule:
    if key not in HQ_MANAGED:
        allowed = ", ".join(sorted(HQ_MANAGED))
        raise ValueError(f"{key!r} is not set from HQ; these are: {allowed}")
    return HQ_MANAGED[key]
