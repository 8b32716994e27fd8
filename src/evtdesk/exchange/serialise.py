"""Domain values as JSON-ready dicts, for `evtdesk list --json` and `logbook.json`.

One function per type, so that the CLI and the bundle describe an entry the same way;
`field_expectation` checks a field read back from such a dict against its declared type.
"""

from __future__ import annotations

from datetime import datetime
from math import inf, isfinite
from typing import Any

from evtdesk.entries.kinds import FieldSpec, FieldType, kind_spec
from evtdesk.model import Entry, EntryRevision


def entry_to_dict(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "kind": entry.kind,
        "date": entry.date.isoformat(),
        "role": entry.role,
        "case_number": entry.case_number,
        "notes": entry.notes,
        "site_id": entry.site_id,
        **dict(entry.fields),
        "revision": entry.revision,
        "retracted": entry.retracted,
        "retraction_reason": entry.retraction_reason,
        "created_at": entry.created_at.isoformat() if entry.created_at else None,
        "changed_at": entry.changed_at.isoformat() if entry.changed_at else None,
    }


def revision_to_dict(rev: EntryRevision) -> dict[str, Any]:
    return {
        "revision": rev.revision,
        "date": rev.date.isoformat(),
        "role": rev.role,
        "case_number": rev.case_number,
        "notes": rev.notes,
        "site_id": rev.site_id,
        "fields": dict(rev.fields),
        "reason": rev.reason,
        "recorded_at": rev.recorded_at.isoformat(),
    }


def field_expectation(kind: str, name: str, value: Any) -> str | None:
    """What the field `name` of an entry of `kind` must hold, when `value` is not it
    ("a number from 0 to 500"); None when `value` is what `validate_entry` stores there.

    `entry_to_dict` writes a field as validation stored it; read back from a bundle, the
    value comes from whoever signed the bundle, and the curriculum engine sums, compares
    and parses it as stored (`float(hours)`), so a type swapped in a text editor would
    raise deep inside the engine. A kind or field this EVTDesk does not declare (one a
    newer EVTDesk writes) is not judged: no rule of this one reads it."""
    try:
        spec = kind_spec(kind).field(name)
    except KeyError:
        return None
    if value is None:
        return None
    if spec.type is FieldType.BOOL:
        return None if isinstance(value, bool) else "true or false"
    if spec.type is FieldType.TEXT:
        return None if isinstance(value, str) else "text"
    if spec.type is FieldType.CHOICE:
        return None if isinstance(value, str) else f"one of {', '.join(spec.choices)}"
    if spec.type is FieldType.DATETIME:
        return None if _local_moment(value) else "a date and time like 2026-03-14T08:25"
    return _number_expectation(spec, value)


def _local_moment(value: Any) -> bool:
    """A wall-clock time as validation stores it (ISO, no UTC offset)."""
    if not isinstance(value, str):
        return False
    try:
        return datetime.fromisoformat(value).tzinfo is None
    except ValueError:
        return False


def _number_expectation(spec: FieldSpec, value: Any) -> str | None:
    """A number within the field's limits, whole where the field counts: the limits are
    validation's, so a sum of them stays finite and no supervisor sees a negative count."""
    whole = spec.type is FieldType.INT
    expected = "a whole number" if whole else "a number"
    if spec.minimum is not None and spec.maximum is not None:
        expected += f" from {spec.minimum:g} to {spec.maximum:g}"
    low = -inf if spec.minimum is None else spec.minimum
    high = inf if spec.maximum is None else spec.maximum
    number = isinstance(value, int | float) and not isinstance(value, bool)
    fits = number and (isinstance(value, int) or not whole) and isfinite(value)
    return None if fits and low <= value <= high else expected
