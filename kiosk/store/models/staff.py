"""Who may use the till."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Column, Field, SQLModel

from kiosk.store.types import UtcDateTime, utcnow


class Associate(SQLModel, table=True):
    __tablename__ = "associates"

    id: str = Field(primary_key=True)
    name: str
    role: str  # associate | manager | admin
    pin_hash: str  # argon2id; the PIN itself is never stored
    badge_code: str | None = Field(default=None, unique=True)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UtcDateTime()))


class LoginThrottle(SQLModel, table=True):
    """Failed PIN attempts at this till. Kept in the store so a restart does not reset them."""

    __tablename__ = "login_throttle"

    scope: str = Field(primary_key=True)  # "till" for the PIN pad, "override" for approvals
    failures: int = 0
    lockouts: int = 0  # how many times in a row the till locked; lock-outs grow with it
    locked_until: datetime | None = Field(default=None, sa_column=Column(UtcDateTime()))
