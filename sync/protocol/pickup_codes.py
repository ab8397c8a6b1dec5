"""Pickup codes: HQ signs (order, kiosk, expiry) with Ed25519; a kiosk verifies offline.

Format: `PU1.<order_id>.<kiosk_id>.<expires unix seconds>.<base64url signature>`. The kiosk
learns HQ's public key at enrolment, so a forged code, a code for another kiosk or an expired
one is told apart without a network.

It lives in the protocol package because the code is part of the wire format: HQ signs it, the
kiosk's pickup service verifies it, and neither side may depend on the other's code.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PREFIX = "PU1"


class BadPickupCode(ValueError):
    """The code is not genuine, not for this kiosk, or expired; the message says which."""


@dataclass(frozen=True, slots=True)
class PickupCode:
    order_id: str
    kiosk_id: str
    expires_at: datetime


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(key: Ed25519PrivateKey, order_id: str, kiosk_id: str, expires_at: datetime) -> str:
    if "." in order_id or "." in kiosk_id:
        raise ValueError("order and kiosk ids may not contain dots")
    body = f"{PREFIX}.{order_id}.{kiosk_id}.{int(expires_at.timestamp())}"
    return f"{body}.{_b64(key.sign(body.encode()))}"


def public_key_text(key: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def verify(public_key: str, code: str, kiosk_id: str, now: datetime) -> PickupCode:
    parts = code.strip().split(".")
    if len(parts) != 5 or parts[0] != PREFIX or not parts[3].isdigit():
        raise BadPickupCode("This is not a pickup code.")
    body = ".".join(parts[:4]).encode()
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key))
        key.verify(_unb64(parts[4]), body)
    except (InvalidSignature, ValueError) as exc:
        raise BadPickupCode("This pickup code is not genuine. Ask for the order number.") from exc
    found = PickupCode(parts[1], parts[2], datetime.fromtimestamp(int(parts[3]), UTC))
    if found.kiosk_id != kiosk_id:
        raise BadPickupCode(f"This order is for pickup at kiosk {found.kiosk_id}, not here.")
    if now >= found.expires_at:
        raise BadPickupCode("This pickup code has expired. The order was released.")
    return found
