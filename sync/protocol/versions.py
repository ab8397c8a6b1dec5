"""Which protocol and schema versions this build speaks, and how requests say so.

`protocol` covers the message rules (push/pull/reconcile); `schema` covers the shapes of event
payloads and stream items. HQ accepts a range of each and answers 426 "upgrade needed" outside
it, so a kiosk that is too old (or an HQ that is too old) is told so instead of misreading data.
"""

from __future__ import annotations

PROTOCOL_VERSION = 1
# 2: refunds name the original line and the selling kiosk; sale lookup
# 3: the "settings" pull stream (business settings HQ manages per location)
SCHEMA_VERSION = 3

# What this build of HQ accepts from kiosks (inclusive ranges).
SUPPORTED_PROTOCOLS = (1, 1)
# Schema 1 refunds are still valid (the new fields are optional); a schema 1 or 2 kiosk simply
# never asks for the settings stream.
SUPPORTED_SCHEMAS = (1, 3)

PROTOCOL_HEADER = "Kiosk-Sync-Protocol"
SCHEMA_HEADER = "Kiosk-Sync-Schema"


def version_headers(
    protocol: int = PROTOCOL_VERSION, schema: int = SCHEMA_VERSION
) -> dict[str, str]:
    return {PROTOCOL_HEADER: str(protocol), SCHEMA_HEADER: str(schema)}
