"""A metadata of HQ's own, so HQ and kiosk tables never mix (tests run both in one process)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Column, MetaData
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

from sync.server.types import UtcTimestamp

HQ_METADATA = MetaData()


class HQModel(SQLModel, registry=registry(metadata=HQ_METADATA)):
    pass


def ts(*, nullable: bool = True, index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(UtcTimestamp(), nullable=nullable, index=index))


def ts_required(*, index: bool = False) -> Any:
    return Field(sa_column=Column(UtcTimestamp(), nullable=False, index=index))


def big(*, default: int = 0, index: bool = False) -> Any:
    return Field(default=default, sa_column=Column(BigInteger(), nullable=False, index=index))


__all__ = ["HQ_METADATA", "HQModel", "big", "datetime", "ts", "ts_required"]
