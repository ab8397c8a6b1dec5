"""The spooler over the real store and checkout, against fake printers on real interfaces.
After every fault the sale is intact and the job is where it should be."""

from __future__ import annotations

import time

from hardware.backoff import Backoff
from hardware.document import Barcode, Document, Text
from hardware.printing.device import EscposPrinter
from hardware.printing.escpos_render import reset_sequence
from hardware.printing.layout import COPY_MARK
from hardware.printing.profiles import load_profile
from hardware.printing.spooler import SpoolerState
from hardware.transports.serial_port import SerialTransport
from hardware.transports.tcp import TcpTransport
from hardware.transports.usb_port import UsbTransport
from kiosk.domain.payment import TenderMethod
from kiosk.services.clock import ManualClock
from kiosk.services.printing import PrintingService
from kiosk.store import print_jobs
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile
from tests.hardware.escpos_decoder import decode
from tests.hardware.fake_serial import FakeSerialPrinter
from tests.hardware.fake_tcp import FakeTcpPrinter
from tests.hardware.fake_usb import FakeUsbBackend, FakeUsbDevice, printer_interfaces
from tests.hardware.receipts import pages_of
from tests.hardware.spooling import (
    StatusLog,
    job_state,
    paid_sale,
    running_spooler,
    sale_is_intact,
    wait_for,
)

PROFILE = load_profile("TM-T20II")


def tcp_printer_device(fake: FakeTcpPrinter) -> EscposPrinter:
    return EscposPrinter(
        TcpTransport("127.0.0.1", fake.port), PROFILE, write_timeout=1.0, status_timeout=0.3
    )


def test_a_sale_receipt_is_stored_then_printed(
    demo_store: Store, clock: ManualClock, profile: StoreProfile, tcp_printer: FakeTcpPrinter
) -> None:
    sale = paid_sale(demo_store, clock, profile)
    assert sale.print_job_id is not None
    log = StatusLog()
    with running_spooler(tcp_printer_device(tcp_printer), demo_store, clock, log):
        wait_for(lambda: job_state(demo_store, sale.print_job_id or "").state == "printed")
    job = job_state(demo_store, sale.print_job_id)
    assert job.attempts == 1 and job.printed_at == clock.now()
    with demo_store.read() as tx:
        rendered = (
            tx.connection()
            .exec_driver_sql("SELECT rendered FROM print_jobs WHERE id = ?", (job.id,))
            .scalar()
        )
    printed = tcp_printer.logic.printed()
    assert isinstance(rendered, bytes)
    assert printed == reset_sequence(PROFILE) + rendered  # exactly the stored bytes went out
    receipt = decode(printed, pages_of(PROFILE))
    assert receipt.of("barcode") == [sale.receipt_no] and receipt.cuts == 1
    assert any(sale.receipt_no in line for line in receipt.lines)
    assert log.any(lambda s: s.state is SpoolerState.READY and s.waiting_jobs == 0)


def test_a_cash_sale_opens_the_drawer_then_prints_its_receipt(
    demo_store: Store, clock: ManualClock, profile: StoreProfile, tcp_printer: FakeTcpPrinter
) -> None:
    sale = paid_sale(demo_store, clock, profile, method=TenderMethod.CASH)
    assert sale.opens_drawer and sale.print_job_id is not None
    with running_spooler(tcp_printer_device(tcp_printer), demo_store, clock, StatusLog()):
        wait_for(lambda: job_state(demo_store, sale.print_job_id or "").state == "printed")
    receipt = decode(tcp_printer.logic.printed(), pages_of(PROFILE))
    assert receipt.drawer_kicks == [2] and receipt.of("barcode") == [sale.receipt_no]
    assert receipt.events[0] == ("drawer", 2)  # the drawer opens before the receipt prints


def test_paper_out_the_job_waits_and_prints_when_paper_is_loaded(
    demo_store: Store, clock: ManualClock, profile: StoreProfile, tcp_printer: FakeTcpPrinter
) -> None:
    tcp_printer.logic.paper = "out"
    log = StatusLog()
    with running_spooler(tcp_printer_device(tcp_printer), demo_store, clock, log) as spooler:
        wait_for(lambda: spooler.status.state is SpoolerState.WAITING)
        sale = paid_sale(demo_store, clock, profile)  # the sale never waits for the printer
        spooler.wake()
        wait_for(lambda: spooler.status.waiting_jobs == 1)
        assert "out of paper" in spooler.status.message
        assert job_state(demo_store, sale.print_job_id or "").state == "queued"
        assert sale_is_intact(demo_store, sale)
        assert tcp_printer.logic.printed() == reset_sequence(PROFILE)  # nothing was sent
        tcp_printer.logic.paper = "ok"
        wait_for(lambda: job_state(demo_store, sale.print_job_id or "").state == "printed")
    assert log.any(lambda s: s.state is SpoolerState.READY and s.waiting_jobs == 0)


