"""`make package` end to end: the bundle runs from its own directory, and the .deb holds what
it should, with maintainer scripts that really create and remove the users and data.

Building takes about a minute, so it happens once for the whole module.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from kiosk import __version__

ROOT = Path(__file__).resolve().parents[2]
HAS_HQ = (ROOT / "sync" / "server" / "cli.py").exists()
pytestmark = pytest.mark.slow


def run(
    *args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
        cwd=cwd,
        env=env,
    )


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("dist")
    env = {**os.environ, "DIST": str(out), "WORK": str(out / "work")}
    built = run(ROOT / "packaging" / "scripts" / "build-package.sh", cwd=ROOT, env=env)
    assert built.returncode == 0, built.stdout + built.stderr
    yield out
    shutil.rmtree(out, ignore_errors=True)


def deb_of(dist: Path) -> Path:
    (deb,) = dist.glob("kiosk-pos_*.deb")
    return deb


def test_the_bundle_runs_the_demo_from_its_own_directory(dist: Path, tmp_path: Path) -> None:
    kiosk = dist / "kiosk" / "kiosk"
    elsewhere = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""}
    version = run(kiosk, "--version", cwd=tmp_path, env=elsewhere)
    assert version.returncode == 0 and version.stdout.strip() == f"kiosk {__version__}"
    shot = tmp_path / "shot.png"
    demo = run(
        kiosk,
        "run",
        "--demo",
        "--data-dir",
        tmp_path / "data",
        "--screenshot",
        shot,
        "--exit-after",
        "3",
        cwd=tmp_path,
        env=elsewhere,
    )
    assert demo.returncode == 0, demo.stderr
    with Image.open(shot) as image:
        assert image.size[0] >= 1024 and image.size[1] >= 600
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20) or []
        assert len(colours) > 10  # something was drawn
    assert (tmp_path / "data" / "kiosk.db").exists()
    if HAS_HQ:
        assert run(dist / "kiosk" / "kiosk-hq", "--help", cwd=tmp_path).returncode == 0


def test_the_deb_holds_the_bundle_units_rules_and_config(dist: Path) -> None:
    listing = run("dpkg-deb", "--contents", deb_of(dist)).stdout
    for path in (
        "./opt/kiosk-pos/kiosk/kiosk",
        "./usr/bin/kiosk -> /opt/kiosk-pos/kiosk/kiosk",
        "./usr/lib/systemd/system/kiosk-pos.service",
        "./usr/lib/systemd/system/kiosk-pos-sync.timer",
        "./usr/lib/systemd/system/kiosk-pos-backup.timer",
        "./usr/lib/systemd/system/kiosk-hq.service",
        "./usr/lib/udev/rules.d/",
        "./etc/kiosk-pos/kiosk.toml",
        "./opt/kiosk-pos/kiosk/_internal/kiosk/store/migrations/env.py",
        "./opt/kiosk-pos/kiosk/_internal/resources/demo/catalog.csv",
    ):
        assert path in listing, path
    assert ".rules" in listing.split("./usr/lib/udev/rules.d/", 1)[1]
    conffiles = run("dpkg-deb", "--info", deb_of(dist), "conffiles").stdout.split()
    assert conffiles == ["/etc/kiosk-pos/hq.env", "/etc/kiosk-pos/kiosk.toml"]
    control = run("dpkg-deb", "--field", deb_of(dist), "Depends").stdout
    assert "cage" in control


@pytest.mark.skipif(os.geteuid() != 0, reason="a private mount namespace needs root")
def test_maintainer_scripts_create_and_purge_users_and_data(dist: Path, tmp_path: Path) -> None:
    control = tmp_path / "control"
    assert run("dpkg-deb", "--control", deb_of(dist), control).returncode == 0
    fake_etc, fake_var = tmp_path / "etc", tmp_path / "var-lib"
    shutil.copytree("/etc", fake_etc, symlinks=True, ignore_dangling_symlinks=True)
    (fake_etc / "kiosk-pos").mkdir(exist_ok=True)
    (fake_etc / "kiosk-pos" / "hq.env").write_text("KIOSK_HQ_DATABASE_URL=sqlite://\n")
    fake_var.mkdir()
    # Inside the namespace /etc and /var/lib are our copies and /run is empty (no systemd or
    # udev to poke): the real scripts run, and this machine is not touched.
    script = f"""
        set -e
        mount --bind {fake_etc} /etc
        mount --bind {fake_var} /var/lib
        mount -t tmpfs none /run
        sh {control}/postinst configure
        getent passwd kiosk
        id -nG kiosk
        stat -c '%U %a' /var/lib/kiosk-pos
        stat -c '%G %a' /etc/kiosk-pos/hq.env
        sh {control}/postinst configure >/dev/null  # upgrades run it again
        sh {control}/postrm remove
        test -d /var/lib/kiosk-pos && echo kept-on-remove
        sh {control}/postrm purge
        getent passwd kiosk || echo user-gone
        test -d /var/lib/kiosk-pos || echo data-gone
    """
    result = run("unshare", "--mount", "sh", "-c", script)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "kiosk:x:" in out and "/var/lib/kiosk-pos:/usr/sbin/nologin" in out
    groups = out.split("/usr/sbin/nologin\n", 1)[1].splitlines()[0].split()
    assert "kiosk" in groups and {"lp", "dialout"} & set(groups)
    assert "kiosk 750" in out and "kiosk-hq 640" in out
    assert "kept-on-remove" in out and "deleting the store" in out
    assert "user-gone" in out and "data-gone" in out
    assert not (Path("/etc/kiosk-pos").exists() and Path("/var/lib/kiosk-pos").exists())


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze not installed")
def test_the_systemd_units_are_valid(dist: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    assert run("dpkg-deb", "--extract", deb_of(dist), root).returncode == 0
    # Point the units at the unpacked bundle (and a stand-in for cage, a dependency rather
    # than part of the package), then let systemd check them against this machine's targets.
    cage = tmp_path / "cage"
    cage.write_text("#!/bin/sh\n")
    cage.chmod(0o755)
    bundle = root / "opt" / "kiosk-pos" / "kiosk"
    units = tmp_path / "units"
    units.mkdir()
    for unit in sorted((root / "usr" / "lib" / "systemd" / "system").glob("kiosk*")):
        if unit.name == "kiosk-hq.service" and not HAS_HQ:
            continue
        text = unit.read_text().replace("/opt/kiosk-pos/kiosk", str(bundle))
        (units / unit.name).write_text(text.replace("/usr/bin/cage", str(cage)))
    result = run("systemd-analyze", "verify", "--man=no", *sorted(units.iterdir()))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not [line for line in output.splitlines() if "kiosk" in line], output
