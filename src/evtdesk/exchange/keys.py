"""The owner's public key as people compare it, and the logbook's list of trusted keys."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from evtdesk.entries.privacy import find_identity_numbers
from evtdesk.exchange.files import FileRefused, read_limited
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


# A key file is two short lines and a fingerprint (under 300 bytes); anything near this
# size is not one, and is refused rather than read into memory or parsed.
MAX_KEY_BYTES = 64 * 1024


def read_key_file(path: Path | str) -> str:
    """The text of a public key file someone handed over, for `parse_key`.

    The path is looked at (`stat`) before it is opened: a named pipe would block the
    open until someone writes to it and a device (/dev/zero) never ends, so neither is
    opened at all; a regular file is read to at most MAX_KEY_BYTES (`read_limited`, which
    checks again what it opened), whatever size it claims. FileRefused says why."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise FileRefused(f"there is no key file {path}") from None
    except OSError as error:
        raise FileRefused(f"cannot read the key file {path}: {error.strerror}") from None
    if stat.S_ISDIR(mode):
        raise FileRefused(f"{path} is a folder; give the key file (.pub) inside it")
    if not stat.S_ISREG(mode):
        raise FileRefused(
            f"{path} is not a file (a device or a pipe); give the key file (.pub) the key's "
            "owner sent you"
        )
    return read_limited(path, "key file", MAX_KEY_BYTES).decode("utf-8", "replace")


def parse_key(key_text: str) -> tuple[str, str]:
    """(key line, fingerprint) of a pasted key, so the user compares before trusting.
    A text far longer than any key is refused before it is parsed."""
    if len(key_text) > MAX_KEY_BYTES:
        raise LogbookError(
            "That is far too long for a minisign public key, which is two short lines; "
            "paste only the key its owner gave you."
        )
    try:
        public = parse_handed_key(key_text)
    except KeyFormatError as error:
        raise LogbookError(f"That is not a minisign public key: {error}") from None
    return public_key_line(public), fingerprint(public.public)


def trust_key(
    logbook: Logbook,
    key_text: str,
    name: str,
    role: str,
    valid_from: date | None = None,
    valid_until: date | None = None,
) -> TrustedKey:
    """Trust a key after its fingerprint was compared in person, in `role`, optionally
    for a term (a supervisor who takes over on a day, or leaves on one)."""
    if valid_from and valid_until and valid_until < valid_from:
        raise LogbookError("The term cannot end before it starts.")
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
    return logbook.records.trust_key(line, name.strip(), role, print_, valid_from, valid_until)


OWN_ROLES_SETTING = "own_roles"  # {trainee's key line: this reader's role towards her}
OWN_ROLES = ("supervisor", "co_supervisor")


def set_own_role(logbook: Logbook, trainee_key_text: str, role: str) -> None:
    """Record this logbook's owner's role towards the trainee whose key is given: her
    own statements about that trainee are then judged in it (a co-supervisor's are her
    reports in her own view too). The main supervisor is the default."""
    if role not in OWN_ROLES:
        raise LogbookError(f"Your role towards a trainee is one of {', '.join(OWN_ROLES)}.")
    line, _print = parse_key(trainee_key_text)
    roles = dict(logbook.records.setting(OWN_ROLES_SETTING, {}) or {})
    roles[line] = role
    logbook.records.set_setting(OWN_ROLES_SETTING, roles)


def own_role(logbook: Logbook, trainee_key_line: str) -> str:
    """This logbook's owner's role towards the trainee with that key line."""
    roles = logbook.records.setting(OWN_ROLES_SETTING, {}) or {}
    role = roles.get(trainee_key_line, "supervisor") if isinstance(roles, dict) else ""
    return role if role in OWN_ROLES else "supervisor"


def trusted_for_bundles(logbook: Logbook, roles: tuple[str, ...] = ROLES) -> list[TrustedKey]:
    """The keys this logbook trusts in one of `roles`."""
    return [k for k in logbook.records.trusted_keys() if k.role in roles]
