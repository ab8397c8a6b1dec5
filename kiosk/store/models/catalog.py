"""What the shop sells: products, their barcodes, categories and tax classes."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Column, Field, Index, SQLModel

from kiosk.store.types import UtcDateTime, utcnow


class TaxClassRow(SQLModel, table=True):
    __tablename__ = "tax_classes"

    code: str = Field(primary_key=True)
    name: str
    rate_ppm: int  # 19 % = 190_000


class Category(SQLModel, table=True):
    __tablename__ = "categories"

    code: str = Field(primary_key=True)
    name: str
    sort_order: int = 0
    color: str = "#607d8b"


class Product(SQLModel, table=True):
    __tablename__ = "products"
    __table_args__ = (
        Index("ix_products_category_name", "category_code", "name"),
        Index("ix_products_name", "name"),  # the "All" tab pages 100,000 SKUs by name
    )

    id: int | None = Field(default=None, primary_key=True)
    sku: str = Field(unique=True)
    name: str
    category_code: str | None = Field(default=None, foreign_key="categories.code")
    tax_class_code: str = Field(foreign_key="tax_classes.code")
    price: int  # minor units of the store currency; per kg when unit == "kg"
    unit: str = "piece"
    active: bool = True
    image: str | None = None
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UtcDateTime()))


class Barcode(SQLModel, table=True):
    __tablename__ = "barcodes"

    # GTINs are stored as GTIN-14 so EAN-13, UPC-A and EAN-8 scans all find them;
    # the shop's own codes are stored as printed.
    code: str = Field(primary_key=True)
    product_id: int = Field(foreign_key="products.id", index=True, ondelete="CASCADE")
