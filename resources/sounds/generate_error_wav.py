"""Writes error.wav: the short, low two-tone buzz the till plays for a refused scan.

Regenerate with `python resources/sounds/generate_error_wav.py`. Two falling square-ish tones
(a sine plus its third harmonic) stand out over shop noise without being shrill; short fades
keep the speaker from clicking.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
TONES = ((660.0, 0.09), (440.0, 0.14))  # (hertz, seconds)
FADE = 0.008  # seconds
VOLUME = 0.45


def samples() -> list[int]:
    out: list[int] = []
    for freq, seconds in TONES:
        count = int(RATE * seconds)
        fade = int(RATE * FADE)
        for i in range(count):
            t = i / RATE
            value = math.sin(2 * math.pi * freq * t) + math.sin(6 * math.pi * freq * t) / 3
            envelope = min(1.0, i / fade, (count - i) / fade)
            out.append(int(32767 * VOLUME * 0.75 * value * envelope))
    return out


def main() -> None:
    target = Path(__file__).with_name("error.wav")
    with wave.open(str(target), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(b"".join(struct.pack("<h", s) for s in samples()))


if __name__ == "__main__":
    main()
