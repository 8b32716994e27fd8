"""The records a trainee's progress is computed from, each against the events that made it.

Every store writes its row and a chain event in one transaction (`evtdesk.store.records`),
and the event's payload holds the row's values: an add holds them all, an update the
values after it (`after`), a withdrawal the flag and the reason. Someone with the raw key
can change a row and leave its event alone; the chain is then still whole, but the row
is no longer what was recorded. So the events are folded in order into what each row
should hold, and every row is compared with that, field by field.

What is compared, table by table (a field an event does not hold is not compared):

* `work_periods`: part, start, end, fraction, site, description, withdrawn and its
  reason (`period.add`, `period.update`, `period.withdraw`);
* `exam_weeks`: start, site, note, withdrawn and its reason (`exam_week.add`,
  `exam_week.withdraw`);
* `measure_marks`: the measure, the day, the note, withdrawn and its reason
  (`measure.done`, `measure.reopen`);
* `sites`: every column (`site.add`, `site.update`); the first EVTDesk's `site.add` held
  only the hospital and the unit, so for such a site the numbers are compared only from
  its first `site.update` on;
* `people`: name, role, public key, years as operator and EVT as independent operator
  (`person.add`, `person.update`); the e-mail address is in no event;
* `plan_adaptations` (proposals): item, note, proposed numbers, waived, withdrawn, and
  the event that proposed it (`proposed_seq`) (`plan.propose`, `plan.withdraw`; the older
  `plan.adapt` also its typed `decided_by` and `decided_on`; one without an id, from the
  first EVTDesk, is paired with the proposals no event names, in order);
* `settings`: every value, readiness checklists and the plan's MRI choice among them
  (`setting.set`, `plan.set`);
* `trusted_keys`: key, name, role and term (`trust.add`, `trust.retire`); a key
  `trust.remove` removed must be gone;
* `attestations`: each statement's approved, comment, adaptation terms and typed content,
  the signer's key, the bundle it answers, and the SHA-256 of the signed file kept in
  `source` (`attestation.import`); the file itself is checked in `check_sources`;
* `attachments`: the entry, file name, size and SHA-256 (`file.attach`), the bytes
  against that SHA-256 in `check`;
* `meta`: the logbook id, the curriculum and whose logbook it is (`logbook.create`).

Not compared, as no event holds them: the times a row was recorded, withdrawn, proposed,
added or imported (`recorded_at`, `withdrawn_at`, `proposed_at`, `added_at`,
`imported_at`: the store's clock, read apart from the event's `at`), a person's e-mail, a
trusted key's fingerprint (shown for comparing in person; the key itself is compared), a
statement's supervisor name (the name the trainee gave the trusted key). Every row must
have an event, and every row an event recorded must still be there.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from evtdesk.model.content import CONTENT_KEYS
from evtdesk.model.statements import ADAPT_PREFIX
from evtdesk.store.chain import canonical_json
from evtdesk.store.plan import MRI_PRIMARY
from evtdesk.store.schema import EventRow

RowKey = tuple[str, ...]
_OPEN = {"withdrawn": False, "withdrawn_reason": None}
_SHOWN = 60  # characters of a value quoted in a problem


@dataclass(frozen=True)
class Change:
    """What one event says of one row: the values it holds from now on. `new` begins the
    row (an add: what came before is gone), `gone` ends it (a key no longer trusted).
    A `row` of None is a proposal whose event named no id (paired by order)."""

    table: str
    row: RowKey | None
    fields: Mapping[str, Any]
    new: bool = False
    gone: bool = False


@dataclass
class Recorded:
    """One row as the events about it, folded in order, say it stands; `by` keeps the
    event that set each field, so a difference names the event that holds the value."""

    fields: dict[str, Any] = field(default_factory=dict)
    by: dict[str, tuple[int, str]] = field(default_factory=dict)
    last: tuple[int, str] = (0, "")
    added: bool = False
    gone: bool = False

    def apply(self, change: Change, seq: int, action: str) -> None:
        self.fields.update(change.fields)
        self.by.update(dict.fromkeys(change.fields, (seq, action)))
        self.last, self.gone = (seq, action), change.gone
        self.added = self.added or change.new


# --- what each event says ----------------------------------------------------------------


def _withdrawn(reason: Any) -> dict[str, Any]:
    """A withdrawal keeps the row, flagged, with the reason its event holds."""
    return {"withdrawn": True, "withdrawn_reason": reason}


def _row(subject: str) -> RowKey:
    """Most events name their row by the subject (the row's id, or a setting's key)."""
    return (subject,)


def _id(value: Any) -> RowKey:
    """A row id as an event's payload holds it (a number), keyed as the table's."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("an id is a whole number")
    return (str(value),)


