"""Creating a store: an empty one for a real shop, or the demo store."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kiosk.domain.cash import CashCount
from kiosk.domain.errors import KioskError
from kiosk.domain.permissions import Actor, Role
from kiosk.services.associates import AssociateService
from kiosk.services.catalog_import import import_catalog
from kiosk.services.clock import Clock
from kiosk.services.demo_pickups import issue_demo_orders
from kiosk.services.shifts import ShiftService
from kiosk.store import catalog, stock
from kiosk.store.engine import Store, open_store
from kiosk.store.settings import StoreProfile, save_profile

STORE_FILE = "kiosk.db"

DEMO_PROFILE = StoreProfile(
    store_name="Corner Kiosk",
    kiosk_code="K01",
    currency="EUR",
    locale="en_IE",
    tax_mode="inclusive",
    location="station-main",
    jurisdiction="DE-BE",
    timezone="Europe/Berlin",
    receipt_header="Main Station, Platform 1\nVAT ID DE123456789",
    receipt_footer="Thank you and safe travels!\nReturns within 14 days with this receipt.",
)
# The demo's drawer starts with EUR 138.00: a typical float of small notes and coins.
DEMO_FLOAT = {2000: 2, 1000: 4, 500: 4, 200: 10, 100: 10, 50: 10, 20: 10, 10: 10}
# Shown in README; demo stores only. Real stores enrol staff with `kiosk staff add`.
DEMO_STAFF = (
    ("Alex Associate", Role.ASSOCIATE, "1234", "EMP-0001"),
    ("Morgan Manager", Role.MANAGER, "9876", "EMP-0002"),
    ("Sam Admin", Role.ADMIN, "1357", None),  # kiosk mode: only an admin may leave the app
)


@dataclass(frozen=True, slots=True)
class InitResult:
    path: Path
    products: int
    staff: int


def store_path(data_dir: Path) -> Path:
    return data_dir / STORE_FILE


def demo_catalog_path() -> Path:
    root = Path(str(resources.files("kiosk"))).parent
    return root / "resources" / "demo" / "catalog.csv"


def initialise(data_dir: Path, clock: Clock, *, demo: bool) -> InitResult:
    """Creates the data directory and a store in it. Refuses to touch an existing store."""
    path = store_path(data_dir)
    if path.exists() and path.stat().st_size > 0:
        raise KioskError(f"{data_dir} already holds a store; nothing was changed.")
    data_dir.mkdir(parents=True, exist_ok=True)
    store = open_store(path, create=True)
    try:
        profile = DEMO_PROFILE if demo else StoreProfile()
        with store.write() as session:
            save_profile(session, profile)
        if not demo:
            return InitResult(path, 0, 0)
        import_catalog(store, demo_catalog_path(), profile.currency, clock)
        staff = AssociateService(store, clock)
        members = [staff.enroll(name, role, pin, badge) for name, role, pin, badge in DEMO_STAFF]
        _opening_stock(store, clock)
        issue_demo_orders(store, clock, profile)
        manager = next(m for m in members if m.role is Role.MANAGER)
        ShiftService(store, clock, profile).open(
            Actor(manager.id, manager.name, manager.role), CashCount("EUR", DEMO_FLOAT)
        )
        with store.read() as session:
            products = catalog.count_products(session)
        return InitResult(path, products, len(DEMO_STAFF))
    finally:
        store.close()


def _opening_stock(store: Store, clock: Clock) -> None:
    """A delivery for every demo product (a few run low, to show stock warnings)."""
    rng = random.Random(42)
    with store.write() as session:
        ids = [row[0] for row in catalog.dbapi(session).execute("SELECT id FROM products")]
        movements = [
            stock.Movement(
                uuid.uuid4().hex,
                pid,
                rng.choice((2, 3, 12, 24, 36, 48)),
                "receive",
                "opening-stock",
                "demo opening stock",
            )
            for pid in ids
        ]
        stock.record(session, movements, clock.now(), None)
