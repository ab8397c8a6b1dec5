"""`kiosk-hq stock import`: a location's opening stock from a count sheet, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from kiosk.services.setup import demo_catalog_path
from sync.server.cli import main
from sync.server.db import HQDatabase
from sync.server.models import StockLedgerEntry, StockLevel


@pytest.fixture
def hq_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'hq.db'}"
    assert main(["products", "import", str(demo_catalog_path()), "--database-url", url]) == 0
    return url


def import_sheet(url: str, path: Path, text: str) -> int:
    path.write_text(text, encoding="utf-8")
    return main(["stock", "import", "--location", "station-main", str(path), "--database-url", url])


def levels(url: str) -> dict[str, tuple[int, int | None]]:
    db = HQDatabase(url)
    try:
        with db.read() as session:
            rows = session.execute(select(StockLevel)).scalars().all()
            return {r.sku: (r.on_hand, r.reorder_point) for r in rows}
    finally:
        db.dispose()


def test_a_count_sheet_sets_each_sku_and_leaves_a_ledger_entry_per_change(
    hq_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = "sku,on_hand,reorder_point\nDRI-0001,40,6\nBAK-0064,12,\nPRE-0116,0,\n"
    assert import_sheet(hq_url, tmp_path / "count.csv", sheet) == 0
    assert "Set the stock of 3 SKU(s) at station-main." in capsys.readouterr().out
    got = levels(hq_url)
    assert got["DRI-0001"] == (40, 6) and got["BAK-0064"][0] == 12
    # A second sheet is a recount: only the difference goes into the ledger.
    assert import_sheet(hq_url, tmp_path / "recount.csv", "sku,on_hand\nDRI-0001,35\n") == 0
    db = HQDatabase(hq_url)
    try:
        with db.read() as session:
            deltas = session.execute(
                select(StockLedgerEntry.delta).where(StockLedgerEntry.sku == "DRI-0001")
            ).scalars()
            assert sorted(deltas) == [-5, 40]
    finally:
        db.dispose()


@pytest.mark.parametrize(
    ("sheet", "message"),
    [
        ("sku,count\nDRI-0001,4\n", "line 1: missing column(s) on_hand"),
        ("sku,on_hand\nDRI-0001,4\nBAK-0064,-2\n", "line 3: on_hand must be a whole number"),
        ("sku,on_hand\nDRI-0001,4\nDRI-0001,5\n", "line 3: DRI-0001 is also on line 2"),
        ("sku,on_hand\nDRI-0001,4\nNOPE-1,5\n", "line 3: no product NOPE-1 at HQ"),
        ("sku,on_hand\n", "no stock rows"),
    ],
)
def test_a_bad_sheet_names_its_line_and_sets_nothing(
    hq_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], sheet: str, message: str
) -> None:
    assert import_sheet(hq_url, tmp_path / "bad.csv", sheet) == 1
    assert message in capsys.readouterr().err
    assert levels(hq_url) == {}
