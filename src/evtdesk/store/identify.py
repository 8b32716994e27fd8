"""Saying what a file is when it is not a logbook, and whose key file sits beside one.

A user who gives a CSV, a bundle or a PDF where a logbook is expected is helped by hearing
what the file is and which command takes it, not that a key file is missing. A user who
copied another logbook's `.keys` file beside theirs is helped by hearing just that: with a
shared passphrase the wrong key unwraps, the database then fails to decrypt, and "damaged,
no backup" makes them think their entries are gone. Everything here judges files by their
first bytes and the key files' plain logbook ids; nothing is decrypted or written.
"""

from __future__ import annotations

import json
from pathlib import Path

from evtdesk.store import database
from evtdesk.store import keys as keymod
from evtdesk.store.errors import ForeignKeyFile

_SNIFF_BYTES = 4096
_LOGBOOK_SUFFIXES = (".evtlog", ".bak")


def what_file(path: Path) -> tuple[str, str] | None:
    """What `path` is — a kind (`bundle`, `attestation`, `entries`, `keys`, `other`) for
    the app to say in its own words, and a sentence naming it and what to do with it —
    when it is clearly not a logbook (a bundle, an attestation, a CSV or JSON import file,
    a PDF, a key file, a plain SQLite file); None when it could be a logbook whose key
    file is missing."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return None
    name = path.name
    if head.startswith(b"PK\x03\x04"):
        if path.suffix.lower() == ".evtbundle" or b"manifest.json" in head:
            return "bundle", (
                f"{name} is a bundle (a trainee's signed export), not a logbook; "
                f"check it with: evtdesk verify {path}"
            )
        return "other", f"{name} is a ZIP archive, not an EVTDesk logbook."
    if head.startswith(b"%PDF"):
        return "other", f"{name} is a PDF document, not an EVTDesk logbook."
    if head.startswith(b"SQLite format 3\x00"):
        return "other", f"{name} is a plain, unencrypted SQLite file, not an EVTDesk logbook."
    text = _as_text(head)
    if text is None:
        return None
    stripped = text.lstrip()
    if name.endswith(keymod.SIDECAR_SUFFIX) and '"evtdesk-keys/' in text:
        logbook = path.with_name(name.removesuffix(keymod.SIDECAR_SUFFIX))
        return "keys", f"{name} is a logbook's key file; give the logbook itself: {logbook}"
    if stripped.startswith("{") and '"attestation"' in text:
        return "attestation", (
            f"{name} is a supervisor's attestation, not a logbook; add it to your logbook "
            f"with: evtdesk import-attestation LOGBOOK {path}"
        )
    if path.suffix.lower() == ".json" or stripped.startswith(("[", "{")):
        kind = "a JSON text file"
    elif path.suffix.lower() in (".csv", ".tsv") or any(d in text.split("\n")[0] for d in ",;\t"):
        kind = "a CSV text file"
    else:
        return "other", f"{name} is a text file, not an EVTDesk logbook."
    return "entries", (
        f"{name} is {kind}, not a logbook; to add its entries to a logbook, run: "
        f"evtdesk import LOGBOOK {path}"
    )


def _as_text(head: bytes) -> str | None:
    if b"\x00" in head:
        return None
    for encoding in ("utf-8", "cp1252"):
        try:
            return head.decode(encoding)
        except UnicodeDecodeError:
            # a multi-byte character cut at the sniffing limit is still text
            if encoding == "utf-8" and len(head) == _SNIFF_BYTES:
                return head[:-3].decode("utf-8", "ignore")
    return None


def key_file_owner(path: Path, logbook_id: str, raw_key: bytes) -> str | None:
    """Where else the key file beside `path` (of logbook `logbook_id`, whose unwrapped key
    `raw_key` fails to decrypt `path`) belongs, when the evidence says it is not this
    logbook's: another logbook in the same folder whose key file has that id and whose
    database the key opens, or this logbook's own backups, whose key files name another
    logbook. None when nothing says so (the database may then really be damaged)."""
    for other in sorted(path.parent.iterdir()):
        if other == path or not other.name.endswith(_LOGBOOK_SUFFIXES):
            continue
        if _logbook_id(keymod.sidecar_path(other)) == logbook_id and database.opens_read_only(
            other, raw_key
        ):
            return f"it is the key file of {other.name}"
    backups = path.with_name(path.name + ".backups")
    if backups.is_dir():
        ids = {_logbook_id(k) for k in backups.glob(f"{path.name}.*.bak{keymod.SIDECAR_SUFFIX}")}
        ids.discard(None)
        if ids and logbook_id not in ids:
            return f"the key files of its backups in {backups.name} name another logbook"
    return None


def _logbook_id(key_path: Path) -> str | None:
    try:
        if key_path.stat().st_size > 1024 * 1024:
            return None
        body = json.loads(key_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = body.get("logbook_id") if isinstance(body, dict) else None
    return value if isinstance(value, str) else None


def refuse_foreign_key_file(path: Path, logbook_id: str, raw_key: bytes) -> None:
    """Raise ForeignKeyFile if the key that failed to decrypt `path` is, by the evidence
    beside it, another logbook's (see `key_file_owner`)."""
    owner = key_file_owner(path, logbook_id, raw_key)
    if owner is not None:
        keys = keymod.sidecar_path(path).name
        raise ForeignKeyFile(
            f"The key file {keys} belongs to another logbook ({owner}); {path.name} itself "
            f"was not changed. Put {path.name}'s own key file beside it as {keys} (each of "
            "its backups carries a copy)."
        )
