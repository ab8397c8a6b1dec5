"""Signing in with a PIN or badge, lock-out after wrong PINs, and manager approvals."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, select

from kiosk.domain.errors import InvalidInput, KioskError
from kiosk.domain.permissions import DESCRIPTIONS, Actor, Approval, Permission, Role
from kiosk.services.clock import Clock
from kiosk.store import audit
from kiosk.store.engine import Store
from kiosk.store.models import Associate, LoginThrottle

# OWASP's minimum for argon2id; verifying takes ~20 ms, far below what a person notices.
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
MAX_FAILURES = 5
FIRST_LOCKOUT = timedelta(seconds=30)
LONGEST_LOCKOUT = timedelta(minutes=15)


class LoginFailed(KioskError):
    pass


class LockedOut(KioskError):
    def __init__(self, message: str, seconds_left: int) -> None:
        super().__init__(message)
        self.seconds_left = seconds_left


@dataclass(frozen=True, slots=True)
class StaffMember:
    id: str
    name: str
    role: Role
    badge_code: str | None
    active: bool


def validate_pin(pin: str) -> str:
    if not pin.isdigit() or not 4 <= len(pin) <= 8:
        raise InvalidInput("A PIN is 4 to 8 digits")
    return pin


class AssociateService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    # --- staff -------------------------------------------------------------------------------
    def enroll(
        self,
        name: str,
        role: Role,
        pin: str,
        badge_code: str | None = None,
        enrolled_by: str | None = None,
    ) -> StaffMember:
        validate_pin(pin)
        if not name.strip():
            raise InvalidInput("Give the associate a name")
        with self.store.read() as session:
            staff = list(session.exec(select(Associate).where(Associate.active)))
        if any(_verify(a.pin_hash, pin) for a in staff):
            raise InvalidInput("That PIN is already used by someone else. Choose another.")
        member = Associate(
            id=uuid.uuid4().hex,
            name=name.strip(),
            role=role.value,
            pin_hash=HASHER.hash(pin),
            badge_code=badge_code,
            created_at=self.clock.now(),
        )
        with self.store.write() as session:
            session.add(member)
            audit.append(
                session,
                action="staff.enrolled",
                at=self.clock.now(),
                associate_id=enrolled_by,
                subject=member.id,
                detail={"name": member.name, "role": member.role},
            )
        return _member(member)

    def staff(self) -> list[StaffMember]:
        with self.store.read() as session:
            return [_member(a) for a in session.exec(select(Associate).order_by(Associate.name))]

    # --- signing in ----------------------------------------------------------------------------
    def login_pin(self, pin: str) -> Actor:
        self._check_not_locked("till")
        with self.store.read() as session:
            staff = list(session.exec(select(Associate).where(Associate.active)))
        match = next((a for a in staff if _verify(a.pin_hash, pin)), None)
        return self._finish_login(match, "pin")

    def login_badge(self, badge_code: str) -> Actor:
        self._check_not_locked("till")
        with self.store.read() as session:
            match = session.exec(
                select(Associate).where(Associate.badge_code == badge_code, Associate.active)
            ).first()
        return self._finish_login(match, "badge")

    def logout(self, actor: Actor, reason: str = "logout") -> None:
        with self.store.write() as session:
            audit.append(
                session,
                action="logout",
                at=self.clock.now(),
                associate_id=actor.associate_id,
                detail={"reason": reason},
            )

    def _finish_login(self, match: Associate | None, method: str) -> Actor:
        now = self.clock.now()
        if match is None:
            with self.store.write() as session:
                failure = _record_failure(session, "till", now, f"login.failed.{method}")
            raise failure
        with self.store.write() as session:
            _reset(session, "till")
            audit.append(
                session, action="login", at=now, associate_id=match.id, detail={"method": method}
            )
        return Actor(associate_id=match.id, name=match.name, role=Role(match.role))

    # --- manager approvals ---------------------------------------------------------------------
    def approve(
        self, pin: str, permission: Permission, reason: str, requested_by: Actor, target: str = ""
    ) -> Approval:
        """A manager approves ONE action. Recorded in the audit log whether used or not."""
        if len(reason.strip()) < 3:
            raise InvalidInput("Give a reason for the approval")
        self._check_not_locked("override")
        with self.store.read() as session:
            staff = list(session.exec(select(Associate).where(Associate.active)))
        match = next((a for a in staff if _verify(a.pin_hash, pin)), None)
        now = self.clock.now()
        if match is None:
            with self.store.write() as session:
                failure = _record_failure(session, "override", now, "override.failed")
            raise failure
        manager = Actor(match.id, match.name, Role(match.role))
        if not manager.can(permission) or manager.associate_id == requested_by.associate_id:
            with self.store.write() as session:
                audit.append(
                    session,
                    action="override.refused",
                    at=now,
                    associate_id=match.id,
                    subject=permission.value,
                    detail={"requested_by": requested_by.associate_id, "target": target},
                )
            raise LoginFailed(
                f"{match.name} may not approve {DESCRIPTIONS[permission]}. Ask a manager."
            )
        with self.store.write() as session:
            _reset(session, "override")
            approval = Approval(permission, manager.associate_id, manager.name, reason.strip())
            audit.append(
                session,
                action="override.approved",
                at=now,
                associate_id=manager.associate_id,
                subject=permission.value,
                detail={
                    "approval_id": approval.approval_id,
                    "requested_by": requested_by.associate_id,
                    "reason": approval.reason,
                    "target": target,
                },
            )
        return approval

    # --- maintenance (kiosk mode) ------------------------------------------------------------
    def maintenance_access(self, pin: str) -> Actor:
        """An admin's PIN opens the maintenance screen of a locked-down till (from which the
        app can be closed). Wrong PINs count toward their own lock-out; every attempt is
        audited, because leaving kiosk mode is how a till gets tampered with."""
        self._check_not_locked("maintenance")
        with self.store.read() as session:
            staff = list(session.exec(select(Associate).where(Associate.active)))
        match = next((a for a in staff if _verify(a.pin_hash, pin)), None)
        now = self.clock.now()
        if match is None:
            with self.store.write() as session:
                failure = _record_failure(session, "maintenance", now, "maintenance.failed")
            raise failure
        admin = Actor(match.id, match.name, Role(match.role))
        allowed = admin.can(Permission.SETTINGS)
        with self.store.write() as session:
            if allowed:
                _reset(session, "maintenance")
            audit.append(
                session,
                action="maintenance.opened" if allowed else "maintenance.refused",
                at=now,
                associate_id=admin.associate_id,
            )
        if not allowed:
            raise LoginFailed(f"{admin.name} is not an admin. Only an admin may do maintenance.")
        return admin

    # --- lock-out ------------------------------------------------------------------------------
    def _check_not_locked(self, scope: str) -> None:
        with self.store.read() as session:
            row = session.get(LoginThrottle, scope)
        if row is not None and row.locked_until is not None:
            left = (row.locked_until - self.clock.now()).total_seconds()
            if left > 0:
                raise LockedOut(_locked_message(int(left) + 1), int(left) + 1)


def _record_failure(session: Session, scope: str, now: datetime, action: str) -> KioskError:
    """Counts a wrong PIN and returns the error to raise once the count is committed."""
    row = session.get(LoginThrottle, scope) or LoginThrottle(scope=scope)
    row.failures += 1
    audit.append(session, action=action, at=now, subject=scope)
    if row.failures >= MAX_FAILURES:
        lock = min(FIRST_LOCKOUT * (2**row.lockouts), LONGEST_LOCKOUT)
        row.locked_until = now + lock
        row.lockouts += 1
        row.failures = 0
        session.add(row)
        seconds = int(lock.total_seconds())
        return LockedOut(_locked_message(seconds), seconds)
    session.add(row)
    left = MAX_FAILURES - row.failures
    tries = "try" if left == 1 else "tries"
    return LoginFailed(f"Wrong PIN. {left} {tries} left before the till locks.")


def _reset(session: Session, scope: str) -> None:
    row = session.get(LoginThrottle, scope)
    if row is not None:
        row.failures = 0
        row.lockouts = 0
        row.locked_until = None
        session.add(row)


def _locked_message(seconds: int) -> str:
    wait = f"{seconds} s" if seconds < 120 else f"{(seconds + 59) // 60} min"
    return f"Too many wrong PINs. The till is locked for {wait}; a manager can help meanwhile."


def _verify(pin_hash: str, pin: str) -> bool:
    try:
        return HASHER.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def _member(a: Associate) -> StaffMember:
    return StaffMember(a.id, a.name, Role(a.role), a.badge_code, a.active)
