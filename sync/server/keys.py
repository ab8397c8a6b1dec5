"""HQ's own secrets, created once in the database: the cursor MAC key and the Ed25519 key
that signs pickup codes. Kept in the database so every HQ process uses the same ones."""

from __future__ import annotations

import base64
import secrets

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text
from sqlmodel import Session

_INSERT = text("INSERT INTO hq_settings (key, value) VALUES (:k, :v) ON CONFLICT (key) DO NOTHING")
_SELECT = text("SELECT value FROM hq_settings WHERE key = :k")


def _get_or_create(session: Session, key: str, make: str) -> str:
    session.execute(_INSERT, {"k": key, "v": make})  # a racing process's value wins; both read it
    return str(session.execute(_SELECT, {"k": key}).scalar_one())


def ensure(session: Session) -> None:
    """Creates the keys if this database has none yet (at start-up, in a write transaction)."""
    for key in ("cursor_mac_key", "pickup_signing_key"):
        _get_or_create(session, key, _random_b64())


def cursor_key(session: Session) -> bytes:
    return base64.b64decode(session.execute(_SELECT, {"k": "cursor_mac_key"}).scalar_one())


def pickup_signing_key(session: Session) -> Ed25519PrivateKey:
    raw = session.execute(_SELECT, {"k": "pickup_signing_key"}).scalar_one()
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(raw))


def _random_b64() -> str:
    return base64.b64encode(secrets.token_bytes(32)).decode()
