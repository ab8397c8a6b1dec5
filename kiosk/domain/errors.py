"""Errors the domain raises. Each message is written for the person at the till."""


class KioskError(Exception):
    """Base for every error whose message can be shown to an associate or admin as is."""


class InvalidInput(KioskError):
    """Input that can never be valid as given (a bad barcode, a negative quantity, ...)."""


class PermissionDenied(KioskError):
    """The signed-in associate may not do this without a manager's approval."""

    def __init__(self, message: str, permission: str) -> None:
        super().__init__(message)
        self.permission = permission


class PaymentShort(KioskError):
    """Tendered money does not cover the total."""
