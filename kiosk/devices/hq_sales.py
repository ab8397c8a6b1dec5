"""Asking HQ for another till's sale by its receipt number (kiosk.services.other_till.HqSales).

An associate with a customer at the counter waits for this answer, so it is short: a few
seconds to connect and read, one retry, then the till refunds without the receipt. The token
comes from the OS keyring, as for a sync run. Each question opens its own client: it is rare
(a few a day), and the enrolment may have changed since the last one.

It runs on the UI's network thread (kiosk.ui.net_worker), not on the database worker (which
must not wait seconds on a network) and not on the sync worker (whose run can take minutes).
The one store read (the enrolment row) is a short read on that thread's own connection.
"""

from __future__ import annotations

import logging

from kiosk.devices.sync_setup import NotEnrolled, open_client
from kiosk.domain.errors import KioskError
from kiosk.services.other_till import ReceiptNotChecked
from kiosk.store.engine import Store
from kiosk.store.sync_port import KioskSyncStore
from sync.client import NotFound, Offline, RetryPolicy, SyncError, Timeouts
from sync.protocol import SaleLookup

log = logging.getLogger(__name__)

LOOKUP_TIMEOUTS = Timeouts(connect=3.0, read=5.0)
LOOKUP_RETRY = RetryPolicy(attempts=2, base_delay=0.2, max_delay=0.5)


class HqSaleLookup:
    def __init__(
        self,
        store: Store,
        *,
        timeouts: Timeouts = LOOKUP_TIMEOUTS,
        retry: RetryPolicy = LOOKUP_RETRY,
    ) -> None:
        self.store, self.timeouts, self.retry = store, timeouts, retry

    def sale_by_receipt(self, receipt_no: str) -> SaleLookup:
        enrolment = KioskSyncStore(self.store).enrolment()
        if enrolment is None:
            raise ReceiptNotChecked(receipt_no, "not_enrolled")
        try:
            with open_client(enrolment, timeouts=self.timeouts, retry=self.retry) as client:
                return client.sale_by_receipt(receipt_no)
        except NotFound:
            raise ReceiptNotChecked(receipt_no, "not_at_hq") from None
        except Offline as exc:
            log.info("HQ lookup of %s: %s", receipt_no, exc)
            raise ReceiptNotChecked(receipt_no, "offline") from None
        except NotEnrolled:
            raise ReceiptNotChecked(receipt_no, "not_enrolled") from None
        except (SyncError, KioskError) as exc:  # refused token, upgrade needed, no keyring
            log.warning("HQ lookup of %s refused: %s", receipt_no, exc)
            raise ReceiptNotChecked(receipt_no, "refused") from None
