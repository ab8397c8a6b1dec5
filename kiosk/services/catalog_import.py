"""`kiosk catalog import FILE.csv`: all rows or none.

Every row is validated before anything is written; the first bad row stops the import with its
line number and the reason, and the store is left as it was.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kiosk.domain.barcode import InvalidBarcode, product_code_key
from kiosk.domain.errors import InvalidInput, KioskError
from kiosk.domain.money import Money
from kiosk.domain.tax import TaxClass, parse_rate_percent
from kiosk.services.clock import Clock
from kiosk.store import audit, catalog
from kiosk.store.catalog import ProductInput
from kiosk.store.engine import Store

REQUIRED = ("sku", "name", "price", "tax_class")
OPTIONAL = ("barcodes", "category", "category_name", "tax_rate", "unit", "active", "image")
UNITS = ("piece", "kg")
_TRUE = {"1", "yes", "y", "true", "active", ""}
_FALSE = {"0", "no", "n", "false", "inactive"}


class CatalogImportError(KioskError):
    pass


@dataclass(frozen=True, slots=True)
class ImportReport:
    rows: int
    created: int
    updated: int
    seconds: float

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds else float("inf")


@dataclass(slots=True)
class _Parsed:
    products: list[ProductInput]
    tax_classes: dict[str, TaxClass]
    categories: dict[str, str]


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise CatalogImportError(f"Cannot read {path}: {exc.strerror}") from None
    with handle:
        header = handle.readline()
        delimiter = ";" if header.count(";") > header.count(",") else ","
        columns = [c.strip().lower() for c in next(csv.reader([header], delimiter=delimiter))]
        missing = [c for c in REQUIRED if c not in columns]
        if missing:
            raise CatalogImportError(
                f"{path.name}: line 1: missing column(s) {', '.join(missing)} "
                f"(required: {', '.join(REQUIRED)})"
            )
        unknown = [c for c in columns if c and c not in REQUIRED + OPTIONAL]
        if unknown:
            raise CatalogImportError(f"{path.name}: line 1: unknown column(s) {', '.join(unknown)}")
        reader = csv.reader(handle, delimiter=delimiter)
        try:
            for record in reader:
                if not any(cell.strip() for cell in record):
                    continue
                line = reader.line_num + 1
                if len(record) > len(columns):
                    raise CatalogImportError(f"{path.name}: line {line}: more cells than columns")
                yield line, {c: v.strip() for c, v in zip(columns, record, strict=False)}
        except UnicodeDecodeError as exc:
            raise CatalogImportError(
                f"{path.name}: the file is not UTF-8 text ({exc.reason})"
            ) from None
        except csv.Error as exc:
            raise CatalogImportError(f"{path.name}: line {reader.line_num}: {exc}") from None


class _RowError(Exception):
    """A reason a row is bad; the caller adds the file name and line number."""


class _CatalogParser:
    def __init__(self, currency: str, known_tax: dict[str, TaxClass]) -> None:
        self.currency = currency
        self.known_tax = known_tax
        self.parsed = _Parsed([], {}, {})
        self.seen_skus: dict[str, int] = {}
        self.seen_codes: dict[str, int] = {}

    def row(self, line: int, row: dict[str, str]) -> None:
        sku = row.get("sku", "")
        if not sku:
            raise _RowError("missing SKU")
        if sku in self.seen_skus:
            raise _RowError(f"duplicate SKU {sku} (first on line {self.seen_skus[sku]})")
        self.seen_skus[sku] = line
        name = row.get("name", "")
        if not name:
            raise _RowError(f"missing name for SKU {sku}")
        category = row.get("category") or None
        if category:
            self.parsed.categories.setdefault(category, row.get("category_name") or category)
        unit = row.get("unit") or "piece"
        if unit not in UNITS:
            raise _RowError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
        active_text = row.get("active", "").lower()
        if active_text not in _TRUE | _FALSE:
            raise _RowError(f"active must be yes or no, not {row['active']!r}")
        self.parsed.products.append(
            ProductInput(
                sku=sku,
                name=name,
                price=self._price(sku, row.get("price", "")),
                tax_class_code=self._tax_class(sku, row),
                category_code=category,
                unit=unit,
                active=active_text not in _FALSE,
                image=row.get("image") or None,
                barcodes=self._barcodes(sku, line, row.get("barcodes", "")),
            )
        )

    def _price(self, sku: str, text: str) -> int:
        if not text:
            raise _RowError(f"missing price for SKU {sku}")
        try:
            price = Money.parse(text, self.currency)
        except InvalidInput as exc:
            raise _RowError(f"bad price for SKU {sku}: {exc}") from None
        if price.minor < 0:
            raise _RowError(f"negative price for SKU {sku}")
        return price.minor

    def _tax_class(self, sku: str, row: dict[str, str]) -> str:
        code = row.get("tax_class", "")
        if not code:
            raise _RowError(f"missing tax_class for SKU {sku}")
        if row.get("tax_rate"):
            try:
                rate = parse_rate_percent(row["tax_rate"])
            except (ValueError, ArithmeticError):
                raise _RowError(f"bad tax_rate {row['tax_rate']!r}") from None
            previous = self.parsed.tax_classes.get(code)
            if previous is not None and previous.rate_ppm != rate:
                raise _RowError(f"tax class {code} has two different rates in this file")
            self.parsed.tax_classes[code] = TaxClass(code, code, rate)
        elif code not in self.known_tax and code not in self.parsed.tax_classes:
            raise _RowError(f"unknown tax class {code} (add a tax_rate column to create it)")
        return code

    def _barcodes(self, sku: str, line: int, text: str) -> tuple[str, ...]:
        codes: list[str] = []
        for raw_code in text.replace("|", " ").split():
            try:
                key = product_code_key(raw_code)
            except InvalidBarcode as exc:
                raise _RowError(f"bad barcode for SKU {sku}: {exc}") from None
            if key in self.seen_codes:
                raise _RowError(f"barcode {raw_code} is also on line {self.seen_codes[key]}")
            self.seen_codes[key] = line
            codes.append(key)
        return tuple(codes)


def parse_catalog(path: Path, currency: str, known_tax: dict[str, TaxClass]) -> _Parsed:
    parser = _CatalogParser(currency, known_tax)
    for line, row in _rows(path):
        try:
            parser.row(line, row)
        except _RowError as exc:
            raise CatalogImportError(f"{path.name}: line {line}: {exc}") from None
    if not parser.parsed.products:
        raise CatalogImportError(f"{path.name}: no products in the file")
    return parser.parsed


def import_catalog(
    store: Store, path: Path, currency: str, clock: Clock, imported_by: str | None = None
) -> ImportReport:
    started = time.perf_counter()
    with store.read() as session:
        known = {
            t.code: t
            for t in (
                TaxClass(r[0], r[1], r[2])
                for r in catalog.dbapi(session).execute(
                    "SELECT code, name, rate_ppm FROM tax_classes"
                )
            )
        }
    parsed = parse_catalog(path, currency, known)
    skus_by_line = {p.sku for p in parsed.products}
    now = clock.now()
    with store.write() as session:
        owners = catalog.barcode_owners(session, (c for p in parsed.products for c in p.barcodes))
        for product in parsed.products:
            for code in product.barcodes:
                owner = owners.get(code)
                if owner is not None and owner != product.sku and owner not in skus_by_line:
                    raise CatalogImportError(
                        f"{path.name}: barcode {code.lstrip('0')} of SKU {product.sku} already "
                        f"belongs to SKU {owner}; nothing was imported"
                    )
        existing = catalog.count_products(session)
        for tax in parsed.tax_classes.values():
            catalog.upsert_tax_class(session, tax)
        for order, (code, name) in enumerate(sorted(parsed.categories.items())):
            catalog.upsert_category(session, code, name, order, "#607d8b")
        catalog.upsert_products(session, parsed.products, now)
        created = catalog.count_products(session) - existing
        audit.append(
            session,
            action="catalog.imported",
            at=now,
            associate_id=imported_by,
            subject=path.name,
            detail={"rows": len(parsed.products), "created": created},
        )
    seconds = time.perf_counter() - started
    return ImportReport(len(parsed.products), created, len(parsed.products) - created, seconds)
