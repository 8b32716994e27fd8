"""logbook.json carries everything the supervisor's engine reads, exactly."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from evtdesk.demo import create_demo
from evtdesk.logbook_json import logbook_json, snapshot_from_logbook_json
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
    assert snapshot_from_logbook_json(json.loads(text)) == snapshot
    amended = next(e for e in data["entries"] if e["id"] == evt.id)
    assert [h["revision"] for h in amended["history"]] == [1, 2]
    assert amended["history"][1]["reason"] == "counted the passes again"


def test_a_malformed_file_is_refused_with_a_reason() -> None:
    with pytest.raises(ValueError, match="not evtdesk-logbook/1"):
        snapshot_from_logbook_json({"format": "other"})
    with pytest.raises(ValueError, match="malformed"):
        snapshot_from_logbook_json({"format": "evtdesk-logbook/1", "entries": [{}]})


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
