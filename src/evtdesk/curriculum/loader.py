"""Reading curriculum files (TOML, standard library) with errors that name the place.

A supervisor abroad writes these files by hand, so every mistake is reported with the
file, the item id and what was expected, never as a bare KeyError.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evtdesk.curriculum.schema import CONDITION_TYPES, Condition, Curriculum, EntryFilter, Item, Part
from evtdesk.entry_kinds import KIND_IDS
from evtdesk.model import Role


class CurriculumError(ValueError):
    """A curriculum file that cannot be used; the message says where and why."""


@dataclass(frozen=True)
class CurriculumInfo:
    id: str
    version: str
    title_sv: str
    title_en: str
    path: Path


def curricula_dir() -> Path:
    """`resources/curricula` of the checkout or installed tree this package runs from."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "resources" / "curricula"
        if candidate.is_dir():
            return candidate
    raise CurriculumError("the resources/curricula folder was not found")


def _need(data: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in data:
        raise CurriculumError(f"{where}: '{key}' is missing")
    return data[key]


def _filter(data: Mapping[str, Any], where: str) -> EntryFilter:
    kinds = tuple(data.get("kinds", ()))
    for kind in kinds:
        if kind not in KIND_IDS:
            raise CurriculumError(f"{where}: unknown entry kind '{kind}'")
    roles = tuple(data.get("roles", ()))
    for role in roles:
        if role not in set(Role):
            raise CurriculumError(f"{where}: unknown role '{role}'")
    return EntryFilter(kinds, roles, dict(data.get("where", {})))


def _condition(data: Mapping[str, Any], where: str) -> Condition:
    cid = _need(data, "id", where)
    where = f"{where}, condition {cid}"
    ctype = _need(data, "type", where)
    if ctype not in CONDITION_TYPES:
        raise CurriculumError(f"{where}: type must be one of {', '.join(CONDITION_TYPES)}")
    if ctype in ("count", "sum", "duration") and "required" not in data:
        raise CurriculumError(f"{where}: a {ctype} condition needs 'required'")
    if ctype == "duration" and not data.get("part"):
        raise CurriculumError(f"{where}: a duration condition needs 'part'")
    if ctype == "attested" and not data.get("subject"):
        raise CurriculumError(f"{where}: an attested condition needs 'subject'")
    if ctype == "ratio" and ("threshold" not in data or not data.get("numerator")):
        raise CurriculumError(f"{where}: a ratio condition needs 'numerator' and 'threshold'")
    return Condition(
        id=cid,
        type=ctype,
        label_sv=_need(data, "label_sv", where),
        label_en=_need(data, "label_en", where),
        required=float(data.get("required", data.get("threshold", 0))),
        filter=_filter(data, where),
        field=data.get("field", ""),
        window=data.get("window", ""),
        part=data.get("part", ""),
        block_min_months=float(data.get("block_min_months", 0)),
        numerator=dict(data.get("numerator", {})),
        comparison=data.get("comparison", ">"),
        min_cases=int(data.get("min_cases", 0)),
        subject=data.get("subject", ""),
        plan_required={k: float(v) for k, v in data.get("plan_required", {}).items()},
        unit_sv=data.get("unit_sv", ""),
        unit_en=data.get("unit_en", ""),
    )


def _item(data: Mapping[str, Any], parts: set[str], where: str) -> Item:
    iid = _need(data, "id", where)
    where = f"{where}: item {iid}"
    part = _need(data, "part", where)
    if part not in parts:
        raise CurriculumError(f"{where}: part '{part}' is not declared in [[parts]]")
    conditions = tuple(_condition(c, where) for c in data.get("conditions", ()))
    attestation = bool(data.get("attestation", False))
    if not conditions and not attestation:
        raise CurriculumError(f"{where}: give conditions, or attestation = true, or both")
    return Item(
        id=iid,
        part=part,
        title_sv=_need(data, "title_sv", where),
        title_en=_need(data, "title_en", where),
        section=_need(data, "section", where),
        mandatory=bool(_need(data, "mandatory", where)),
        conditions=conditions,
        attestation=attestation,
        opens_when=tuple(data.get("opens_when", ())),
        note_sv=data.get("note_sv", ""),
        note_en=data.get("note_en", ""),
    )


def parse_curriculum(data: Mapping[str, Any], where: str = "curriculum") -> Curriculum:
    parts = tuple(
        Part(_need(p, "id", where), _need(p, "title_sv", where), _need(p, "title_en", where),
             p.get("section", ""), tuple(p.get("opens_when", ())))
        for p in _need(data, "parts", where)
    )
    part_ids = {p.id for p in parts}
    items = tuple(_item(i, part_ids, where) for i in _need(data, "items", where))
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise CurriculumError(f"{where}: item id {item.id} is used twice")
        seen.add(item.id)
    for gate_owner in (*parts, *items):
        for gate in gate_owner.opens_when:
            kind, _, target = gate.partition(":")
            if kind not in ("attested", "done") or not target:
                raise CurriculumError(f"{where}: {gate_owner.id}: gate '{gate}' must be attested:X or done:X")
            if kind == "done" and target not in seen:
                raise CurriculumError(f"{where}: {gate_owner.id}: gate '{gate}' names an unknown item")
    return Curriculum(
        id=_need(data, "id", where),
        version=str(_need(data, "version", where)),
        title_sv=_need(data, "title_sv", where),
        title_en=_need(data, "title_en", where),
        source=data.get("source", ""),
        parts=parts,
        items=items,
    )


def load_file(path: Path) -> Curriculum:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise CurriculumError(f"{path}: cannot be read ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise CurriculumError(f"{path.name}: not valid TOML ({error})") from None
    return parse_curriculum(data, path.name)


def available_curricula() -> list[CurriculumInfo]:
    """Every curriculum shipped under resources/curricula, sorted by id."""
    found = []
    for path in sorted(curricula_dir().glob("*.toml")):
        curriculum = load_file(path)
        found.append(CurriculumInfo(curriculum.id, curriculum.version, curriculum.title_sv,
                                    curriculum.title_en, path))
    return found


def load_curriculum(id_or_path: str | Path) -> Curriculum:
    """Load by id (`se-evt`) or by path to a .toml file."""
    path = Path(id_or_path)
    if path.suffix == ".toml" and path.is_file():
        return load_file(path)
    for info in available_curricula():
        if info.id == str(id_or_path):
            return load_file(info.path)
    known = ", ".join(i.id for i in available_curricula())
    raise CurriculumError(f"no curriculum with id '{id_or_path}' (known: {known})")
