"""Changing the store's business settings after set-up: receipt texts, limits, idle lock, ...

Each change is one transaction with its audit entry (old and new value, who), so an auditor can
see when the refund limit went up and by whose hand. What identifies the till to HQ (kiosk
code, location) comes from enrolment, and what would change the meaning of money already taken
(currency, tax mode, rounding) is not editable here: those need a new store.
"""

from __future__ import annotations

from typing import Any

from kiosk.domain.settings_rules import EDITABLE, TEXT_LIMIT, parse_setting
from kiosk.services.clock import Clock
from kiosk.store import settings
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile, load_profile

__all__ = ["EDITABLE", "TEXT_LIMIT", "SettingsService"]


class SettingsService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store, self.clock = store, clock

    def profile(self) -> StoreProfile:
        with self.store.read() as session:
            return load_profile(session)

    def change(self, key: str, typed: str, *, by: str) -> tuple[Any, Any]:
        """Sets one setting from its typed text; returns (old, new). `by` says who (the OS
        user at the command line)."""
        new = parse_setting(key, typed)
        with self.store.write() as session:
            old = settings.change(session, key, new, by=by, at=self.clock.now())
        return old, new
