"""The kiosk's HQ token lives in the OS keyring only: never in a file the app writes, never
in a log. Entries are keyed by HQ address and kiosk id, so two kiosks on one machine (the
README walk-through) keep separate tokens."""

from __future__ import annotations

import secrets

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

SERVICE = "kiosk-pos-hq"


class KeyringUnavailable(RuntimeError):
    pass


def _account(hq_url: str, kiosk_id: str) -> str:
    return f"{kiosk_id}@{hq_url.rstrip('/')}"


def check_usable() -> None:
    """Writes, reads and deletes a probe entry, so enrolment fails before spending its code."""
    probe = f"probe-{secrets.token_hex(4)}"
    try:
        keyring.set_password(SERVICE, probe, "ok")
        ok = keyring.get_password(SERVICE, probe) == "ok"
        keyring.delete_password(SERVICE, probe)
    except (KeyringError, RuntimeError) as exc:
        raise KeyringUnavailable(_advice(str(exc))) from None
    if not ok:
        raise KeyringUnavailable(_advice("the keyring did not return what was stored"))


def store_token(hq_url: str, kiosk_id: str, token: str) -> None:
    try:
        keyring.set_password(SERVICE, _account(hq_url, kiosk_id), token)
    except (KeyringError, RuntimeError) as exc:
        raise KeyringUnavailable(_advice(str(exc))) from None


def load_token(hq_url: str, kiosk_id: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, _account(hq_url, kiosk_id))
    except (KeyringError, RuntimeError) as exc:
        raise KeyringUnavailable(_advice(str(exc))) from None


def forget_token(hq_url: str, kiosk_id: str) -> None:
    try:
        keyring.delete_password(SERVICE, _account(hq_url, kiosk_id))
    except PasswordDeleteError:
        pass
    except (KeyringError, RuntimeError) as exc:
        raise KeyringUnavailable(_advice(str(exc))) from None


def _advice(reason: str) -> str:
    return (
        f"No usable OS keyring to keep the HQ token ({reason}). On an unattended Linux kiosk, "
        "set up the Secret Service keyring as README.md explains ('Keyring set-up'), "
        "then enrol again."
    )