def test_usb_printer_unplugged_mid_job_is_never_resumed_and_reprints_as_copy(
    demo_store: Store, clock: ManualClock, profile: StoreProfile
) -> None:
    device = FakeUsbDevice(0x04B8, 0x0202, printer_interfaces())
    usb = EscposPrinter(
        UsbTransport(0x04B8, 0x0202, backend=FakeUsbBackend(device)), PROFILE, status_timeout=0.3
    )
    service = PrintingService(demo_store, clock, profile)
    with running_spooler(usb, demo_store, clock) as spooler:
        wait_for(lambda: spooler.status.state is SpoolerState.READY)
        device.unplug_after = len(device.logic.received) + 2000  # within the first transfer
        sale = paid_sale(demo_store, clock, profile, lines=60)
        spooler.wake()
        job_id = sale.print_job_id or ""
        wait_for(lambda: job_state(demo_store, job_id).state == "interrupted")
        assert "unplugged" in (job_state(demo_store, job_id).last_error or "")
        wait_for(lambda: spooler.status.state is SpoolerState.OFFLINE)
        assert "unplugged" in spooler.status.message or "not connected" in spooler.status.message
        assert sale_is_intact(demo_store, sale)
        received_before = len(device.logic.received)
        device.unplugged = False  # plugged back in
        wait_for(lambda: spooler.status.state is SpoolerState.READY)
        assert spooler.status.interrupted_jobs == 1
        # Reconnecting resets the printer and re-selects the code page, and resumes nothing.
        assert bytes(device.logic.received[received_before:]).startswith(reset_sequence(PROFILE))
        assert job_state(demo_store, job_id).state == "interrupted"
        copy_id = service.reprint_interrupted(job_id)
        spooler.wake()
        wait_for(lambda: job_state(demo_store, copy_id).state == "printed")
    copy = job_state(demo_store, copy_id)
    assert copy.is_copy and copy.reference == sale.sale_id
    assert job_state(demo_store, job_id).state == "failed"
    tail = decode(bytes(device.logic.received[received_before:]), pages_of(PROFILE))
    assert tail.lines.count(COPY_MARK) == 2 and tail.of("barcode") == [sale.receipt_no]


def test_a_stalled_serial_printer_interrupts_the_job_and_recovers(
    demo_store: Store, clock: ManualClock, profile: StoreProfile, serial_printer: FakeSerialPrinter
) -> None:
    printer = EscposPrinter(
        SerialTransport(serial_printer.path), PROFILE, write_timeout=0.3, status_timeout=0.2
    )
    big = Document("report", tuple(Text(f"line {n:05d} " + "x" * 30) for n in range(4000)))
    with running_spooler(printer, demo_store, clock) as spooler:
        wait_for(lambda: spooler.status.state is SpoolerState.READY)
        with demo_store.write() as tx:
            print_jobs.enqueue(tx, job_id="big", kind="report", document=big, at=clock.now())
        serial_printer.stalled = True
        spooler.wake()
        wait_for(lambda: job_state(demo_store, "big").state == "interrupted", timeout=10)
        assert "stopped taking data" in (job_state(demo_store, "big").last_error or "")
        wait_for(lambda: spooler.status.state is SpoolerState.OFFLINE, timeout=10)
        serial_printer.stalled = False
        wait_for(lambda: spooler.status.state is SpoolerState.READY, timeout=10)
    assert job_state(demo_store, "big").attempts == 1  # never re-sent on its own


def test_tcp_printer_closing_the_connection_mid_job(
    demo_store: Store, clock: ManualClock, profile: StoreProfile, tcp_printer: FakeTcpPrinter
) -> None:
    with running_spooler(tcp_printer_device(tcp_printer), demo_store, clock) as spooler:
        wait_for(lambda: spooler.status.state is SpoolerState.READY)
        tcp_printer.hang_up_after = len(tcp_printer.logic.received) + 300
        sale = paid_sale(demo_store, clock, profile)
        spooler.wake()
        job_id = sale.print_job_id or ""
        wait_for(lambda: job_state(demo_store, job_id).state == "interrupted")
        wait_for(lambda: spooler.status.state is SpoolerState.READY)  # reconnected
        assert tcp_printer.connections >= 2
    assert sale_is_intact(demo_store, sale)


