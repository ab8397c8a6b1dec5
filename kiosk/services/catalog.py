"""Finding products: by scan, by search-as-you-type, by category."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from kiosk.domain.barcode import CodeKind, ScannedCode, classify
from kiosk.domain.cart import ProductRef
from kiosk.domain.errors import KioskError
from kiosk.domain.money import Money, round_to_int
from kiosk.store import catalog
from kiosk.store.catalog import ProductInfo
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile


class UnknownProduct(KioskError):
    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class ProductHit:
    product: ProductRef
    code: ScannedCode


class CatalogService:
    def __init__(self, store: Store, profile: StoreProfile) -> None:
        self.store = store
        self.profile = profile

    def classify(self, raw: str) -> ScannedCode:
        """What a scan is (raises InvalidBarcode with a message for the associate)."""
        return classify(raw, self.profile.rcn_region)

    def lookup(self, code: ScannedCode) -> ProductHit:
        """The product a scanned product code stands for, priced for the cart."""
        key = code.lookup_key or code.value
        with self.store.read() as session:
            info = catalog.find_by_code(session, key)
            if info is None and code.kind is CodeKind.INTERNAL:
                info = catalog.find_by_sku(session, key)
        if info is None:
            shown = code.value.lstrip("0") if code.kind is CodeKind.GTIN else code.value
            raise UnknownProduct(
                f"No product has the code {shown}. Set the item aside and ask a manager, "
                "or find it by name.",
                code.value,
            )
        if not info.active:
            raise UnknownProduct(f"{info.name} is no longer sold. Ask a manager.", code.value)
        return ProductHit(self._priced(info, code), code)

    def lookup_sku(self, sku: str) -> ProductRef:
        with self.store.read() as session:
            info = catalog.find_by_sku(session, sku)
        if info is None or not info.active:
            raise UnknownProduct(f"No product has the SKU {sku}", sku)
        return info.ref(self.profile.currency)

    def _priced(self, info: ProductInfo, code: ScannedCode) -> ProductRef:
        ref = info.ref(self.profile.currency, barcode=code.value)
        currency = self.profile.currency
        if code.embedded_price is not None:
            return replace(ref, unit_price=Money.parse(str(code.embedded_price), currency))
        if code.embedded_weight_kg is not None:
            weight: Decimal = code.embedded_weight_kg
            price = round_to_int(
                Decimal(info.price) * weight, self.profile.rounding_rule.decimal_rule
            )
            return replace(
                ref, name=f"{info.name} {weight.normalize()} kg", unit_price=Money(price, currency)
            )
        return ref

    def search(self, query: str, limit: int = 50) -> list[ProductInfo]:
        with self.store.read() as session:
            return catalog.search(session, query, limit)

    def products(
        self, category_code: str | None, offset: int = 0, limit: int = 60
    ) -> list[ProductInfo]:
        with self.store.read() as session:
            return catalog.in_category(session, category_code, offset, limit)

    def categories(self) -> list[tuple[str, str, str]]:
        with self.store.read() as session:
            return catalog.categories(session)
