"""Pull cursors: HQ-minted, opaque, tamper-evident stream positions.

A cursor names its stream, the kiosk it was minted for and a stream version, and carries an
HMAC under HQ's own key. A cursor that fails the check, names another stream or kiosk, or points
past the stream's current version (HQ restored from an older backup) is unknown: the kiosk gets
a reset and re-pulls the stream in full.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Position:
    version: int
    reset: bool


def mint(key: bytes, stream: str, kiosk_id: str, version: int) -> str:
    return f"v1.{version}.{_mac(key, stream, kiosk_id, version)}"


def read(key: bytes, cursor: str | None, stream: str, kiosk_id: str, current: int) -> Position:
    if not cursor:
        return Position(0, reset=False)
    parts = cursor.split(".")
    if len(parts) != 3 or parts[0] != "v1" or not parts[1].isdigit() or len(parts[1]) > 18:
        return Position(0, reset=True)
    version = int(parts[1])
    if not hmac.compare_digest(parts[2], _mac(key, stream, kiosk_id, version)):
        return Position(0, reset=True)
    if version > current:
        return Position(0, reset=True)
    return Position(version, reset=False)


def _mac(key: bytes, stream: str, kiosk_id: str, version: int) -> str:
    message = f"{stream}|{kiosk_id}|{version}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:32]
