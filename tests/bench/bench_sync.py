"""Sync figures on loopback: first pull of a 100,000-SKU catalog, pushing 10,000 events, a
typical daily run, bytes per event on the wire, and HQ ingest with 50 kiosks on PostgreSQL.

The events are realistic: every sale is a real checkout by the Simulator (baskets of 1-8 lines,
mixed tenders, ledger rows and outbox entry in one transaction), so the kiosk's ledger and HQ's
agree and the daily reconciliation compares real digests. The ingest bench gives each of its 50
kiosks 1,000 events built from those sales (fresh ids, its own code, location and receipt
numbers) with refunds, waste, stockouts and a shift close among them, pushes them at HQ served
by the real `kiosk-hq serve` in its own processes, over shelves stocked at HQ (some running low)
and with a webhook subscriber, as a shop's HQ would be.
"""

from __future__ import annotations

import json
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import keyring
from sqlalchemy import text

from kiosk.devices import sync_setup
from kiosk.services.clock import ManualClock
from kiosk.services.setup import store_path
from kiosk.services.simulate import Simulator
from kiosk.store.engine import open_store
from kiosk.store.settings import load_profile
from kiosk.store.sync_port import KioskSyncStore
from sync.client import HQClient
from sync.protocol import version_headers
from sync.server import admin, kiosks, stock_effects
from sync.server.admin_schemas import PriceIn
from sync.server.db import HQDatabase
from sync.server.models import WebhookEndpoint
from tests.bench.harness import BenchContext, Figure
from tests.bench.sync_events import KioskDay, push_bodies
from tests.sync.keyring_backend import MemoryKeyring
from tests.sync.servers import PostgresServer, ServedHQ, ServedHQProcess, postgres_bin_dir

START = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def run(ctx: BenchContext) -> list[Figure]:
    keyring.set_keyring(MemoryKeyring())
    figures: list[Figure] = []
    hq_db = HQDatabase(f"sqlite:///{ctx.tmp() / 'hq.db'}")
    hq_db.migrate()
    items = admin.parse_csv(ctx.catalog_csv().read_text(encoding="utf-8"))
    with hq_db.write() as session:
        admin.upsert_products(session, items)
        code = kiosks.add_kiosk(session, "Bench", "bench-loc", START).code
    served = ServedHQ(hq_db).start()
    data = ctx.catalog_dir()
    store = open_store(store_path(data))
    clock = ManualClock(START)
    try:
        sync_setup.enroll(store, served.url, code, clock.now)
        started = time.perf_counter()
        first = sync_setup.run_sync(store, clock.now)
        seconds = time.perf_counter() - started
        assert first.status == "ok", first.error
        figures.append(
            Figure(
                "sync: first pull of a 100,000-SKU catalog",
                seconds,
                "s",
                20,
                note=f"{first.pulled.get('catalog', 0)} products, prices too",
            )
        )

        with store.read() as session:
            profile = load_profile(session)
        sim = Simulator(store, clock, profile, seed=5)
        sim.run(10_000)  # each one a real checkout: sale, lines, payments, ledger, outbox
        enrolment = KioskSyncStore(store).enrolment()
        assert enrolment is not None
        with sync_setup.open_client(enrolment) as client:
            from sync.engine import SyncEngine

            port = KioskSyncStore(store)
            started = time.perf_counter()
            summary = SyncEngine(port, client, clock.now, streams=()).run("bench")
            seconds = time.perf_counter() - started
            sent = client.bytes_sent
        assert summary.status == "ok" and summary.pushed == 10_000, summary
        figures.append(Figure("sync: push of 10,000 events", seconds, "s", 10))
        figures.append(
            Figure(
                "sync: bytes per event on the wire (gzip)",
                sent / 10_000,
                "B",
                None,
                note="sales of 1-8 lines from the real checkout, batches of 250",
            )
        )

        sim.run(1000)
        with hq_db.write() as session:
            admin.set_prices(
                session, [PriceIn(sku=i.sku, price=i.price + 10) for i in items[:1000]]
            )
        started = time.perf_counter()
        daily = sync_setup.run_sync(store, clock.now)
        seconds = time.perf_counter() - started
        assert daily.status == "ok" and daily.pulled.get("prices") == 1000, daily
        figures.append(
            Figure(
                "sync: daily run (1,000 events, 1,000 price changes)",
                seconds,
                "s",
                2,
                note="push, pull of every stream, reconcile of 3 days holding all 11,000 sales",
            )
        )
        with store.read() as session:
            rows = session.execute(
                text("SELECT payload FROM outbox WHERE kind = 'sale.completed'")
            ).scalars()
            sales = [json.loads(row) for row in rows]
    finally:
        store.close()
        served.stop()
        hq_db.dispose()
    figures.extend(_ingest_figures(sales))
    return figures


HQ_WORKERS = 2  # the bench machine's 2 cores are shared by PostgreSQL, HQ and the 50 clients
LOCATIONS = 25  # two kiosks per location, as in the README's walk-through
EVENTS_PER_KIOSK = 1000  # four pushes of 250


