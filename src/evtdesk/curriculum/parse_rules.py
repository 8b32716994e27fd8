"""Checking the keys of the conditions that judge records rather than count entries
(`sites`, `supervisor`, `yearly`, a duration's `at_site`) and of an item's order rules.

Split from `parse` so each module stays one concern; the same rule holds here: a slip in
a hand-written file is named with where it is, never silently ignored.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields as dataclass_fields
from typing import Any

from evtdesk.curriculum.schema import EntryFilter, MixGroup, OrderRule
from evtdesk.entries.kinds import kind_spec
from evtdesk.model import Site

# What a `sites` condition can ask of a site: a number at least this (or, for the
# ratio, at most), or `neurointervention = true`.
SITE_THRESHOLDS = (
    "neurointervention",
    "procedures_per_year",
    "evt_per_year",
    "interventionists",
    "max_trainees_per_supervisor",
)
SUPERVISOR_THRESHOLDS = ("years", "evt")
SINCE_TYPES = ("count", "sum", "duration")  # may count only from a subject's approval on
ADVICE_KEYS = ("max_gap_months", "max_span_factor", "logged_kinds", "mix_field", "mix")
_MIX_KEYS = {"values", "label_sv", "label_en"}
_SITE_FLAGS = {f.name for f in dataclass_fields(Site) if f.type in ("bool", bool)}
_ORDER_KEYS = {"id", "first", "then", "first_sv", "first_en", "then_sv", "then_en"}


class RuleError(ValueError):
    """Raised here and turned into the parser's CurriculumError by the caller."""


def thresholds(data: Mapping[str, Any], allowed: tuple[str, ...], where: str) -> dict[str, float]:
    """The thresholds a `sites` or `supervisor` condition names: at least one, each a
    number ≥ 0 (`neurointervention` true)."""
    found: dict[str, float] = {}
    for key in allowed:
        if key not in data:
            continue
        value = data[key]
        if key == "neurointervention":
            if value is not True:
                raise RuleError(f"{where}: 'neurointervention' can only be true")
            found[key] = 1.0
        elif not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
            raise RuleError(f"{where}: '{key}' must be a number ≥ 0")
        else:
            found[key] = float(value)
    if not found:
        raise RuleError(f"{where}: name at least one of {', '.join(allowed)}")
    return found


def site_selector(value: Any, parts: set[str], where: str) -> str:
    """`of`: "home" (the trainee's own hospital) or "part:<PART>" (the sites of that
    part's work periods)."""
    if value == "home":
        return "home"
    if isinstance(value, str) and value.startswith("part:") and value[5:] in parts:
        return value
    raise RuleError(
        f'{where}: \'of\' must be "home" or "part:<PART>" with one of the [[parts]] ids '
        f"({', '.join(sorted(parts))})"
    )


def at_site(value: Any, where: str) -> dict[str, Any]:
    """A duration's `at_site`: site fields that must hold (today the yes/no ones)."""
    if not isinstance(value, Mapping):
        raise RuleError(
            f"{where}: 'at_site' must be a table, e.g. {{ has_neurointervention = true }}"
        )
    for key, wanted in value.items():
        if key not in _SITE_FLAGS or not isinstance(wanted, bool):
            raise RuleError(
                f"{where}: at_site names '{key}'; a site can be asked for "
                f"{', '.join(sorted(_SITE_FLAGS))} = true or false"
            )
    return dict(value)


def record_keys(ctype: str, data: Mapping[str, Any], parts: set[str], where: str) -> dict[str, Any]:
    """The keys of conditions that judge records (sites, people, statements per year)."""
    extra: dict[str, Any] = {}
    if "at_site" in data:
        if ctype != "duration":
            raise RuleError(f"{where}: 'at_site' goes with a duration condition")
        extra["at_site"] = at_site(data["at_site"], where)
    if ctype == "sites":
        extra["of"] = site_selector(data.get("of"), parts, where)
        extra["thresholds"] = thresholds(data, SITE_THRESHOLDS, where)
    elif ctype == "supervisor":
        extra["thresholds"] = thresholds(data, SUPERVISOR_THRESHOLDS, where)
    elif "of" in data or any(k in data for k in (*SITE_THRESHOLDS, *SUPERVISOR_THRESHOLDS)):
        raise RuleError(f"{where}: thresholds and 'of' go with a sites condition")
    if "since_attested" in data:
        subject = data["since_attested"]
        if ctype not in SINCE_TYPES or not isinstance(subject, str) or not subject.strip():
            raise RuleError(
                f"{where}: 'since_attested' (a subject) goes with a count, sum or duration "
                "condition"
            )
        extra["since_attested"] = subject.strip()
    if "until" in data:
        if ctype != "yearly" or not isinstance(data["until"], str) or not data["until"]:
            raise RuleError(f"{where}: 'until' (a subject) goes with a yearly condition")
        extra["until"] = data["until"]
    if "failed" in data:
        if ctype != "exam_week" or not isinstance(data["failed"], bool):
            raise RuleError(f"{where}: 'failed' (true or false) goes with an exam_week condition")
        extra["failed"] = data["failed"]
    if ctype == "yearly" and "{year}" not in str(data.get("subject", "")):
        raise RuleError(f"{where}: a yearly condition's subject holds {{year}}")
    if ctype.startswith("followup_"):
        _followup_keys(ctype, data, where)
    return extra


