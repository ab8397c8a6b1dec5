"""Device addresses are URLs: `usb://04b8:0202?serial=X`, `serial:///dev/ttyUSB0?baudrate=19200`,
`tcp://10.0.0.5:9100`, `file:///dev/usb/lp0`, `sim://`.

Parsing is strict: an unknown scheme or option is refused with the list of valid ones, because a
silently ignored typo ("baudrte") shows up much later as a printer that prints garbage.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote

from hardware.errors import BadDeviceUrl

_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*)://(.*)$")
_USB_ID = re.compile(r"^([0-9a-fA-F]{4}):([0-9a-fA-F]{4})$")


@dataclass(frozen=True, slots=True)
class DeviceUrl:
    scheme: str
    text: str  # the URL as written, for messages
    netloc: str  # "04b8:0202", "10.0.0.5:9100", "" for serial:///dev/ttyUSB0
    path: str  # "/dev/ttyUSB0", "" for usb://
    params: Mapping[str, str] = field(default_factory=dict)

    def number(self, name: str, default: float, *, minimum: float = 0.0) -> float:
        raw = self.params.get(name)
        if raw is None:
            return default
        try:
            value = float(raw)
        except ValueError:
            raise BadDeviceUrl(f"{self.text}: {name}={raw!r} is not a number") from None
        if value < minimum:
            raise BadDeviceUrl(f"{self.text}: {name} must be at least {minimum:g}")
        return value

    def integer(self, name: str, default: int, *, minimum: int = 0) -> int:
        value = self.number(name, default, minimum=minimum)
        if value != int(value):
            raise BadDeviceUrl(f"{self.text}: {name} must be a whole number")
        return int(value)

    def flag(self, name: str, default: bool) -> bool:
        raw = self.params.get(name)
        if raw is None:
            return default
        if raw.lower() in ("1", "yes", "true", "on"):
            return True
        if raw.lower() in ("0", "no", "false", "off"):
            return False
        raise BadDeviceUrl(f"{self.text}: {name} must be yes or no, not {raw!r}")

    def choice(self, name: str, default: str, allowed: tuple[str, ...]) -> str:
        raw = self.params.get(name, default).lower()
        if raw not in allowed:
            raise BadDeviceUrl(f"{self.text}: {name} must be one of {', '.join(allowed)}")
        return raw


def parse_device_url(text: str, options: Mapping[str, frozenset[str]]) -> DeviceUrl:
    """Parses `text`; `options` maps each accepted scheme to the query options it takes."""
    cleaned = text.strip()
    match = _SCHEME.match(cleaned)
    schemes = ", ".join(f"{s}://" for s in options)
    if not match:
        raise BadDeviceUrl(
            f"{text!r} is not a device address. Write it as a URL, one of: {schemes} "
            "(run `kiosk devices` to list what is connected)"
        )
    scheme, rest = match.group(1), match.group(2)
    if scheme not in options:
        raise BadDeviceUrl(f"{text!r}: unknown connection {scheme}://; use one of: {schemes}")
    location, _, query = rest.partition("?")
    netloc, slash, path = location.partition("/")
    params: dict[str, str] = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key not in options[scheme]:
            accepted = ", ".join(sorted(options[scheme])) or "none"
            raise BadDeviceUrl(f"{text!r}: unknown option {key!r} (accepted: {accepted})")
        params[key] = value
    return DeviceUrl(scheme, cleaned, unquote(netloc), unquote(slash + path), params)


def usb_ids(url: DeviceUrl) -> tuple[int, int]:
    match = _USB_ID.match(url.netloc)
    if not match:
        raise BadDeviceUrl(
            f"{url.text}: a USB address is usb://VID:PID with 4 hex digits each, e.g. "
            "usb://04b8:0202 (run `kiosk devices` to find it)"
        )
    return int(match.group(1), 16), int(match.group(2), 16)


def host_port(url: DeviceUrl, default_port: int) -> tuple[str, int]:
    host, colon, port = url.netloc.rpartition(":")
    if not colon:
        host, port = url.netloc, str(default_port)
    host = host.strip("[]")  # an IPv6 literal
    if not host:
        raise BadDeviceUrl(f"{url.text}: the host is missing, e.g. tcp://10.0.0.5:9100")
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise BadDeviceUrl(f"{url.text}: {port!r} is not a TCP port (1-65535)")
    return host, int(port)


def device_path(url: DeviceUrl, example: str) -> str:
    """The path of serial:///dev/ttyUSB0 or file:///dev/usb/lp0 (`serial://COM3` works too)."""
    path = url.path if not url.netloc else url.netloc + url.path
    if not path:
        raise BadDeviceUrl(f"{url.text}: the device path is missing, e.g. {example}")
    return path
