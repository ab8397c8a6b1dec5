"""sim://: the demo's printer renders PNGs the UI shows, and can be made to fail."""

from __future__ import annotations

from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from hardware.errors import BadDeviceUrl
from hardware.printing.factory import open_printer
from hardware.printing.spooler import SpoolerState
from hardware.printing.status import Paper
from hardware.simulated.printer import SimulatedPrinter
from kiosk.config import KioskConfig
from kiosk.devices.printing import build_receipt_printing
from kiosk.domain.errors import KioskError
from kiosk.services.clock import ManualClock
from kiosk.services.printing import PrintingService
from kiosk.store.engine import Store
from kiosk.store.settings import StoreProfile
from tests.hardware.spooling import FAST, StatusLog, job_state, paid_sale, running_spooler, wait_for


def test_the_kiosk_factory_prints_a_sale_to_a_png_the_ui_is_told_about(
    demo_store: Store, clock: ManualClock, profile: StoreProfile, tmp_path: Path
) -> None:
    pages: list[Path] = []
    log = StatusLog()
    config = KioskConfig(data_dir=tmp_path, printer="sim://", printer_profile="TM-T20II")
    printing = build_receipt_printing(
        config, demo_store, clock, on_status=log, on_sim_page=pages.append, timings=FAST
    )
    printing.start()
    try:
        sale = paid_sale(demo_store, clock, profile)
        PrintingService(demo_store, clock, profile, notify=printing.wake).kick_drawer(sale.sale_id)
        wait_for(lambda: len(pages) == 1)
        wait_for(lambda: printing.status.waiting_jobs == 0)
    finally:
        printing.stop()
    (page,) = pages
    assert page.parent == tmp_path / "printer-sim" and page.name == "00001-receipt.png"
    with Image.open(page) as image:
        codes = {r.format.name: r.text for r in zxingcpp.read_barcodes(image.convert("L"))}
    assert codes == {"Code128": sale.receipt_no}
    assert job_state(demo_store, sale.print_job_id or "").state == "printed"
    assert log.seen[-1].state is SpoolerState.STOPPED


def test_the_simulated_printer_can_run_out_of_paper_and_be_switched_off(
    demo_store: Store, clock: ManualClock, profile: StoreProfile, tmp_path: Path
) -> None:
    pages: list[Path] = []
    printer = open_printer(
        "sim://?paper=out", "POS-5890", sim_dir=tmp_path, on_sim_page=pages.append
    )
    assert isinstance(printer, SimulatedPrinter)
    with running_spooler(printer, demo_store, clock) as spooler:
        wait_for(lambda: spooler.status.state is SpoolerState.WAITING)
        assert "out of paper" in spooler.status.message
        sale = paid_sale(demo_store, clock, profile)
        spooler.wake()
        wait_for(lambda: spooler.status.waiting_jobs == 1)
        assert pages == []
        printer.set_state(paper=Paper.OK)
        wait_for(lambda: len(pages) == 1)
        printer.set_state(switched_off=True)
        wait_for(lambda: spooler.status.state is SpoolerState.OFFLINE)
        assert "switched off" in spooler.status.message
        reprint = PrintingService(demo_store, clock, profile).print_receipt(sale.sale_id)
        spooler.wake()
        printer.set_state(switched_off=False)
        wait_for(lambda: job_state(demo_store, reprint).state == "printed")
    assert [p.name for p in pages] == ["00001-receipt.png", "00002-receipt-copy.png"]


def test_sim_url_options_are_checked() -> None:
    with pytest.raises(BadDeviceUrl, match="paper must be one of ok, near_end, out"):
        open_printer("sim://?paper=empty", sim_dir=Path("/tmp"))
    with pytest.raises(BadDeviceUrl, match="unknown option 'colour'"):
        open_printer("sim://?colour=red", sim_dir=Path("/tmp"))


def test_bad_printer_settings_are_a_kiosk_error_naming_the_setting(
    demo_store: Store, clock: ManualClock, tmp_path: Path
) -> None:
    config = KioskConfig(data_dir=tmp_path, printer="usb://epson", printer_profile="TM-T20II")
    with pytest.raises(KioskError, match=r"^Printer settings: .*usb://VID:PID"):
        build_receipt_printing(config, demo_store, clock)
