"""Loading a location's stock at HQ from a CSV count sheet, all or nothing.

A shop that starts syncing before HQ knows its shelves gets every SKU below zero after the first
day; this is how the opening stock (or a full stocktake) gets in. Each row is a count at HQ,
like `kiosk-hq stock set`, so the ledger keeps one entry per changed SKU.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import datetime

from pydantic import ValidationError
from sqlmodel import Session, col, select

from sync.server.admin import AdminError, set_stock
from sync.server.admin_schemas import StockSetIn
from sync.server.models import Product

STOCK_COLUMNS = ("sku", "on_hand")  # and optionally reorder_point


def parse_stock_csv(text: str) -> list[tuple[int, StockSetIn]]:
    """(line number, row) per data row; a bad row stops everything with its line number."""
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, StockSetIn]] = []
    seen: dict[str, int] = {}
    try:
        missing = [c for c in STOCK_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise AdminError(f"line 1: missing column(s) {', '.join(missing)}")
        for record in reader:
            line = reader.line_num
            item = _row(line, record)
            if item.sku in seen:
                raise AdminError(f"line {line}: {item.sku} is also on line {seen[item.sku]}")
            seen[item.sku] = line
            rows.append((line, item))
    except csv.Error as exc:
        raise AdminError(f"line {reader.line_num}: not valid CSV ({exc})") from None
    if not rows:
        raise AdminError("the file has no stock rows")
    return rows


def _row(line: int, record: dict[str, str | None]) -> StockSetIn:
    def number(column: str) -> int | None:
        value = (record.get(column) or "").strip()
        if not value:
            return None
        if not value.isdigit():
            raise AdminError(f"line {line}: {column} must be a whole number >= 0, not {value!r}")
        return int(value)

    try:
        return StockSetIn(
            sku=(record.get("sku") or "").strip(),
            on_hand=number("on_hand"),
            reorder_point=number("reorder_point"),
        )
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(p) for p in error["loc"])
        raise AdminError(f"line {line}: {field}: {error['msg']}") from None


def import_stock(
    session: Session, location: str, rows: list[tuple[int, StockSetIn]], now: datetime
) -> int:
    """Sets every row's stock at `location` in the caller's transaction; returns the count."""
    _check_known(session, rows)
    for _, item in rows:
        set_stock(session, location, item, now)
    return len(rows)


def _check_known(session: Session, rows: Iterable[tuple[int, StockSetIn]]) -> None:
    wanted = {item.sku: line for line, item in rows}
    known: set[str] = set()
    skus = list(wanted)
    for start in range(0, len(skus), 1000):
        chunk = skus[start : start + 1000]
        known.update(
            session.execute(select(Product.sku).where(col(Product.sku).in_(chunk))).scalars()
        )
    unknown = sorted((line, sku) for sku, line in wanted.items() if sku not in known)
    if unknown:
        line, sku = unknown[0]
        more = f" (and {len(unknown) - 1} more)" if len(unknown) > 1 else ""
        raise AdminError(
            f"line {line}: no product {sku} at HQ{more}; import the catalog first "
            "(kiosk-hq products import)"
        )
