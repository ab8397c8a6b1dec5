from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.domain.barcode import InvalidBarcode, with_check_digit
from kiosk.services.catalog import CatalogService, UnknownProduct
from kiosk.services.catalog_import import CatalogImportError, import_catalog
from kiosk.services.clock import ManualClock
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile

HEADER = "sku,name,price,tax_class,tax_rate,category,barcodes\n"


def write(tmp_path: Path, body: str, name: str = "catalog.csv") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def table_fingerprint(store: Store) -> str:
    with store.read() as session:
        rows = []
        for table in ("products", "barcodes", "tax_classes", "categories", "product_search"):
            rows.append(repr(session.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all()))
    return hashlib.sha256("".join(rows).encode()).hexdigest()


def test_import_creates_products_barcodes_and_search_rows(
    empty_store: Store, tmp_path: Path, clock: ManualClock
) -> None:
    gtin = with_check_digit("400638133393")
    body = (
        HEADER + f"A1,Crème brûlée,2.49,RED,7,desserts,{gtin}|000000070171\nA2,Cola,1.5,STD,19,,\n"
    )
    report = import_catalog(empty_store, write(tmp_path, body), "EUR", clock)
    assert (report.rows, report.created, report.updated) == (2, 2, 0)
    service = CatalogService(empty_store, StoreProfile())
    hit = service.lookup(service.classify(gtin))
    assert hit.product.name == "Crème brûlée" and hit.product.unit_price.minor == 249
    assert hit.product.tax_class.rate_ppm == 70_000
    assert service.lookup(service.classify("000000070171")).product.sku == "A1"
    assert [p.sku for p in service.search("creme")] == ["A1"]  # diacritics folded
    report = import_catalog(
        empty_store, write(tmp_path, HEADER + "A2,Cola Zero,1.60,STD,19,,\n"), "EUR", clock
    )
    assert (report.created, report.updated) == (0, 1)
    assert [p.name for p in service.search("zero")] == ["Cola Zero"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("A1,Tea,,STD,19,,\n", "line 2: missing price for SKU A1"),
        ("A1,Tea,abc,STD,19,,\n", "line 2: bad price for SKU A1"),
        ("A1,Tea,1.999,STD,19,,\n", "more decimals than EUR allows"),
        (
            "A1,Tea,1.00,STD,19,,\nA1,Tea 2,1.00,STD,19,,\n",
            "line 3: duplicate SKU A1 .first on line 2.",
        ),
        (
            "A1,Tea,1.00,STD,19,,4006381333932\n",
            "line 2: bad barcode for SKU A1: .*check digit should be 1",
        ),
        (
            "A1,Tea,1.00,STD,19,,4006381333931\nA2,Cake,2.00,STD,19,,4006381333931\n",
            "line 3: barcode 4006381333931 is also on line 2",
        ),
        ("A1,Tea,1.00,XXX,,,\n", "line 2: unknown tax class XXX"),
        (",Tea,1.00,STD,19,,\n", "line 2: missing SKU"),
        ("A1,,1.00,STD,19,,\n", "line 2: missing name"),
    ],
)
def test_a_bad_row_stops_the_import_and_nothing_is_written(
    empty_store: Store, tmp_path: Path, clock: ManualClock, body: str, message: str
) -> None:
    before = table_fingerprint(empty_store)
    with pytest.raises(CatalogImportError, match=message):
        import_catalog(empty_store, write(tmp_path, HEADER + body), "EUR", clock)
    assert table_fingerprint(empty_store) == before


def test_missing_columns_and_foreign_barcodes_are_reported(
    demo_store: Store, tmp_path: Path, clock: ManualClock
) -> None:
    with pytest.raises(CatalogImportError, match="line 1: missing column.s. price"):
        import_catalog(demo_store, write(tmp_path, "sku,name,tax_class\nA,B,STD\n"), "EUR", clock)
    before = table_fingerprint(demo_store)
    taken = "4006380000018"  # the demo store's still water
    body = HEADER + f"NEW-1,Imposter,1.00,STD,19,,{taken}\n"
    with pytest.raises(CatalogImportError, match="already belongs to SKU DRI-0001"):
        import_catalog(demo_store, write(tmp_path, body), "EUR", clock)
    assert table_fingerprint(demo_store) == before


def test_semicolon_csv_from_a_european_spreadsheet(
    empty_store: Store, tmp_path: Path, clock: ManualClock
) -> None:
    body = "\ufeffsku;name;price;tax_class;tax_rate\nX1;Brezel;0.90;RED;7\n"
    path = tmp_path / "excel.csv"
    path.write_text(body, encoding="utf-8")
    assert import_catalog(empty_store, path, "EUR", clock).rows == 1


def test_lookup_refuses_unknown_and_damaged_codes(demo_store: Store, profile: StoreProfile) -> None:
    service = CatalogService(demo_store, profile)
    with pytest.raises(UnknownProduct, match="No product has the code 4006381333931"):
        service.lookup(service.classify("4006381333931"))
    with pytest.raises(InvalidBarcode, match="damaged or misread"):
        service.classify("4006380000019")
    assert service.lookup(service.classify("COF-0171")).product.name == "Cappuccino"


def test_search_by_prefix_name_sku_and_barcode(demo_store: Store, profile: StoreProfile) -> None:
    service = CatalogService(demo_store, profile)
    names = [p.name for p in service.search("co")]
    assert "Cola 0.33 l" in names and names[0].lower().startswith("co")
    assert [p.sku for p in service.search("cola zer")] == ["DRI-0004"]
    assert [p.sku for p in service.search("SNA-0034")] == ["SNA-0034"]
    assert [p.sku for p in service.search("4006380000346")] == ["SNA-0034"]
    assert service.search("   ") == [] and service.search("zzzzqq") == []
    some = service.search("s", limit=10)
    assert len(some) == 10
    assert all(any(w.lower().startswith("s") for w in [*p.name.split(), p.sku]) for p in some)
