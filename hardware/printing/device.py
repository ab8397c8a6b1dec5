"""A printer: a connection (transport) plus the model's profile. The spooler drives it."""

from __future__ import annotations

from typing import Protocol

from hardware.document import Document
from hardware.printing.escpos_render import reset_sequence
from hardware.printing.profiles import PrinterProfile
from hardware.printing.status import REPLY_TIMEOUT, PrinterStatus, query_status
from hardware.transports.base import WRITE_TIMEOUT, Transport


class PrinterDevice(Protocol):
    url: str
    profile: PrinterProfile

    @property
    def can_report_status(self) -> bool: ...

    def connect(self) -> None:
        """Opens the connection and resets the printer (ESC @, font, code page)."""
        ...

    def disconnect(self) -> None: ...

    def status(self) -> PrinterStatus:
        """Raises DeviceError when the connection is lost."""
        ...

    def send(self, document: Document, data: bytes) -> None:
        """Sends one rendered job. Raises DeviceError (with `partial`) on failure."""
        ...


class EscposPrinter:
    def __init__(
        self,
        transport: Transport,
        profile: PrinterProfile,
        *,
        write_timeout: float = WRITE_TIMEOUT,
        status_timeout: float = REPLY_TIMEOUT,
        status_queries: bool = True,
        drawer_open_high: bool = True,
    ) -> None:
        self.transport = transport
        self.url = transport.url
        self.profile = profile
        self.write_timeout = write_timeout
        self.status_timeout = status_timeout
        self.status_queries = status_queries
        self.drawer_open_high = drawer_open_high

    @property
    def can_report_status(self) -> bool:
        return self.status_queries and self.transport.can_read

    def connect(self) -> None:
        self.transport.open()
        try:
            self.transport.write(reset_sequence(self.profile), self.write_timeout)
        except Exception:
            self.transport.close()
            raise

    def disconnect(self) -> None:
        self.transport.close()

    def status(self) -> PrinterStatus:
        if not self.status_queries:
            return PrinterStatus.unknown("status queries are switched off for this printer")
        return query_status(
            self.transport, timeout=self.status_timeout, drawer_open_high=self.drawer_open_high
        )

    def send(self, document: Document, data: bytes) -> None:
        self.transport.write(data, self.write_timeout)
