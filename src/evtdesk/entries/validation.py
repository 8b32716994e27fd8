"""Turning raw input (a form, a JSON object, a CSV row) into a checked entry.

Every way into the logbook goes through `validate_entry`, so the app, the importer and
the tests refuse the same things with the same words. Values come in as strings (CSV),
JSON scalars or Python objects; they leave normalised to JSON-ready values (datetimes as
ISO strings) so that what is stored is what is hashed into the chain.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from evtdesk.entries.kinds import KIND_IDS, TIME_ORDER, FieldSpec, FieldType, KindSpec, kind_spec
from evtdesk.entries.privacy import find_identity_numbers
from evtdesk.model import Role

COMMON_KEYS = ("kind", "date", "role", "case_number", "notes", "site_id")
MAX_TEXT = 4000
MAX_CASE_NUMBER = 40
_TRUE = {"true", "1", "yes", "ja", "y", "j", "x"}
_FALSE = {"false", "0", "no", "nej", "n", ""}
_NOT_A_VALUE = "must be a single value, not a list or an object"


@dataclass(frozen=True)
class Problem:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    """Input that cannot be stored; `problems` names each field and what is wrong."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


@dataclass(frozen=True)
class EntryData:
    """A validated entry, ready to store."""

    kind: str
    date: date
    role: str | None
    case_number: str | None
    notes: str
    fields: Mapping[str, Any] = field(default_factory=dict)
    site_id: int | None = None
    # Where it came from, for messages ("line 4" of a CSV file); not stored.
    source: str | None = field(default=None, compare=False)


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def _parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError("must be true or false")


def _said_yes(value: Any) -> bool:
    """A yes/no field read as yes; a value that is neither is left to the field's check."""
    try:
        return not _is_blank(value) and _parse_bool(value)
    except ValueError:
        return False


def _parse_number(value: Any, spec: FieldSpec) -> int | float:
    if isinstance(value, bool):
        raise ValueError("must be a number")
    try:
        number: int | float
        if spec.type is FieldType.INT:
            number = int(value) if isinstance(value, int) else int(str(value).strip())
        else:
            number = float(str(value).strip().replace(",", "."))
    except ValueError:
        kind = "a whole number" if spec.type is FieldType.INT else "a number"
        raise ValueError(f"must be {kind}") from None
    if not math.isfinite(number):
        raise ValueError("must be a finite number")
    if spec.minimum is not None and number < spec.minimum:
        raise ValueError(f"must be at least {spec.minimum:g}")
    if spec.maximum is not None and number > spec.maximum:
        raise ValueError(f"must be at most {spec.maximum:g}")
    return number


def parse_datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError("must be a date and time like 2026-03-14T08:25") from None


def parse_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError("must be a date like 2026-03-14") from None


