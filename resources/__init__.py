"""EVTDesk's data files, installed as the package `evtdesk.resources`.

This folder stays at the top of the checkout (curricula are data that people other than
programmers edit), and `pyproject.toml` maps it into the package (`package-dir`), so a
wheel carries `evtdesk/resources/curricula/*.toml`, `i18n/*.qm` and `icons/*` as package
data, and an editable install finds this very folder. Code asks for a file with
`evtdesk.resources.path("curricula")` (importlib.resources), never by walking up from a
module: that only worked from a checkout.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

__all__ = ["path"]


def path(*parts: str) -> Path:
    """The installed data file or folder `parts` (e.g. `path("i18n")`), as a real path.

    Wheels install unzipped and PyInstaller unpacks package data, so this is always a
    folder on disk; `as_file` is asked anyway so that a zipped install fails loudly here,
    at the one place that knows, rather than in a glob that finds nothing.
    """
    resource = files(__name__).joinpath(*parts)
    with as_file(resource) as real:
        if not isinstance(resource, Path):
            raise RuntimeError(f"EVTDesk's data must be installed unzipped; {resource} is not")
        return Path(real)
