"""Manager override: a manager's PIN and a reason approve ONE action, which is then retried.

When the sale refuses an action with PermissionDenied, the bridge remembers how to retry it and
the dialog opens. The approval is checked and audited by AssociateService on the worker; the
retried action spends it, so it can never cover a second action.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.permissions import Actor, Approval, Permission
from kiosk.services.associates import AssociateService
from kiosk.ui.messages import describe, permission_text, translate
from kiosk.ui.sound import ErrorSound
from kiosk.ui.worker import DbWorker


@dataclass(frozen=True, slots=True)
class ApprovalRequest:
    permission: Permission
    target: str
    retry: Callable[[Approval], None]


class ApprovalBridge(QObject):
    changed = Signal()

    def __init__(
        self,
        *,
        worker: DbWorker,
        associates: AssociateService,
        current_actor: Callable[[], Actor | None],
        sound: ErrorSound,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.associates = associates
        self.current_actor = current_actor
        self.sound = sound
        self._request: ApprovalRequest | None = None
        self._message = ""
        self._busy = False

    def request(
        self, permission: Permission, target: str, retry: Callable[[Approval], None]
    ) -> None:
        self._request = ApprovalRequest(permission, target, retry)
        self._message = ""
        self._busy = False
        self.changed.emit()

    @Slot(str, str)
    def approve(self, pin: str, reason: str) -> None:
        request, actor = self._request, self.current_actor()
        if request is None or actor is None or self._busy:
            return
        if not pin:
            self._fail_with(translate("Messages", "Enter the manager's PIN."))
            return
        if len(reason.strip()) < 3:
            self._fail_with(translate("Messages", "Give a reason for the approval."))
            return
        self._busy = True
        self.changed.emit()
        associates = self.associates
        self.worker.submit(
            lambda: associates.approve(pin, request.permission, reason, actor, request.target),
            lambda approval: self._approved(request, approval),
            self._refused,
        )

    def _approved(self, request: ApprovalRequest, approval: Approval) -> None:
        if self._request is request:
            self._request = None
            self._busy = False
            self.changed.emit()
        request.retry(approval)

    def _refused(self, error: BaseException) -> None:
        self._busy = False
        self._fail_with(describe(error))

    def _fail_with(self, message: str) -> None:
        self._message = message
        self.sound.play()
        self.changed.emit()

    @Slot()
    def cancel(self) -> None:
        self._request = None
        self._message = ""
        self._busy = False
        self.changed.emit()

    def _get_pending(self) -> bool:
        return self._request is not None

    def _get_what(self) -> str:
        if self._request is None:
            return ""
        phrase = permission_text(self._request.permission)
        return translate("Messages", "%1 needs a manager's approval.").replace(
            "%1", phrase[:1].upper() + phrase[1:]
        )

    def _get_permission(self) -> str:
        return self._request.permission.value if self._request else ""

    def _get_message(self) -> str:
        return self._message

    def _get_busy(self) -> bool:
        return self._busy

    pending = Property(bool, _get_pending, notify=changed)
    what = Property(str, _get_what, notify=changed)
    permission = Property(str, _get_permission, notify=changed)
    message = Property(str, _get_message, notify=changed)
    busy = Property(bool, _get_busy, notify=changed)
