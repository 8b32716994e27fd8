"""The owner's public key as people compare it, and the logbook's list of trusted keys."""

from __future__ import annotations

from dataclasses import dataclass

from evtdesk.entries.privacy import find_identity_numbers
from evtdesk.model import TrustedKey
from evtdesk.model.keys import ROLES
from evtdesk.signing.fingerprint import fingerprint, short_fingerprint
from evtdesk.signing.minisign import (
    KeyFormatError,
    parse_handed_key,
    public_key_line,
    public_key_text,
    public_of,
)
from evtdesk.store import Logbook, LogbookError


@dataclass(frozen=True)
class IdentityInfo:
    public_key_text: str  # minisign's .pub file: comment line + key line
    public_key_line: str  # the base64 line, as `minisign -P` takes it
    fingerprint: str  # 16 groups of 4 hex digits, read aloud to compare
    short_fingerprint: str


def identity_info(logbook: Logbook) -> IdentityInfo:
    public = public_of(logbook.signing_key())
    comment = f"EVTDesk key of {logbook.owner_name}"
    return IdentityInfo(
        public_key_text(public, comment),
        public_key_line(public),
        fingerprint(public.public),
        short_fingerprint(public.public),
    )


def parse_key(key_text: str) -> tuple[str, str]:
    """(key line, fingerprint) of a pasted key, so the user compares before trusting."""
    try:
        public = parse_handed_key(key_text)
    except KeyFormatError as error:
        raise LogbookError(f"That is not a minisign public key: {error}") from None
    return public_key_line(public), fingerprint(public.public)


def trust_key(logbook: Logbook, key_text: str, name: str, role: str) -> TrustedKey:
    if role not in ROLES:
        raise LogbookError(f"The role must be one of {', '.join(ROLES)}.")
    if not name.strip():
        raise LogbookError("Give the key owner's name.")
    if find_identity_numbers(name):
        raise LogbookError(
            "The name contains what looks like a Swedish personal identity number; give "
            "the person's name only."
        )
    line, print_ = parse_key(key_text)
    if line == public_key_line(public_of(logbook.signing_key())):
        raise LogbookError("That is this logbook's own key.")
    return logbook.records.trust_key(line, name.strip(), role, print_)


def trusted_for_bundles(logbook: Logbook, roles: tuple[str, ...] = ROLES) -> list[TrustedKey]:
    """The keys this logbook trusts in one of `roles`."""
    return [k for k in logbook.records.trusted_keys() if k.role in roles]
