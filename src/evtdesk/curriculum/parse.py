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

from evtdesk.curriculum import parse_rules
from evtdesk.curriculum.schema import (
    CONCERNS,
    CONDITION_TYPES,
    DEFAULT_AUTHORITY,
    ROLES,
    AuthorityRule,
    Condition,
    Curriculum,
    EntryFilter,
    Item,
    Part,
)
from evtdesk.entries.kinds import KIND_IDS, FieldType, kind_spec
from evtdesk.model import Role, TrainingPlan

_TOP_KEYS = {"id", "version", "title_sv", "title_en", "source", "parts", "items", "authority"}
_AUTHORITY_KEYS = {"subjects", "decides", "reports", "section"}
# Subjects that are neither a part nor an item: the plan, the examination week's verdict
# and a stop of the training (H3).
_SPECIAL_SUBJECTS = {
    "PLAN",
    "EXAM_WEEK",
    "TRAINING_STOP",
    "MRI_PRIMARY",
    "QUALIFICATION",
    "HANDOVER",
    "VALIDATION",
    "REPORT",
}
_PART_KEYS = {"id", "title_sv", "title_en", "section", "opens_when", "approval_needs"}
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
    "order",
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
    "flag_early",
    "at_site",
    "of",
    "until",
    "failed",
    "since_attested",
    *parse_rules.ADVICE_KEYS,
    *parse_rules.SITE_THRESHOLDS,
    *parse_rules.SUPERVISOR_THRESHOLDS,
}
_PLAN_FLAGS = {f.name for f in dataclass_fields(TrainingPlan) if f.type in ("bool", bool)}
_NUMERIC = (FieldType.INT, FieldType.FLOAT)


class CurriculumError(ValueError):
    """A curriculum file that cannot be used; the message says where and why."""


