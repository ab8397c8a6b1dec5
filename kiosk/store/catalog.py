"""Reading and writing the catalog. Hot paths (scan lookup, search, bulk import) use prepared
SQL on the session's connection; they run thousands of times a day or on 100,000 rows."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from kiosk.domain.cart import ProductRef
from kiosk.domain.money import Money
from kiosk.domain.tax import TaxClass
from kiosk.store.types import iso_utc

_SELECT = (
    "SELECT p.id, p.sku, p.name, p.category_code, p.price, p.unit, p.active, p.image, "
    "t.code, t.name, t.rate_ppm FROM products p JOIN tax_classes t ON t.code = p.tax_class_code"
)
_BY_CODE = f"{_SELECT} JOIN barcodes b ON b.product_id = p.id WHERE b.code = ?"
_BY_SKU = f"{_SELECT} WHERE p.sku = ?"
_BY_ID = f"{_SELECT} WHERE p.id = ?"
_SEARCH = (
    f"{_SELECT} JOIN (SELECT rowid AS id FROM product_search WHERE product_search MATCH ? "
    "LIMIT ?) s ON s.id = p.id"
)
_CHUNK = 500  # SQLite's bound-parameter limit is generous, but IN lists stay readable


@dataclass(frozen=True, slots=True)
class ProductInfo:
    id: int
    sku: str
    name: str
    category_code: str | None
    price: int
    unit: str
    active: bool
    image: str | None
    tax_class: TaxClass

    def ref(self, currency: str, barcode: str | None = None) -> ProductRef:
        return ProductRef(
            product_id=self.id,
            sku=self.sku,
            name=self.name,
            unit_price=Money(self.price, currency),
            tax_class=self.tax_class,
            barcode=barcode,
        )


@dataclass(frozen=True, slots=True)
class ProductInput:
    """One product as imported from CSV or pulled from HQ."""

    sku: str
    name: str
    price: int
    tax_class_code: str
    category_code: str | None = None
    unit: str = "piece"
    active: bool = True
    image: str | None = None
    barcodes: tuple[str, ...] = ()


def _row(r: Sequence[Any]) -> ProductInfo:
    return ProductInfo(
        id=r[0],
        sku=r[1],
        name=r[2],
        category_code=r[3],
        price=r[4],
        unit=r[5],
        active=bool(r[6]),
        image=r[7],
        tax_class=TaxClass(code=r[8], name=r[9], rate_ppm=r[10]),
    )


def dbapi(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under the session's current transaction."""
    conn = session.connection().connection.driver_connection
    assert isinstance(conn, sqlite3.Connection)
    return conn


def find_by_code(session: Session, code: str) -> ProductInfo | None:
    row = dbapi(session).execute(_BY_CODE, (code,)).fetchone()
    return _row(row) if row else None


def find_by_sku(session: Session, sku: str) -> ProductInfo | None:
    row = dbapi(session).execute(_BY_SKU, (sku,)).fetchone()
    return _row(row) if row else None


def find_by_id(session: Session, product_id: int) -> ProductInfo | None:
    row = dbapi(session).execute(_BY_ID, (product_id,)).fetchone()
    return _row(row) if row else None


_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(query: str) -> str | None:
    """Every word typed must match the start of a word in name, SKU or barcode."""
    words = _WORD.findall(query.casefold())
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words[:8])


def search(session: Session, query: str, limit: int = 50) -> list[ProductInfo]:
    """Search-as-you-type over active products: name, SKU and barcodes, by word prefixes.

    Matches come from the FTS index in rowid order (cheap even for a one-letter prefix over
    100,000 products); the page is then ordered so names that start with the query come first.
    """
    expression = fts_query(query)
    if expression is None:
        return []
    rows = dbapi(session).execute(_SEARCH, (expression, limit)).fetchall()
    found = [_row(r) for r in rows]
    prefix = query.strip().casefold()
    found.sort(key=lambda p: (not p.name.casefold().startswith(prefix), p.name.casefold()))
    return found


def in_category(
    session: Session, category_code: str | None, offset: int = 0, limit: int = 60
) -> list[ProductInfo]:
    if category_code is None:
        sql = f"{_SELECT} WHERE p.active ORDER BY p.name LIMIT ? OFFSET ?"
        rows = dbapi(session).execute(sql, (limit, offset)).fetchall()
    else:
        sql = f"{_SELECT} WHERE p.category_code = ? AND p.active ORDER BY p.name LIMIT ? OFFSET ?"
        rows = dbapi(session).execute(sql, (category_code, limit, offset)).fetchall()
    return [_row(r) for r in rows]