def _periods(seq: int, action: str, subject: str, p: dict[str, Any]) -> list[Change]:
    """A period's add holds all its values, an update those `after`, a withdrawal the
    period as it stood and the reason."""
    if action == "period.add":
        return [Change("work_periods", _row(subject), p | _OPEN, new=True)]
    if action == "period.update":
        return [Change("work_periods", _row(subject), p["after"])]
    return [Change("work_periods", _row(subject), p["period"] | _withdrawn(p["reason"]))]


def _approval(seq: int, action: str, subject: str, p: dict[str, Any]) -> list[Change]:
    """Examination weeks (the row by the subject) and measure marks (by the payload's id;
    the subject is the measure)."""
    if action == "exam_week.add":
        week = {key: p[key] for key in ("start", "site_id", "note")}
        return [Change("exam_weeks", _row(subject), week | _OPEN, new=True)]
    if action == "exam_week.withdraw":
        return [Change("exam_weeks", _row(subject), _withdrawn(p["reason"]))]
    if action == "measure.done":
        mark = {"measure": subject, "done_on": p["done_on"], "note": p["note"]}
        return [Change("measure_marks", _id(p["id"]), mark | _OPEN, new=True)]
    return [Change("measure_marks", _id(p["id"]), _withdrawn(p["reason"]))]


def _added_or_updated(table: str) -> Callable[[int, str, str, dict[str, Any]], list[Change]]:
    """Sites and people: an add holds the row's values, an update those after it."""

    def changes(seq: int, action: str, subject: str, p: dict[str, Any]) -> list[Change]:
        if action.endswith(".add"):
            return [Change(table, _row(subject), p, new=True)]
        return [Change(table, _row(subject), p["after"])]

    return changes


def _plan(seq: int, action: str, subject: str, p: dict[str, Any]) -> list[Change]:
    """Proposals (`plan.propose`, the older `plan.adapt`), their withdrawal, and the MRI
    choice, which lives among the settings."""
    if action == "plan.withdraw":
        return [Change("plan_adaptations", _id(i), {"withdrawn": True}) for i in p["ids"]]
    if action == "plan.set":
        return [Change("settings", _row(MRI_PRIMARY), {"value": p["after"]}, new=True)]
    proposal = {
        "item_id": subject,
        "note": p["note"],
        "required": p["required"],
        "waived": p["waived"],
        "withdrawn": False,
    }
    # Revision 0004 gave a proposal the seq of the event that recorded it, for an event
    # naming its id; the first EVTDesk's plan.adapt named none and left 0.
    proposal["proposed_seq"] = seq if action == "plan.propose" or "id" in p else 0
    if action == "plan.adapt":
        proposal |= {key: p[key] for key in ("decided_by", "decided_on") if key in p}
    row = _id(p["id"]) if action == "plan.propose" or "id" in p else None
    return [Change("plan_adaptations", row, proposal, new=True)]


def _setting(seq: int, action: str, subject: str, p: dict[str, Any]) -> list[Change]:
    """A setting's value is the whole JSON `after`; each change replaces it."""
    return [Change("settings", _row(subject), {"value": p["after"]}, new=True)]


def _trust(seq: int, action: str, subject: str, p: dict[str, Any]) -> list[Change]:
    """A trusted key added (its term only since revision 0006), retired (a new end of
    term), or removed: the one row that must be gone."""
    if action == "trust.add":
        names = ("public_key", "name", "role", "valid_from", "valid_until")
        return [Change("trusted_keys", _row(subject), {k: p[k] for k in names if k in p}, new=True)]
    if action == "trust.retire":
        return [Change("trusted_keys", _row(subject), {"valid_until": p["until"]})]
    return [Change("trusted_keys", _row(subject), {}, gone=True)]


def statement_terms(subject: Any, approved: Any, terms: Any) -> dict[str, Any] | None:
    """The adaptation terms the store keeps for a statement (`adaptation_json`): an
    approved `ADAPT:` one keeps them (none given: none required, not waived), any other
    keeps none. `terms` holds `required` and `waived` (a signed row's `adaptation`, or the
    event's statement itself, which holds them beside its subject)."""
    if not (approved is True and str(subject).startswith(ADAPT_PREFIX)):
        return None
    terms = terms if isinstance(terms, Mapping) else {}
    return {"required": terms.get("required", {}), "waived": terms.get("waived", False)}


