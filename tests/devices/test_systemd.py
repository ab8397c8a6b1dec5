from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from kiosk.devices.systemd import SystemdNotifier


def test_ready_and_watchdog_reach_the_notify_socket(tmp_path: Path) -> None:
    path = tmp_path / "notify"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(str(path))
        server.settimeout(2)
        notifier = SystemdNotifier(str(path))
        assert notifier.ready("Selling at K01")
        assert server.recv(200) == b"READY=1\nSTATUS=Selling at K01"
        assert notifier.ping()
        assert server.recv(200) == b"WATCHDOG=1"


def test_outside_systemd_nothing_happens_and_a_vanished_socket_is_tolerated(
    tmp_path: Path,
) -> None:
    assert not SystemdNotifier("").ping()
    assert not SystemdNotifier(str(tmp_path / "gone")).ready()


def test_watchdog_interval_is_half_the_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", "30000000")
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
    assert SystemdNotifier("").watchdog_interval() == 15.0
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid() + 1))  # meant for another process
    assert SystemdNotifier("").watchdog_interval() is None
