"""Finding and reading curriculum files (TOML, standard library).

Curricula are data under `resources/curricula`, so a country's curriculum is a file and
no Python; the checks live in `parse`. Several versions of one curriculum may sit side by
side: a bundle names the version it was made for (`id@version`).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import NamedTuple

from evtdesk.curriculum.parse import CurriculumError, parse_curriculum
from evtdesk.curriculum.schema import Curriculum

__all__ = [
    "CurriculumError",
    "CurriculumInfo",
    "available_curricula",
    "curricula_dir",
    "load_curriculum",
    "load_file",
    "parse_curriculum",
]


class CurriculumInfo(NamedTuple):
    """One shipped curriculum, for the choice when a logbook is created."""

    id: str
    version: str
    title_sv: str
    title_en: str
    path: Path


def curricula_dir() -> Path:
    """`resources/curricula` of the checkout this package runs from (src layout, editable
    install): the nearest ancestor of this file that has one."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "resources" / "curricula"
        if candidate.is_dir():
            return candidate
    raise CurriculumError("the resources/curricula folder was not found")


def load_file(path: Path) -> Curriculum:
    """Load one curriculum file; every problem becomes a `CurriculumError` naming it."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise CurriculumError(f"{path}: cannot be read ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise CurriculumError(f"{path.name}: not valid TOML ({error})") from None
    return parse_curriculum(data, path.name)


def _version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """'2024.10' sorts after '2024.9'."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"[.\-]", version))


def available_curricula() -> list[CurriculumInfo]:
    """Every curriculum shipped under resources/curricula, by id, newest version first."""
    found = []
    for path in sorted(curricula_dir().glob("*.toml")):
        curriculum = load_file(path)
        found.append(
            CurriculumInfo(
                curriculum.id, curriculum.version, curriculum.title_sv, curriculum.title_en, path
            )
        )
    found.sort(key=lambda i: _version_key(i.version), reverse=True)
    found.sort(key=lambda i: i.id)
    return found


def load_curriculum(id_or_path: str | Path) -> Curriculum:
    """Load by id (`se-evt`, the newest version), by `id@version` (`se-evt@2024.1`, the
    version a bundle was made for), or by path to a .toml file."""
    path = Path(id_or_path)
    if path.suffix == ".toml" and path.is_file():
        return load_file(path)
    wanted, _, version = str(id_or_path).partition("@")
    listing = available_curricula()
    for info in listing:
        if info.id == wanted and (not version or info.version == version):
            return load_file(info.path)
    known = ", ".join(f"{i.id}@{i.version}" for i in listing)
    raise CurriculumError(f"no curriculum with id '{id_or_path}' (known: {known})")
