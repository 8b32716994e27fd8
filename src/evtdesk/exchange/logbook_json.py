"""`logbook.json`: the whole logbook as data, for machines reading a bundle.

The supervisor's copy of EVTDesk rebuilds a `LogbookSnapshot` from it to show the
trainee's progress and entries, so `snapshot_from_logbook_json` is the exact inverse of
`logbook_json` for everything the curriculum engine reads from the trainee — entries,
periods, sites, people, the plan's settings and proposals. What supervisors said is not
taken from here but from the signed statements the bundle carries. The file comes from
someone else, so every value is checked for its type and a wrong one is named, with
the entry it is in and at most `SHOWN` characters of what it holds (escaped): enough to
find it, never a flood of someone else's text in the reader's terminal or window.
(Just over 400 lines: writing and reading the file are kept side by side, so a field added
to one is seen missing from the other.)
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime
from math import isfinite
from typing import Any, Protocol

from evtdesk.exchange.serialise import entry_to_dict, field_expectation, revision_to_dict
from evtdesk.model import (
    Entry,
    EntryRevision,
    ExamWeek,
    LogbookSnapshot,
    MeasureMark,
    Person,
    Proposal,
    Site,
    TrainingPlan,
    WorkPeriod,
)

FORMAT = "evtdesk-logbook/1"
SHOWN = 40  # characters of a wrong value (or an entry's id) a message quotes
ENTRY_KEYS = {
    "id",
    "kind",
    "date",
    "role",
    "case_number",
    "notes",
    "site_id",
    "revision",
    "retracted",
    "retraction_reason",
    "created_at",
    "changed_at",
    "history",
    "created_seq",
    "changed_seq",
}


class AttachedFile(Protocol):
    """What logbook.json states about an attached file (not its bytes): the store's
    `AttachmentInfo` and the report's `ReportAttachment` both qualify."""

    @property
    def entry_id(self) -> str | None: ...
    @property
    def filename(self) -> str: ...
    @property
    def media_type(self) -> str: ...
    @property
    def size(self) -> int: ...
    @property
    def sha256(self) -> str: ...


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value else None


def logbook_json(
    snapshot: LogbookSnapshot,
    *,
    trainee: str,
    curriculum_version: str,
    histories: Mapping[str, Sequence[EntryRevision]],
    exported_at: datetime,
    attachments: Sequence[AttachedFile] = (),
) -> dict[str, Any]:
    """Everything in the snapshot; amended entries carry their full history. `attachments`
    are listed in the order the report appends them (its "Bilaga n" is the n-th)."""
    head = logbook_json_head(
        snapshot,
        trainee=trainee,
        curriculum_version=curriculum_version,
        exported_at=exported_at,
        attachments=attachments,
    )
    return head | {"entries": list(entry_items(snapshot, histories))}


def entry_items(
    snapshot: LogbookSnapshot, histories: Mapping[str, Sequence[EntryRevision]]
) -> Iterator[dict[str, Any]]:
    """Each entry as logbook.json gives it, made when it is asked for: the export encodes
    them one by one (`exchange.export`), so 50 000 of them are never dicts at once."""
    for entry in snapshot.entries:
        item = entry_to_dict(entry) | {
            "created_seq": entry.created_seq,
            "changed_seq": entry.changed_seq,
        }
        if entry.id in histories:
            item["history"] = [revision_to_dict(r) for r in histories[entry.id]]
        yield item


