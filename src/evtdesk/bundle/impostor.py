"""A new key under a name the reader already trusts: said in words, with both
fingerprints, wherever such a key signs (a bundle, a statement).

A person who gets a new computer gets a new key, and a trainee can make a key under any
name: the same name is never evidence. The reader trusts the new key only after
comparing its fingerprint in person, as the first time.
"""

from __future__ import annotations

from collections.abc import Sequence

from evtdesk.model import TrustedKey


def impostor_warning(claimed_name: str, print_: str, trusted: Sequence[TrustedKey]) -> str:
    """A key the reader does not trust, signing under a name the reader trusts with
    another key: possibly an impostor, said in words with both fingerprints (a new key
    of the same person is trusted only after comparing it in person)."""
    wanted = " ".join(claimed_name.split()).casefold()
    same = [k for k in trusted if wanted and " ".join(k.name.split()).casefold() == wanted]
    if not same:
        return ""
    known = "; ".join(f"{k.fingerprint} ({k.role})" for k in same if k.fingerprint)
    return (
        f"possible impostor: you trust “{same[0].name}” with another key ({known}); this "
        f"one is {print_}. Compare the new key's fingerprint with {same[0].name} in person "
        "before you trust it"
    )
