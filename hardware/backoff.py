"""Waiting longer between attempts to reach a lost device: 1 s, 2 s, 4 s, ... up to 30 s."""

from __future__ import annotations


class Backoff:
    def __init__(self, first: float = 1.0, maximum: float = 30.0) -> None:
        self.first, self.maximum = first, maximum
        self._next = first

    def next_delay(self) -> float:
        delay = self._next
        self._next = min(self._next * 2, self.maximum)
        return delay

    def reset(self) -> None:
        self._next = self.first