def logbook_json_head(
    snapshot: LogbookSnapshot,
    *,
    trainee: str,
    curriculum_version: str,
    exported_at: datetime,
    attachments: Sequence[AttachedFile] = (),
) -> dict[str, Any]:
    """logbook.json without its entries, which come last (`entry_items`)."""
    plan = snapshot.plan
    return {
        "format": FORMAT,
        "exported_at": exported_at.isoformat(),
        "trainee": {"name": trainee},
        "curriculum": {"id": snapshot.curriculum_id, "version": curriculum_version},
        "chain": {"head": snapshot.chain_head, "seq": snapshot.chain_seq},
        "people": [vars(p) for p in snapshot.people],
        "sites": [vars(s) for s in snapshot.sites],
        # the logistics references she entered, with source and year: the supervisor's
        # view judges Q4 against the same figures as hers
        "quality_references": dict(snapshot.quality_references),
        "periods": [
            {
                "id": p.id,
                "part": p.part,
                "start": _iso(p.start),
                "end": _iso(p.end),
                "fraction": p.fraction,
                "site_id": p.site_id,
                "description": p.description,
            }
            for p in snapshot.periods
        ],
        "plan": {
            "mri_primary": plan.mri_primary,
            "note": plan.note,
            "adaptations": [
                {
                    "item_id": a.item_id,
                    "note": a.note,
                    "required": dict(a.required),
                    "waived": a.waived,
                    "decided_by": a.decided_by,
                    "decided_on": _iso(a.decided_on),
                }
                for a in plan.adaptations
            ],
            "proposals": [
                {
                    "id": p.id,
                    "item_id": p.item_id,
                    "note": p.note,
                    "required": dict(p.required),
                    "waived": p.waived,
                    "proposed_on": _iso(p.proposed_on),
                    "proposed_seq": p.proposed_seq,
                }
                for p in plan.proposals
            ],
        },
        "attestations": [
            {
                "id": a.id,
                "subject": a.subject,
                "approved": a.approved,
                "comment": a.comment,
                "supervisor_name": a.supervisor_name,
                "supervisor_key": a.supervisor_key,
                "signed_at": _iso(a.signed_at),
                "bundle_manifest_sha256": a.bundle_manifest_sha256,
                "bundle_sequence": a.bundle_sequence,
                "basis_seq": a.basis_seq,
            }
            for a in snapshot.attestations
        ],
        "exam_weeks": [
            {"id": w.id, "start": _iso(w.start), "site_id": w.site_id, "note": w.note}
            for w in snapshot.exam_weeks
        ],
        "measure_marks": [
            {"id": m.id, "measure": m.measure, "done_on": _iso(m.done_on), "note": m.note}
            for m in snapshot.measure_marks
        ],
        "attachments": [
            {
                "entry_id": a.entry_id,
                "filename": a.filename,
                "media_type": a.media_type,
                "size": a.size,
                "sha256": a.sha256,
            }
            for a in attachments
        ],
    }


