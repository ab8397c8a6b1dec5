"""The one database worker: every store and service call of the UI runs here, in order.

Like Anki's collection executor, a single thread owns all SQLite work, so the GUI thread never
waits on the disk and two UI actions can never interleave their transactions. A task's result
(or exception) comes back to the GUI thread through a queued Qt signal, where its callback runs.
Results arrive in the order the tasks were submitted.

Errors a task does not handle itself go to one handler (the notice banner), so every failure is
shown to the associate the same way.

The same class, under another thread name (NET_THREAD_NAME), is the UI's network thread: short
questions to HQ the associate waits for (another till's receipt). They run there rather than
here, so a slow network never holds the database, and rather than on the sync worker, whose
daily run can take minutes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Property, QObject, Signal, Slot

log = logging.getLogger(__name__)
T = TypeVar("T")

WORKER_THREAD_NAME = "kiosk-db"
NET_THREAD_NAME = "kiosk-hq"
ErrorHandler = Callable[[BaseException], None]


@dataclass(slots=True)
class _Task(Generic[T]):
    work: Callable[[], T]
    on_success: Callable[[T], None] | None
    on_failure: Callable[[BaseException], None] | None
    outcome: T | None = None
    error: BaseException | None = None


class DbWorker(QObject):
    """Runs callables on the single database thread and calls back on the GUI thread."""

    _finished = Signal(object)
    busyChanged = Signal()

    def __init__(
        self,
        on_error: ErrorHandler,
        parent: QObject | None = None,
        *,
        thread_name: str = WORKER_THREAD_NAME,
    ) -> None:
        super().__init__(parent)
        self._on_error = on_error
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=thread_name)
        self._in_flight = 0
        self._closed = False
        self._finished.connect(self._deliver)  # queued: emitted on the worker thread

    def submit(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Queues `work`; `on_success(result)` or `on_failure(error)` later runs on this thread.

        Without `on_failure` an error goes to the shared error handler.
        """
        if self._closed:
            log.warning("database task submitted after shutdown; dropped")
            return
        task: _Task[T] = _Task(work, on_success, on_failure)
        self._in_flight += 1
        if self._in_flight == 1:
            self.busyChanged.emit()
        self._executor.submit(self._run, task)

    def _run(self, task: _Task[Any]) -> None:
        try:
            task.outcome = task.work()
        except BaseException as exc:  # delivered to the GUI thread, never swallowed
            task.error = exc
        self._finished.emit(task)

    @Slot(object)
    def _deliver(self, task: _Task[Any]) -> None:
        self._in_flight -= 1
        if self._in_flight == 0:
            self.busyChanged.emit()
        if task.error is not None:
            handler = task.on_failure or self._on_error
            handler(task.error)
        elif task.on_success is not None:
            task.on_success(task.outcome)

    def _get_busy(self) -> bool:
        return self._in_flight > 0

    busy = Property(bool, _get_busy, notify=busyChanged)

    @property
    def in_flight(self) -> int:
        return self._in_flight

    def shutdown(self) -> None:
        """Finishes queued work and joins the thread. Callbacks still queued are not run."""
        self._closed = True
        self._executor.shutdown(wait=True)
