"""Business settings pulled from HQ (the `settings` stream), applied inside the page's
transaction through the same checks as `kiosk settings set`, audited `by: "HQ"`.

A value the kiosk refuses (HQ running an older or newer list, a locale this build does not
know) is recorded in the audit log as `settings.refused` and reported to the sync run, and the
rest of the page still applies: one bad setting must not stop prices or staff from arriving.
The till's identity and money rules (kiosk code, location, currency, tax mode, rounding) are not
in the editable list, so HQ can never set them here.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlmodel import Session

from kiosk.domain.errors import InvalidInput
from kiosk.domain.settings_rules import parse_setting
from kiosk.store import audit, settings
from sync.protocol import SettingsPage

log = logging.getLogger(__name__)

BY_HQ = "HQ"


def apply(session: Session, page: SettingsPage, at: datetime, refused: list[str]) -> int:
    """Applies each item; appends a line per refused one to `refused`. Returns the item count."""
    for item in page.settings:
        # The typed form the kiosk's checks read: whole numbers as digits, text as is.
        typed = item.value if isinstance(item.value, str) else str(item.value)
        try:
            value = parse_setting(item.key, typed)
        except InvalidInput as exc:
            log.warning("setting from HQ refused: %s", exc)
            refused.append(str(exc))
            audit.append(
                session,
                action="settings.refused",
                at=at,
                subject=item.key,
                detail={"value": item.value, "error": str(exc), "by": BY_HQ},
            )
            continue
        settings.change(session, item.key, value, by=BY_HQ, at=at)
    return len(page.settings)