def _imported(seq: int, action: str, subject: str, p: dict[str, Any]) -> list[Change]:
    """One row per statement of an imported attestation, keyed by its id and subject."""
    common = {
        "supervisor_key": p["supervisor_key"],
        "bundle_manifest_sha256": p["bundle_manifest_sha256"],
        "source_sha256": p["sha256"],
    }
    changes = []
    for statement in p["statements"]:
        content = {key: statement[key] for key in CONTENT_KEYS if key in statement}
        values = common | {
            "approved": statement["approved"],
            "comment": statement.get("comment", ""),
            "adaptation": statement_terms(statement["subject"], statement["approved"], statement),
            "content": content or None,
        }
        key = (subject, str(statement["subject"]))
        changes.append(Change("attestations", key, values, new=True))
    return changes


def _attached(seq: int, action: str, subject: str, p: dict[str, Any]) -> list[Change]:
    """An attached file's entry, name, size and hash (the bytes are checked against
    the hash in `check`)."""
    values = {key: p[key] for key in ("entry_id", "filename", "sha256", "size")}
    return [Change("attachments", _row(subject), values, new=True)]


def _created(seq: int, action: str, subject: str, p: dict[str, Any]) -> list[Change]:
    """The logbook's id and its curriculum, which every count is measured against."""
    changes = [
        Change("meta", ("logbook_id",), {"value": subject}, new=True),
        Change("meta", ("curriculum_id",), {"value": p["curriculum_id"]}, new=True),
    ]
    if "owner_role" in p:  # a supervisor's logbook: whose it is decides what it offers
        changes.append(Change("meta", ("owner_role",), {"value": p["owner_role"]}, new=True))
    return changes


Rule = Callable[[int, str, str, dict[str, Any]], list[Change]]
RULES: dict[str, Rule] = {
    "logbook.create": _created,
    "period.add": _periods,
    "period.update": _periods,
    "period.withdraw": _periods,
    "exam_week.add": _approval,
    "exam_week.withdraw": _approval,
    "measure.done": _approval,
    "measure.reopen": _approval,
    "site.add": _added_or_updated("sites"),
    "site.update": _added_or_updated("sites"),
    "person.add": _added_or_updated("people"),
    "person.update": _added_or_updated("people"),
    "plan.propose": _plan,
    "plan.adapt": _plan,
    "plan.withdraw": _plan,
    "plan.set": _plan,
    "setting.set": _setting,
    "trust.add": _trust,
    "trust.retire": _trust,
    "trust.remove": _trust,
    "attestation.import": _imported,
    "file.attach": _attached,
}


@dataclass
class Folded:
    """Every row the events speak of, as they say it stands; the proposals recorded
    without an id, in order; and the events that could not be read."""

    rows: dict[tuple[str, RowKey], Recorded] = field(default_factory=dict)
    unnamed: list[Recorded] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def fold(events: Iterable[tuple[int, str, str, str]]) -> Folded:
    """The events `(seq, action, subject, payload)` in order, applied one by one."""
    folded = Folded()
    for seq, action, subject, payload in events:
        try:
            changes = RULES[action](seq, action, subject, json.loads(payload))
            if not all(isinstance(change.fields, dict) for change in changes):
                raise TypeError("an event's values are a JSON object")
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            folded.problems.append(
                f"event {seq} ({action}) cannot be read: its payload is not what EVTDesk writes"
            )
            continue
        for change in changes:
            if change.row is None:
                folded.unnamed.append(Recorded())
                folded.unnamed[-1].apply(change, seq, action)
                continue
            key = (change.table, change.row)
            if change.new or key not in folded.rows:
                folded.rows[key] = Recorded()
            folded.rows[key].apply(change, seq, action)
    return folded


def _events(session: Session) -> Iterable[tuple[int, str, str, str]]:
    """The events about records, in order; the entries' (nearly all of a long history)
    are left to `check.entry_problems`, so their payloads are not read twice."""
    query = (
        select(EventRow.seq, EventRow.action, EventRow.subject, EventRow.payload)
        .where(EventRow.action.in_(tuple(RULES)))
        .order_by(EventRow.seq)
    )
    return ((int(s), str(a), str(sub), str(p)) for s, a, sub, p in session.execute(query))


