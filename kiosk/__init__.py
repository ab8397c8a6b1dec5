"""Kiosk POS: an offline-first point of sale for micro-shops and kiosks."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kiosk-pos")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
