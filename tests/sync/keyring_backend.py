"""Keyring backends for tests, set through keyring's own API (keyring.set_keyring) or, for
subprocesses, through PYTHON_KEYRING_BACKEND. Real backend classes, not patched functions."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class FileKeyring(KeyringBackend):
    """Shared between a test and the `kiosk` processes it starts (path: TEST_KEYRING_FILE)."""

    priority = 1

    @property
    def path(self) -> Path:
        return Path(os.environ["TEST_KEYRING_FILE"])

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self.path.write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self.path.write_text(json.dumps(data))


class BrokenKeyring(KeyringBackend):
    """What an unattended kiosk without a Secret Service looks like."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("no Secret Service on the session bus")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("no Secret Service on the session bus")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("no Secret Service on the session bus")
