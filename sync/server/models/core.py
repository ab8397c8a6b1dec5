"""Who talks to HQ: kiosks (enrolment, token, sequence), admins, locations; counters, settings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field

from sync.server.models.base import HQModel, big, ts, ts_required


class HQSetting(HQModel, table=True):
    __tablename__ = "hq_settings"

    key: str = Field(primary_key=True)
    value: str


class Counter(HQModel, table=True):
    """Stream versions. Bumped with UPDATE ... RETURNING, whose row lock is held until commit,
    so versions of one stream become visible in order and a pull can never skip one."""

    __tablename__ = "counters"

    name: str = Field(primary_key=True)
    value: int = big()


class Location(HQModel, table=True):
    __tablename__ = "locations"

    code: str = Field(primary_key=True)
    name: str = ""
    safety_buffer: int = 0  # units per SKU held back from online sale ("mini-allocations")
    reorder_point: int = 0  # at or below this, a replenishment request is raised
    count_variance_threshold: int = 3  # count corrections beyond this are reported


class LocationSetting(HQModel, table=True):
    """A business setting HQ manages for every kiosk at a location (the settings stream).
    `version` is minted from the location's own counter, as stock levels are, so a kiosk pages
    through its location's settings only."""

    __tablename__ = "location_settings"
    __table_args__ = (Index("ix_location_settings_location_version", "location", "version"),)

    location: str = Field(primary_key=True)
    key: str = Field(primary_key=True)
    value: Any = Field(sa_column=Column(JSON, nullable=False))  # a JSON text or whole number
    updated_at: datetime = ts_required()
    version: int = big()


class Kiosk(HQModel, table=True):
    __tablename__ = "kiosks"

    id: str = Field(primary_key=True)  # the kiosk code, e.g. "K01"
    name: str
    location: str = Field(foreign_key="locations.code", index=True)
    token_hash: str | None = Field(default=None, unique=True)
    enrol_code_hash: str | None = Field(default=None, unique=True)
    enrol_expires_at: datetime | None = ts()
    enrol_used_at: datetime | None = ts()
    created_at: datetime = ts_required()
    revoked_at: datetime | None = ts()
    last_seq: int = big()  # the last outbox sequence applied, written with its effects
    last_seen_at: datetime | None = ts()
    clock_skew_s: float | None = None
    backlog_waiting: int = 0
    backlog_oldest_at: datetime | None = ts()
    device_name: str = ""


class AdminToken(HQModel, table=True):
    __tablename__ = "admin_tokens"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    token_hash: str = Field(unique=True)
    created_at: datetime = ts_required()
    revoked_at: datetime | None = ts()
