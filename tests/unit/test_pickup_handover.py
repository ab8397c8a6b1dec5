"""Handing over an online order at the kiosk, on a real store: scans, proof, receipt, ledger."""

from __future__ import annotations

import base64
import io
import json
import sqlite3

import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import text

from hardware.document import Barcode
from hardware.printing.profiles import load_profile
from hardware.printing.raster import render_image
from kiosk.domain.errors import InvalidInput
from kiosk.domain.pickup import Identification, IdMethod, WrongItem
from kiosk.services.clock import ManualClock
from kiosk.services.pickup import PickupService
from kiosk.services.signature import render
from kiosk.store import audit, print_jobs, reservations
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile
from sync.protocol import PickupCompleted
from tests.unit.pickup_orders import OrderDesk, barcode_of, staff

# Products no demo order reserves, so the numbers below are this test's alone.
MAGAZINE, LIGHTER, CARD = "PRE-0116", "HOU-0132", "PRE-0120"


@pytest.fixture
def desk(demo_store: Store, clock: ManualClock) -> OrderDesk:
    return OrderDesk(demo_store, clock)


@pytest.fixture
def service(demo_store: Store, clock: ManualClock, profile: StoreProfile) -> PickupService:
    return PickupService(demo_store, clock, profile)


def product_ids(store: Store, *skus: str) -> dict[str, int]:
    with store.read() as session:
        return {
            sku: session.execute(
                text("SELECT id FROM products WHERE sku = :s"), {"s": sku}
            ).scalar_one()
            for sku in skus
        }


def test_a_full_pickup_by_code_moves_stock_keeps_proof_and_tells_hq(
    demo_store: Store, desk: OrderDesk, service: PickupService, clock: ManualClock
) -> None:
    order = desk.add("web-1001", [(MAGAZINE, 1), (LIGHTER, 2)])
    ids = product_ids(demo_store, MAGAZINE, LIGHTER)
    with demo_store.read() as s:
        before = reservations.levels(s, ids.values(), clock.now())
    assert before[ids[LIGHTER]].reserved == 2
    assert before[ids[LIGHTER]].available == max(before[ids[LIGHTER]].on_hand - 2, 0)

    handover = service.identify(order.code)
    assert handover.opened_by_code and handover.remaining == {MAGAZINE: 1, LIGHTER: 2}
    assert service.scan(handover, barcode_of(demo_store, LIGHTER)).left == 1
    assert service.scan(handover, barcode_of(demo_store, MAGAZINE)).left == 0
    assert service.scan(handover, barcode_of(demo_store, LIGHTER)).message.endswith("done")
    clock.advance(60)
    done = service.complete(staff(demo_store), handover, Identification(IdMethod.CODE))
    assert not done.partial and done.remaining == {}

    with demo_store.read() as s:
        after = reservations.levels(s, ids.values(), clock.now())
        outbox = s.execute(
            text("SELECT kind, payload FROM outbox WHERE event_id = :i"), {"i": done.pickup_id}
        ).one()
        moves = s.execute(
            text("SELECT product_id, delta, kind FROM stock_events WHERE reference = :i"),
            {"i": done.pickup_id},
        ).all()
        job = print_jobs.get(s, done.print_job_id) if done.print_job_id else None
        chain = audit.verify(s)
        last_audit = s.execute(
            text("SELECT action, subject FROM audit_log ORDER BY id DESC LIMIT 1")
        ).one()
    # The shelf count drops at once and nothing is reserved any more.
    for sku, qty in ((MAGAZINE, 1), (LIGHTER, 2)):
        assert after[ids[sku]].on_hand == before[ids[sku]].on_hand - qty
        assert after[ids[sku]].reserved == 0
    assert sorted(moves) == sorted([(ids[MAGAZINE], -1, "pickup"), (ids[LIGHTER], -2, "pickup")])
    # The ledger rule: each movement's reference is the id of the event announcing it.
    event = PickupCompleted.model_validate_json(outbox[1])
    assert outbox[0] == "pickup.completed" and event.order_id == order.order_id
    assert {(ln.sku, ln.ordered, ln.handed_over) for ln in event.lines} == {
        (MAGAZINE, 1, 1),
        (LIGHTER, 2, 2),
    }
    assert event.proof.method == "code" and event.proof.note == "pickup code scanned"
    assert event.proof.associate_id == staff(demo_store).associate_id
    assert chain.ok and last_audit == ("pickup.completed", "web-1001")
    assert job is not None and job.kind == "pickup" and job.reference == done.pickup_id
    assert Barcode("web-1001") in job.document.blocks


