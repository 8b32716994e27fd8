"""What a file given to the wrong command is, said before anything is asked for: a
bundle chosen as a logbook is named before a passphrase is typed for it (and never
joins Recent logbooks), a picture chosen as entries is named as a picture rather than
answered with advice about Excel's encodings.

Files are judged by their first bytes and, for logbooks, by the store itself: a file
without a key file beside it cannot be a logbook it opens, and the store refuses it
before deriving any key, naming what it is (`NotALogbook.kind`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from evtdesk.store import Logbook, LogbookError, NotALogbook, sniff_media_type

HEAD_BYTES = 4096
KEYS_SUFFIX = ".keys"  # the key file beside a logbook: trainee.evtlog.keys
ZIP, OLE = b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xlsx/.ods; old .xls
SQLITE = b"SQLite format 3\x00"  # a logbook is encrypted: this header is never one
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".numbers")


def file_head(path: Path) -> bytes:
    """The file's first bytes; empty when it cannot be read (the command then says why)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(HEAD_BYTES)
    except OSError:
        return b""


def media_words(head: bytes) -> str | None:
    """What a file that is not text is, in words ("a PDF document"); None when unsure."""
    media = sniff_media_type(head)
    if media == "application/pdf":
        return QCoreApplication.translate("MainWindow", "a PDF document")
    if media is not None and media.startswith("image/"):
        return QCoreApplication.translate("MainWindow", "a picture ({format})").format(
            format=media.removeprefix("image/").upper()
        )
    if head.startswith(ZIP):
        return QCoreApplication.translate("MainWindow", "a ZIP archive")
    if head.startswith(SQLITE):
        return QCoreApplication.translate("MainWindow", "a plain, unencrypted SQLite file")
    return None


def is_workbook(path: Path, head: bytes) -> bool:
    """A spreadsheet program's own file (not its CSV export): a ZIP or OLE workbook."""
    return path.suffix.lower() in WORKBOOK_SUFFIXES and head.startswith((ZIP, OLE))


def refusal_before_passphrase(path: Path) -> NotALogbook | None:
    """Why `path` cannot be opened as a logbook, known without its passphrase; None when
    it may be one (its key file is beside it: only the passphrase can tell more).

    Without a key file the store refuses at once, before any key is derived (there is
    nothing to derive it from), and its refusal names what the file is. Asking it costs
    nothing, and nobody types a passphrase for a bundle."""
    if path.with_name(path.name + KEYS_SUFFIX).is_file():
        return None
    try:
        Logbook.open(path, "").close(backup=False)  # cannot open: no key file
    except NotALogbook as refusal:
        return refusal
    except LogbookError:
        return None  # unreadable now (a drive gone): unlocking will say so in its words
    return None


def not_entries_text(path: Path) -> str | None:
    """What the file is when it cannot hold entries to import (a picture, a PDF, a
    workbook, another file that is not text), with what to do instead; None for a text
    file, which the importer reads and, if need be, refuses in its own words (an
    encoding Excel saved it in, a missing column)."""
    head = file_head(path)
    if not head:
        return None
    name = path.name
    if is_workbook(path, head):
        return QCoreApplication.translate(
            "MainWindow",
            "{name} is a spreadsheet workbook, not a CSV file. Save it as CSV first: in "
            "Excel, File ▸ Save As ▸ “CSV UTF-8 (comma delimited)”; then import that file.",
        ).format(name=name)
    what = media_words(head)
    if what is not None:
        return QCoreApplication.translate(
            "MainWindow",
            "{name} is {what}, not a file of entries. File ▸ Import entries… reads CSV "
            "and JSON text files.",
        ).format(name=name, what=what)
    if b"\x00" in head:  # no text file holds a NUL byte
        return QCoreApplication.translate(
            "MainWindow",
            "{name} is not a text file, so it holds no entries to import. File ▸ Import "
            "entries… reads CSV and JSON text files.",
        ).format(name=name)
    return None
