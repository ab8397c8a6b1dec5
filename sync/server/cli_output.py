"""What the admin commands print, and the clock they stamp changes with."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any


def now() -> datetime:
    return datetime.now(UTC)


def print_json(value: Any) -> None:
    print(json.dumps(value, indent=2, default=str))
