"""Telling a keyboard-wedge scanner from a person typing, by timing alone.

A scanner "types" a whole code in a burst: real ones leave 1-20 ms between keys and end with
Enter or Tab. People type far slower. The decoder is pure: it is fed characters with their
timestamps (from an injectable clock) and answers with finished scans and with the keys that
turned out to be typed by a person, which the caller hands on to whatever has focus.

Keys are held back while it is still unclear whether they start a scan, so a person's first
key reaches the field at most `max_gap` later; a scan never reaches a text field at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field

TERMINATORS = frozenset({"\r", "\n", "\t"})


@dataclass(frozen=True, slots=True)
class WedgeSettings:
    max_gap: float = 0.050  # seconds between keys within one scan
    min_length: int = 4  # shorter bursts are typing (or a stray key)
    silence: float = 0.150  # a scan without a terminator ends after this quiet time
    max_length: int = 512
    prefix: str = ""  # characters some scanners are configured to send first
    suffix: str = ""  # ... and last (besides the terminator)


@dataclass(frozen=True, slots=True)
class WedgeScan:
    text: str  # without prefix, suffix or terminator
    started: float
    ended: float
    terminated: bool  # ended by Enter/Tab (True) or by silence (False)


@dataclass(frozen=True, slots=True)
class TypedKeys:
    """Keys a person typed: deliver them to the focused field, in order."""

    text: str


WedgeOutput = WedgeScan | TypedKeys


@dataclass
class WedgeDecoder:
    settings: WedgeSettings = field(default_factory=WedgeSettings)
    _chars: list[str] = field(default_factory=list)
    _first: float = 0.0
    _last: float = 0.0

    @property
    def pending(self) -> bool:
        return bool(self._chars)

    def deadline(self) -> float | None:
        """When `poll` should next be called (the caller arms a timer for it)."""
        if not self._chars:
            return None
        if len(self._chars) >= self.settings.min_length:
            return self._last + self.settings.silence
        return self._last + self.settings.max_gap

    def feed(self, char: str, at: float) -> list[WedgeOutput]:
        out: list[WedgeOutput] = []
        if self._chars and at - self._last > self.settings.max_gap:
            out.extend(self._flush(terminated=False))
        if char in TERMINATORS:
            if self._chars:
                out.extend(self._flush(terminated=True, terminator=char))
            else:
                out.append(TypedKeys(char))
            return out
        if not self._chars:
            self._first = at
        self._chars.append(char)
        self._last = at
        if len(self._chars) > self.settings.max_length:
            # Nothing real is this long: treat it as a stuck key or a runaway device.
            self._chars.clear()
        return out

    def poll(self, now: float) -> list[WedgeOutput]:
        deadline = self.deadline()
        if deadline is None or now < deadline:
            return []
        return self._flush(terminated=False)

    def _flush(self, *, terminated: bool, terminator: str = "") -> list[WedgeOutput]:
        text = "".join(self._chars)
        self._chars.clear()
        settings = self.settings
        if len(text) >= settings.min_length:
            if settings.prefix and text.startswith(settings.prefix):
                text = text[len(settings.prefix) :]
            if settings.suffix and text.endswith(settings.suffix):
                text = text[: -len(settings.suffix)]
            return [WedgeScan(text, self._first, self._last, terminated)]
        return [TypedKeys(text + terminator)] if text or terminator else []
