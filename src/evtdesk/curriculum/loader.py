"""Finding and reading curriculum files (TOML, standard library).

Curricula are data under `resources/curricula` (package data: see `evtdesk.resources`),
so a country's curriculum is a file and no Python; the checks live in `parse`. Several
versions of one curriculum may sit side by side: a bundle names the version it was made
for (`id@version`).
"""

from __future__ import annotations

import logging
import re
import tomllib
from pathlib import Path
from typing import NamedTuple

import evtdesk.resources as resources  # mapped from resources/: see pyproject
from evtdesk.curriculum.parse import CurriculumError, parse_curriculum
from evtdesk.curriculum.schema import Curriculum

__all__ = [
    "CurriculumError",
    "CurriculumInfo",
    "CurriculumUnreadable",
    "Listing",
    "available_curricula",
    "curricula_dir",
    "find_curriculum",
    "load_curriculum",
    "load_file",
    "parse_curriculum",
    "scan_curricula",
]

log = logging.getLogger(__name__)
_TOML_AT = re.compile(r"^(?P<what>.*?)\s*\(at line (?P<line>\d+), column (?P<column>\d+)\)$")


class CurriculumUnreadable(CurriculumError):
    """The file itself cannot be read (missing, a folder, no permission, not UTF-8), as
    opposed to a file that reads but says something wrong."""


class CurriculumInfo(NamedTuple):
    """One shipped curriculum, for the choice when a logbook is created."""

    id: str
    version: str
    title_sv: str
    title_en: str
    path: Path


def curricula_dir() -> Path:
    """The shipped curricula: package data `evtdesk.resources/curricula`, which is the
    checkout's `resources/curricula` in an editable install and a folder inside the
    installed package (wheel, standalone build) otherwise."""
    folder = Path(resources.path("curricula"))
    if not folder.is_dir():
        raise CurriculumError(f"the curricula folder is missing from this installation: {folder}")
    return folder


def load_file(path: Path) -> Curriculum:
    """Load one curriculum file; every problem becomes a `CurriculumError` naming it
    (`CurriculumUnreadable` when the file cannot be read at all)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CurriculumUnreadable(f"{path}: cannot be read: it is not UTF-8 text") from None
    except OSError as error:
        raise CurriculumUnreadable(f"{path}: cannot be read ({error.strerror})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CurriculumError(_toml_message(path.name, str(error))) from None
    return parse_curriculum(data, path.name)


def _toml_message(name: str, message: str) -> str:
    """tomllib ends its message with "(at line 3, column 5)"; put the place first, as
    every other curriculum error does."""
    found = _TOML_AT.match(message)
    if not found:
        return f"{name}: not valid TOML ({message})"
    where = f"{name}, line {found['line']}, column {found['column']}"
    return f"{where}: not valid TOML: {found['what']}"


def _version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """'2024.10' sorts after '2024.9'."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"[.\-]", version))


class Listing(NamedTuple):
    """The curricula folder read: the usable files, and why each other file was skipped."""

    found: list[CurriculumInfo]
    broken: list[CurriculumError]


def scan_curricula() -> Listing:
    """Every curriculum under resources/curricula, by id, newest version first.

    One broken file (a supervisor's draft with a typo) must not take every other
    curriculum down with it, so it is set aside with its error for the caller to show.
    """
    found, broken = [], []
    for path in sorted(curricula_dir().glob("*.toml")):
        try:
            curriculum = load_file(path)
        except CurriculumError as error:
            broken.append(error)
            continue
        found.append(
            CurriculumInfo(
                curriculum.id, curriculum.version, curriculum.title_sv, curriculum.title_en, path
            )
        )
    found.sort(key=lambda i: _version_key(i.version), reverse=True)
    found.sort(key=lambda i: i.id)
    return Listing(found, broken)


def available_curricula() -> list[CurriculumInfo]:
    """The usable curricula (see `scan_curricula`); a skipped file is logged as a warning."""
    listing = scan_curricula()
    for error in listing.broken:
        log.warning("curriculum file skipped: %s", error)
    return listing.found


def find_curriculum(ref: str) -> CurriculumInfo:
    """The shipped curriculum `ref` names: an id (the newest version) or `id@version`.

    The error lists what is available, and any file skipped as broken, since the
    curriculum someone is looking for may be the one that does not load.
    """
    wanted, _, version = ref.partition("@")
    listing = scan_curricula()
    for info in listing.found:
        if info.id == wanted and (not version or info.version == version):
            return info
    known = ", ".join(f"{i.id}@{i.version}" for i in listing.found) or "none"
    message = f"no curriculum with id '{ref}' (available: {known})"
    if listing.broken:
        message += "; skipped as broken: " + "; ".join(str(e) for e in listing.broken)
    raise CurriculumError(message)


def load_shipped(ref: str) -> Curriculum:
    """A curriculum this EVTDesk ships, by id or `id@version` — never a path: what a
    bundle names comes from someone else, and must not pick a file on the reader's disk."""
    return load_file(find_curriculum(ref).path)


def load_curriculum(id_or_path: str | Path) -> Curriculum:
    """Load by id (`se-evt`, the newest version), by `id@version` (`se-evt@2024.1`, the
    version a bundle was made for), or by path to a .toml file."""
    path = Path(id_or_path)
    if path.suffix == ".toml" and path.is_file():
        return load_file(path)
    return load_file(find_curriculum(str(id_or_path)).path)
