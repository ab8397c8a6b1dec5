"""A receipt from another till: refunded from HQ's copy when HQ confirms it, without the
receipt (a manager approves) when it cannot; HQ ties refunds to the sale across kiosks and
raises an over-refund that two tills made offline."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlmodel import select

from kiosk.devices.hq_sales import HqSaleLookup
from kiosk.domain.cart import Cart
from kiosk.domain.errors import InvalidInput, PermissionDenied
from kiosk.domain.payment import Tender, TenderMethod
from kiosk.domain.permissions import Actor
from kiosk.domain.sale_session import SaleSession
from kiosk.services.associates import AssociateService
from kiosk.services.other_till import ReceiptNotChecked
from kiosk.services.refunds import (
    ItemWithoutReceipt,
    RefundRequest,
    RefundService,
    SaleNotFound,
)
from kiosk.services.setup import store_path
from kiosk.services.simulate import Simulator
from kiosk.store.settings import load_profile
from kiosk.ui.shell import Devices, KioskUi, UiOptions
from kiosk.ui.sound import ErrorSound
from sync import credentials
from sync.client import Forbidden, HQClient, NotFound
from sync.server.models import EventException, Refund, RefundLine
from tests.qt.driver import start_kiosk
from tests.qt.headless import sign_in, wait
from tests.qt.test_operations_flows import screen_texts
from tests.sync.conftest import FAST_RETRY, FAST_TIMEOUTS, HQ, KioskUnderTest, make_kiosk


class Till:
    """An enrolled kiosk with its receipt code, a signed-in associate and RefundService."""

    def __init__(self, k: KioskUnderTest, hq: HQ, location: str = "station-main") -> None:
        k.enrol(hq, location=location)
        with k.store.read() as session:
            self.profile = load_profile(session)  # the kiosk code HQ gave it
        k.simulator = Simulator(k.store, k.clock, self.profile, seed=3)
        self.k = k
        lookup = HqSaleLookup(k.store, timeouts=FAST_TIMEOUTS, retry=FAST_RETRY)
        self.refunds = RefundService(k.store, k.clock, self.profile, lookup)
        self.alex: Actor = AssociateService(k.store, k.clock).login_pin("1234")  # no manager

    @property
    def code(self) -> str:
        return self.profile.kiosk_code

    def sell(self, quantities: tuple[int, ...]) -> str:
        """A cash sale of the cheapest products, one line per quantity; its receipt number."""
        sim = self.k.simulator
        cart = Cart(self.profile.currency, self.profile.tax, self.profile.rounding_rule)
        cheapest = sorted(sim.products, key=lambda p: (p.unit_price.minor, p.sku))
        for product, quantity in zip(cheapest, quantities, strict=False):
            cart.add(product, quantity)
        total = cart.priced().total.minor
        done = sim.checkout.complete_sale(
            SaleSession(sim.actor, cart, self.profile.selling_policy),
            [Tender(TenderMethod.CASH, total)],
        )
        return done.receipt_no


def second_till(demo_dir: Path, tmp_path: Path, name: str) -> KioskUnderTest:
    target = tmp_path / name
    target.mkdir()
    shutil.copyfile(store_path(demo_dir), store_path(target))
    return make_kiosk(target)


@pytest.fixture
def tills(
    sqlite_hq: HQ, kiosk: KioskUnderTest, demo_dir: Path, tmp_path: Path
) -> Iterator[tuple[Till, Till]]:
    sqlite_hq.stock_demo_catalog()
    k01 = Till(kiosk, sqlite_hq)
    other = second_till(demo_dir, tmp_path, "k02")
    k02 = Till(other, sqlite_hq)
    assert (k01.code, k02.code) == ("K01", "K02")
    yield k01, k02
    other.store.close()


def test_another_tills_receipt_is_refunded_from_hqs_copy_and_hq_links_it(
    sqlite_hq: HQ, tills: tuple[Till, Till]
) -> None:
    k01, k02 = tills
    receipt = k02.sell((3, 1))
    assert k02.k.sync().status == "ok"

    with pytest.raises(SaleNotFound):
        k01.refunds.find(receipt)
    assert k01.refunds.asks_hq(receipt)
    copy = k01.refunds.fetch_from_hq(receipt)
    sale = k01.refunds.from_hq(copy)
    assert sale.origin is not None and sale.origin.kiosk == "K02"
    assert sale.header.receipt_no == receipt and sale.header.cash_paid == sale.header.total
    first, second = sale.lines
    assert (first.sold, first.refunded, second.sold) == (3, 0, 1)
    assert sum(ln.remaining_amount for ln in sale.lines) == sale.header.total

    # An associate, no manager: HQ confirmed the receipt; the receipt's price, not today's.
    done = k01.refunds.refund_other_tills(
        k01.alex, copy, [RefundRequest(first.sale_line_id, 2)], reason="damaged", method="cash"
    )
    expected = first.remaining_amount * 2 // 3
    assert abs(done.total - expected) <= 1 and done.refund_no.startswith("K01-R")

    # Beyond what is left (HQ does not know the first refund yet): refused here.
    with pytest.raises(InvalidInput, match="only 1 of 3 can still be refunded"):
        k01.refunds.refund_other_tills(
            k01.alex, copy, [RefundRequest(first.sale_line_id, 2)], reason="damaged", method="cash"
        )

    assert k01.k.sync().status == "ok"
    with sqlite_hq.db.read() as session:
        refund = session.exec(select(Refund).where(Refund.kiosk_id == "K01")).one()
        lines = session.exec(select(RefundLine).where(RefundLine.refund_id == refund.id)).all()
        exceptions = session.exec(select(EventException)).all()
    assert (refund.sale_id, refund.sale_kiosk_id, refund.receipt_no) == (
        copy.sale_id,
        "K02",
        receipt,
    )
    assert [(ln.sale_id, ln.line_no, ln.quantity) for ln in lines] == [(copy.sale_id, 1, 2)]
    assert [e.category for e in exceptions] == []

    # HQ now counts it; this till does not count it a second time.
    again = k01.refunds.fetch_from_hq(receipt)
    assert again.lines[0].refunded_quantity == 2 and done.refund_id in again.refund_ids
    assert k01.refunds.from_hq(again).lines[0].refunded == 2
    with pytest.raises(InvalidInput, match="only 1 of 3"):
        k01.refunds.refund_other_tills(
            k01.alex, again, [RefundRequest(1, 2)], reason="damaged", method="cash"
        )

    # HQ down: the no-receipt path, with one clear sentence, and a manager approves.
    sqlite_hq.served.stop()
    with pytest.raises(ReceiptNotChecked) as failed:
        k01.refunds.fetch_from_hq(receipt)
    assert str(failed.value) == (
        f"Head office cannot be reached, so receipt {receipt} cannot be checked. Refund "
        "without the receipt; a manager approves."
    )
    with pytest.raises(PermissionDenied):
        k01.refunds.refund_without_receipt(
            k01.alex,
            [ItemWithoutReceipt(first.product_id, 1)],
            reason="damaged",
            method="cash",
            receipt_no=receipt,
        )


def test_two_tills_refunding_one_receipt_offline_is_recorded_and_raised_at_hq(
    sqlite_hq: HQ, tills: tuple[Till, Till]
) -> None:
    k01, k02 = tills
    receipt = k02.sell((1,))
    assert k02.k.sync().status == "ok"
    copy = k01.refunds.fetch_from_hq(receipt)
    k01.refunds.refund_other_tills(
        k01.alex, copy, [RefundRequest(1, 1)], reason="damaged", method="cash"
    )
    own = k02.refunds.find(receipt)  # meanwhile the selling till refunds it too
    k02.refunds.refund(
        k02.alex,
        own.header.sale_id,
        [RefundRequest(own.lines[0].sale_line_id, 1)],
        reason="changed_mind",
        method="cash",
    )
    assert k01.k.sync().status == "ok"
    assert k02.k.sync().status == "ok"  # accepted, never parked: the money did go back
    with sqlite_hq.db.read() as session:
        refunds = session.exec(select(Refund)).all()
        raised = session.exec(
            select(EventException).where(EventException.category == "over_refund")
        ).all()
    assert sorted(r.kiosk_id for r in refunds) == ["K01", "K02"]
    assert len(raised) == 1 and raised[0].kiosk_id == "K02"
    assert (
        f"receipt {receipt} line 1" in raised[0].reason and "1 sold, 2 refunded" in raised[0].reason
    )
    assert k01.refunds.fetch_from_hq(receipt).lines[0].refunded_quantity == 2


def test_hq_answers_404_for_a_sale_of_another_location(
    sqlite_hq: HQ, tills: tuple[Till, Till], demo_dir: Path, tmp_path: Path
) -> None:
    _, k02 = tills
    receipt = k02.sell((1,))
    assert k02.k.sync().status == "ok"
    far = second_till(demo_dir, tmp_path, "airport")
    try:
        airport = Till(far, sqlite_hq, location="airport")
        token = credentials.load_token(sqlite_hq.url, airport.code)
        with (
            HQClient(sqlite_hq.url, kiosk_id=airport.code, token=token, retry=FAST_RETRY) as c,
            pytest.raises(NotFound, match="no sale with receipt .* at location airport"),
        ):
            c.sale_by_receipt(receipt)
        with pytest.raises(ReceiptNotChecked) as failed:
            airport.refunds.fetch_from_hq(receipt)
        assert failed.value.why == "not_at_hq"
        with (
            HQClient(sqlite_hq.url, kiosk_id="K01", token=token, retry=FAST_RETRY) as c,
            pytest.raises(Forbidden, match="belongs to kiosk"),  # another kiosk's token
        ):
            c.sale_by_receipt(receipt)
    finally:
        far.store.close()


def test_the_returns_screen_shows_and_refunds_another_tills_receipt_from_hq(
    qtbot: QtBot, sqlite_hq: HQ, tills: tuple[Till, Till]
) -> None:
    k01, k02 = tills
    receipt = k02.sell((2,))
    assert k02.k.sync().status == "ok"
    lookup = HqSaleLookup(k01.k.store, timeouts=FAST_TIMEOUTS, retry=FAST_RETRY)
    ui = KioskUi(
        k01.k.store,
        k01.k.clock,
        k01.profile,
        devices=lambda events: Devices(hq_sales=lookup),
        options=UiOptions(locale="en_IE", sound=ErrorSound(available=False)),
    )
    ui.start()
    try:
        sign_in(qtbot, ui)
        returns = ui.ops.returns
        ui.scans.scan(receipt)  # on the sell screen: the return opens, HQ is asked
        wait(qtbot, ui)
        assert returns.property("stage") == "lines" and returns.property("withReceipt")
        assert (returns.property("receiptNo"), returns.property("fromTill")) == (receipt, "K02")
        assert [r["detail"] for r in returns.lines_model.rows] == ["sold 2"]
        returns.step(0, 1)
        returns.refund("damaged", "", "cash", "")  # an associate alone: no manager asked
        wait(qtbot, ui)
        assert returns.property("stage") == "done"
        assert returns.property("refundNo").startswith("K01-R")
    finally:
        ui.shutdown()
        ui.dispose()
    with k01.k.store.read() as session:
        row = session.execute(
            text("SELECT sale_id, origin_sale_id, origin_kiosk, receipt_no FROM refunds")
        ).one()
    assert row[0] is None and row[2:] == ("K02", receipt) and row[1]


def test_an_associate_taps_through_the_refund_of_another_tills_receipt(
    qtbot: QtBot, sqlite_hq: HQ, tills: tuple[Till, Till]
) -> None:
    """The same as above through the real QML: scan, the lines from HQ's copy, +, reason,
    Refund; the associate alone, no manager asked."""
    QAccessible.setActive(True)  # controls are found by their accessible names (tests/qt)
    k01, k02 = tills
    receipt = k02.sell((2,))
    assert k02.k.sync().status == "ok"
    lookup = HqSaleLookup(k01.k.store, timeouts=FAST_TIMEOUTS, retry=FAST_RETRY)
    kiosk = start_kiosk(
        qtbot,
        k01.k.store,
        k01.k.clock,
        k01.profile,
        language="en",
        devices=lambda _: Devices(hq_sales=lookup),
    )
    try:
        kiosk.sign_in("1234")
        kiosk.scan(receipt)  # on the sell screen: the returns screen opens and HQ is asked
        kiosk.qtbot.waitUntil(lambda: kiosk.ui.ops.returns.property("stage") == "lines")
        kiosk.settle()
        assert kiosk.visible("returnsScreen")
        assert f"Receipt {receipt} from till K02" in " ".join(screen_texts(kiosk))
        (line,) = kiosk.ui.ops.returns.lines_model.rows
        assert line["detail"] == "sold 2"
        row = kiosk.find(str(line["name"]), within=kiosk.obj("returnLines"))
        kiosk.tap("+", within=row)
        kiosk.tap("+", within=row)
        assert not kiosk.find("+", within=row).isEnabled()  # only two were sold, at K02
        kiosk.tap("−", within=row)
        kiosk.tap("Damaged")
        kiosk.tap("Refund")
        kiosk.qtbot.waitUntil(lambda: kiosk.visible("refundDone"))
        kiosk.settle()
        assert kiosk.text("refundDone").startswith("Give the customer ")
        assert not kiosk.visible("managerOverrideDialog")
    finally:
        kiosk.close()
    with k01.k.store.read() as session:
        got = session.execute(
            text("SELECT origin_kiosk, receipt_no, reason_code FROM refunds")
        ).one()
        lines = session.execute(text("SELECT quantity FROM refund_lines")).scalars().all()
    assert tuple(got) == ("K02", receipt, "damaged") and lines == [1]
