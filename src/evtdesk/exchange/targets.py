"""Where EVTDesk may write a file: one rule for every `--out` and every save dialog.

Every file EVTDesk writes (a bundle, an attestation, a signed PDF, a public key, a
recovery code) takes the place of whatever was at its path. A user who types the wrong
name, or answers a save dialog's "replace?" too quickly, must never lose a logbook, its
key file or a backup to it: `readiness --out LOGBOOK.keys` once replaced the key file with
a PDF and the logbook never opened again. So the rule is narrow on purpose. A path may be
written when nothing is there, and replaced only when the caller allows it and what is
there is recognisably a file of the same kind, judged by its first bytes (a logbook's
encrypted pages, a key file's JSON, a backup or any other file never look like a bundle,
an attestation or a PDF). A folder, a missing folder, a pipe or a device is refused before
anything is computed, so a long export does not end in an error.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from evtdesk.store import LogbookError
from evtdesk.store.keys import SIDECAR_SUFFIX

_SNIFF_BYTES = 4096
_LOGBOOK_SUFFIXES = (".evtlog", ".bak")


class TargetRefused(LogbookError):
    """The path is not written; the message says why and what to do."""


class TargetExists(TargetRefused):
    """The path holds a file of the same kind and the caller did not allow replacing it."""

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(f"{path} already exists; it was not replaced.")
        self.path, self.what = path, what


@dataclass(frozen=True)
class FileKind:
    """A kind of file EVTDesk writes: what to call it and how to recognise one."""

    name: str  # "a bundle", said in messages
    example: str  # a file name to suggest for a folder
    recognises: Callable[[bytes], bool]  # judged from a file's first bytes


def _is_bundle(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04") and b"manifest.json" in head


def _is_attestation(head: bytes) -> bool:
    text = head.lstrip()
    return text.startswith(b"{") and b'"attestation"' in text and b"evtdesk-keys/" not in text


def _is_pdf(head: bytes) -> bool:
    return head.startswith(b"%PDF-")


def _is_public_key(head: bytes) -> bool:
    """A minisign public key file: a comment line and the key, 56 characters starting
    RW. A secret key file has the same comment line and a much longer second line."""
    lines = head.decode("ascii", "replace").strip().splitlines()
    return (
        len(lines) == 2
        and lines[0].startswith("untrusted comment:")
        and lines[1].startswith("RW")
        and len(lines[1].strip()) == 56
    )


def _is_recovery_code(head: bytes) -> bool:
    return head.startswith(b"EVTDesk ") and b"\x00" not in head and len(head) < 2048


BUNDLE = FileKind("a bundle", "logbook.evtbundle", _is_bundle)
ATTESTATION = FileKind("an attestation", "answer.evtattest", _is_attestation)
PDF = FileKind("a PDF document", "document.pdf", _is_pdf)
PUBLIC_KEY = FileKind("a public key", "key.pub", _is_public_key)
RECOVERY_CODE = FileKind("a recovery code", "recovery-code.txt", _is_recovery_code)


def check_target(path: Path | str, kind: FileKind, replace: bool = False) -> Path:
    """`path` when `kind` may be written there, else TargetRefused with the reason.

    Refused: a folder, a missing or unwritable folder, a pipe, a device or a link; a
    logbook, a key file or a backup; an existing file of another kind. An existing file
    of the same kind is replaced only when `replace` (the command's --force, or a save
    dialog that has asked), else TargetExists."""
    path = Path(path)
    if path.is_dir():
        raise TargetRefused(
            f"{path} is a folder; give {kind.name} a file name, such as {path / kind.example}."
        )
    folder = path.parent
    if not folder.is_dir():
        raise TargetRefused(f"The folder {folder} does not exist; nothing was written.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise TargetRefused(f"Cannot write to the folder {folder} (permission denied).")
    if not os.path.lexists(path):
        return path
    _refuse_precious(path)
    head = _head(path)
    if not kind.recognises(head):
        raise TargetRefused(
            f"{path} exists and is not {kind.name}; it was not replaced and nothing was "
            "written. Choose another file name."
        )
    if not replace:
        raise TargetExists(path, kind.name)
    return path


def _refuse_precious(path: Path) -> None:
    """A logbook, its key file, a backup, or something that is not a plain file."""
    if path.is_symlink():
        raise TargetRefused(f"{path} is a link; it was not replaced. Choose another file name.")
    name = path.name.lower()
    beside = path.with_name(path.name + SIDECAR_SUFFIX)
    if name.endswith(SIDECAR_SUFFIX):
        raise TargetRefused(
            f"{path} is a logbook's key file: without it the logbook never opens again, so "
            "it was not replaced. Choose another file name."
        )
    if name.endswith(_LOGBOOK_SUFFIXES) or beside.exists() or ".backups" in path.parts[-2:-1]:
        raise TargetRefused(
            f"{path} is a logbook or a backup of one; it was not replaced. "
            "Choose another file name."
        )


def _head(path: Path) -> bytes:
    """The first bytes of a regular file; a pipe or a device is refused, never awaited."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise TargetRefused(
            f"{path} exists and cannot be read ({error.strerror}); it was not replaced."
        ) from None
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise TargetRefused(
                f"{path} is not a file (a device or a pipe); nothing was written to it."
            )
        return handle.read(_SNIFF_BYTES)
