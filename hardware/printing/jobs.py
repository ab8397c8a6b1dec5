"""What the spooler needs from wherever print jobs are kept (the kiosk's store implements it).

The spooler calls these on its own thread, one short call at a time. Job states:
queued -> sending -> printed; a fault before any byte went out puts it back to queued (with the
reason in last_error); a fault after some bytes went out makes it interrupted (the associate
confirms, then the whole receipt is printed again as a COPY); a drawer kick that is too old is
expired; a job that can never be rendered is failed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from hardware.document import Document

DRAWER_KIND = "drawer"


@dataclass(frozen=True, slots=True)
class PrintJob:
    id: str
    kind: str  # receipt | drawer | report | test ...
    document: Document
    created_at: datetime
    attempts: int = 0


@dataclass(frozen=True, slots=True)
class JobCounts:
    waiting: int = 0  # queued, not yet printed
    interrupted: int = 0  # half printed, waiting for the associate


class JobSource(Protocol):
    def recover(self, started: datetime) -> None:
        """At start-up: jobs left `sending` by a crash become interrupted (drawer kicks:
        expired), and drawer kicks queued before `started` expire: a kick is never replayed
        after a restart."""
        ...

    def next_job(self) -> PrintJob | None:
        """The oldest queued job, or None."""
        ...

    def mark_sending(self, job_id: str, rendered: bytes) -> None:
        """Stores the bytes about to be sent and counts the attempt, before anything is sent."""
        ...

    def mark_printed(self, job_id: str) -> None: ...

    def mark_waiting(self, job_id: str, reason: str) -> None:
        """Back to queued: nothing reached the printer. `reason` says what it waits for."""
        ...

    def mark_interrupted(self, job_id: str, reason: str) -> None: ...

    def mark_expired(self, job_id: str, reason: str) -> None: ...

    def mark_failed(self, job_id: str, reason: str) -> None: ...

    def counts(self) -> JobCounts: ...
