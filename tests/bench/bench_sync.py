"""Sync figures on loopback: first pull of a 100,000-SKU catalog, pushing 10,000 events, a
typical daily run, bytes per event on the wire, and HQ ingest with 50 kiosks on PostgreSQL."""

from __future__ import annotations

import gzip
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import httpx
import keyring

from kiosk.devices import sync_setup
from kiosk.services.clock import ManualClock
from kiosk.services.setup import store_path
from kiosk.services.simulate import Simulator
from kiosk.store import outbox
from kiosk.store.engine import Store, open_store
from kiosk.store.settings import load_profile
from kiosk.store.sync_port import KioskSyncStore
from sync.client import HQClient
from sync.protocol import BacklogReport, OutboxEvent, PushRequest, version_headers
from sync.server import admin, kiosks
from sync.server.admin_schemas import PriceIn
from sync.server.db import HQDatabase
from tests.bench.harness import BenchContext, Figure
from tests.sync.keyring_backend import MemoryKeyring
from tests.sync.servers import PostgresServer, ServedHQ, postgres_bin_dir

START = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def _clone_sales(store: Store, clock: ManualClock, template: dict[str, object], count: int) -> None:
    """`count` more sale events shaped like a real one (checkout is benched elsewhere)."""
    with store.write() as session:
        for _ in range(count):
            sale_id = uuid.uuid4().hex
            lines = [dict(ln, stock_event_id=uuid.uuid4().hex) for ln in template["lines"]]  # type: ignore[attr-defined]
            payload = dict(template, sale_id=sale_id, lines=lines)
            outbox.append(
                session, kind="sale.completed", event_id=sale_id, payload=payload, at=clock.now()
            )


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
        sim.run(50)
        with store.read() as session:
            template = outbox.pending(session, 0, 1)[0].payload
        _clone_sales(store, clock, template, 10_000 - 50)
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
                note="sale events of ~1-8 lines, batches of 250",
            )
        )

        sim.run(100)
        _clone_sales(store, clock, template, 900)
        with hq_db.write() as session:
            admin.set_prices(
                session, [PriceIn(sku=i.sku, price=i.price + 10) for i in items[:1000]]
            )
        started = time.perf_counter()
        daily = sync_setup.run_sync(store, clock.now)
        seconds = time.perf_counter() - started
        assert daily.status == "ok" and daily.pulled.get("prices") == 1000, daily
        figures.append(
            Figure("sync: daily run (1,000 events, 1,000 price changes)", seconds, "s", 2)
        )
    finally:
        store.close()
        served.stop()
        hq_db.dispose()
    figures.append(_ingest_on_postgres())
    return figures


def _ingest_on_postgres(kiosk_count: int = 50, batches: int = 4) -> Figure:
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        return Figure(
            "sync: HQ ingest, 50 kiosks at once, PostgreSQL",
            0,
            "events/s",
            2000,
            better="higher",
            note="skipped: no PostgreSQL binaries",
        )
    pg = PostgresServer(bin_dir).start(fsync=True)
    db = HQDatabase(pg.new_database(), pool_size=60)
    db.migrate()
    served = ServedHQ(db).start()
    try:
        tokens = []
        for n in range(kiosk_count):
            with db.write() as session:
                code = kiosks.add_kiosk(session, f"K{n}", f"loc-{n}", START, f"B{n:02d}").code
            with HQClient(served.url) as client:
                tokens.append(client.enrol(code))
        bodies = {t.kiosk_id: [_batch(b * 250 + 1) for b in range(batches)] for t in tokens}

        def push_all(answer: object) -> int:
            kiosk_id, token = answer.kiosk_id, answer.token  # type: ignore[attr-defined]
            headers = {
                **version_headers(),
                "Authorization": f"Bearer {token}",
                "Content-Encoding": "gzip",
                "Content-Type": "application/json",
            }
            with httpx.Client(base_url=served.url, timeout=120, headers=headers) as http:
                for body in bodies[kiosk_id]:
                    assert http.post(f"/v1/kiosks/{kiosk_id}/push", content=body).status_code == 200
            return batches * 250

        started = time.perf_counter()
        with ThreadPoolExecutor(kiosk_count) as pool:
            total = sum(pool.map(push_all, tokens))
        seconds = time.perf_counter() - started
    finally:
        served.stop()
        db.dispose()
        pg.stop()
    return Figure(
        "sync: HQ ingest, 50 kiosks at once, PostgreSQL",
        total / seconds,
        "events/s",
        2000,
        better="higher",
        note=f"{total} sale events, one HQ process, fsync on",
    )


def _batch(first_seq: int) -> bytes:
    events = []
    for seq in range(first_seq, first_seq + 250):
        sale_id = uuid.uuid4().hex
        payload = {
            "kind": "sale.completed",
            "sale_id": sale_id,
            "receipt_no": f"B-{seq}",
            "kiosk_code": "B",
            "associate_id": "a",
            "occurred_at": START.isoformat(),
            "business_day": "2026-11-27",
            "currency": "EUR",
            "tax_mode": "inclusive",
            "location": "x",
            "jurisdiction": "",
            "subtotal": 300,
            "discount_total": 0,
            "tax_total": 48,
            "total": 300,
            "payments": [{"method": "card", "amount": 300, "tendered": 300, "change": 0}],
            "lines": [
                {
                    "line_no": n,
                    "sku": f"SKU-{(seq * 7 + n) % 500:05d}",
                    "name": "Item",
                    "quantity": 1,
                    "unit_price": 100,
                    "line_discount": 0,
                    "cart_discount": 0,
                    "net": 84,
                    "tax": 16,
                    "gross": 100,
                    "tax_class": "STD",
                    "tax_rate_ppm": 190000,
                    "stock_event_id": uuid.uuid4().hex,
                }
                for n in (1, 2, 3)
            ],
        }
        events.append(
            OutboxEvent(
                seq=seq, event_id=sale_id, kind="sale.completed", occurred_at=START, payload=payload
            )
        )
    request = PushRequest(
        sent_at=START, backlog=BacklogReport(waiting=0, last_seq=0), events=events
    )
    return gzip.compress(request.model_dump_json().encode())
