"""Print jobs are stored before they are sent, so a crash or an unplugged printer loses none.

States (the `state` column): queued -> sending -> printed. A fault before any byte reached the
printer puts a job back to queued with the reason in last_error. A fault after some bytes went
out makes it interrupted: it is never resumed; the associate confirms and the whole document is
queued again as a COPY (the interrupted row then becomes failed, pointing at its copy), or
dismisses it (failed). A drawer kick that is too old, or found after a restart, is expired.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from sqlmodel import Session

from hardware.document import Document, DrawerKick
from kiosk.store.catalog import dbapi
from kiosk.store.types import iso_utc

QUEUED, SENDING, PRINTED = "queued", "sending", "printed"
INTERRUPTED, FAILED, EXPIRED = "interrupted", "failed", "expired"
DRAWER = "drawer"


def enqueue(
    session: Session,
    *,
    job_id: str,
    kind: str,
    document: Document,
    at: datetime,
    reference: str | None = None,
) -> None:
    body = json.dumps(document.to_dict())
    _insert(
        session,
        job_id=job_id,
        kind=kind,
        body=body,
        reference=reference,
        is_copy=document.copy,
        at=at,
    )


def _insert(
    session: Session,
    *,
    job_id: str,
    kind: str,
    body: str,
    reference: str | None,
    is_copy: bool,
    at: datetime,
) -> None:
    dbapi(session).execute(
        "INSERT INTO print_jobs (id, kind, document, reference, is_copy, state, attempts, "
        "created_at) VALUES (?, ?, ?, ?, ?, 'queued', 0, ?)",
        (job_id, kind, body, reference, is_copy, iso_utc(at)),
    )


@lru_cache(maxsize=8)
def _drawer_kick_body(pin: int) -> str:
    """Every drawer kick is the same document; cash sales need not encode it each time."""
    return json.dumps(Document(kind="drawer", blocks=(DrawerKick(pin),)).to_dict())


def enqueue_drawer_kick(
    session: Session,
    *,
    reference: str | None,
    at: datetime,
    pin: int = 2,
    job_id: str | None = None,
) -> str:
    """A drawer kick is a print job like any other (it goes through the printer); it expires
    if it cannot be sent promptly and is never replayed after a restart."""
    job_id = job_id or uuid.uuid4().hex
    _insert(
        session,
        job_id=job_id,
        kind="drawer",
        body=_drawer_kick_body(pin),
        reference=reference,
        is_copy=False,
        at=at,
    )
    return job_id


@dataclass(frozen=True, slots=True)
class StoredJob:
    id: str
    kind: str
    document: Document
    reference: str | None
    state: str
    attempts: int
    last_error: str | None
    created_at: datetime | None = None
    printed_at: datetime | None = None
    is_copy: bool = False


_COLUMNS = (
    "id, kind, document, reference, state, attempts, last_error, created_at, printed_at, is_copy"
)


def _job(row: tuple[object, ...]) -> StoredJob:
    return StoredJob(
        id=str(row[0]),
        kind=str(row[1]),
        document=Document.from_dict(json.loads(str(row[2]))),
        reference=None if row[3] is None else str(row[3]),
        state=str(row[4]),
        attempts=int(str(row[5])),
        last_error=None if row[6] is None else str(row[6]),
        created_at=_when(row[7]),
        printed_at=_when(row[8]),
        is_copy=bool(row[9]),
    )


def _when(value: object) -> datetime | None:
    return None if value is None else datetime.fromisoformat(str(value))


def get(session: Session, job_id: str) -> StoredJob | None:
    row = (
        dbapi(session)
        .execute(f"SELECT {_COLUMNS} FROM print_jobs WHERE id = ?", (job_id,))
        .fetchone()
    )
    return None if row is None else _job(row)


def for_reference(session: Session, reference: str) -> list[StoredJob]:
    rows = dbapi(session).execute(
        f"SELECT {_COLUMNS} FROM print_jobs WHERE reference = ? ORDER BY created_at, rowid",
        (reference,),
    )
    return [_job(row) for row in rows]


# -- the spooler's side ----------------------------------------------------------------------


def recover_after_restart(session: Session, started: datetime) -> tuple[int, int]:
    """Jobs a crash left half-sent become interrupted; drawer kicks from before the restart
    (queued before `started`, or caught mid-send) expire: an open drawer minutes later is a
    security problem, not a convenience. Returns (interrupted, expired)."""
    conn = dbapi(session)
    expired = conn.execute(
        "UPDATE print_jobs SET state = 'expired', last_error = ? WHERE kind = 'drawer' "
        "AND (state = 'sending' OR (state = 'queued' AND created_at < ?))",
        ("Not sent: the kiosk restarted before the drawer was opened.", iso_utc(started)),
    ).rowcount
    interrupted = conn.execute(
        "UPDATE print_jobs SET state = 'interrupted', last_error = ? WHERE state = 'sending'",
        (
            "The kiosk stopped while this was printing; it may be cut off. Confirm to print it "
            "again as a COPY.",
        ),
    ).rowcount
    return interrupted, expired


def next_queued(session: Session) -> StoredJob | None:
    row = (
        dbapi(session)
        .execute(
            f"SELECT {_COLUMNS} FROM print_jobs WHERE state = 'queued' "
            "ORDER BY created_at, rowid LIMIT 1"
        )
        .fetchone()
    )
    return None if row is None else _job(row)


def mark_sending(session: Session, job_id: str, rendered: bytes) -> bool:
    """Stores the bytes and counts the attempt. False if the job is no longer queued."""
    cursor = dbapi(session).execute(
        "UPDATE print_jobs SET state = 'sending', rendered = ?, attempts = attempts + 1 "
        "WHERE id = ? AND state = 'queued'",
        (rendered, job_id),
    )
    return cursor.rowcount == 1


def mark_printed(session: Session, job_id: str, at: datetime) -> None:
    dbapi(session).execute(
        "UPDATE print_jobs SET state = 'printed', printed_at = ?, last_error = NULL WHERE id = ?",
        (iso_utc(at), job_id),
    )


def _set_state(session: Session, job_id: str, state: str, reason: str) -> None:
    dbapi(session).execute(
        "UPDATE print_jobs SET state = ?, last_error = ? WHERE id = ?", (state, reason, job_id)
    )


def mark_waiting(session: Session, job_id: str, reason: str) -> None:
    _set_state(session, job_id, QUEUED, reason)


def mark_interrupted(session: Session, job_id: str, reason: str) -> None:
    _set_state(session, job_id, INTERRUPTED, reason)


def mark_expired(session: Session, job_id: str, reason: str) -> None:
    _set_state(session, job_id, EXPIRED, reason)


def mark_failed(session: Session, job_id: str, reason: str) -> None:
    _set_state(session, job_id, FAILED, reason)


def counts(session: Session) -> tuple[int, int]:
    """(queued, interrupted)."""
    rows = dbapi(session).execute(
        "SELECT state, COUNT(*) FROM print_jobs WHERE state IN ('queued', 'interrupted') "
        "GROUP BY state"
    )
    found = dict(rows.fetchall())
    return int(found.get(QUEUED, 0)), int(found.get(INTERRUPTED, 0))


def waiting_jobs(session: Session) -> list[StoredJob]:
    """Jobs that still need something: queued, sending, or interrupted (oldest first)."""
    rows = dbapi(session).execute(
        f"SELECT {_COLUMNS} FROM print_jobs "
        "WHERE state IN ('queued', 'sending', 'interrupted') ORDER BY created_at, rowid"
    )
    return [_job(row) for row in rows]


# -- the associate's side --------------------------------------------------------------------


def reprint_interrupted(session: Session, job_id: str, copy_id: str, at: datetime) -> StoredJob:
    """Queues the whole document again, marked COPY; the interrupted job points at it."""
    job = get(session, job_id)
    if job is None or job.state != INTERRUPTED:
        raise LookupError(f"print job {job_id} is not waiting for a reprint")
    enqueue(
        session,
        job_id=copy_id,
        kind=job.kind,
        document=job.document.as_copy(),
        at=at,
        reference=job.reference,
    )
    _set_state(session, job_id, FAILED, f"Interrupted; printed again as a copy (job {copy_id}).")
    copy = get(session, copy_id)
    assert copy is not None
    return copy


def dismiss_interrupted(session: Session, job_id: str, reason: str) -> None:
    job = get(session, job_id)
    if job is None or job.state != INTERRUPTED:
        raise LookupError(f"print job {job_id} is not waiting for a reprint")
    _set_state(session, job_id, FAILED, f"Not printed again: {reason}")