def test_the_pickup_receipt_lists_what_went_and_what_remains_and_its_code_128_scans(
    demo_store: Store, desk: OrderDesk, service: PickupService
) -> None:
    order = desk.add("web-2002", [(MAGAZINE, 1), (CARD, 1)], customer="Grace Hopper")
    handover = service.identify(order.code)
    service.scan(handover, barcode_of(demo_store, MAGAZINE))
    done = service.complete(
        staff(demo_store),
        handover,
        Identification(IdMethod.CODE),
        reason_code="missing",
        reason_note="not on the shelf",
    )
    with demo_store.read() as s:
        job = print_jobs.get(s, done.print_job_id or "")
    assert job is not None
    texts = [getattr(b, "text", "") for b in job.document.blocks]
    cells = [" ".join(getattr(b, "cells", ())) for b in job.document.blocks]
    assert "Handed over" in texts and "Still to collect" in texts
    assert any("Puzzle Magazine" in c for c in cells) and any("Birthday Card" in c for c in cells)
    assert "Reason: missing: not on the shelf" in texts
    picture = render_image(job.document, load_profile("TM-T20II"))
    found = {r.format.name: r.text for r in zxingcpp.read_barcodes(picture.convert("L"))}
    assert found == {"Code128": "web-2002"}


def test_a_partial_pickup_needs_a_reason_keeps_the_rest_reserved_and_a_second_visit_ends_it(
    demo_store: Store, desk: OrderDesk, service: PickupService, clock: ManualClock
) -> None:
    order = desk.add("web-3003", [(LIGHTER, 2), (CARD, 1)])
    ids = product_ids(demo_store, LIGHTER, CARD)
    first = service.identify(order.code)
    service.scan(first, barcode_of(demo_store, LIGHTER))
    with pytest.raises(InvalidInput, match="choose why"):
        service.complete(staff(demo_store), first, Identification(IdMethod.CODE))
    done = service.complete(
        staff(demo_store), first, Identification(IdMethod.CODE), reason_code="later"
    )
    assert done.partial and done.remaining == {LIGHTER: 1, CARD: 1}
    with demo_store.read() as s:
        held = reservations.reserved(s, ids.values(), clock.now())
    assert held == {ids[LIGHTER]: 1, ids[CARD]: 1}
    assert [v.state.value for v in service.orders("web-3003")] == ["partial"]

    clock.advance(3600)  # the customer comes back, this time known by name and phone
    second = service.start(order.order_id)
    assert second.remaining == {LIGHTER: 1, CARD: 1}
    with pytest.raises(WrongItem, match="not on order"):
        service.scan(second, barcode_of(demo_store, MAGAZINE))
    service.scan(second, barcode_of(demo_store, LIGHTER))
    service.scan(second, barcode_of(demo_store, CARD))
    with pytest.raises(InvalidInput, match="do not match"):
        service.complete(
            staff(demo_store), second, Identification(IdMethod.NAME_PHONE, phone_digits="1111")
        )
    service.complete(
        staff(demo_store), second, Identification(IdMethod.NAME_PHONE, phone_digits="4242")
    )
    history = service.history(order.order_id)
    assert [h.partial for h in history] == [True, False]
    assert history[1].note == "name and phone ending 4242 checked"
    assert service.view(order.order_id).state.value == "completed"
    with demo_store.read() as s:
        assert reservations.reserved(s, ids.values(), clock.now()) == {}


