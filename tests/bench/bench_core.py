"""Core figures (issue 2): scan lookup, search-as-you-type, durable checkout, import, start-up."""

from __future__ import annotations

import os
import random
import sqlite3
import time
from pathlib import Path

from kiosk.services.catalog import CatalogService
from kiosk.services.catalog_import import import_catalog
from kiosk.services.clock import SystemClock
from kiosk.services.setup import DEMO_PROFILE, initialise, store_path
from kiosk.services.simulate import Simulator
from kiosk.store.engine import open_store
from kiosk.store.settings import load_profile, save_profile
from tests.bench.harness import BenchContext, Figure, ms, percentile, timed


def run(ctx: BenchContext) -> list[Figure]:
    return [
        *_import_rate(ctx),
        *_lookups_and_search(ctx),
        *_checkout_vs_fsync(ctx),
        *_open_store(ctx),
    ]


def _import_rate(ctx: BenchContext) -> list[Figure]:
    csv_path = ctx.catalog_csv()
    data = ctx.tmp() / "import"
    initialise(data, SystemClock(), demo=False)
    store = open_store(store_path(data))
    with store.write() as session:
        save_profile(session, DEMO_PROFILE)
    report = import_catalog(store, csv_path, "EUR", SystemClock())
    store.close()
    return [
        Figure(
            f"catalog import ({report.rows:,} rows)",
            report.rows_per_second,
            "rows/s",
            20_000,
            better="higher",
        )
    ]


def _lookups_and_search(ctx: BenchContext) -> list[Figure]:
    store = open_store(store_path(ctx.catalog_dir()))
    with store.read() as session:
        profile = load_profile(session)
        codes = [r[0] for r in session.connection().exec_driver_sql("SELECT code FROM barcodes")]
        names = [r[0] for r in session.connection().exec_driver_sql("SELECT name FROM products")]
    service = CatalogService(store, profile)
    rng = random.Random(1)
    sample = [c.lstrip("0") for c in rng.sample(codes, 5000)]
    for code in rng.sample(codes, 2000):  # a till that has been selling has a warm page cache
        service.lookup(service.classify(code))
    lookups = timed(lambda: service.lookup(service.classify(sample.pop())), 5000)

    queries: list[str] = []
    for name in rng.sample(names, 400):
        first, second = name.split()[:2]
        queries += [first[:1], first[:2], first[:3], first, f"{first} {second[:2]}"]
    searches = []
    for query in queries:
        started = time.perf_counter()
        service.search(query, 50)
        searches.append(time.perf_counter() - started)
    store.close()
    return [
        Figure("barcode lookup (scan to product) p99", ms(percentile(lookups, 99)), "ms", 1.0),
        Figure(
            "search-as-you-type, first 50 (1-3 letters, words) p95",
            ms(percentile(searches, 95)),
            "ms",
            10.0,
            note=f"{len(queries)} queries",
        ),
    ]


def _wal_bytes_per_sale(db: Path, simulator: Simulator, sales: int) -> int:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    wal = Path(f"{db}-wal")
    before = wal.stat().st_size if wal.exists() else 0
    for _ in range(sales):
        simulator.sale(lines=5)
    return max(4096, (wal.stat().st_size - before) // sales)


def _raw_fsync(directory: Path, size: int, repeat: int) -> list[float]:
    """The physical limit: append `size` bytes to a file on the same disk and fsync it."""
    path = directory / "fsync-probe"
    payload = os.urandom(size)
    samples = []
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for _ in range(repeat):
            started = time.perf_counter()
            os.write(fd, payload)
            os.fsync(fd)
            samples.append(time.perf_counter() - started)
    finally:
        os.close(fd)
        path.unlink()
    return samples


def _checkout_vs_fsync(ctx: BenchContext) -> list[Figure]:
    data = ctx.catalog_dir()
    db = store_path(data)
    store = open_store(db)
    with store.read() as session:
        profile = load_profile(session)
    simulator = Simulator(store, SystemClock(), profile, seed=5)
    per_sale = _wal_bytes_per_sale(db, simulator, 50)
    baskets = [simulator.basket(5) for _ in range(1000)]
    tenders = [simulator.tenders(b.cart.priced().total.minor) for b in baskets]
    pairs = list(zip(baskets, tenders, strict=True))
    samples = timed(
        lambda: simulator.checkout.complete_sale(*pairs.pop(), print_receipt=True), 1000
    )
    store.close()
    fsync = _raw_fsync(data, per_sale, 1000)
    limit = ms(percentile(fsync, 99))
    return [
        Figure(
            "durable checkout commit, 5-line sale, p99",
            ms(percentile(samples, 99)),
            "ms",
            3 * limit,
            limit=limit,
            note=f"target 3x raw fsync of {per_sale} bytes (the WAL bytes one sale writes)",
        ),
        Figure(
            "durable checkout commit, 5-line sale, p50",
            ms(percentile(samples, 50)),
            "ms",
            None,
            limit=ms(percentile(fsync, 50)),
        ),
    ]


def _open_store(ctx: BenchContext) -> list[Figure]:
    db = store_path(ctx.catalog_dir())
    open_store(db).close()  # warm the page cache, as a kiosk restart would find it

    def open_and_close() -> None:
        open_store(db).close()

    samples = timed(open_and_close, 20)
    return [
        Figure(
            "open store + integrity and migration checks (100k SKUs), p50",
            ms(percentile(samples, 50)),
            "ms",
            100.0,
        )
    ]
