"""Keyboard-wedge scanners read straight from Linux's input layer (python-evdev), grabbed
exclusively so their keystrokes never land in whatever text field has focus.

The device is chosen by path, by USB VID:PID or by (part of) its name. Key codes are turned
into characters with a US layout, which is what scanners emulate by default.
"""

from __future__ import annotations

import contextlib
import errno
import select
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, Protocol

from hardware.backoff import Backoff
from hardware.errors import DeviceBusy, DeviceDisconnected, DeviceNotFound, DevicePermissionDenied
from hardware.scanning.events import ScanEvent
from hardware.scanning.reader import ScannerReader, utc_now

EV_KEY = 0x01
KEY_DOWN = 1
_UNSHIFTED = "1234567890-=qwertyuiop[]asdfghjkl;'`\\zxcvbnm,./ "
_SHIFTED = '!@#$%^&*()_+QWERTYUIOP{}ASDFGHJKL:"~|ZXCVBNM<>? '
# Linux key codes, in the order of the strings above (see linux/input-event-codes.h).
_CODES = [*range(2, 14), *range(16, 28), *range(30, 42), 43, *range(44, 54), 57]
_KEYPAD = {71: "7", 72: "8", 73: "9", 75: "4", 76: "5", 77: "6", 79: "1", 80: "2", 81: "3",
           82: "0", 83: ".", 98: "/", 55: "*", 74: "-", 78: "+"}  # fmt: skip
SHIFT_KEYS = {42, 54}
ENTER_KEYS = {28, 96, 15}  # Enter, keypad Enter, Tab


class InputDevice(Protocol):
    """The part of evdev.InputDevice used here."""

    fd: int
    name: str

    def grab(self) -> None: ...
    def ungrab(self) -> None: ...
    def read(self) -> Iterable[Any]: ...
    def close(self) -> None: ...


def key_char(code: int, shifted: bool) -> str | None:
    if code in _KEYPAD:
        return _KEYPAD[code]
    try:
        index = _CODES.index(code)
    except ValueError:
        return None
    return (_SHIFTED if shifted else _UNSHIFTED)[index]


def find_input_device(
    *, path: str | None = None, usb_id: tuple[int, int] | None = None, name: str | None = None
) -> InputDevice:
    import evdev

    if path:
        return _open(path, evdev)
    for candidate in evdev.list_devices():
        try:
            device = evdev.InputDevice(candidate)
        except OSError:
            continue  # not readable: only report it if nothing else matches
        info = device.info
        if (usb_id and (info.vendor, info.product) == usb_id) or (
            name and name.casefold() in device.name.casefold()
        ):
            return device
        device.close()
    wanted = f"{usb_id[0]:04x}:{usb_id[1]:04x}" if usb_id else repr(name)
    raise DeviceNotFound(
        f"No input device {wanted} found. Check the scanner's cable; run `kiosk devices` "
        "(as a member of the input group) to list scanners."
    )


def _open(path: str, evdev: Any) -> InputDevice:
    try:
        return evdev.InputDevice(path)  # type: ignore[no-any-return]
    except PermissionError:
        raise DevicePermissionDenied(
            f"Permission denied reading {path}. Install the kiosk's udev rules (packaging/udev) "
            "so the kiosk user may read scanners."
        ) from None
    except OSError as exc:
        raise DeviceNotFound(f"No input device at {path} ({exc.strerror}).") from None


class EvdevScanner(ScannerReader):
    def __init__(
        self,
        source: str,
        open_device: Callable[[], InputDevice],
        on_scan: Callable[[ScanEvent], None],
        on_problem: Callable[[str], None] | None = None,
        *,
        now: Callable[[], datetime] = utc_now,
        backoff: Backoff | None = None,
    ) -> None:
        super().__init__(source, on_scan, on_problem, now=now, backoff=backoff)
        self.open_device = open_device
        self._device: InputDevice | None = None
        self._shift = False
        self._chars: list[str] = []

    def _open(self) -> None:
        device = self.open_device()
        try:
            device.grab()  # our keys only: they must not type into the focused field
        except OSError as exc:
            device.close()
            if exc.errno == errno.EBUSY:
                raise DeviceBusy(
                    f"{device.name} is grabbed by another program (another kiosk?). Close it."
                ) from None
            raise DeviceNotFound(f"Cannot take {device.name}: {exc.strerror}") from None
        self._device = device
        self._chars.clear()

    def _close(self) -> None:
        device, self._device = self._device, None
        if device is not None:
            with contextlib.suppress(OSError):  # unplugged: nothing to let go of
                device.ungrab()
            device.close()

    def _read(self, timeout: float) -> list[bytes | str]:
        device = self._device
        assert device is not None
        try:
            if not select.select([device.fd], [], [], timeout)[0]:
                return []
            events = list(device.read())
        except BlockingIOError:
            return []
        except OSError as exc:
            raise DeviceDisconnected(f"The scanner {device.name} was unplugged ({exc}).") from None
        scans: list[bytes | str] = []
        for event in events:
            if event.type != EV_KEY:
                continue
            if event.code in SHIFT_KEYS:
                self._shift = event.value != 0
            elif event.value == KEY_DOWN:
                if event.code in ENTER_KEYS:
                    if self._chars:
                        scans.append("".join(self._chars))
                    self._chars.clear()
                elif (char := key_char(event.code, self._shift)) is not None:
                    self._chars.append(char)
        return scans