def test_a_drawn_signature_is_kept_as_png_with_the_order_and_sent_to_hq(
    demo_store: Store, desk: OrderDesk, service: PickupService
) -> None:
    order = desk.add("web-4004", [(MAGAZINE, 1)], contact="a***@example.org")
    handover = service.start("web-4004")  # found in the list by its number
    service.scan(handover, barcode_of(demo_store, MAGAZINE))
    strokes = [[(10.0, 80.0), (60.0, 20.0), (110.0, 90.0)], [(130.0, 50.0), (280.0, 55.0)]]
    png = render(strokes, 300, 100)
    with pytest.raises(InvalidInput, match="Scan the customer's pickup code"):
        service.complete(staff(demo_store), handover, Identification(IdMethod.CODE))
    with pytest.raises(InvalidInput, match="not a PNG"):
        service.complete(
            staff(demo_store),
            handover,
            Identification(IdMethod.ID_CHECKED, document="passport"),
            signature_png=b"GIF89a...",
        )
    done = service.complete(
        staff(demo_store),
        handover,
        Identification(IdMethod.ID_CHECKED, document="passport"),
        signature_png=png,
    )
    [kept] = service.history(order.order_id)
    assert kept.signature_png == png and kept.note == "ID checked: passport"
    image = Image.open(io.BytesIO(png))
    assert image.size == (600, 200) and image.convert("L").getextrema()[0] == 0  # ink on it
    with demo_store.read() as s:
        payload = json.loads(
            s.execute(
                text("SELECT payload FROM outbox WHERE event_id = :i"), {"i": done.pickup_id}
            ).scalar_one()
        )
    assert base64.b64decode(payload["proof"]["signature_png_b64"]) == png
    with pytest.raises(InvalidInput, match="empty"):
        render([[(1.0, 1.0)]], 300, 100)


def test_proof_of_pickup_cannot_be_edited_or_deleted(
    demo_store: Store, desk: OrderDesk, service: PickupService
) -> None:
    order = desk.add("web-5005", [(MAGAZINE, 1)])
    handover = service.identify(order.code)
    service.scan(handover, barcode_of(demo_store, MAGAZINE))
    service.complete(staff(demo_store), handover, Identification(IdMethod.CODE))
    for statement in (
        "UPDATE pickup_handovers SET note = 'forged'",
        "DELETE FROM pickup_handovers",
        "UPDATE pickup_handover_lines SET handed_over = 0",
    ):
        with pytest.raises(Exception, match="append-only"), demo_store.write() as s:
            s.execute(text(statement))
    assert service.history(order.order_id)[0].note == "pickup code scanned"


def test_nothing_is_written_when_the_hand_over_fails_halfway(
    demo_store: Store, desk: OrderDesk, service: PickupService
) -> None:
    """A hand-over is one transaction: if its last write fails, no stock moved, no event."""
    order = desk.add("web-6006", [(MAGAZINE, 1)])
    handover = service.identify(order.code)
    service.scan(handover, barcode_of(demo_store, MAGAZINE))
    with demo_store.write() as s:  # the print queue refuses new jobs (a broken disk, say)
        s.execute(
            text(
                "CREATE TRIGGER no_jobs BEFORE INSERT ON print_jobs "
                "BEGIN SELECT RAISE(ABORT, 'print queue broken'); END"
            )
        )
    counts = (
        "SELECT (SELECT COUNT(*) FROM stock_events), (SELECT COUNT(*) FROM outbox), "
        "(SELECT COUNT(*) FROM pickup_handovers), (SELECT COUNT(*) FROM audit_log)"
    )
    with demo_store.read() as s:
        before = s.execute(text(counts)).one()
    with pytest.raises(sqlite3.IntegrityError, match="print queue broken"):
        service.complete(staff(demo_store), handover, Identification(IdMethod.CODE))
    with demo_store.read() as s:
        assert s.execute(text(counts)).one() == before
    assert service.view(order.order_id).state.value == "ready"
