"""The short error sound for a refused scan, played only where there is somewhere to play it.

Qt Multimedia talks to PipeWire or PulseAudio on Linux. A kiosk without either (or a CI box)
would make it print warnings at every attempt, so we look for a sound server first and stay
silent without one: the on-screen message is what matters, the sound is a hint. Qt Multimedia is
imported only when a sound will really play, which keeps it out of start-up.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl

log = logging.getLogger(__name__)
ERROR_WAV = Path(__file__).resolve().parents[2] / "resources" / "sounds" / "error.wav"


def sound_server_available() -> bool:
    if os.environ.get("KIOSK_SOUND", "").lower() in {"0", "off", "no"}:
        return False
    if os.environ.get("PULSE_SERVER"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
    sockets = (Path(runtime) / "pulse" / "native", Path(runtime) / "pipewire-0")
    return any(path.exists() for path in sockets)


class ErrorSound:
    """Counts every request (tests check it) and plays the WAV when a sound server exists."""

    def __init__(self, wav: Path = ERROR_WAV, available: bool | None = None) -> None:
        self.wav = wav
        self.available = sound_server_available() if available is None else available
        self.requested = 0
        self._effect: Any = None

    def preload(self) -> None:
        """Loads the sound ahead of the first error, so that one is not silent or late."""
        if not self.available or self._effect is not None:
            return
        try:
            from PySide6.QtMultimedia import QSoundEffect

            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(self.wav)))
            effect.setVolume(0.8)
            self._effect = effect
        except ImportError as exc:  # a build without Qt Multimedia: stay silent
            log.info("no error sound: %s", exc)
            self.available = False

    def play(self) -> None:
        self.requested += 1
        if not self.available:
            return
        self.preload()
        if self._effect is not None:
            self._effect.play()