# --- what each table holds -----------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """How a table's rows are read for comparing: the columns that name a row, those
    compared, which hold yes/no, which hold JSON (read under another name), and how a
    row is named in a problem."""

    name: str
    key: tuple[str, ...]
    columns: tuple[str, ...]
    noun: Callable[[RowKey], str]
    flags: tuple[str, ...] = ()
    parsed: Mapping[str, str] = field(default_factory=dict)
    where: str = ""


def _numbered(noun: str) -> Callable[[RowKey], str]:
    """A row named as the user knows it: `work period 3`."""
    return lambda key: f"{noun} {key[0]}"


TABLES = (
    Table(
        "work_periods",
        ("id",),
        ("part", "start", "end", "fraction", "site_id", "description", "withdrawn")
        + ("withdrawn_reason",),
        _numbered("work period"),
        flags=("withdrawn",),
    ),
    Table(
        "exam_weeks",
        ("id",),
        ("start", "site_id", "note", "withdrawn", "withdrawn_reason"),
        _numbered("examination week"),
        flags=("withdrawn",),
    ),
    Table(
        "measure_marks",
        ("id",),
        ("measure", "done_on", "note", "withdrawn", "withdrawn_reason"),
        _numbered("measure mark"),
        flags=("withdrawn",),
    ),
    Table(
        "sites",
        ("id",),
        ("hospital", "unit", "procedures_per_year", "evt_per_year", "has_neurointervention")
        + ("supervisors", "trainees", "interventionists", "home"),
        _numbered("site"),
        flags=("has_neurointervention", "home"),
    ),
    Table(
        "people",
        ("id",),
        ("name", "role", "public_key", "years_as_operator", "evt_independent"),
        _numbered("person"),
    ),
    Table(
        "plan_adaptations",
        ("id",),
        ("item_id", "note", "required_json", "waived", "decided_by", "decided_on")
        + ("withdrawn", "proposed_seq"),
        _numbered("proposed adaptation"),
        flags=("waived", "withdrawn"),
        parsed={"required_json": "required"},
    ),
    Table(
        "settings", ("key",), ("value",), lambda key: f"setting {key[0]}", parsed={"value": "value"}
    ),
    Table(
        "trusted_keys",
        ("id",),
        ("public_key", "name", "role", "valid_from", "valid_until"),
        _numbered("trusted key"),
    ),
    Table(
        "attestations",
        ("attestation_id", "subject"),
        ("approved", "comment", "adaptation_json", "content_json", "supervisor_key")
        + ("bundle_manifest_sha256", "source"),
        lambda key: f"statement {key[1]} of attestation {key[0]}",
        flags=("approved",),
        parsed={"adaptation_json": "adaptation", "content_json": "content"},
    ),
    Table(
        "attachments",
        ("id",),
        ("entry_id", "filename", "sha256", "size"),
        _numbered("attached file"),
    ),
    Table(
        "meta",
        ("key",),
        ("value",),
        lambda key: f"the logbook's {key[0]}",
        where="WHERE key IN ('logbook_id', 'curriculum_id', 'owner_role')",
    ),
)


def _flag(value: Any) -> Any:
    """SQLite keeps yes/no as 1/0; anything else is shown as it is (and differs)."""
    return bool(value) if value in (0, 1) and not isinstance(value, float) else value


def _parsed(value: Any) -> Any:
    """A JSON column's value; text that is not JSON is kept as text (and differs)."""
    if value is None:
        return None
    try:
        return json.loads(value)
    except (ValueError, TypeError, RecursionError):
        return value


def as_bytes(value: Any) -> bytes:
    """A BLOB as bytes (text written into it with raw SQL comes back as str)."""
    return value if isinstance(value, bytes) else str(value).encode()


def read_rows(session: Session, table: Table) -> dict[RowKey, dict[str, Any]]:
    """Every row of `table`, read as SQLite holds it (no column type is trusted to parse:
    a date changed to nonsense is a difference to name, not a traceback)."""
    # [name], not "name": SQLite reads a double-quoted name no column has as a string
    names = ", ".join(f"[{c}]" for c in table.key + table.columns)
    rows: dict[RowKey, dict[str, Any]] = {}
    for row in session.execute(text(f"SELECT {names} FROM {table.name} {table.where}")):
        key = tuple(str(v) for v in row[: len(table.key)])
        values = dict(zip(table.columns, row[len(table.key) :], strict=True))
        for column in table.flags:
            values[column] = _flag(values[column])
        for column, name in table.parsed.items():
            values[name] = _parsed(values.pop(column))
        if "source" in values:
            values["source_sha256"] = hashlib.sha256(as_bytes(values.pop("source"))).hexdigest()
        rows[key] = values
    return rows


# --- comparing -----------------------------------------------------------------------------


