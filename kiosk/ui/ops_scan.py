"""What a scan is, for the operations screens that take scans (returns, receiving, counting).

Runs on the database worker: classifies the code and, for a product code, finds the product.
A damaged or unknown code raises the same errors as on the sell screen, so the associate reads
the same messages everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.barcode import CodeKind
from kiosk.domain.cart import ProductRef
from kiosk.services.catalog import CatalogService


@dataclass(frozen=True, slots=True)
class Scanned:
    kind: CodeKind
    value: str
    product: ProductRef | None = None  # for product codes


def resolve(raw: str, catalog: CatalogService) -> Scanned:
    code = catalog.classify(raw)
    if code.is_product:
        return Scanned(code.kind, code.value, catalog.lookup(code).product)
    return Scanned(code.kind, code.value)