def _followup_keys(ctype: str, data: Mapping[str, Any], where: str) -> None:
    """The follow-up year's conditions choose their own cases (her EVT after the
    approval): a filter would be ignored, so it is refused; EVT a year needs its number,
    which read as 0 would be met by no case at all."""
    ignored = sorted(k for k in ("kinds", "roles", "where") if k in data)
    if ignored:
        raise RuleError(
            f"{where}: a {ctype} condition chooses its own cases; drop {', '.join(ignored)}"
        )
    if ctype == "followup_evt" and not isinstance(data.get("required"), int | float):
        raise RuleError(f"{where}: a followup_evt condition needs 'required' (EVT a year)")


def advice_keys(
    ctype: str, data: Mapping[str, Any], kinds: tuple[str, ...], where: str
) -> dict[str, Any]:
    """The keys of advice flagged beside a condition's numbers: a duration's pauses and
    spread (`max_gap_months`, `max_span_factor`), a count's case mix (`mix_field` and its
    `[[items.conditions.mix]]` groups, every value one the field offers)."""
    extra: dict[str, Any] = {}
    for key in ("max_gap_months", "max_span_factor"):
        if key not in data:
            continue
        value = data[key]
        if ctype != "duration":
            raise RuleError(f"{where}: '{key}' goes with a duration condition")
        if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
            raise RuleError(f"{where}: '{key}' must be a number > 0")
        extra[key] = float(value)
    if "logged_kinds" in data:
        extra["logged_kinds"] = _logged_kinds(ctype, data, where)
    if "mix" not in data and "mix_field" not in data:
        return extra
    field = data.get("mix_field")
    if ctype != "count" or not isinstance(field, str) or not kinds or data.get("window"):
        raise RuleError(
            f"{where}: 'mix' and 'mix_field' (a choice field of every kind) go together with "
            "a count condition, without a window, that names its kinds"
        )
    choices = _choices(field, kinds, where)
    groups = data.get("mix")
    if not isinstance(groups, list) or not groups:
        raise RuleError(f"{where}: 'mix' must be one or more [[items.conditions.mix]] tables")
    extra["mix_field"], extra["mix"] = field, tuple(_mix_group(g, choices, where) for g in groups)
    return extra


def _logged_kinds(ctype: str, data: Mapping[str, Any], where: str) -> tuple[str, ...]:
    """A duration counted from an approval (`since_attested`) may name the kinds of case
    to be logged in that time: one or more known kinds."""
    value = data["logged_kinds"]
    if ctype != "duration" or not data.get("since_attested"):
        raise RuleError(f"{where}: 'logged_kinds' goes with a duration counted since_attested")
    if not isinstance(value, list) or not value or not all(isinstance(k, str) for k in value):
        raise RuleError(f"{where}: 'logged_kinds' must be a list of entry kinds")
    for kind in value:
        try:
            kind_spec(kind)
        except KeyError as error:
            raise RuleError(f"{where}: {error.args[0]}") from None
    return tuple(value)


def _choices(field: str, kinds: tuple[str, ...], where: str) -> set[str]:
    """The values `field` offers in every kind (a value one kind lacks would never match)."""
    offered: set[str] | None = None
    for kind in kinds:
        try:
            spec = kind_spec(kind).field(field)
        except KeyError:
            raise RuleError(f"{where}: entry kind '{kind}' has no field '{field}'") from None
        if not spec.choices:
            raise RuleError(f"{where}: field '{field}' of '{kind}' is not a choice")
        offered = set(spec.choices) if offered is None else offered & set(spec.choices)
    return offered or set()


def _mix_group(data: Any, choices: set[str], where: str) -> MixGroup:
    if not isinstance(data, Mapping):
        raise RuleError(f"{where}: each [[items.conditions.mix]] must be a table")
    unknown = sorted(set(data) - _MIX_KEYS)
    if unknown:
        raise RuleError(f"{where}, mix: unknown key(s) {', '.join(unknown)}")
    values = data.get("values")
    if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
        raise RuleError(f"{where}, mix: 'values' must be a list of strings, e.g. ['avm']")
    for value in values:
        if value not in choices:
            raise RuleError(
                f"{where}, mix: '{value}' is not a value of the field "
                f"(known: {', '.join(sorted(choices))})"
            )
    labels = []
    for key in ("label_sv", "label_en"):
        text = data.get(key)
        if not isinstance(text, str) or not text.strip():
            raise RuleError(f"{where}, mix: '{key}' must be a non-empty string in quotes")
        labels.append(text)
    return MixGroup(tuple(values), labels[0], labels[1])


def order_rules(
    value: Any, where: str, make_filter: Callable[[Mapping[str, Any], str], EntryFilter]
) -> tuple[OrderRule, ...]:
    """An item's `[[items.order]]` tables: two entry filters and their labels."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        raise RuleError(f"{where}: 'order' must be a list of [[items.order]] tables")
    rules = []
    for data in value:
        rid = data.get("id")
        if not isinstance(rid, str) or not rid.strip():
            raise RuleError(f"{where}: an order rule needs an 'id'")
        here = f"{where}, order {rid}"
        unknown = sorted(set(data) - _ORDER_KEYS)
        if unknown:
            raise RuleError(f"{here}: unknown key(s) {', '.join(unknown)}")
        labels = []
        for key in ("first_sv", "first_en", "then_sv", "then_en"):
            text = data.get(key)
            if not isinstance(text, str) or not text.strip():
                raise RuleError(f"{here}: '{key}' must be a non-empty string in quotes")
            labels.append(text)
        filters = []
        for key in ("first", "then"):
            table = data.get(key)
            if not isinstance(table, Mapping):
                raise RuleError(f"{here}: '{key}' must be a table of kinds, roles and where")
            filters.append(make_filter(table, f"{here}, {key}"))
        rules.append(OrderRule(rid, filters[0], filters[1], *labels))
    return tuple(rules)
