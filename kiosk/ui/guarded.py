"""A service call that a manager may have to approve, run on the database worker.

The service decides what needs approval (it raises PermissionDenied naming the permission);
the approval dialog asks a manager for exactly that, and the call is retried with every
approval given so far. A refund can need two (above the limit, and another till's receipt):
each is asked for in turn. Cancelling the dialog simply ends the attempt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from kiosk.domain.errors import PermissionDenied
from kiosk.domain.permissions import Approval, Permission
from kiosk.ui.approval import ApprovalBridge
from kiosk.ui.worker import DbWorker

T = TypeVar("T")
Approvals = tuple[Approval, ...]


def run_guarded(
    worker: DbWorker,
    approvals: ApprovalBridge,
    work: Callable[[Approvals], T],
    *,
    target: str,
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None],
    on_asking: Callable[[], None] = lambda: None,
    given: Approvals = (),
) -> None:
    """Runs `work(approvals)`; on PermissionDenied, `on_asking()` and the dialog opens."""

    def failed(error: BaseException) -> None:
        if isinstance(error, PermissionDenied) and not any(
            a.permission.value == error.permission for a in given
        ):
            on_asking()
            approvals.request(
                Permission(error.permission),
                target,
                lambda approval: run_guarded(
                    worker,
                    approvals,
                    work,
                    target=target,
                    on_success=on_success,
                    on_failure=on_failure,
                    on_asking=on_asking,
                    given=(*given, approval),
                ),
            )
            return
        on_failure(error)

    worker.submit(lambda: work(given), on_success, failed)
