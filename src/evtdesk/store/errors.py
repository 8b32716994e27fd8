"""Errors the store raises, each with a message fit to show a user as it is."""

from __future__ import annotations

from pathlib import Path


class LogbookError(Exception):
    """Base of every refusal the store makes; `str()` is the user-facing message."""


class NotALogbook(LogbookError):
    """`kind` says what the file is instead, when that is known (`store.identify`):
    `bundle`, `attestation`, `entries`, `keys`, `other`; "" when it may be a logbook
    without its key file."""

    def __init__(self, message: str, kind: str = "") -> None:
        super().__init__(message)
        self.kind = kind


class ForeignKeyFile(NotALogbook):
    """The key file beside the logbook is another logbook's: a mix-up, not damage."""


class WrongPassphrase(LogbookError):
    """The secret fails the key file's check. `key_file_checked` is False for a key file
    written before key files carried a checksum: then a damaged key file looks the same
    as a wrong passphrase, and the message says so."""

    def __init__(
        self,
        what: str = "passphrase",
        key_file_checked: bool = True,
        path: Path | None = None,
        latest_backup: Path | None = None,
    ) -> None:
        message = f"That {what} does not unlock this logbook. Nothing was changed; try again."
        if not key_file_checked:
            message += (
                f" If you are sure of the {what}, the key file may be damaged: "
                + _restore_offer(path, latest_backup)
            )
        super().__init__(message)
        self.latest_backup = latest_backup


def _restore_offer(path: Path | None, latest_backup: Path | None) -> str:
    if latest_backup is None or path is None:
        return "no backup of it was found."
    return (
        f"the latest backup is {latest_backup}; restore it with: "
        f"evtdesk restore {path} --from {latest_backup}"
    )


class DamagedLogbook(LogbookError):
    """The key is right but the database cannot be read: offer the latest backup."""

    def __init__(
        self, path: Path, detail: str, latest_backup: Path | None, message: str | None = None
    ) -> None:
        if message is None:
            offer = (
                f" The latest backup is {latest_backup}; restore it with: "
                f"evtdesk restore {path} --from {latest_backup}"
                if latest_backup
                else " No backup of it was found."
            )
            message = f"The logbook {path.name} is damaged or truncated ({detail}).{offer}"
        super().__init__(message)
        self.path = path
        self.latest_backup = latest_backup


class DamagedKeyFile(DamagedLogbook):
    """The sidecar is truncated or fails its checksum. The database key is the same in
    every backup, so the latest backup's key file opens this logbook (with the passphrase
    of that backup's day, or the recovery code)."""

    def __init__(self, path: Path, detail: str, latest_backup: Path | None) -> None:
        keys = path.with_name(path.name + ".keys")
        message = f"The key file {keys.name} is damaged ({detail}); nothing was changed."
        if latest_backup is None:
            message += " No backup of it was found; keep both files and ask for help."
        else:
            message += (
                f" The latest backup carries a copy that opens this logbook with the passphrase "
                f"of that day or the recovery code: copy {latest_backup}.keys to {keys}, or "
                f"restore the whole backup with: evtdesk restore {path} --from {latest_backup}"
            )
        super().__init__(path, detail, latest_backup, message)


class NewerLogbook(LogbookError):
    """The logbook's schema is newer than this EVTDesk knows: never touch it."""


class StorageUnavailable(LogbookError):
    """The disk is full or failed while opening; the logbook was not changed."""


class LogbookExists(LogbookError):
    pass


class WriteFailed(LogbookError):
    """A write could not be completed; the transaction was rolled back."""


class NotFound(LogbookError):
    pass
