"""Key fingerprints for people to read aloud and compare in person.

Trusting a key means a person compared its fingerprint with its owner face to face; the
grouping (16 groups of 4 hex digits) makes that comparison practical, and the short form
(first 4 groups) fits a status line without standing in for the full comparison.
"""

from __future__ import annotations

import hashlib


def fingerprint(public: bytes) -> str:
    """SHA-256 of the raw 32-byte public key, upper-case hex in 16 groups of four."""
    if len(public) != 32:
        raise ValueError("an Ed25519 public key is 32 bytes")
    digest = hashlib.sha256(public).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, 64, 4))


def short_fingerprint(public: bytes) -> str:
    """The first four groups: enough to tell keys apart at a glance, not to trust one."""
    return " ".join(fingerprint(public).split()[:4])