def categories(session: Session) -> list[tuple[str, str, str]]:
    """(code, name, color) in display order."""
    rows = session.execute(
        text("SELECT code, name, color FROM categories ORDER BY sort_order, name")
    ).all()
    return [(r[0], r[1], r[2]) for r in rows]


def upsert_tax_class(session: Session, tax: TaxClass) -> None:
    session.execute(
        text(
            "INSERT INTO tax_classes (code, name, rate_ppm) VALUES (:c, :n, :r) "
            "ON CONFLICT(code) DO UPDATE SET name = excluded.name, rate_ppm = excluded.rate_ppm"
        ),
        {"c": tax.code, "n": tax.name, "r": tax.rate_ppm},
    )


def upsert_category(session: Session, code: str, name: str, sort_order: int, color: str) -> None:
    session.execute(
        text(
            "INSERT INTO categories (code, name, sort_order, color) VALUES (:c, :n, :s, :k) "
            "ON CONFLICT(code) DO UPDATE SET name = excluded.name, "
            "sort_order = excluded.sort_order, color = excluded.color"
        ),
        {"c": code, "n": name, "s": sort_order, "k": color},
    )


def barcode_owners(session: Session, codes: Iterable[str]) -> dict[str, str]:
    """Which SKU each of these barcodes belongs to today."""
    owners: dict[str, str] = {}
    conn = dbapi(session)
    pending = list(codes)
    for start in range(0, len(pending), _CHUNK):
        chunk = pending[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        sql = (
            "SELECT b.code, p.sku FROM barcodes b JOIN products p ON p.id = b.product_id "
            f"WHERE b.code IN ({marks})"
        )
        owners.update(dict(conn.execute(sql, chunk).fetchall()))
    return owners


def upsert_products(session: Session, items: Sequence[ProductInput], now: datetime) -> int:
    """Inserts or updates products by SKU, replaces their barcodes and reindexes search.

    Barcodes must not belong to products outside `items` (callers check with barcode_owners
    first, to report the clash by line); the primary key refuses it otherwise.
    """
    if not items:
        return 0
    conn = dbapi(session)
    stamp = iso_utc(now)
    existed = _ids_for_skus(conn, [i.sku for i in items])
    conn.executemany(
        "INSERT INTO products (sku, name, category_code, tax_class_code, price, unit, active, "
        "image, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(sku) DO UPDATE SET "
        "name = excluded.name, category_code = excluded.category_code, "
        "tax_class_code = excluded.tax_class_code, price = excluded.price, "
        "unit = excluded.unit, active = excluded.active, image = excluded.image, "
        "updated_at = excluded.updated_at",
        [
            (
                i.sku,
                i.name,
                i.category_code,
                i.tax_class_code,
                i.price,
                i.unit,
                i.active,
                i.image,
                stamp,
            )
            for i in items
        ],
    )
    ids = _ids_for_skus(conn, [i.sku for i in items])
    # Only products that were there before can have old barcodes and search rows to replace.
    replaced = [(ids[i.sku],) for i in items if i.sku in existed]
    conn.executemany("DELETE FROM barcodes WHERE product_id = ?", replaced)
    conn.executemany("DELETE FROM product_search WHERE rowid = ?", replaced)
    conn.executemany(
        "INSERT INTO barcodes (code, product_id) VALUES (?, ?)",
        [(code, ids[i.sku]) for i in items for code in i.barcodes],
    )
    conn.executemany(
        "INSERT INTO product_search (rowid, name, sku, codes) VALUES (?, ?, ?, ?)",
        [(ids[i.sku], i.name, i.sku, _searchable_codes(i.barcodes)) for i in items if i.active],
    )
    return len(items)


def _ids_for_skus(conn: sqlite3.Connection, skus: list[str]) -> dict[str, int]:
    if len(skus) > 5 * _CHUNK:  # a big import: one scan beats thousands of IN lists
        return dict(conn.execute("SELECT sku, id FROM products").fetchall())
    ids: dict[str, int] = {}
    for start in range(0, len(skus), _CHUNK):
        chunk = skus[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        ids.update(conn.execute(f"SELECT sku, id FROM products WHERE sku IN ({marks})", chunk))
    return ids


def _searchable_codes(codes: Iterable[str]) -> str:
    """GTINs are stored 14 digits long; people type them as printed (EAN-13, UPC-A, EAN-8)."""
    words = []
    for code in codes:
        words.append(code)
        if code.isdigit() and len(code) == 14 and code.startswith("0"):
            words.append(code.lstrip("0").rjust(8, "0") if len(code.lstrip("0")) <= 8 else code[1:])
    return " ".join(words)


def count_products(session: Session) -> int:
    return int(session.execute(text("SELECT COUNT(*) FROM products")).scalar_one())