def _ingest_figures(sales: list[dict[str, Any]]) -> list[Figure]:
    name = "sync: HQ ingest, 50 kiosks at once, PostgreSQL"
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        note = "skipped: no PostgreSQL binaries"
        return [Figure(name, 0, "events/s", 2000, better="higher", note=note)]
    rate, note = _ingest_on_postgres(bin_dir, sales, HQ_WORKERS)
    single, single_note = _ingest_on_postgres(bin_dir, sales, 1)
    return [
        Figure(name, rate, "events/s", 2000, better="higher", note=note),
        Figure(f"{name}, one HQ process", single, "events/s", None, "higher", note=single_note),
    ]


def _ingest_on_postgres(
    bin_dir: Path, sales: list[dict[str, Any]], workers: int, kiosk_count: int = 50
) -> tuple[float, str]:
    """Events per second HQ (`kiosk-hq serve --workers N`, its own processes) takes in while
    `kiosk_count` kiosks push at once, each over its own connection as a kiosk does."""
    pg = PostgresServer(bin_dir).start(fsync=True)
    receiver = WebhookReceiver()
    db = HQDatabase(pg.new_database())
    served: ServedHQProcess | None = None
    try:
        db.migrate()
        durability = _durability(db)
        codes = _set_up_hq(db, sales, kiosk_count, receiver.url)
        served = ServedHQProcess(db.url, workers=workers).start()
        bodies: dict[str, list[bytes]] = {}
        tokens: dict[str, str] = {}
        rng = random.Random(50)
        for n, (kiosk_id, code) in enumerate(codes.items()):
            with HQClient(served.url) as client:
                tokens[kiosk_id] = client.enrol(code).token
            day = KioskDay(kiosk_id, _location(n), rng.sample(sales, EVENTS_PER_KIOSK), seed=n)
            bodies[kiosk_id] = list(push_bodies(day.build(EVENTS_PER_KIOSK), START, 250))
        url = served.url

        def push_all(kiosk_id: str) -> int:
            headers = {
                **version_headers(),
                "Authorization": f"Bearer {tokens[kiosk_id]}",
                "Content-Encoding": "gzip",
                "Content-Type": "application/json",
            }
            applied = 0
            with httpx.Client(base_url=url, timeout=120, headers=headers) as http:
                for body in bodies[kiosk_id]:
                    answer = http.post(f"/v1/kiosks/{kiosk_id}/push", content=body)
                    assert answer.status_code == 200, answer.text
                    result = answer.json()
                    assert not result["parked"], result["parked"]  # every event was valid
                    applied += result["applied"]
            return applied

        started = time.perf_counter()
        with ThreadPoolExecutor(kiosk_count) as pool:
            total = sum(pool.map(push_all, list(codes)))
        seconds = time.perf_counter() - started
        assert total == kiosk_count * EVENTS_PER_KIOSK, total
    finally:
        if served is not None:
            served.stop()
        db.dispose()
        receiver.stop()
        pg.stop()
    processes = f"kiosk-hq serve --workers {workers}" if workers > 1 else "one HQ process"
    note = (
        f"{total} events (checkout sales, refunds, waste, stockouts, shift closes) from "
        f"{kiosk_count} kiosks at {LOCATIONS} locations; {processes}; {durability}"
    )
    return total / seconds, note


def _durability(db: HQDatabase) -> str:
    """The settings a commit's durability rests on, read from the server (both must be on)."""
    with db.read() as session:
        fsync = session.execute(text("SHOW fsync")).scalar_one()
        synchronous = session.execute(text("SHOW synchronous_commit")).scalar_one()
    assert (fsync, synchronous) == ("on", "on"), (fsync, synchronous)
    return "fsync and synchronous_commit on"


def _location(kiosk_number: int) -> str:
    return f"loc-{kiosk_number % LOCATIONS:02d}"


def _set_up_hq(
    db: HQDatabase, sales: list[dict[str, Any]], kiosk_count: int, webhook_url: str
) -> dict[str, str]:
    """Kiosks (one-time codes by kiosk id), shelves stocked with what they sell (some SKUs
    low, so sales empty shelves and cross reorder points), and a webhook subscriber."""
    skus = sorted({line["sku"] for sale in sales for line in sale["lines"]})
    rng = random.Random(7)
    codes: dict[str, str] = {}
    with db.write() as session:
        for n in range(kiosk_count):
            kiosk_id = f"B{n + 1:02d}"
            added = kiosks.add_kiosk(session, kiosk_id, _location(n), START, kiosk_id)
            codes[kiosk_id] = added.code
        for n in range(LOCATIONS):
            admin.set_location(session, _location(n), safety_buffer=1, reorder_point=4)
            # Shelves stocked for the day's trade; one SKU in twenty is already running low.
            levels = {sku: (_opening_stock(rng), 0) for sku in skus}
            stock_effects.upsert_levels(session, _location(n), levels)
        session.add(WebhookEndpoint(url=webhook_url, secret="bench", events=[], created_at=START))
    return codes


def _opening_stock(rng: random.Random) -> int:
    return rng.randint(2, 6) if rng.random() < 0.05 else rng.randint(20, 200)


class WebhookReceiver:
    """An orchestration tool's endpoint on 127.0.0.1 that takes every delivery."""

    def __init__(self) -> None:
        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers["Content-Length"]))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
