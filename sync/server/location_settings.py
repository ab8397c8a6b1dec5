"""Business settings HQ manages per location (receipt footer, refund limit, idle lock, ...).

Every change takes a version from the location's own settings counter, in the same transaction,
so the kiosks there pull it on their next sync; an unchanged value takes none, so setting the
same footer twice sends nothing. Keys and shapes come from sync.protocol.store_settings, the
list the kiosk agrees with, so an invalid value is refused here and never reaches a till.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from sync.protocol.store_settings import SettingValue, parse_typed
from sync.server import counters
from sync.server.models import LocationSetting


def counter_name(location: str) -> str:
    return f"settings:{location}"


@dataclass(frozen=True, slots=True)
class Change:
    key: str
    old: SettingValue | None
    new: SettingValue

    @property
    def changed(self) -> bool:
        return self.old != self.new


def set_typed(session: Session, location: str, key: str, typed: str, now: datetime) -> Change:
    """Sets one setting from its typed text. Raises ValueError (clear message) if invalid."""
    value = parse_typed(key, typed)
    row = session.get(LocationSetting, (location, key))
    old = row.value if row else None
    if row is not None and row.value == value:
        return Change(key, old, value)
    version = counters.allocate(session, counter_name(location))
    if row is None:
        row = LocationSetting(location=location, key=key, value=value, updated_at=now)
    row.value, row.updated_at, row.version = value, now, version
    session.add(row)
    return Change(key, old, value)


def for_location(session: Session, location: str) -> list[LocationSetting]:
    return list(
        session.execute(
            select(LocationSetting)
            .where(LocationSetting.location == location)
            .order_by(LocationSetting.key)
        ).scalars()
    )
