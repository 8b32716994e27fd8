"""logbook.json carries everything the supervisor's engine reads, exactly."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from evtdesk.demo import create_demo
from evtdesk.exchange.logbook_json import logbook_json, snapshot_from_logbook_json
from evtdesk.store import FAST_TEST_KDF


def test_the_demo_round_trips_through_json_with_amendments_and_retractions(tmp_path: Path) -> None:
    logbook = create_demo(tmp_path / "demo.evtlog", kdf=FAST_TEST_KDF)
    evt = logbook.entries.list(kind="evt")[0]
    changed = dict(evt.fields) | {"passes": 3}
    base = {
        "kind": "evt",
        "date": evt.date.isoformat(),
        "role": evt.role,
        "case_number": evt.case_number,
    }
    logbook.entries.amend(evt.id, base | changed, "counted the passes again")
    logbook.entries.retract(logbook.entries.list(kind="ct_case")[0].id, "duplicate")
    snapshot = logbook.snapshot()
    histories = {evt.id: logbook.entries.history(evt.id)}
    data = logbook_json(
        snapshot,
        trainee=logbook.owner_name,
        curriculum_version="1",
        histories=histories,
        exported_at=datetime.now(UTC),
    )
    logbook.close(backup=False)

    text = json.dumps(data, ensure_ascii=False)
    # What supervisors said is not taken from the trainee's copy: the reader counts the
    # signed statements the bundle carries, so the rebuilt snapshot has none of its own.
    rebuilt = snapshot_from_logbook_json(json.loads(text))
    assert rebuilt == replace(
        snapshot, attestations=(), plan=replace(snapshot.plan, adaptations=())
    )
    assert snapshot.attestations and snapshot.plan.adaptations  # the demo has both
    amended = next(e for e in data["entries"] if e["id"] == evt.id)
    assert [h["revision"] for h in amended["history"]] == [1, 2]
    assert amended["history"][1]["reason"] == "counted the passes again"


def test_a_malformed_file_is_refused_with_a_reason() -> None:
    with pytest.raises(ValueError, match="not evtdesk-logbook/1"):
        snapshot_from_logbook_json({"format": "other"})
    with pytest.raises(ValueError, match="malformed"):
        snapshot_from_logbook_json({"format": "evtdesk-logbook/1", "entries": [{}]})


def _minimal(**changes: object) -> dict[str, object]:
    entry = {"id": "e1", "kind": "evt", "date": "2026-01-05", "role": "first_operator"}
    data: dict[str, object] = {
        "format": "evtdesk-logbook/1",
        "curriculum": {"id": "se-evt"},
        "chain": {"head": "ab" * 32, "seq": 3},
        "entries": [entry],
    }
    for key, value in changes.items():
        if key.startswith("entry_"):
            entry[key[6:]] = value
        else:
            data[key] = value
    return data


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"plan": [1]}, "plan is not an object"),
        ({"entry_notes": 5}, "entries[0].notes is not text"),
        ({"entry_date": 20260105}, "entries[0].date is not a date"),
        ({"entry_site_id": "1"}, "entries[0].site_id is not a whole number"),
        ({"entry_mtici": ["3"]}, "entries[0].mtici is not a single value"),
        ({"entry_created_at": "2026-01-05T10:00:00+02:00"}, "without a UTC offset"),
        ({"entries": {"e1": {}}}, "entries is not a list"),
        (
            {"plan": {"proposals": [{"item_id": "NI2", "required": {"x": "abc"}}]}},
            "x is not a number",
        ),
        (
            {"periods": [{"id": 1, "part": "NI", "start": "2026-01-01", "fraction": True}]},
            "fraction is not a number",
        ),
        ({"sites": [{"id": 1, "hospital": "S", "has_neurointervention": "yes"}]}, "true or false"),
        ({"chain": {"head": "x", "seq": "3"}}, "chain.seq is not a whole number"),
    ],
)
def test_type_confused_fields_are_named_not_crashed_on(
    changes: dict[str, object], named: str
) -> None:
    """A self-signed bundle can carry any JSON at all: each wrong type is a ValueError that
    names the field, which the supervisor's view shows, never an AttributeError."""
    with pytest.raises(ValueError, match=re.escape(named)):
        snapshot_from_logbook_json(_minimal(**changes))


def test_attachments_are_listed_with_their_entry_and_hash_but_not_their_bytes(
    tmp_path: Path,
) -> None:
    """A supervisor matches each appended certificate page to a hash the manifest covers."""
    logbook = create_demo(tmp_path / "demo.evtlog", kdf=FAST_TEST_KDF)
    course = logbook.entries.list(kind="course")[0]
    scan = b"%PDF-1.4\n% a scanned course certificate\n"
    logbook.records.attach("kursintyg.pdf", scan, entry_id=course.id)
    logbook.records.attach("plan.pdf", scan + b"% plan\n")
    files = logbook.records.attachments()
    data = logbook_json(
        logbook.snapshot(),
        trainee=logbook.owner_name,
        curriculum_version="1",
        histories={},
        exported_at=datetime.now(UTC),
        attachments=files,
    )
    logbook.close(backup=False)

    assert data["attachments"] == [
        {
            "entry_id": course.id,
            "filename": "kursintyg.pdf",
            "media_type": "application/pdf",
            "size": len(scan),
            "sha256": hashlib.sha256(scan).hexdigest(),
        },
        {
            "entry_id": None,
            "filename": "plan.pdf",
            "media_type": "application/pdf",
            "size": len(scan) + 7,
            "sha256": hashlib.sha256(scan + b"% plan\n").hexdigest(),
        },
    ]
    assert "a scanned course certificate" not in json.dumps(data), "the bytes stay out"
