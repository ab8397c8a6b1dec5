"""Device errors. Each message says what happened and what to do, so it can be shown as is."""

from __future__ import annotations


class DeviceError(Exception):
    """A device could not be used. `partial` is True when part of the data being written may
    already have reached the device (so a receipt may be half printed)."""

    def __init__(self, message: str, *, partial: bool = False) -> None:
        super().__init__(message)
        self.partial = partial


class BadDeviceUrl(DeviceError):
    """A device address that can never work as written (a typo, an unknown option)."""


class DeviceNotFound(DeviceError):
    """The device is not there: unplugged, switched off, or the wrong address."""


class DeviceBusy(DeviceError):
    """Another program (or another kiosk process) holds the device."""


class DevicePermissionDenied(DeviceError):
    """The operating system refuses access; the udev rules are missing or not applied."""


class DeviceTimeout(DeviceError):
    """The device stopped accepting data within the time allowed."""


class DeviceDisconnected(DeviceError):
    """The connection was lost while in use."""


class UnknownProfile(DeviceError):
    """A printer model name that python-escpos has no capability profile for."""
