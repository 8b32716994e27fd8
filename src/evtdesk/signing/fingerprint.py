"""Key fingerprints for people to read aloud and compare in person."""

from __future__ import annotations

import hashlib


def fingerprint(public: bytes) -> str:
    """SHA-256 of the raw 32-byte public key, in 16 groups of four hex digits."""
    digest = hashlib.sha256(public).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, 64, 4))


def short_fingerprint(public: bytes) -> str:
    return " ".join(fingerprint(public).split()[:4])
