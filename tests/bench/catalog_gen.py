"""A realistic large catalog for benchmarks: 100,000 SKUs, 40 categories, two tax rates,
one or two valid EAN-13s per product, names built from a vocabulary like a real assortment."""

from __future__ import annotations

import csv
import random
from pathlib import Path

from kiosk.domain.barcode import with_check_digit

_BRANDS = (
    "Alpen Nordic Sunny Golden Royal Happy Green Urban Coastal Mountain Little Classic Fresh "
    "Daily Prime Bright Wild Honest Simple Pure Bold Crisp Velvet Rustic Metro Polar Tropic "
    "Harbor Meadow Summit Orchard Prairie River Stone Maple Cedar Willow"
).split()
_ITEMS = (
    "Cola Water Lemonade Juice Tea Coffee Crisps Pretzels Nuts Chocolate Wafer Biscuits "
    "Cookies Gummies Licorice Mints Gum Croissant Muffin Bagel Sandwich Wrap Salad Yogurt Milk "
    "Cheese Butter Apple Banana Orange Grapes Berries Batteries Charger Cable Earphones Tissues "
    "Wipes Plasters Toothbrush Toothpaste Deodorant Sunscreen Umbrella Poncho Magazine Newspaper "
    "Postcard Stamp Map Notebook Pen Lighter Adapter Pillow Mask Earplugs Bottle Magnet Keyring "
    "Lolly Cone Sorbet Popcorn Jerky Granola Muesli Soup Noodles Rice Pasta Sauce Soap Shampoo"
).split()
_VARIANTS = (
    "Original Zero Light Classic Extra Mini Maxi Double Spicy Salted Sweet Sour Vanilla "
    "Strawberry Mango Lemon Mint Cherry Peach Berry Caramel Hazelnut Dark Milk White Organic "
    "Vegan Family Travel Pocket"
).split()
_SIZES = (
    "50 g",
    "100 g",
    "150 g",
    "200 g",
    "250 g",
    "0.33 l",
    "0.5 l",
    "1 l",
    "1.5 l",
    "4 pcs",
    "6 pcs",
    "10 pcs",
    "",
)
CATEGORIES = 40


def write_catalog(path: Path, count: int, seed: int = 2026) -> None:
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["sku", "name", "price", "tax_class", "tax_rate", "category", "barcodes"])
        for n in range(1, count + 1):
            name = " ".join(
                part
                for part in (
                    rng.choice(_BRANDS),
                    rng.choice(_ITEMS),
                    rng.choice(_VARIANTS),
                    rng.choice(_SIZES),
                )
                if part
            )
            tax = "RED" if rng.random() < 0.6 else "STD"
            codes = [with_check_digit(f"4{n:011d}")]
            if rng.random() < 0.15:
                codes.append(with_check_digit(f"5{n:011d}"))
            cents = rng.choice((9, 19, 29, 49, 79, 89, 99))
            price = f"{rng.randint(0, 49)}.{cents:02d}"
            out.writerow(
                [
                    f"SKU{n:06d}",
                    name,
                    price,
                    tax,
                    "7" if tax == "RED" else "19",
                    f"cat{n % CATEGORIES:02d}",
                    "|".join(codes),
                ]
            )


def build_store(data_dir: Path, catalog_csv: Path) -> None:
    """The demo store's profile and staff with the big catalog instead of the demo one."""
    from kiosk.domain.cash import CashCount
    from kiosk.domain.permissions import Actor, Role
    from kiosk.services.associates import AssociateService
    from kiosk.services.catalog_import import import_catalog
    from kiosk.services.clock import SystemClock
    from kiosk.services.setup import DEMO_FLOAT, DEMO_PROFILE, DEMO_STAFF, initialise, store_path
    from kiosk.services.shifts import ShiftService
    from kiosk.store.engine import open_store
    from kiosk.store.settings import save_profile

    initialise(data_dir, SystemClock(), demo=False)
    store = open_store(store_path(data_dir))
    try:
        with store.write() as session:
            save_profile(session, DEMO_PROFILE)
        import_catalog(store, catalog_csv, DEMO_PROFILE.currency, SystemClock())
        staff = AssociateService(store, SystemClock())
        members = [
            staff.enroll(name, Role(role), pin, badge) for name, role, pin, badge in DEMO_STAFF
        ]
        # Selling needs an open shift (without one the till asks for the float first).
        manager = next(m for m in members if m.role is Role.MANAGER)
        ShiftService(store, SystemClock(), DEMO_PROFILE).open(
            Actor(manager.id, manager.name, manager.role), CashCount("EUR", DEMO_FLOAT)
        )
    finally:
        store.close()
