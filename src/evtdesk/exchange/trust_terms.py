"""Supervisors change, keys leave: retiring or removing a trusted key.

A key is trusted for a term (`TrustedKey.valid_from`/`valid_until`): a statement counts
only when its signer held the role on the day it was signed, so a supervisor who hands
over keeps what he decided and decides nothing after. Retiring ends the term on a day;
removing stops trusting the key altogether (a key trusted by mistake, or never his). The
app's trust dialog and `evtdesk trust --retire/--remove` both go through here, and both
say what will change before they do it (`retire_text`, `remove_text`).
"""

from __future__ import annotations

from datetime import date

from evtdesk.exchange.keys import parse_key
from evtdesk.model import TrustedKey
from evtdesk.store import Logbook, LogbookError

_MIN_FINGERPRINT_GROUPS = 4  # the short form the app shows; fewer tells too little apart


def find_trusted(logbook: Logbook, key_or_fingerprint: str) -> TrustedKey:
    """The trusted key named by its key (a .pub file's text or the key line) or by its
    fingerprint (at least its first four groups, spaces as you like)."""
    keys = logbook.records.trusted_keys()
    wanted = "".join(key_or_fingerprint.split()).upper()
    if wanted and all(c in "0123456789ABCDEF" for c in wanted):
        if len(wanted) < 4 * _MIN_FINGERPRINT_GROUPS:
            raise LogbookError("Give at least the first four groups of the key's fingerprint.")
        found = [k for k in keys if "".join(k.fingerprint.split()).upper().startswith(wanted)]
        if len(found) > 1:
            raise LogbookError("More than one trusted key starts so; give more of it.")
    else:
        line, _print = parse_key(key_or_fingerprint)
        found = [k for k in keys if k.public_key == line]
    if not found:
        raise LogbookError("That key is not trusted in this logbook.")
    return found[0]


def same_name(logbook: Logbook, name: str, key_line: str) -> list[TrustedKey]:
    """Keys already trusted under `name` that are not `key_line`: a second key under a
    trusted name is a new computer of the same person, or someone else; the user is told
    before trusting it."""
    wanted = " ".join(name.split()).casefold()
    return [
        k
        for k in logbook.records.trusted_keys()
        if " ".join(k.name.split()).casefold() == wanted and k.public_key != key_line
    ]


def retire_text(key: TrustedKey, until: date) -> str:
    """What retiring changes, in words, for the confirmation."""
    if key.valid_until is not None and until > key.valid_until:
        return (
            f"This moves the end of {key.name}'s key's term ({key.role}, fingerprint "
            f"{key.fingerprint}) from {key.valid_until.isoformat()} to {until.isoformat()}: "
            "what it signed between them counts again."
        )
    return (
        f"This retires {key.name}'s key ({key.role}, fingerprint {key.fingerprint}) after "
        f"{until.isoformat()}: what it signs after that day counts for nothing; what it "
        "signed until then stands."
    )


def remove_text(key: TrustedKey) -> str:
    """What removing changes, in words, for the confirmation."""
    return (
        f"This stops trusting {key.name}'s key ({key.role}, fingerprint {key.fingerprint}) "
        "altogether: nothing it signed counts any more, whenever it was signed. To keep "
        "what it decided before a hand-over, retire it instead."
    )


def retire(logbook: Logbook, key: TrustedKey, until: date) -> TrustedKey:
    assert key.id is not None
    return logbook.records.retire_key(key.id, until)


def remove(logbook: Logbook, key: TrustedKey) -> TrustedKey:
    assert key.id is not None
    return logbook.records.remove_key(key.id)
