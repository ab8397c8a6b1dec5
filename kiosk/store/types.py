"""Column types shared by the tables."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.engine import Dialect
from sqlalchemy.types import String, TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as ISO 8601 UTC text ("2026-11-27T09:15:02.123456+00:00").

    Text sorts chronologically, reads well in the sqlite3 shell and survives a round trip
    without a naive datetime ever appearing.
    """

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else iso_utc(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value)


def iso_utc(value: datetime) -> str:
    """The exact text a timestamp is stored as."""
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ValueError(f"timestamps must be timezone-aware, got {value!r}")
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def utcnow() -> datetime:
    return datetime.now(UTC)