def _as_text(value: Any, name: str, problems: list[Problem]) -> str:
    """A text field's value: text, or a plain number written without quotes; not
    true/false, a list or an object (which would be stored as "True" or "[1]")."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    problems.append(Problem(name, "must be text"))
    return ""


def _screen_text(text: str, name: str, problems: list[Problem]) -> str:
    if "\x00" in text:
        problems.append(Problem(name, "contains a NUL character, which no text holds"))
    if len(text) > MAX_TEXT:
        problems.append(Problem(name, f"is longer than {MAX_TEXT} characters"))
    if find_identity_numbers(text):
        problems.append(
            Problem(
                name,
                "contains what looks like a Swedish personal identity or coordination "
                "number; logbooks must not identify patients, use the case number instead",
            )
        )
    return text


def _parse_field(spec: FieldSpec, value: Any, problems: list[Problem]) -> Any:
    try:
        if spec.type is FieldType.BOOL:
            return _parse_bool(value)
        if spec.type in (FieldType.INT, FieldType.FLOAT):
            return _parse_number(value, spec)
        if spec.type is FieldType.CHOICE:
            text = str(value).strip().lower()
            if text not in spec.choices:
                raise ValueError(f"must be one of {', '.join(spec.choices)}")
            return text
        if spec.type is FieldType.DATETIME:
            moment = parse_datetime(value)
            if moment.utcoffset() is not None:
                raise ValueError(
                    "must be a local wall-clock time without a UTC offset or Z "
                    "(like 2026-03-14T08:25): times are as the clock on the wall showed them"
                )
            return moment.isoformat(timespec="minutes")
        return _screen_text(_as_text(value, spec.name, problems).strip(), spec.name, problems)
    except ValueError as error:
        problems.append(Problem(spec.name, str(error)))
        return None


def _check_times(fields: Mapping[str, Any], now: datetime, problems: list[Problem]) -> None:
    previous: tuple[str, datetime] | None = None
    for name in TIME_ORDER:
        if fields.get(name) is None:
            continue
        moment = datetime.fromisoformat(fields[name])
        if previous and moment < previous[1]:
            problems.append(Problem(name, f"is earlier than {previous[0]}; times must be in order"))
        previous = (name, moment)
    for name, value in fields.items():
        if isinstance(value, str) and name in TIME_ORDER + ("thrombolysis_start",):
            moment = datetime.fromisoformat(value)
            if moment.replace(tzinfo=None) > now:
                problems.append(Problem(name, "is in the future"))


def _common(
    raw: Mapping[str, Any], spec: KindSpec, today: date, problems: list[Problem]
) -> dict[str, Any]:
    out: dict[str, Any] = {"role": None, "case_number": None, "notes": "", "site_id": None}
    try:
        out["date"] = parse_date(raw.get("date")) if not _is_blank(raw.get("date")) else None
        if out["date"] is None:
            problems.append(Problem("date", "is required"))
        elif out["date"] > today:
            problems.append(Problem("date", "is in the future"))
    except ValueError as error:
        problems.append(Problem("date", str(error)))
    role = raw.get("role")
    if spec.has_role:
        if _is_blank(role):
            if not spec.role_when or _said_yes(raw.get(spec.role_when)):
                needed = f" when {spec.role_when} is yes" if spec.role_when else ""
                problems.append(Problem("role", f"is required{needed}: one of {', '.join(Role)}"))
        elif str(role).strip() not in set(Role):
            problems.append(Problem("role", f"must be one of {', '.join(Role)}"))
        else:
            out["role"] = str(role).strip()
    elif not _is_blank(role):
        problems.append(Problem("role", f"does not apply to {spec.id}"))
    if not _is_blank(raw.get("case_number")):
        case_number = _as_text(raw["case_number"], "case_number", problems).strip()
        if len(case_number) > MAX_CASE_NUMBER:
            problems.append(Problem("case_number", f"is longer than {MAX_CASE_NUMBER} characters"))
        out["case_number"] = _screen_text(case_number, "case_number", problems)
    if not _is_blank(raw.get("notes")):
        out["notes"] = _screen_text(
            _as_text(raw["notes"], "notes", problems).strip(), "notes", problems
        )
    if not _is_blank(raw.get("site_id")):
        site = _site_number(raw["site_id"])
        if site is None:
            problems.append(Problem("site_id", "must be a site number"))
        out["site_id"] = site
    return out


def _site_number(value: Any) -> int | None:
    """A site's number: a whole number (or its text), never 1.5 read as 1 or true as 1.
    Only the digits 0-9: `isdigit` also says yes to "²", which `int` then refuses with a
    ValueError quoting the cell (a traceback in the middle of an import)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = str(value).strip()
    return int(text) if text.isascii() and text.isdigit() else None


def validate_entry(
    raw: Mapping[str, Any], *, today: date | None = None, now: datetime | None = None
) -> EntryData:
    """Check `raw` against its kind's spec; raise ValidationError listing every problem."""
    today = today or date.today()
    now = now or datetime.now()
    problems: list[Problem] = []
    kind = raw.get("kind")
    if _is_blank(kind):
        raise ValidationError(
            [Problem("kind", f"is missing: every entry needs one of {', '.join(KIND_IDS)}")]
        )
    if isinstance(kind, (list, dict)):
        raise ValidationError([Problem("kind", _NOT_A_VALUE)])
    try:
        spec = kind_spec(str(kind).strip())
    except KeyError as error:
        raise ValidationError([Problem("kind", str(error.args[0]))]) from None
    # A JSON list or object is never a field's value: refuse it rather than store its repr.
    nested = {key for key, value in raw.items() if isinstance(value, (list, dict, set, tuple))}
    problems.extend(Problem(key, _NOT_A_VALUE) for key in nested)
    raw = {key: value for key, value in raw.items() if key not in nested}
    common = _common(raw, spec, today, problems)
    known = {f.name for f in spec.fields}
    for key in raw:
        if key not in known and key not in COMMON_KEYS:
            problems.append(Problem(key, f"is not a field of {spec.id}"))
    fields: dict[str, Any] = {}
    for fspec in spec.fields:
        if fspec.name in nested:
            continue
        value = raw.get(fspec.name)
        if _is_blank(value):
            if fspec.required:
                problems.append(Problem(fspec.name, "is required"))
            continue
        parsed = _parse_field(fspec, value, problems)
        if parsed is not None:
            fields[fspec.name] = parsed
    _check_times(fields, now, problems)
    if fields.get("decision") == "no_evt" and fields.get("evt_performed") is True:
        problems.append(Problem("decision", "is no_evt, but evt_performed says EVT was done"))
    if problems:
        raise ValidationError(problems)
    return EntryData(kind=spec.id, fields=fields, **common)
