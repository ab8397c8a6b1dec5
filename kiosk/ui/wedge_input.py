"""Keyboard-wedge scanners on a Qt window: scans are taken out of the key stream.

A wedge scanner types its code as key presses. This filter sits on the window and feeds every
printable key to the decoder (which tells scans from people by timing); a finished scan goes to
`on_scan` and none of its keys reach the focused field. Keys a person typed are handed back to
the window, in order, once the decoder is sure they are typing (at most its `max_gap` later).
The on-screen keyboard sends input-method events, not key presses, so it is never delayed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent

from kiosk.ui.ports import KeyDecoder, KeyRun, ScanRun

_CHORD = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_TERMINATOR_KEYS = {"\r": Qt.Key.Key_Return, "\n": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab}


def key_for(char: str) -> int:
    """The Qt key code a character's key press carries (Latin-1 keys use their code point)."""
    if char in _TERMINATOR_KEYS:
        return int(_TERMINATOR_KEYS[char].value)
    upper = char.upper()
    if len(upper) == 1 and 0x20 <= ord(upper) <= 0xFF:
        return ord(upper)
    return int(Qt.Key.Key_unknown.value)


class WedgeKeyFilter(QObject):
    def __init__(
        self,
        decoder: KeyDecoder,
        on_scan: Callable[[str], None],
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.decoder = decoder
        self.on_scan = on_scan
        self.clock = clock
        self._target: QObject | None = None
        self._replaying = False
        self._swallowed: set[int] = set()  # keys whose press we took: take their release too
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._poll)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        assert isinstance(event, QKeyEvent)
        self._target = watched
        if event.type() == QEvent.Type.KeyRelease:
            if event.key() in self._swallowed and not event.isAutoRepeat():
                self._swallowed.discard(event.key())
                return True
            return False
        text = event.text()
        if len(text) != 1 or event.modifiers() & _CHORD or not _is_scannable(text):
            # A control key (Backspace, Escape, arrows...): typed text before it goes first.
            self._handle(self.decoder.poll(float("inf")))
            return False
        self._swallowed.add(event.key())
        self._handle(self.decoder.feed(text, self.clock()))
        return True

    def _poll(self) -> None:
        self._handle(self.decoder.poll(self.clock()))

    def _handle(self, runs: Sequence[KeyRun]) -> None:
        for run in runs:
            if isinstance(run, ScanRun):
                self.on_scan(run.text)
            else:
                self._replay(run)
        deadline = self.decoder.deadline()
        if deadline is None:
            self._timer.stop()
        else:
            self._timer.start(max(0, int((deadline - self.clock()) * 1000) + 1))

    def _replay(self, run: KeyRun) -> None:
        target = self._target
        if target is None:
            return
        self._replaying = True
        try:
            for char in run.text:
                key = key_for(char)
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
                    QCoreApplication.sendEvent(target, event)
        finally:
            self._replaying = False


def _is_scannable(text: str) -> bool:
    return text.isprintable() or text in _TERMINATOR_KEYS
