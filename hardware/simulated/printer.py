"""`sim://`: a printer that "prints" each job as a PNG file and tells the UI where it is.

It behaves like a real one where it matters to the rest of the kiosk: it can be out of paper,
have its cover open or be switched off, and the spooler sees that through the same status and
errors as with hardware. Setting it from the UI (a demo toggle) is safe from any thread.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path

from hardware.document import Document, DrawerKick
from hardware.errors import DeviceDisconnected, DeviceNotFound
from hardware.printing.profiles import PrinterProfile
from hardware.printing.raster import LogoLoader, load_logo_file, render_image
from hardware.printing.status import Paper, PrinterStatus

_PAGE = re.compile(r"^(\d+)-")


class SimulatedPrinter:
    can_report_status = True

    def __init__(
        self,
        profile: PrinterProfile,
        directory: Path,
        on_page: Callable[[Path], None] | None = None,
        *,
        url: str = "sim://",
        logos: LogoLoader = load_logo_file,
    ) -> None:
        self.url = url
        self.profile = profile
        self.directory = directory
        self.on_page = on_page
        self.logos = logos
        self.paper = Paper.OK
        self.cover_open = False
        self.switched_off = False
        self.drawer_open = False
        self._lock = threading.Lock()
        self._connected = False

    def set_state(
        self,
        *,
        paper: Paper | None = None,
        cover_open: bool | None = None,
        switched_off: bool | None = None,
        drawer_open: bool | None = None,
    ) -> None:
        with self._lock:
            if paper is not None:
                self.paper = paper
            if cover_open is not None:
                self.cover_open = cover_open
            if switched_off is not None:
                self.switched_off = switched_off
            if drawer_open is not None:
                self.drawer_open = drawer_open

    def connect(self) -> None:
        if self.switched_off:
            raise DeviceNotFound("The simulated printer is switched off. Switch it on to print.")
        self.directory.mkdir(parents=True, exist_ok=True)
        self._connected = True

    def disconnect(self) -> None:
        self._connected = False

    def status(self) -> PrinterStatus:
        with self._lock:
            if self.switched_off or not self._connected:
                self._connected = False
                raise DeviceDisconnected("The simulated printer was switched off.")
            return PrinterStatus(
                answered=True,
                online=not self.cover_open and self.paper is not Paper.OUT,
                cover_open=self.cover_open,
                paper=self.paper,
                drawer_open=self.drawer_open,
                error=False,
            )

    def send(self, document: Document, data: bytes) -> None:
        if self.switched_off or not self._connected:
            raise DeviceDisconnected("The simulated printer was switched off.")
        if any(isinstance(block, DrawerKick) for block in document.blocks):
            self.set_state(drawer_open=True)
        printable = [b for b in document.blocks if not isinstance(b, DrawerKick)]
        if not printable:
            return  # a bare drawer kick prints nothing
        path = self._next_path(document)
        partial = path.with_suffix(".part")
        render_image(document, self.profile, self.logos).save(partial, format="PNG")
        partial.replace(path)  # the UI never sees a half-written picture
        if self.on_page is not None:
            self.on_page(path)

    def _next_path(self, document: Document) -> Path:
        numbers = [
            int(m.group(1)) for p in self.directory.glob("*.png") if (m := _PAGE.match(p.name))
        ]
        number = max(numbers, default=0) + 1
        copy = "-copy" if document.copy else ""
        return self.directory / f"{number:05d}-{document.kind}{copy}.png"
