"""A rough passphrase strength estimate: entropy from length and character classes.

Not a cracker's model, only a guide for the meter: the pool of characters the classes
used would allow, raised to an effective length that discounts repetition.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from evtdesk.store import MIN_PASSPHRASE

TOO_SHORT, WEAK, FAIR, GOOD, STRONG = range(5)


@dataclass(frozen=True)
class Strength:
    bits: float
    level: int  # TOO_SHORT … STRONG

    @property
    def acceptable(self) -> bool:
        return self.level > TOO_SHORT


def _pool(text: str) -> int:
    pool = 0
    if any(c.islower() and c.isascii() for c in text):
        pool += 26
    if any(c.isupper() and c.isascii() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(c == " " for c in text):
        pool += 1
    if any(c.isascii() and not c.isalnum() and c != " " for c in text):
        pool += 33
    if any(not c.isascii() for c in text):
        pool += 40  # å, ä, ö and the rest
    return pool


def estimate(text: str) -> Strength:
    if not text:
        return Strength(0.0, TOO_SHORT)
    unique = len(set(text))
    effective = min(len(text), 3 * unique)
    bits = effective * math.log2(max(_pool(text), 2))
    if len(text) < MIN_PASSPHRASE:
        level = TOO_SHORT
    elif bits < 45:
        level = WEAK
    elif bits < 65:
        level = FAIR
    elif bits < 90:
        level = GOOD
    else:
        level = STRONG
    return Strength(bits, level)
