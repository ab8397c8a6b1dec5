"""Tokens and enrolment codes: random, shown once, stored only as SHA-256 hashes.

Tokens carry 256 random bits, so a fast hash is right (a slow password hash protects guessable
secrets, not random ones) and lets every request find its kiosk with one indexed lookup.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over the phone


def new_token(prefix: str) -> str:
    return f"{prefix}_{secrets.token_urlsafe(32)}"


def new_enrolment_code() -> str:
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(15))  # ~75 bits
    return "-".join(raw[i : i + 5] for i in range(0, 15, 5))


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def hash_secret(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())
