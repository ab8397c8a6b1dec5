"""Store failures, worded for the admin who has to act on them."""

from kiosk.domain.errors import KioskError


class StoreError(KioskError):
    """The store cannot be used; the message says why and what to do."""


class CorruptStore(StoreError):
    pass


class NewerStore(StoreError):
    pass


class StoreMissing(StoreError):
    pass


class StorageFull(StoreError):
    pass
