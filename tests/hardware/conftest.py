from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hardware.fake_serial import FakeSerialPrinter
from tests.hardware.fake_tcp import FakeTcpPrinter


@pytest.fixture
def serial_printer(tmp_path: Path) -> Iterator[FakeSerialPrinter]:
    printer = FakeSerialPrinter(link=tmp_path / "ttyPRINTER")
    yield printer
    printer.close()


@pytest.fixture
def tcp_printer() -> Iterator[FakeTcpPrinter]:
    printer = FakeTcpPrinter()
    yield printer
    printer.close()