def same(stored: Any, recorded: Any) -> bool:
    """Equal as values: 10.0 from a REAL column is the 10 an event recorded, but yes is
    not 1 and "1" is not 1; JSON is compared member by member."""
    if isinstance(stored, bool) or isinstance(recorded, bool):
        return isinstance(stored, bool) and isinstance(recorded, bool) and stored == recorded
    if isinstance(stored, int | float) and isinstance(recorded, int | float):
        # NaN is not equal to itself, yet a NaN kept is the NaN recorded
        return stored == recorded or (stored != stored and recorded != recorded)
    if isinstance(stored, dict) and isinstance(recorded, dict):
        return stored.keys() == recorded.keys() and all(
            same(stored[k], recorded[k]) for k in stored
        )
    if isinstance(stored, list) and isinstance(recorded, list):
        return len(stored) == len(recorded) and all(map(same, stored, recorded))
    return type(stored) is type(recorded) and bool(stored == recorded)


def shown(value: Any) -> str:
    """A value as a problem quotes it: yes/no, empty, a number, or text in quotes."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        words = value
    else:
        try:
            words = canonical_json(value)
        except (TypeError, ValueError, RecursionError):
            words = repr(value)
    return f"“{words if len(words) <= _SHOWN else words[: _SHOWN - 1] + '…'}”"


def _differences(stored: Mapping[str, Any], recorded: Recorded) -> list[str]:
    """Each field the events hold that the row does not, with both values and the event."""
    found = []
    for name, value in recorded.fields.items():
        if name in stored and not same(stored[name], value):
            seq, action = recorded.by[name]
            found.append(
                f"{name} is {shown(stored[name])} in the table, but event {seq} ({action}) "
                f"recorded {shown(value)}"
            )
    return found


def _pair_unnamed(
    name: str, rows: Mapping[RowKey, Any], folded: Folded
) -> dict[tuple[str, RowKey], Recorded]:
    """The events as they speak of `name`'s rows, with the proposals the first EVTDesk
    recorded without an id paired, in order, with the rows no add names (a withdrawal
    that named such a row by its id, later, still applies on top)."""
    recorded = {key: r for key, r in folded.rows.items() if key[0] == name}
    if name != "plan_adaptations" or not folded.unnamed:
        return recorded
    waiting = sorted(
        (k for k in rows if not (found := recorded.get((name, k))) or not found.added),
        key=lambda k: int(k[0]) if k[0].isdigit() else 0,
    )
    for key, added in zip(waiting, folded.unnamed, strict=False):
        later = recorded.get((name, key))
        merged = Recorded()
        merged.apply(Change(name, key, added.fields, new=True), *added.last)
        if later is not None:
            merged.fields.update(later.fields)
            merged.by.update(later.by)
            merged.last, merged.gone = later.last, later.gone
        recorded[(name, key)] = merged
    return recorded


def table_problems(
    table: Table, rows: Mapping[RowKey, Mapping[str, Any]], folded: Folded
) -> list[str]:
    """Each row against what its events recorded; a row no event made, a row an event
    made that is gone, a row an event removed that is still there."""
    recorded = _pair_unnamed(table.name, rows, folded)
    problems = []
    for key, stored in rows.items():
        where = f"{table.noun(key)} ({table.name})"
        found = recorded.get((table.name, key))
        if found is not None and found.gone:
            seq, action = found.last
            problems.append(f"{where} is in the table, but event {seq} ({action}) removed it")
        elif found is None:
            problems.append(f"{where} has no event that recorded it")
        elif not found.added:
            seq, action = found.last
            problems.append(
                f"{where} has no event that added it (event {seq} ({action}) changed it)"
            )
        elif differences := _differences(stored, found):
            problems.append(
                f"{where} differs from the events that recorded it: " + "; ".join(differences)
            )
    for (_name, key), found in sorted(recorded.items(), key=lambda item: item[1].last):
        if key not in rows and not found.gone:
            seq, action = found.last
            problems.append(
                f"{table.noun(key)} ({table.name}) is missing: event {seq} ({action}) "
                "recorded it, but the table has no such row"
            )
    return problems


def record_problems(session: Session) -> tuple[int, list[str]]:
    """How many rows were compared, and every difference between a table and its events."""
    folded = fold(_events(session))
    problems, count = list(folded.problems), 0
    for table in TABLES:
        try:
            rows = read_rows(session, table)
        except DBAPIError as error:  # dropped or reshaped with the raw key
            problems.append(f"the table {table.name} cannot be read: {error.orig}")
            continue
        count += len(rows)
        problems += table_problems(table, rows, folded)
    return count, problems
