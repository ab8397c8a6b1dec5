"""The `kiosk` command as an admin uses it: a real subprocess, real files, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kiosk import __version__


def kiosk(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_version() -> None:
    result = kiosk("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"kiosk {__version__}"


def test_init_demo_then_refuse_to_overwrite(tmp_path: Path) -> None:
    first = kiosk("init", "--demo", "--data-dir", tmp_path / "d")
    assert first.returncode == 0, first.stderr
    assert "demo store with 200 products" in first.stdout
    again = kiosk("init", "--data-dir", tmp_path / "d")
    assert again.returncode == 1
    assert again.stderr.strip().splitlines() == [
        f"kiosk: error: {tmp_path / 'd'} already holds a store; nothing was changed."
    ]


def test_simulate_is_repeatable_with_a_seed(demo_dir: Path, tmp_path: Path) -> None:
    import shutil

    twin = tmp_path / "twin"
    shutil.copytree(demo_dir, twin)
    a = kiosk("simulate", "--sales", "25", "--seed", "7", "--data-dir", demo_dir)
    b = kiosk("simulate", "--sales", "25", "--seed", "7", "--data-dir", twin)
    assert a.returncode == b.returncode == 0, a.stderr
    revenue = a.stdout.split(",", 1)[1].rsplit(" in ", 1)[0]
    assert revenue == b.stdout.split(",", 1)[1].rsplit(" in ", 1)[0]
    assert a.stdout.startswith("Completed 25 sales")
    verify = kiosk("audit", "verify", "--data-dir", demo_dir)
    assert verify.returncode == 0 and "intact" in verify.stdout


def test_bad_catalog_is_refused_with_its_line(demo_dir: Path, tmp_path: Path) -> None:
    csv = tmp_path / "prices.csv"
    csv.write_text("sku,name,price,tax_class\nX1,Tea,1.00,STD\nX2,Cake,one euro,STD\n")
    result = kiosk("catalog", "import", csv, "--data-dir", demo_dir)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "kiosk: error: prices.csv: line 3: bad price for SKU X2: "
        "'one euro' is not an amount of money"
    )
    good = kiosk("catalog", "import", "--data-dir", demo_dir, tmp_path / "missing.csv")
    assert good.returncode == 1 and "Cannot read" in good.stderr


def test_commands_on_a_missing_store_say_what_to_do(tmp_path: Path) -> None:
    result = kiosk("simulate", "--sales", "1", "--data-dir", tmp_path / "nowhere")
    assert result.returncode == 1
    assert "Run `kiosk init`" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_staff_add_and_list(demo_dir: Path) -> None:
    added = kiosk("staff", "add", "--name", "Sam Sunday", "--pin", "2468", "--data-dir", demo_dir)
    assert added.returncode == 0, added.stderr
    dup = kiosk("staff", "add", "--name", "Dup", "--pin", "2468", "--data-dir", demo_dir)
    assert dup.returncode == 1 and "already used" in dup.stderr
    listed = kiosk("staff", "list", "--data-dir", demo_dir)
    assert "Sam Sunday" in listed.stdout and "Morgan Manager" in listed.stdout