def _need(data: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in data:
        raise CurriculumError(f"{where}: '{key}' is missing")
    return data[key]


def _text(data: Mapping[str, Any], key: str, where: str) -> str:
    """A required text (an id, a title, a label): present and a string."""
    value = _need(data, key, where)
    if not isinstance(value, str) or not value.strip():
        raise CurriculumError(f"{where}: '{key}' must be a non-empty string in quotes")
    return value


def _table(value: Any, where: str, what: str) -> Mapping[str, Any]:
    """A TOML table; anything else is the writer's slip (`where = "x"`), said plainly."""
    if not isinstance(value, Mapping):
        raise CurriculumError(f"{where}: {what} must be a table, e.g. {{ key = value }}")
    return value


def _tables(value: Any, where: str, what: str) -> list[Mapping[str, Any]]:
    """A list of tables (`[[items]]`), each checked."""
    if not isinstance(value, list):
        raise CurriculumError(f"{where}: '{what}' must be a list of [[{what}]] tables")
    return [_table(v, where, f"each [[{what}]]") for v in value]


def _strings(data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    """A list of strings; a bare string would otherwise be read letter by letter."""
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CurriculumError(f"{where}: '{key}' must be a list of strings, e.g. ['a', 'b']")
    return tuple(value)


def _number(data: Mapping[str, Any], key: str, where: str, default: float = 0) -> float:
    value = data.get(key, default)
    if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
        raise CurriculumError(f"{where}: '{key}' must be a number ≥ 0")
    return float(value)


def _flag(data: Mapping[str, Any], key: str, where: str, default: bool) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise CurriculumError(f"{where}: '{key}' must be true or false")
    return value


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
    kinds = _strings(data, "kinds", where)
    for kind in kinds:
        if kind not in KIND_IDS:
            raise CurriculumError(
                f"{where}: unknown entry kind '{kind}' (known: {', '.join(KIND_IDS)})"
            )
    roles = _strings(data, "roles", where)
    for role in roles:
        if role not in set(Role):
            raise CurriculumError(f"{where}: unknown role '{role}' (known: {', '.join(Role)})")
    where_ = dict(_table(data.get("where", {}), where, "'where'"))
    _check_fields(where_, kinds, where)
    return EntryFilter(kinds, roles, where_)


def _condition(data: Mapping[str, Any], parts: set[str], where: str) -> Condition:
    cid = _text(data, "id", f"{where}, a condition")
    where = f"{where}, condition {cid}"
    _known_keys(data, _CONDITION_KEYS, where)
    ctype = _need(data, "type", where)
    if ctype not in CONDITION_TYPES:
        raise CurriculumError(f"{where}: type must be one of {', '.join(CONDITION_TYPES)}")
    if ctype in ("count", "sum", "duration") and "required" not in data:
        raise CurriculumError(f"{where}: a {ctype} condition needs 'required'")
    if ctype == "sum" and not data.get("field"):
        raise CurriculumError(f"{where}: a sum condition needs 'field'")
    duration_part = data.get("part")
    if ctype == "duration" and not (isinstance(duration_part, str) and duration_part in parts):
        # Work periods are logged against a part id: a misspelt one would count nothing.
        raise CurriculumError(
            f"{where}: a duration condition needs 'part', one of the [[parts]] ids "
            f"({', '.join(sorted(parts))})"
        )
    if ctype in ("attested", "yearly"):
        _text(data, "subject", f"{where}: an {ctype} condition needs 'subject';")
    try:
        extra = parse_rules.record_keys(ctype, data, parts, where)
    except parse_rules.RuleError as error:
        raise CurriculumError(str(error)) from None
    if ctype == "ratio" and ("threshold" not in data or not data.get("numerator")):
        raise CurriculumError(f"{where}: a ratio condition needs 'numerator' and 'threshold'")
    if data.get("comparison", ">") not in (">", "<"):
        raise CurriculumError(f"{where}: comparison must be '>' or '<'")
    if data.get("window", "") not in ("", "calendar_year"):
        raise CurriculumError(f'{where}: window must be "calendar_year" or left out')
    required = _number(data, "required" if "required" in data else "threshold", where)
    plan = dict(_table(data.get("plan_required", {}), where, "'plan_required'"))
    for flag in plan:
        if flag not in _PLAN_FLAGS:
            raise CurriculumError(
                f"{where}: plan_required names '{flag}', not a training-plan setting "
                f"(known: {', '.join(sorted(_PLAN_FLAGS))})"
            )
        _number(plan, flag, f"{where}, plan_required")
    filter_ = _filter(data, where)
    if data.get("field"):
        _check_fields([data["field"]], filter_.kinds, where, numeric=True)
    numerator = dict(_table(data.get("numerator", {}), where, "'numerator'"))
    _check_fields(numerator, filter_.kinds, where)
    try:
        extra |= parse_rules.advice_keys(ctype, data, filter_.kinds, where)
    except parse_rules.RuleError as error:
        raise CurriculumError(str(error)) from None
    return Condition(
        id=cid,
        type=ctype,
        label_sv=_text(data, "label_sv", where),
        label_en=_text(data, "label_en", where),
        required=required,
        filter=filter_,
        field=data.get("field", ""),
        window=data.get("window", ""),
        part=data.get("part", ""),
        block_min_months=_number(data, "block_min_months", where),
        numerator=numerator,
        comparison=data.get("comparison", ">"),
        min_cases=int(_number(data, "min_cases", where)),
        subject=data.get("subject", ""),
        plan_required={k: float(v) for k, v in plan.items()},
        unit_sv=data.get("unit_sv", ""),
        unit_en=data.get("unit_en", ""),
        flag_early=_flag(data, "flag_early", where, True),
        **extra,
    )


def _item(data: Mapping[str, Any], parts: set[str], where: str, number: int) -> Item:
    iid = _text(data, "id", f"{where}: item no. {number} (counting [[items]] from the top)")
    where = f"{where}: item {iid}"
    _known_keys(data, _ITEM_KEYS, where)
    part = _text(data, "part", where)
    if part not in parts:
        raise CurriculumError(f"{where}: part '{part}' is not declared in [[parts]]")
    conditions = tuple(
        _condition(c, parts, where)
        for c in _tables(data.get("conditions", []), where, "conditions")
    )
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
    try:
        order = parse_rules.order_rules(data.get("order"), where, _filter)
    except parse_rules.RuleError as error:
        raise CurriculumError(str(error)) from None
    return Item(
        id=iid,
        part=part,
        title_sv=_text(data, "title_sv", where),
        title_en=_text(data, "title_en", where),
        section=_text(data, "section", where),
        mandatory=mandatory,
        conditions=conditions,
        attestation=attestation,
        opens_when=_strings(data, "opens_when", where),
        note_sv=data.get("note_sv", ""),
        note_en=data.get("note_en", ""),
        concerns=concerns,
        order=order,
    )


def _part(data: Mapping[str, Any], where: str) -> Part:
    pid = _text(data, "id", f"{where}: a [[parts]] table")
    _known_keys(data, _PART_KEYS, f"{where}: part {pid}")
    return Part(
        pid,
        _text(data, "title_sv", where),
        _text(data, "title_en", where),
        data.get("section", ""),
        _strings(data, "opens_when", f"{where}: part {pid}"),
        _strings(data, "approval_needs", f"{where}: part {pid}"),
    )


def parse_curriculum(data: Mapping[str, Any], where: str = "curriculum") -> Curriculum:
    """Build a `Curriculum` from parsed TOML, checking everything the engine relies on."""
    _known_keys(data, _TOP_KEYS, where)
    parts = tuple(_part(p, where) for p in _tables(_need(data, "parts", where), where, "parts"))
    part_ids = {p.id for p in parts}
    if len(part_ids) != len(parts):
        raise CurriculumError(f"{where}: two parts share an id")
    items = tuple(
        _item(i, part_ids, where, n)
        for n, i in enumerate(_tables(_need(data, "items", where), where, "items"), 1)
    )
    seen: set[str] = set()
    for item in items:
        if item.id in seen or item.id in part_ids:
            raise CurriculumError(
                f"{where}: item id {item.id} is used twice (or is also a part id)"
            )
        seen.add(item.id)
    owners: list[Part | Item] = [*parts, *items]
    for gate_owner in owners:
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
    for part in parts:
        for item_id in part.approval_needs:
            if not any(i.id == item_id and i.part == part.id for i in items):
                raise CurriculumError(
                    f"{where}: part {part.id}: approval_needs names {item_id}, not an item of it"
                )
    known = part_ids | seen | _SPECIAL_SUBJECTS
    rules = tuple(
        _authority(r, known, f"{where}: [[authority]] {n}")
        for n, r in enumerate(_tables(data.get("authority", []), where, "authority"), 1)
    )
    return Curriculum(
        id=_text(data, "id", where),
        version=str(_need(data, "version", where)),
        title_sv=_text(data, "title_sv", where),
        title_en=_text(data, "title_en", where),
        source=data.get("source", ""),
        parts=parts,
        items=items,
        authority=rules or DEFAULT_AUTHORITY,
    )


def _authority(data: Mapping[str, Any], known: set[str], where: str) -> AuthorityRule:
    """One [[authority]] rule: its subjects exist (or are prefixes), its roles are roles,
    and nobody both decides and reports."""
    _known_keys(data, _AUTHORITY_KEYS, where)
    subjects = _strings(data, "subjects", where)
    decides, reports = _strings(data, "decides", where), _strings(data, "reports", where)
    if not subjects or not decides:
        raise CurriculumError(f"{where}: a rule names its subjects and who decides them")
    for subject in subjects:
        item = subject.removeprefix("ADAPT:")  # an item's adaptation: the item must exist
        if not subject.endswith("*") and subject not in known and item not in known:
            raise CurriculumError(f"{where}: '{subject}' is not a part, an item or a subject")
    for role in (*decides, *reports):
        if role not in ROLES:
            raise CurriculumError(f"{where}: unknown role '{role}' (known: {', '.join(ROLES)})")
    if set(decides) & set(reports):
        raise CurriculumError(f"{where}: a role either decides a subject or reports on it")
    return AuthorityRule(subjects, decides, reports, str(data.get("section", "")))