class _Fields:
    """Typed reads from an untrusted JSON object: every value has the type the snapshot
    needs, or ValueError names where it is wrong (`entries[3].notes is not text`)."""

    def __init__(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise ValueError(f"{where} is not an object")
        self.value, self.where = value, where
        self.about = ""  # " (entry "…")": which entry, once its id is read

    def _get(self, key: str, optional: bool) -> Any:
        if key not in self.value or self.value[key] is None:
            if optional:
                return None
            raise ValueError(f"{self.where}.{key} is missing")
        return self.value[key]

    def _wrong(self, key: str, what: str) -> ValueError:
        """`entries[3].hours is not a number; it holds "lots" (entry "e7")`."""
        return ValueError(
            f"{self.where}.{key} is not {what}; it holds {shown(self.value.get(key))}{self.about}"
        )

    def text(self, key: str, default: str | None = None) -> str:
        value = self._get(key, default is not None)
        if value is None:
            return default or ""
        if not isinstance(value, str):
            raise self._wrong(key, "text")
        return value

    def maybe_text(self, key: str) -> str | None:
        value = self._get(key, True)
        if value is not None and not isinstance(value, str):
            raise self._wrong(key, "text")
        return value

    def whole(self, key: str, default: int | None = None) -> int:
        value = self._get(key, default is not None)
        if value is None:
            return default or 0
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._wrong(key, "a whole number")
        return value

    def maybe_whole(self, key: str) -> int | None:
        return self.whole(key) if self._get(key, True) is not None else None

    def maybe_number(self, key: str) -> float | None:
        return self.number(key) if self._get(key, True) is not None else None

    def number(self, key: str) -> float:
        value = self._get(key, False)
        if not isinstance(value, int | float) or isinstance(value, bool) or not isfinite(value):
            raise self._wrong(key, "a number")
        return float(value)

    def flag(self, key: str) -> bool:
        value = self._get(key, True)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self._wrong(key, "true or false")
        return value

    def day(self, key: str, optional: bool = False) -> date | None:
        value = self._get(key, optional)
        if value is None:
            return None
        try:
            return date.fromisoformat(value) if isinstance(value, str) else _not(value)
        except (ValueError, TypeError):
            raise self._wrong(key, "a date (YYYY-MM-DD)") from None

    def moment(self, key: str) -> datetime | None:
        """A naive local time, as the logbook keeps it; a time with an offset is refused
        rather than compared with naive ones."""
        value = self._get(key, True)
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(value) if isinstance(value, str) else _not(value)
        except (ValueError, TypeError):
            raise self._wrong(key, "a date and time") from None
        if moment.tzinfo is not None:
            raise self._wrong(key, "a time without a UTC offset")
        return moment

    def objects(self, key: str) -> list[_Fields]:
        value = self._get(key, True)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self._wrong(key, "a list")
        return [_Fields(item, f"{self.where}.{key}[{n}]") for n, item in enumerate(value)]

    def child(self, key: str) -> _Fields:
        value = self._get(key, True)
        return _Fields({} if value is None else value, f"{self.where}.{key}")

    def numbers(self, key: str) -> dict[str, float]:
        """Required numbers: each 0 or more (a negative one means nothing and no
        supervisor's EVTDesk will sign it)."""
        mapping = self.child(key)
        found = {name: mapping.number(name) for name in mapping.value}
        for name, value in found.items():
            if value < 0:
                raise ValueError(f"{mapping.where}.{name} is negative")
        return found


def _distinct_sites(sites: tuple[Site, ...]) -> None:
    """Site ids are whole numbers from 1, each once: a declaration names a site by its id,
    and two sites under one id would let the one signed for stand for the other."""
    ids = [s.id for s in sites]
    if any(i < 1 for i in ids) or len(set(ids)) != len(ids):
        raise ValueError("sites must have distinct ids of 1 or more")


def _distinct_entries(entries: tuple[Entry, ...]) -> None:
    """Each entry once: a case is validated, pinned by a week's verdict and compared with
    the bundle he kept by its id, and two entries under one id would let what he saw of
    one stand for the other (the comparison cannot tell which is which)."""
    seen: set[str] = set()
    for entry in entries:
        if entry.id in seen:
            raise ValueError(f"the entry id {shown(entry.id)} is given twice")
        seen.add(entry.id)


def _not(value: Any) -> Any:
    raise TypeError(type(value).__name__)


def shown(value: Any) -> str:
    """`value` as a message quotes it: a list or object by what it is, anything else as
    JSON of at most SHOWN characters with every unprintable character escaped (an escape
    sequence or a right-to-left mark in a bundle must not steer the reader's terminal)."""
    if isinstance(value, list | dict):
        return "a list" if isinstance(value, list) else "an object"
    text = json.dumps(value[: SHOWN + 1] if isinstance(value, str) else value, ensure_ascii=False)
    if isinstance(value, str):
        text = text[1:-1]
    text = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)
    text = text[:SHOWN] + ("…" if len(text) > SHOWN else "")
    return f'"{text}"' if isinstance(value, str) else text


_SCALARS = (str, int, float, bool, type(None))


def _entry(item: _Fields) -> Entry:
    """An entry whose every field has the type its kind declares (`field_expectation`):
    the curriculum engine computes with them as they are."""
    entry_id, kind = item.text("id"), item.text("kind")
    item.about = f" (entry {shown(entry_id)})"
    fields = {k: v for k, v in item.value.items() if k not in ENTRY_KEYS}
    for name, value in fields.items():
        if not isinstance(value, _SCALARS):
            raise item._wrong(name, "a single value")
        expected = field_expectation(kind, name, value)
        if expected is not None:
            raise item._wrong(name, expected)
    day = item.day("date")
    assert day is not None
    return Entry(
        id=entry_id,
        kind=kind,
        date=day,
        role=item.maybe_text("role"),
        case_number=item.maybe_text("case_number"),
        notes=item.text("notes", ""),
        fields=fields,
        site_id=item.maybe_whole("site_id"),
        revision=item.whole("revision", 1),
        created_at=item.moment("created_at"),
        changed_at=item.moment("changed_at"),
        created_seq=item.whole("created_seq", 0),
        changed_seq=item.whole("changed_seq", 0),
        retracted=item.flag("retracted"),
        retraction_reason=item.maybe_text("retraction_reason"),
    )


