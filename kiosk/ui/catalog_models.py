"""The product grid, its category tabs and search-as-you-type, fed by the database worker.

Product pages load on the worker and arrive as rows ready to display. The grid pages through a
category as it is flicked (Qt's fetchMore), so a 100,000-product catalog costs one page at a
time. Search keeps at most one query in flight: keystrokes typed meanwhile collapse into the
latest one, and results of a query that is no longer current are dropped.

Tiles of products with nothing on hand show a stockout badge: stock levels come with each page
(and each search) from the same worker call, and are re-read after anything that moves stock.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    Property,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QUrl,
    Signal,
    Slot,
)

from kiosk.services.catalog import CatalogService
from kiosk.store.catalog import ProductInfo
from kiosk.ui.formatting import LocaleFormats
from kiosk.ui.list_model import RowListModel
from kiosk.ui.worker import DbWorker

PRODUCT_ROLES = ("productId", "name", "price", "sku", "tint", "initials", "imageUrl", "soldOut")
StockLevels = Callable[[list[int]], dict[int, int]]  # product id -> units on hand
CATEGORY_ROLES = ("code", "name", "tint")
PAGE = 60
SEARCH_LIMIT = 48
NEUTRAL = "#607D8B"
IMPORT_DEFAULT = "#607d8b"  # what a catalog import gives a category that has no colour of its own
# Distinct, white-text-friendly Material colours for categories that have none of their own.
PALETTE = (
    "#00897B", "#5E35B1", "#F4511E", "#3949AB", "#7CB342", "#D81B60", "#00ACC1",
    "#6D4C41", "#FB8C00", "#8E24AA", "#43A047", "#1E88E5", "#C0CA33", "#546E7A",
)  # fmt: skip


def category_colour(position: int, stored: str | None) -> str:
    """The category's own colour, or a distinct one by its position so tiles stay tellable."""
    if stored and stored.lower() != IMPORT_DEFAULT:
        return stored
    return PALETTE[position % len(PALETTE)]


def initials(name: str) -> str:
    """Two letters for a placeholder tile: "Still Water 0.5 l" -> "SW", "Cola" -> "CO"."""
    words = [w for w in name.split() if w[:1].isalpha()]
    if len(words) >= 2:
        return (words[0][0] + words[1][0]).upper()
    if words:
        return words[0][:2].upper()
    return name[:2].upper()


