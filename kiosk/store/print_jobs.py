"""Print jobs are stored before they are sent, so a crash or an unplugged printer loses none."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlmodel import Session

from hardware.document import Document
from kiosk.store.catalog import dbapi
from kiosk.store.types import iso_utc


def enqueue(
    session: Session,
    *,
    job_id: str,
    kind: str,
    document: Document,
    at: datetime,
    reference: str | None = None,
) -> None:
    dbapi(session).execute(
        "INSERT INTO print_jobs (id, kind, document, reference, is_copy, state, attempts, "
        "created_at) VALUES (?, ?, ?, ?, ?, 'queued', 0, ?)",
        (job_id, kind, json.dumps(document.to_dict()), reference, document.copy, iso_utc(at)),
    )


@dataclass(frozen=True, slots=True)
class StoredJob:
    id: str
    kind: str
    document: Document
    reference: str | None
    state: str
    attempts: int
    last_error: str | None


def get(session: Session, job_id: str) -> StoredJob | None:
    row = session.execute(
        text(
            "SELECT id, kind, document, reference, state, attempts, last_error "
            "FROM print_jobs WHERE id = :i"
        ),
        {"i": job_id},
    ).first()
    if row is None:
        return None
    return StoredJob(
        row[0], row[1], Document.from_dict(json.loads(row[2])), row[3], row[4], row[5], row[6]
    )


def for_reference(session: Session, reference: str) -> list[StoredJob]:
    ids = session.execute(
        text("SELECT id FROM print_jobs WHERE reference = :r ORDER BY created_at"),
        {"r": reference},
    ).scalars()
    return [job for job in (get(session, i) for i in list(ids)) if job is not None]
