"""Errors the store raises, each with a message fit to show a user as it is."""

from __future__ import annotations

from pathlib import Path


class LogbookError(Exception):
    """Base of every refusal the store makes; `str()` is the user-facing message."""


class NotALogbook(LogbookError):
    pass


class WrongPassphrase(LogbookError):
    def __init__(self, what: str = "passphrase") -> None:
        super().__init__(
            f"That {what} does not unlock this logbook. Nothing was changed; try again."
        )


class DamagedLogbook(LogbookError):
    """The key is right but the database cannot be read: offer the latest backup."""

    def __init__(self, path: Path, detail: str, latest_backup: Path | None) -> None:
        offer = (
            f" The latest backup is {latest_backup}; restore it with: "
            f"evtdesk restore {path} --from {latest_backup}"
            if latest_backup
            else " No backup of it was found."
        )
        super().__init__(f"The logbook {path.name} is damaged or truncated ({detail}).{offer}")
        self.path = path
        self.latest_backup = latest_backup


class LogbookExists(LogbookError):
    pass


class WriteFailed(LogbookError):
    """A write could not be completed; the transaction was rolled back."""


class NotFound(LogbookError):
    pass