def _period(p: _Fields) -> WorkPeriod:
    start = p.day("start")
    assert start is not None
    return WorkPeriod(
        p.whole("id"),
        p.text("part"),
        start,
        p.day("end", optional=True),
        p.number("fraction"),
        p.maybe_whole("site_id"),
        p.text("description", ""),
    )


def _proposal(p: _Fields) -> Proposal:
    return Proposal(
        id=p.whole("id", 0),
        item_id=p.text("item_id"),
        note=p.text("note", ""),
        required=p.numbers("required"),
        waived=p.flag("waived"),
        proposed_on=p.day("proposed_on", optional=True),
        proposed_seq=p.whole("proposed_seq", 0),
    )


def _week(w: _Fields) -> ExamWeek:
    start = w.day("start")
    assert start is not None
    return ExamWeek(w.whole("id"), start, w.whole("site_id"), w.text("note", ""))


def _mark(m: _Fields) -> MeasureMark:
    """The trainee's mark on a measure: her account. A mark naming no measure that a
    counting statement holds marks nothing (`evtdesk.curriculum.approval`)."""
    done_on = m.day("done_on")
    assert done_on is not None
    return MeasureMark(m.whole("id"), m.text("measure"), done_on, m.text("note", ""))


def snapshot_from_logbook_json(data: Mapping[str, Any]) -> LogbookSnapshot:
    """Rebuild the snapshot a supervisor evaluates; raises ValueError naming what is wrong.

    The statements it carries (`attestations`, the plan's `adaptations`) are the trainee's
    copies and are not read here: the reader counts only signed statements it has checked
    (`evtdesk.bundle.standing`), and puts those into the snapshot itself."""
    top = _Fields(data, "logbook.json")
    if data.get("format") != FORMAT:
        raise ValueError(f"logbook.json is not {FORMAT}")
    try:
        plan = top.child("plan")
        chain = top.child("chain")
        snapshot = LogbookSnapshot(
            curriculum_id=top.child("curriculum").text("id"),
            entries=tuple(_entry(e) for e in top.objects("entries")),
            periods=tuple(_period(p) for p in top.objects("periods")),
            attestations=(),
            plan=TrainingPlan(
                mri_primary=plan.flag("mri_primary"),
                note=plan.text("note", ""),
                proposals=tuple(_proposal(p) for p in plan.objects("proposals")),
            ),
            people=tuple(
                Person(
                    p.whole("id"),
                    p.text("name"),
                    p.text("role"),
                    p.maybe_text("public_key"),
                    p.maybe_text("email"),
                    p.maybe_number("years_as_operator"),
                    p.maybe_whole("evt_independent"),
                )
                for p in top.objects("people")
            ),
            sites=tuple(
                Site(
                    s.whole("id"),
                    s.text("hospital"),
                    s.text("unit", ""),
                    s.maybe_whole("procedures_per_year"),
                    s.maybe_whole("evt_per_year"),
                    s.flag("has_neurointervention"),
                    s.maybe_whole("supervisors"),
                    s.maybe_whole("trainees"),
                    s.maybe_whole("interventionists"),
                    s.flag("home"),
                )
                for s in top.objects("sites")
            ),
            chain_head=chain.text("head"),
            chain_seq=chain.whole("seq"),
            exam_weeks=tuple(_week(w) for w in top.objects("exam_weeks")),
            measure_marks=tuple(_mark(m) for m in top.objects("measure_marks")),
            quality_references=top.child("quality_references").value,
        )
        _distinct_sites(snapshot.sites)
        _distinct_entries(snapshot.entries)
        return snapshot
    except ValueError as error:
        raise ValueError(
            f"logbook.json is malformed: {error}. EVTDesk does not write such a file; ask the "
            "trainee to export the bundle again from EVTDesk"
        ) from None
