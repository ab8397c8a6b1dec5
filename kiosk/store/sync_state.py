"""Sync bookkeeping in the kiosk store: enrolment (never the token), cursors, the run log."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import text
from sqlmodel import Session

from kiosk.store.types import iso_utc
from sync.ports import Enrolment, RunSummary


def enrolment(session: Session) -> Enrolment | None:
    row = session.execute(
        text(
            "SELECT hq_url, kiosk_id, kiosk_name, location, pickup_key, enrolled_at "
            "FROM sync_enrolment WHERE id = 1"
        )
    ).first()
    if row is None:
        return None
    return Enrolment(row[0], row[1], row[2], row[3], row[4], datetime.fromisoformat(row[5]))


def save_enrolment(session: Session, value: Enrolment) -> None:
    session.execute(
        text(
            "INSERT INTO sync_enrolment (id, hq_url, kiosk_id, kiosk_name, location, pickup_key, "
            "enrolled_at) VALUES (1, :u, :k, :n, :l, :p, :at) ON CONFLICT(id) DO UPDATE SET "
            "hq_url = excluded.hq_url, kiosk_id = excluded.kiosk_id, "
            "kiosk_name = excluded.kiosk_name, location = excluded.location, "
            "pickup_key = excluded.pickup_key, enrolled_at = excluded.enrolled_at"
        ),
        {
            "u": value.hq_url,
            "k": value.kiosk_id,
            "n": value.kiosk_name,
            "l": value.location,
            "p": value.pickup_key,
            "at": iso_utc(value.enrolled_at),
        },
    )


def forget_sync_state(session: Session) -> None:
    """A new enrolment (maybe to another HQ) starts every stream from the beginning. Pickup
    orders from before (a demo store's, or another HQ's) go too: their codes are signed with
    a key this kiosk no longer trusts, and they would hold stock for nobody. Hand-overs made
    here stay, with their proof."""
    session.execute(text("DELETE FROM sync_cursors"))
    session.execute(text("DELETE FROM pickup_order_lines"))
    session.execute(text("DELETE FROM pickup_orders"))


def cursor(session: Session, stream: str) -> str | None:
    row = session.execute(
        text("SELECT cursor FROM sync_cursors WHERE stream = :s"), {"s": stream}
    ).first()
    return str(row[0]) if row else None


def save_cursor(session: Session, stream: str, value: str, at: datetime) -> None:
    session.execute(
        text(
            "INSERT INTO sync_cursors (stream, cursor, updated_at) VALUES (:s, :c, :at) "
            "ON CONFLICT(stream) DO UPDATE SET cursor = excluded.cursor, "
            "updated_at = excluded.updated_at"
        ),
        {"s": stream, "c": value, "at": iso_utc(at)},
    )


_RUN_COLUMNS = (
    "trigger, started_at, finished_at, status, step, pushed, duplicates, parked, pulled_json, "
    "resets_json, mismatches, anomalies, repaired, clock_skew_s, error"
)


def record_run(session: Session, run: RunSummary) -> int:
    values = {
        "trigger": run.trigger,
        "started_at": iso_utc(run.started_at),
        "finished_at": iso_utc(run.finished_at) if run.finished_at else None,
        "status": run.status,
        "step": run.step,
        "pushed": run.pushed,
        "duplicates": run.duplicates,
        "parked": run.parked,
        "pulled_json": json.dumps(run.pulled, sort_keys=True),
        "resets_json": json.dumps(run.resets),
        "mismatches": run.mismatches,
        "anomalies": run.anomalies,
        "repaired": run.repaired,
        "clock_skew_s": run.clock_skew_s,
        "error": run.error,
    }
    if run.run_id is None:
        marks = ", ".join(f":{k}" for k in values)
        run.run_id = int(
            session.execute(
                text(f"INSERT INTO sync_runs ({_RUN_COLUMNS}) VALUES ({marks}) RETURNING id"),
                values,
            ).scalar_one()
        )
    else:
        sets = ", ".join(f"{k} = :{k}" for k in values)
        session.execute(
            text(f"UPDATE sync_runs SET {sets} WHERE id = :id"), {**values, "id": run.run_id}
        )
    return run.run_id


def last_runs(session: Session, limit: int) -> list[RunSummary]:
    rows = session.execute(
        text(f"SELECT id, {_RUN_COLUMNS} FROM sync_runs ORDER BY id DESC LIMIT :n"), {"n": limit}
    ).all()
    return [
        RunSummary(
            run_id=r[0],
            trigger=r[1],
            started_at=datetime.fromisoformat(r[2]),
            finished_at=datetime.fromisoformat(r[3]) if r[3] else None,
            status=r[4],
            step=r[5],
            pushed=r[6],
            duplicates=r[7],
            parked=r[8],
            pulled=json.loads(r[9]),
            resets=json.loads(r[10]),
            mismatches=r[11],
            anomalies=r[12],
            repaired=r[13],
            clock_skew_s=r[14],
            error=r[15],
        )
        for r in rows
    ]


def last_success(session: Session) -> datetime | None:
    row = session.execute(
        text("SELECT MAX(started_at) FROM sync_runs WHERE status = 'ok'")
    ).scalar()
    return datetime.fromisoformat(row) if row else None
