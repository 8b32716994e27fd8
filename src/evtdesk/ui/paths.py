"""How the app writes a file's place for people to read."""

from __future__ import annotations

from pathlib import Path


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