class ProductListModel(RowListModel):
    """Products as tiles. `addToCart(row)` hands the product on to the sale."""

    def __init__(
        self,
        *,
        formats: LocaleFormats,
        colors: dict[str, str],
        on_pick: Callable[[ProductInfo], None],
        image_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(PRODUCT_ROLES, parent)
        self.formats = formats
        self.colors = colors
        self.on_pick = on_pick
        self.image_dir = image_dir
        self._infos: list[ProductInfo] = []
        self._levels: dict[int, int] = {}

    def _row(self, info: ProductInfo) -> dict[str, object]:
        image = ""
        if info.image:
            path = Path(info.image)
            if not path.is_absolute() and self.image_dir is not None:
                path = self.image_dir / path
            image = QUrl.fromLocalFile(str(path)).toString()
        return {
            "productId": info.id,
            "name": info.name,
            "price": self.formats.money(info.price),
            "sku": info.sku,
            "tint": self.colors.get(info.category_code or "", NEUTRAL),
            "initials": initials(info.name),
            "imageUrl": image,
            "soldOut": self._levels.get(info.id, 1) <= 0,
        }

    def show(self, infos: list[ProductInfo], levels: dict[int, int] | None = None) -> None:
        self._infos = list(infos)
        self._levels = dict(levels or {})
        self.reset([self._row(i) for i in infos])

    def extend(self, infos: list[ProductInfo], levels: dict[int, int] | None = None) -> None:
        self._infos.extend(infos)
        self._levels.update(levels or {})
        self.append([self._row(i) for i in infos])

    def product_ids(self) -> list[int]:
        return [info.id for info in self._infos]

    def set_levels(self, levels: dict[int, int]) -> None:
        """New stock levels: only tiles whose badge changes are updated."""
        self._levels.update(levels)
        self.sync([self._row(i) for i in self._infos], "productId")

    def info(self, row: int) -> ProductInfo:
        return self._infos[row]

    @Slot(int)
    def addToCart(self, row: int) -> None:
        if 0 <= row < len(self._infos):
            self.on_pick(self._infos[row])


class CategoryProducts(ProductListModel):
    """One category's products, a page at a time as the grid asks for more."""

    categoryChanged = Signal()

    def __init__(
        self,
        *,
        worker: DbWorker,
        catalog: CatalogService,
        formats: LocaleFormats,
        colors: dict[str, str],
        on_pick: Callable[[ProductInfo], None],
        image_dir: Path | None = None,
        stock_levels: StockLevels | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            formats=formats, colors=colors, on_pick=on_pick, image_dir=image_dir, parent=parent
        )
        self.worker = worker
        self.catalog = catalog
        self.stock_levels = stock_levels
        self._category = ""
        self._generation = 0
        self._more = False
        self._loading = False

    def _get_category(self) -> str:
        return self._category

    category = Property(str, _get_category, notify=categoryChanged)

    @Slot(str)
    def showCategory(self, code: str) -> None:
        """Shows the first page of a category ("" is every product)."""
        self._category = code
        self._generation += 1
        self._loading = True
        self.categoryChanged.emit()
        self._load(offset=0)

    def _load(self, offset: int) -> None:
        generation, code, catalog = self._generation, self._category or None, self.catalog
        levels = self.stock_levels

        def page() -> tuple[list[ProductInfo], dict[int, int]]:
            products = catalog.products(code, offset, PAGE)
            return products, levels([p.id for p in products]) if levels else {}

        self.worker.submit(page, lambda loaded: self._arrived(generation, offset, *loaded))

    def _arrived(
        self, generation: int, offset: int, page: list[ProductInfo], levels: dict[int, int]
    ) -> None:
        if generation != self._generation:
            return  # the associate switched tabs meanwhile
        self._loading = False
        self._more = len(page) == PAGE
        if offset == 0:
            self.show(page, levels)
        else:
            self.extend(page, levels)

    @Slot()
    def refreshLevels(self) -> None:
        """Stock moved (a sale, a refund, a delivery): re-read the levels of loaded tiles."""
        levels, ids = self.stock_levels, self.product_ids()
        if levels is not None and ids:
            self.worker.submit(lambda: levels(ids), self.set_levels)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return self._more and not self._loading and not parent.isValid()

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if self.canFetchMore(parent):
            self._loading = True
            self._load(offset=self.rowCount())


class CategoryTabs(RowListModel):
    """The category tabs, "All" first. Also fills the colour table the product tiles use."""

    loaded = Signal()

    def __init__(self, colors: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(CATEGORY_ROLES, parent)
        self.colors = colors

    def load(self, worker: DbWorker, catalog: CatalogService) -> None:
        worker.submit(catalog.categories, self._arrived)

    def _arrived(self, categories: list[tuple[str, str, str]]) -> None:
        self.colors.clear()
        self.colors.update(
            {code: category_colour(i, color) for i, (code, _, color) in enumerate(categories)}
        )
        everything = QCoreApplication.translate("Catalog", "All")
        rows = [{"code": "", "name": everything, "tint": NEUTRAL}]
        rows += [{"code": c, "name": n, "tint": self.colors[c]} for c, n, _ in categories]
        self.reset(rows)
        self.loaded.emit()


class ProductSearch(QObject):
    """Search-as-you-type over name, SKU and barcode; results are a ProductListModel."""

    queryChanged = Signal()
    stateChanged = Signal()

    def __init__(
        self,
        *,
        worker: DbWorker,
        catalog: CatalogService,
        results: ProductListModel,
        on_error: Callable[[BaseException], None],
        stock_levels: StockLevels | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.on_error = on_error
        self.stock_levels = stock_levels
        self.worker = worker
        self.catalog = catalog
        self._results = results
        self._query = ""
        self._in_flight: str | None = None
        self._shown_for = ""

    def _get_query(self) -> str:
        return self._query

    def _set_query(self, query: str) -> None:
        if query == self._query:
            return
        self._query = query
        self.queryChanged.emit()
        if not query.strip():
            self._results.show([])
            self._shown_for = query
        elif self._in_flight is None:
            self._search(query)
        self.stateChanged.emit()

    query = Property(str, _get_query, _set_query, notify=queryChanged)

    def _search(self, query: str) -> None:
        self._in_flight = query
        catalog, levels = self.catalog, self.stock_levels

        def find() -> tuple[list[ProductInfo], dict[int, int]]:
            found = catalog.search(query, SEARCH_LIMIT)
            return found, levels([p.id for p in found]) if levels else {}

        self.worker.submit(
            find,
            lambda answer: self._arrived(query, *answer),
            lambda error: self._failed(query, error),
        )

    def _arrived(self, query: str, found: list[ProductInfo], levels: dict[int, int]) -> None:
        self._in_flight = None
        if query == self._query:
            self._results.show(found, levels)
            self._shown_for = query
            self.stateChanged.emit()
        elif self._query.strip():
            self._search(self._query)  # typed on meanwhile: only the latest query matters

    def _failed(self, query: str, error: BaseException) -> None:
        self._in_flight = None
        if query != self._query and self._query.strip():
            self._search(self._query)
        else:
            self.on_error(error)

    def _get_active(self) -> bool:
        return bool(self._query.strip())

    def _get_settled(self) -> bool:
        """True when the results shown are for the query as typed now."""
        return self._in_flight is None and self._shown_for == self._query

    @Slot()
    def clear(self) -> None:
        self._set_query("")

    def refresh_levels(self) -> None:
        levels, ids = self.stock_levels, self._results.product_ids()
        if levels is not None and ids:
            self.worker.submit(lambda: levels(ids), self._results.set_levels)

    active = Property(bool, _get_active, notify=queryChanged)
    settled = Property(bool, _get_settled, notify=stateChanged)

    @property
    def results_model(self) -> ProductListModel:
        return self._results
