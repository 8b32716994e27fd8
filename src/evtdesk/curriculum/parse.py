"""Turning parsed TOML into a checked `Curriculum`.

A supervisor abroad writes these files by hand, so every mistake is reported with the
file, the item id and what was expected, never as a bare KeyError — and misspelt keys are
refused rather than silently ignored, since an ignored `roles` would quietly count
observed cases.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields as dataclass_fields
from typing import Any

from evtdesk.curriculum.schema import (
    CONCERNS,
    CONDITION_TYPES,
    Condition,
    Curriculum,
    EntryFilter,
    Item,
    Part,
)
from evtdesk.entry_kinds import KIND_IDS, FieldType, kind_spec
from evtdesk.model import Role, TrainingPlan

_TOP_KEYS = {"id", "version", "title_sv", "title_en", "source", "parts", "items"}
_PART_KEYS = {"id", "title_sv", "title_en", "section", "opens_when"}
_ITEM_KEYS = {
    "id",
    "part",
    "title_sv",
    "title_en",
    "section",
    "mandatory",
    "attestation",
    "opens_when",
    "note_sv",
    "note_en",
    "concerns",
    "conditions",
}
_CONDITION_KEYS = {
    "id",
    "type",
    "label_sv",
    "label_en",
    "required",
    "threshold",
    "kinds",
    "roles",
    "where",
    "field",
    "window",
    "part",
    "block_min_months",
    "numerator",
    "comparison",
    "min_cases",
    "subject",
    "plan_required",
    "unit_sv",
    "unit_en",
}
_PLAN_FLAGS = {f.name for f in dataclass_fields(TrainingPlan) if f.type in ("bool", bool)}
_NUMERIC = (FieldType.INT, FieldType.FLOAT)


class CurriculumError(ValueError):
    """A curriculum file that cannot be used; the message says where and why."""


def _need(data: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in data:
        raise CurriculumError(f"{where}: '{key}' is missing")
    return data[key]


def _known_keys(data: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise CurriculumError(
            f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}"
        )


def _check_fields(
    names: Mapping[str, Any] | list[str], kinds: tuple[str, ...], where: str, numeric: bool = False
) -> None:
    """Every field named must exist in every kind filtered on (a typo would match nothing)."""
    for name in names:
        for kind in kinds:
            try:
                spec = kind_spec(kind).field(name)
            except KeyError:
                raise CurriculumError(
                    f"{where}: entry kind '{kind}' has no field '{name}'"
                ) from None
            if numeric and spec.type not in _NUMERIC:
                raise CurriculumError(f"{where}: field '{name}' of '{kind}' is not a number")


def _filter(data: Mapping[str, Any], where: str) -> EntryFilter:
    kinds = tuple(data.get("kinds", ()))
    for kind in kinds:
        if kind not in KIND_IDS:
            raise CurriculumError(
                f"{where}: unknown entry kind '{kind}' (known: {', '.join(KIND_IDS)})"
            )
    roles = tuple(data.get("roles", ()))
    for role in roles:
        if role not in set(Role):
            raise CurriculumError(f"{where}: unknown role '{role}' (known: {', '.join(Role)})")
    where_ = dict(data.get("where", {}))
    _check_fields(where_, kinds, where)
    return EntryFilter(kinds, roles, where_)


def _condition(data: Mapping[str, Any], where: str) -> Condition:
    cid = _need(data, "id", where)
    where = f"{where}, condition {cid}"
    _known_keys(data, _CONDITION_KEYS, where)
    ctype = _need(data, "type", where)
    if ctype not in CONDITION_TYPES:
        raise CurriculumError(f"{where}: type must be one of {', '.join(CONDITION_TYPES)}")
    if ctype in ("count", "sum", "duration") and "required" not in data:
        raise CurriculumError(f"{where}: a {ctype} condition needs 'required'")
    if ctype == "sum" and not data.get("field"):
        raise CurriculumError(f"{where}: a sum condition needs 'field'")
    if ctype == "duration" and not data.get("part"):
        raise CurriculumError(f"{where}: a duration condition needs 'part'")
    if ctype == "attested" and not data.get("subject"):
        raise CurriculumError(f"{where}: an attested condition needs 'subject'")
    if ctype == "ratio" and ("threshold" not in data or not data.get("numerator")):
        raise CurriculumError(f"{where}: a ratio condition needs 'numerator' and 'threshold'")
    if data.get("comparison", ">") not in (">", "<"):
        raise CurriculumError(f"{where}: comparison must be '>' or '<'")
    if data.get("window", "") not in ("", "calendar_year"):
        raise CurriculumError(f'{where}: window must be "calendar_year" or left out')
    required = data.get("required", data.get("threshold", 0))
    if not isinstance(required, int | float) or isinstance(required, bool) or required < 0:
        raise CurriculumError(f"{where}: 'required' must be a number ≥ 0")
    plan = dict(data.get("plan_required", {}))
    for flag in plan:
        if flag not in _PLAN_FLAGS:
            raise CurriculumError(
                f"{where}: plan_required names '{flag}', not a training-plan setting "
                f"(known: {', '.join(sorted(_PLAN_FLAGS))})"
            )
    filter_ = _filter(data, where)
    if data.get("field"):
        _check_fields([data["field"]], filter_.kinds, where, numeric=True)
    _check_fields(dict(data.get("numerator", {})), filter_.kinds, where)
    return Condition(
        id=cid,
        type=ctype,
        label_sv=_need(data, "label_sv", where),
        label_en=_need(data, "label_en", where),
        required=float(required),
        filter=filter_,
        field=data.get("field", ""),
        window=data.get("window", ""),
        part=data.get("part", ""),
        block_min_months=float(data.get("block_min_months", 0)),
        numerator=dict(data.get("numerator", {})),
        comparison=data.get("comparison", ">"),
        min_cases=int(data.get("min_cases", 0)),
        subject=data.get("subject", ""),
        plan_required={k: float(v) for k, v in plan.items()},
        unit_sv=data.get("unit_sv", ""),
        unit_en=data.get("unit_en", ""),
    )


def _item(data: Mapping[str, Any], parts: set[str], where: str) -> Item:
    iid = _need(data, "id", where)
    where = f"{where}: item {iid}"
    _known_keys(data, _ITEM_KEYS, where)
    part = _need(data, "part", where)
    if part not in parts:
        raise CurriculumError(f"{where}: part '{part}' is not declared in [[parts]]")
    conditions = tuple(_condition(c, where) for c in data.get("conditions", ()))
    ids = [c.id for c in conditions]
    if len(set(ids)) != len(ids):
        raise CurriculumError(
            f"{where}: two conditions share an id (adaptations name conditions by id)"
        )
    attestation = data.get("attestation", False)
    mandatory = _need(data, "mandatory", where)
    if not isinstance(mandatory, bool) or not isinstance(attestation, bool):
        raise CurriculumError(f"{where}: 'mandatory' and 'attestation' must be true or false")
    if not conditions and not attestation:
        raise CurriculumError(f"{where}: give conditions, or attestation = true, or both")
    concerns = data.get("concerns", "trainee")
    if concerns not in CONCERNS:
        raise CurriculumError(f"{where}: concerns must be one of {', '.join(CONCERNS)}")
    return Item(
        id=iid,
        part=part,
        title_sv=_need(data, "title_sv", where),
        title_en=_need(data, "title_en", where),
        section=_need(data, "section", where),
        mandatory=mandatory,
        conditions=conditions,
        attestation=attestation,
        opens_when=tuple(data.get("opens_when", ())),
        note_sv=data.get("note_sv", ""),
        note_en=data.get("note_en", ""),
        concerns=concerns,
    )


def _part(data: Mapping[str, Any], where: str) -> Part:
    pid = _need(data, "id", where)
    _known_keys(data, _PART_KEYS, f"{where}: part {pid}")
    return Part(
        pid,
        _need(data, "title_sv", where),
        _need(data, "title_en", where),
        data.get("section", ""),
        tuple(data.get("opens_when", ())),
    )


def parse_curriculum(data: Mapping[str, Any], where: str = "curriculum") -> Curriculum:
    """Build a `Curriculum` from parsed TOML, checking everything the engine relies on."""
    _known_keys(data, _TOP_KEYS, where)
    parts = tuple(_part(p, where) for p in _need(data, "parts", where))
    part_ids = {p.id for p in parts}
    if len(part_ids) != len(parts):
        raise CurriculumError(f"{where}: two parts share an id")
    items = tuple(_item(i, part_ids, where) for i in _need(data, "items", where))
    seen: set[str] = set()
    for item in items:
        if item.id in seen or item.id in part_ids:
            raise CurriculumError(
                f"{where}: item id {item.id} is used twice (or is also a part id)"
            )
        seen.add(item.id)
    for gate_owner in (*parts, *items):
        for gate in gate_owner.opens_when:
            kind, _, target = gate.partition(":")
            if kind not in ("attested", "done") or not target:
                raise CurriculumError(
                    f"{where}: {gate_owner.id}: gate '{gate}' must be attested:X or done:ITEM"
                )
            if kind == "done" and target not in seen:
                raise CurriculumError(
                    f"{where}: {gate_owner.id}: gate '{gate}' names an unknown item"
                )
    return Curriculum(
        id=_need(data, "id", where),
        version=str(_need(data, "version", where)),
        title_sv=_need(data, "title_sv", where),
        title_en=_need(data, "title_en", where),
        source=data.get("source", ""),
        parts=parts,
        items=items,
    )
