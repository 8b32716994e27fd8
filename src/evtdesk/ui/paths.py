"""Where the app keeps its files, and how it writes a file's place for people to read."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import platformdirs


def display_path(path: Path | str) -> str:
    """`~/EVTDesk/anna.evtlog` for a file under the home folder (shorter, and the part a
    user recognises); any other path as it is. Tooltips keep the full path."""
    path = Path(path)
    try:
        home = Path.home()
        relative = path.relative_to(home)
    except (RuntimeError, ValueError):  # no home folder known, or the path is elsewhere
        return str(path)
    return "~" if str(relative) == "." else str(Path("~") / relative)


def data_dir() -> Path:
    """Where the app keeps logbooks unless told otherwise (new logbooks, the demo).

    platformdirs knows each system's place for a user's own application data:
    `~/.local/share/evtdesk` on Linux (or `$XDG_DATA_HOME/evtdesk`, where `scripts/start`
    puts the demo), `%LOCALAPPDATA%\\EVTDesk` on Windows (local, not roaming: a logbook is
    kept on this computer, not copied to a hospital's profile server), and
    `~/Library/Application Support/EVTDesk` on macOS. Backups sit beside each logbook,
    so they are here too; uninstalling leaves this folder alone.
    """
    name = "evtdesk" if sys.platform.startswith("linux") else "EVTDesk"
    return Path(platformdirs.user_data_dir(name, appauthor=False, roaming=False))


def file_stem(name: str) -> str:
    """A file name's stem from a person's name ("Anna Svensson" → "anna-svensson"): letters,
    digits and dashes only, so a name from a bundle never leaves the chosen folder."""
    stem = re.sub(r"[^\w-]+", "-", name.strip().lower()).strip("-")
    return stem or "logbook"
