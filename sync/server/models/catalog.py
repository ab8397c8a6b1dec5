"""What HQ decides: the catalog, prices and staff. Each row carries the stream version of its
last change; a pull hands out rows after the kiosk's cursor in version order."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field

from sync.server.models.base import HQModel, big


class TaxClass(HQModel, table=True):
    __tablename__ = "tax_classes"

    code: str = Field(primary_key=True)
    name: str
    rate_ppm: int
    version: int = big(index=True)


class Category(HQModel, table=True):
    __tablename__ = "categories"

    code: str = Field(primary_key=True)
    name: str
    sort_order: int = 0
    color: str = "#607d8b"
    version: int = big(index=True)


class Product(HQModel, table=True):
    __tablename__ = "products"

    sku: str = Field(primary_key=True)
    name: str
    category_code: str | None = None
    tax_class_code: str
    unit: str = "piece"
    active: bool = True
    image: str | None = None
    barcodes: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    version: int = big(index=True)


class Price(HQModel, table=True):
    __tablename__ = "prices"

    sku: str = Field(primary_key=True)
    price: int
    version: int = big(index=True)


class StaffMember(HQModel, table=True):
    __tablename__ = "staff"

    id: str = Field(primary_key=True)
    name: str
    role: str
    pin_hash: str
    badge_code: str | None = None
    active: bool = True
    version: int = big(index=True)
