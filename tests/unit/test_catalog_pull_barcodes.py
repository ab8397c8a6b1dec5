"""Products pulled from HQ are found by scanning their barcodes, as imported ones are."""

from __future__ import annotations

from datetime import UTC, datetime

from kiosk.domain.barcode import with_check_digit
from kiosk.services.catalog import CatalogService
from kiosk.store import sync_pull
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile
from sync.protocol import CatalogPage, ProductItem


def test_a_pulled_products_ean_13_scans_and_a_bad_barcode_does_not_block_the_page(
    demo_store: Store, profile: StoreProfile
) -> None:
    ean = with_check_digit("400638099999")
    upc = with_check_digit("03600029145")
    page = CatalogPage(
        stream="catalog",
        cursor="c1",
        has_more=False,
        server_time=datetime(2026, 11, 27, tzinfo=UTC),
        products=[
            ProductItem(
                sku="NEW-0001",
                name="Travel Adapter",
                tax_class_code="STD",
                price=1299,
                barcodes=[ean, upc, "4006380999990"],  # the last one's check digit is wrong
            )
        ],
    )
    with demo_store.write() as session:
        sync_pull.apply(session, page, page.server_time)
    catalog = CatalogService(demo_store, profile)
    for code in (ean, upc):
        assert catalog.lookup(catalog.classify(code)).product.sku == "NEW-0001"
    assert [p.sku for p in catalog.search(ean)] == ["NEW-0001"]