def test_a_printer_that_never_answers_gets_no_jobs(
    demo_store: Store, clock: ManualClock, profile: StoreProfile, tcp_printer: FakeTcpPrinter
) -> None:
    tcp_printer.logic.answers = False
    with running_spooler(tcp_printer_device(tcp_printer), demo_store, clock) as spooler:
        sale = paid_sale(demo_store, clock, profile)
        spooler.wake()
        wait_for(lambda: spooler.status.state is SpoolerState.OFFLINE)
        wait_for(lambda: spooler.status.waiting_jobs == 1)
        assert "does not answer" in spooler.status.message
    assert job_state(demo_store, sale.print_job_id or "").state == "queued"
    assert decode(tcp_printer.logic.printed(), pages_of(PROFILE)).lines == []


def test_a_drawer_kick_is_sent_promptly_and_expires_if_late(
    demo_store: Store, clock: ManualClock, profile: StoreProfile, tcp_printer: FakeTcpPrinter
) -> None:
    service = PrintingService(demo_store, clock, profile)
    with running_spooler(tcp_printer_device(tcp_printer), demo_store, clock) as spooler:
        kick = service.kick_drawer("sale-1")
        spooler.wake()
        wait_for(lambda: job_state(demo_store, kick).state == "printed")
        tcp_printer.logic.cover_open = True
        wait_for(lambda: spooler.status.state is SpoolerState.WAITING)
        late = service.kick_drawer("sale-2")
        clock.advance(11)
        tcp_printer.logic.cover_open = False
        wait_for(lambda: job_state(demo_store, late).state == "expired")
    assert decode(tcp_printer.logic.printed(), pages_of(PROFILE)).drawer_kicks == [2]


def test_after_a_restart_half_sent_jobs_wait_and_drawer_kicks_are_dropped(
    demo_store: Store, clock: ManualClock, profile: StoreProfile, tcp_printer: FakeTcpPrinter
) -> None:
    sale = paid_sale(demo_store, clock, profile)
    kick = PrintingService(demo_store, clock, profile).kick_drawer(sale.sale_id)
    with demo_store.write() as tx:  # the kiosk died while this receipt was being sent
        assert print_jobs.mark_sending(tx, sale.print_job_id or "", b"\x1b@partial")
    clock.advance(1)  # the restart comes after the sale
    with running_spooler(tcp_printer_device(tcp_printer), demo_store, clock) as spooler:
        wait_for(lambda: spooler.status.state is SpoolerState.READY)
        wait_for(lambda: spooler.status.interrupted_jobs == 1)
    assert job_state(demo_store, sale.print_job_id or "").state == "interrupted"
    assert job_state(demo_store, kick).state == "expired"
    assert decode(tcp_printer.logic.printed(), pages_of(PROFILE)).drawer_kicks == []


def test_a_document_that_cannot_be_rendered_fails_alone(
    demo_store: Store, clock: ManualClock, tcp_printer: FakeTcpPrinter
) -> None:
    bad = Document("test", (Barcode("not digits", symbology="EAN13"),))
    good = Document("test", (Text("still printing"),))
    with demo_store.write() as tx:
        print_jobs.enqueue(tx, job_id="bad", kind="test", document=bad, at=clock.now())
        clock.advance(1)
        print_jobs.enqueue(tx, job_id="good", kind="test", document=good, at=clock.now())
    with running_spooler(tcp_printer_device(tcp_printer), demo_store, clock):
        wait_for(lambda: job_state(demo_store, "good").state == "printed")
    assert job_state(demo_store, "bad").state == "failed"
    assert "EAN13" in (job_state(demo_store, "bad").last_error or "")


class CountingPrinter(EscposPrinter):
    attempts: list[float]

    def connect(self) -> None:
        self.attempts.append(time.monotonic())
        super().connect()


def test_an_unreachable_printer_is_retried_with_growing_waits(
    demo_store: Store, clock: ManualClock
) -> None:
    log = StatusLog()
    unreachable = CountingPrinter(TcpTransport("127.0.0.1", 9, connect_timeout=0.2), PROFILE)
    unreachable.attempts = []
    with running_spooler(unreachable, demo_store, clock, log):
        wait_for(lambda: len(unreachable.attempts) >= 5)
    gaps = [b - a for a, b in zip(unreachable.attempts, unreachable.attempts[1:], strict=False)]
    assert gaps[0] < gaps[2]  # 0.05 s, 0.1 s, 0.2 s (FAST timings; 1 s to 30 s in service)
    assert all(gap < 0.5 for gap in gaps)  # capped
    assert log.seen[-2].state is SpoolerState.OFFLINE
    assert "Cannot reach" in log.seen[-2].message and "Trying again" in log.seen[-2].message


def test_backoff_doubles_to_thirty_seconds_and_resets() -> None:
    backoff = Backoff(1.0, 30.0)
    assert [backoff.next_delay() for _ in range(7)] == [1, 2, 4, 8, 16, 30, 30]
    backoff.reset()
    assert backoff.next_delay() == 1
