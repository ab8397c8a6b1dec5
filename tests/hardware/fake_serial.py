"""Fake serial devices on real pseudo-terminals: pyserial opens the slave end exactly as it
opens /dev/ttyUSB0; the fake device sits on the master end in a thread."""

from __future__ import annotations

import contextlib
import os
import select
import threading
import tty
from pathlib import Path

from tests.hardware.printer_logic import FakePrinterLogic


class PtyPair:
    def __init__(self) -> None:
        self.master, self.slave = os.openpty()
        tty.setraw(self.slave)  # no echo, no line editing: a plain byte pipe
        self.path = os.ttyname(self.slave)

    def close(self) -> None:
        for fd in (self.master, self.slave):
            with contextlib.suppress(OSError):
                os.close(fd)


class FakeSerialPrinter:
    """Answers status queries and records what it was sent. `stalled` stops it reading, as a
    printer does when its buffer is full and flow control holds the line."""

    def __init__(self, link: Path | None = None) -> None:
        self.logic = FakePrinterLogic()
        self.stalled = False
        self.link = link  # a stable name (like /dev/serial/by-id/...) that can be re-pointed
        self._stop = threading.Event()
        self._pty = PtyPair()
        self._thread = threading.Thread(target=self._run, name="fake serial printer")
        self._point_link()
        self._thread.start()

    @property
    def path(self) -> str:
        return str(self.link) if self.link else self._pty.path

    def _point_link(self) -> None:
        if self.link is not None:
            tmp = self.link.with_suffix(".new")
            tmp.unlink(missing_ok=True)
            tmp.symlink_to(self._pty.path)
            tmp.replace(self.link)

    def _run(self) -> None:
        while not self._stop.is_set():
            master = self._pty.master
            if self.stalled:
                self._stop.wait(0.02)
                continue
            try:
                ready = select.select([master], [], [], 0.02)[0]
                if not ready:
                    continue
                data = os.read(master, 65536)
            except OSError:
                self._stop.wait(0.02)  # unplugged, or nobody has the port open yet
                continue
            reply = self.logic.feed(data)
            if reply:
                with contextlib.suppress(OSError):
                    os.write(master, reply)

    def unplug(self) -> None:
        """The cable is pulled: the port disappears; the host sees an error or a hang-up."""
        old = self._pty
        self._pty = PtyPair()  # not linked yet: the old name now points nowhere useful
        old.close()
        if self.link is not None:
            self.link.unlink(missing_ok=True)

    def plug_in(self) -> None:
        self._point_link()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._pty.close()


class FakeSerialScanner:
    """A serial scanner: `send` puts bytes on the line as the scanner would. `link` is a
    stable name for it (like /dev/serial/by-id/...), so it can be unplugged and plugged in."""

    def __init__(self, link: Path) -> None:
        self.link = link
        self._pty = PtyPair()
        self.plug_in()

    @property
    def path(self) -> str:
        return str(self.link)

    def send(self, data: bytes) -> None:
        os.write(self._pty.master, data)

    def unplug(self) -> None:
        self.link.unlink(missing_ok=True)
        self._pty.close()
        self._pty = PtyPair()

    def plug_in(self) -> None:
        tmp = self.link.with_suffix(".new")
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(self._pty.path)
        tmp.replace(self.link)

    def close(self) -> None:
        self._pty.close()
