"""Moving the WAL back into the database file without making a sale pay for it.

SQLite's automatic checkpoint runs inside whichever commit pushes the WAL past 1,000 pages, so
one sale in every thirty or so paid for copying those pages and syncing the database file:
that was the checkout's latency tail. Here a thread with its own connection does the copying:

- When the store has been quiet for `idle_seconds` (at a till: between two customers), a
  PASSIVE checkpoint, which never blocks a writer. The next commit then starts the WAL again
  from the beginning, overwriting old frames, which syncs faster than growing the file.
- When commits keep coming with no quiet moment, the WAL can only grow: a checkpoint that runs
  beside the writer never finds every frame copied, and the WAL cannot start again until it
  does. So after `every_commits` commits the thread checkpoints while holding the store's
  writer gate (a lock `Store.write` takes around each transaction): the next sale waits for
  that copy (a few milliseconds at a 100,000-product store; about 20 ms for the first one,
  while the database pages are still cold) and the WAL then starts again. That bounds the WAL
  at roughly `every_commits` transactions. Copying beside a busy writer instead was measured
  to be worse: every commit that overlaps the copy waits for the same disk, so many sales
  slow down instead of one.
- Should the thread not run at all, SQLite's own automatic checkpoint still fires, inside a
  commit, at `backstop_pages`.

A clean close truncates the WAL to zero bytes, so a stopped kiosk leaves one self-contained
database file (the last connection to close would do that too, but the sync worker's
connection may still be open).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

log = logging.getLogger(__name__)

Mode = Literal["PASSIVE", "TRUNCATE"]

BACKSTOP_PAGES = 16_384  # SQLite checkpoints inside the commit that takes the WAL past this


@dataclass(frozen=True, slots=True)
class CheckpointPolicy:
    idle_seconds: float = 1.0
    # A 5-line sale writes about 40 pages to the WAL, so 256 sales are some 40 MiB of WAL.
    every_commits: int = 256
    max_pages: int = 8_192  # an idle checkpoint that leaves more than this holds the writer
    backstop_pages: int = BACKSTOP_PAGES
    busy_timeout_ms: int = 2_000  # how long the closing TRUNCATE waits for another writer


@dataclass(frozen=True, slots=True)
class CheckpointResult:
    busy: bool  # another connection kept it from finishing
    wal_pages: int  # frames in the WAL when it ran
    copied_pages: int  # frames now in the database file


def checkpoint(path: Path, mode: Mode, busy_timeout_ms: int = 2_000) -> CheckpointResult:
    """One checkpoint of the store at `path` on a short-lived connection of its own."""
    with closing(_connect(path, busy_timeout_ms)) as conn:
        return _checkpoint(conn, mode)


def _connect(path: Path, busy_timeout_ms: int = 0) -> sqlite3.Connection:
    # mode=rw: a store that has gone (restored over, deleted) is never recreated empty here.
    uri = f"{path.resolve().as_uri()}?mode=rw"
    return sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000)


def _checkpoint(conn: sqlite3.Connection, mode: Mode) -> CheckpointResult:
    busy, wal_pages, copied = conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
    return CheckpointResult(bool(busy), int(wal_pages), int(copied))


class WalCheckpointer:
    """Checkpoints one store in the background. `committed()` is its only call on the sale's
    path: it counts, and wakes the thread when there is something to do."""

    def __init__(self, path: Path, policy: CheckpointPolicy | None = None) -> None:
        self.path = path
        self.policy = policy or CheckpointPolicy()
        # Store.write holds it around each write transaction; a catch-up holds it to keep
        # commits out while it copies the WAL.
        self.gate = threading.RLock()
        self.last_result: CheckpointResult | None = None
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._pending = 0  # commits since the last checkpoint began
        self._last_commit = 0.0
        self._stopping = False
        self._thread: threading.Thread | None = None

    def committed(self) -> None:
        with self._lock:
            if self._stopping:
                return
            self._pending += 1
            self._last_commit = time.monotonic()
            if self._thread is None:  # started by the first write: a read-only store has none
                self._thread = threading.Thread(
                    target=self._run, name=f"wal-checkpoint {self.path.name}", daemon=True
                )
                self._thread.start()
            if self._pending == 1 or self._pending >= self.policy.every_commits:
                self._wake.set()

    def stop(self) -> None:
        with self._lock:
            self._stopping = True
            thread = self._thread
        self._wake.set()
        if thread is not None:
            thread.join()

    def _run(self) -> None:
        # A connection of its own: connections are never shared between threads.
        try:
            conn = _connect(self.path)
        except sqlite3.Error:
            log.exception("no background checkpoints for %s; SQLite's backstop only", self.path)
            return
        with closing(conn):
            while True:
                self._wake.wait(self._due_in())
                self._wake.clear()
                with self._lock:
                    if self._stopping:
                        return
                    pending = self._pending
                    busy = pending >= self.policy.every_commits
                if not pending or (not busy and self._due_in()):
                    continue
                with self._lock:
                    self._pending -= pending
                try:
                    self.last_result = self._catch_up(conn) if busy else self._when_idle(conn)
                except sqlite3.Error:
                    # Retried at the next trigger; the backstop keeps the WAL bounded meanwhile.
                    log.exception("background checkpoint of %s failed", self.path)

    def _due_in(self) -> float | None:
        """Seconds until the store counts as quiet, 0 if it is, None if nothing is pending."""
        with self._lock:
            if not self._pending:
                return None
            return max(0.0, self.policy.idle_seconds - (time.monotonic() - self._last_commit))

    def _when_idle(self, conn: sqlite3.Connection) -> CheckpointResult:
        result = _checkpoint(conn, "PASSIVE")
        if result.wal_pages >= self.policy.max_pages:
            # Sales kept landing during idle checkpoints, so the WAL never started again.
            return self._catch_up(conn)
        return result

    def _catch_up(self, conn: sqlite3.Connection) -> CheckpointResult:
        with self.gate:
            return _checkpoint(conn, "PASSIVE")
