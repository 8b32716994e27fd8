"""The supervisor keeps what he saw (issue 21): a trainee who restores a backup from
before a case he saw, adds entries and exports until her bundle's number passes his is
told apart from an honest next bundle. A newer bundle must keep every entry, revision
and retraction of the last bundle he kept, and place nothing new inside its history."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from evtdesk.cli import main
from evtdesk.exchange import export_bundle, open_bundle
from evtdesk.exchange.history import (
    AMENDED,
    CHANGED,
    INSERTED,
    MOVED,
    NAMED,
    NEW,
    RETRACTED,
    RETRACTION,
    VANISHED,
    compare,
    history_json,
    history_since,
)
from evtdesk.exchange.supervisor import BundleView
from evtdesk.exchange.trainees import overview_json, trainees_overview
from evtdesk.model import Entry
from evtdesk.signing.minisign import public_key_line, public_of
from evtdesk.store import Logbook, SeenBundle
from evtdesk.store.backup import make_backup, restore
from evtdesk.store.schema import EventRow
from tests.exchange.conftest import Pair, introduce
from tests.exchange.resign import logbook_of, with_logbook

TRAINEE_PASSPHRASE = "demo-logbook-passphrase"


def _export(pair: Pair, name: str) -> tuple[bytes, BundleView]:
    data = export_bundle(pair.trainee, pair.folder / name).path.read_bytes()
    return data, open_bundle(data, pair.supervisor, "en")


def _case(logbook: Logbook, day: str, case_number: str) -> Entry:
    """An angiography like the demo's, on `day`."""
    model = next(e for e in logbook.entries.list("angiography"))
    return logbook.entries.add(
        {
            "kind": "angiography",
            "date": day,
            "role": "first_operator",
            "case_number": case_number,
            "site_id": model.site_id,
            **model.fields,
        }
    )


def _restored(pair: Pair, backup: Path) -> None:
    """`evtdesk restore --from BACKUP`: her logbook as it was before the case."""
    path = pair.trainee.path
    pair.trainee.close(backup=False)
    restore(path, backup)
    pair.trainee = Logbook.open(path, TRAINEE_PASSPHRASE)


def _restore_attack(pair: Pair) -> tuple[Entry, Entry, list[tuple[bytes, BundleView]]]:
    """He verifies bundle 1 holding case X; she restores a backup from before X, records
    case Y and exports until her number passes his. Returns X, Y and her bundles."""
    introduce(pair)
    backup = make_backup(pair.trainee, reason="before-x")
    case_x = _case(pair.trainee, "2026-11-03", "AN-X")
    _data, first = _export(pair, "b1.evtbundle")
    assert first.freshness is not None and first.freshness.state == "first"
    _restored(pair, backup)
    assert all(e.id != case_x.id for e in pair.trainee.entries.list())
    case_y = _case(pair.trainee, "2026-11-04", "AN-Y")
    return case_x, case_y, [_export(pair, f"r{n}.evtbundle") for n in (1, 2, 3)]


def test_a_restored_logbook_numbered_past_his_bundle_says_the_case_is_gone(pair: Pair) -> None:
    case_x, _case_y, bundles = _restore_attack(pair)
    states = [view.freshness.state for _data, view in bundles if view.freshness]
    # her new 1 is another "number 1", her 2 names her 1, and her 3 would have read "newer"
    assert states == ["forked", "unlinked", "history_changed"]
    _data, third = bundles[2]
    assert third.freshness is not None and third.freshness.warning
    [warning] = [w for w in third.warnings if "history changed since bundle 1" in w]
    assert f"angiography 2026-11-03 (entry {case_x.id}) is gone" in warning
    assert third.history is not None and third.history.since_bundle == 1
    # case Y, recorded after the restore, was made at an event inside the history he saw
    [(gone, vanished), (_y, inserted)] = [(c.entry_id, c.what) for c in third.history.changes]
    assert (gone, vanished, inserted) == (case_x.id, VANISHED, INSERTED)
    assert "angiography 2026-11-04 (entry " in warning
    # the unlinked one says it too, and neither is remembered: bundle 1 stays his line
    _data, second = bundles[1]
    assert second.freshness is not None and "history changed since bundle 1" in (
        second.freshness.message
    )
    assert [b.sequence for b in pair.supervisor.records.seen_bundles(_key(pair))] == [1]


def _his_command(pair: Pair, monkeypatch: pytest.MonkeyPatch, *argv: str) -> str:
    """`evtdesk …` with HIS standing for his logbook file (closed meanwhile)."""
    his = pair.supervisor.path
    pair.supervisor.close(backup=False)
    monkeypatch.setenv("EVTDESK_PASSPHRASE", "supervisor pass")
    out = io.StringIO()
    try:
        with redirect_stdout(out):
            assert main([str(his) if a == "HIS" else a for a in argv]) == 0
    finally:
        pair.supervisor = Logbook.open(his, "supervisor pass")
    return out.getvalue()


def test_verify_prints_and_lists_it_as_json(pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    case_x, case_y, bundles = _restore_attack(pair)
    data, _view = bundles[2]
    path = pair.folder / "r3-again.evtbundle"
    path.write_bytes(data)
    document = json.loads(
        _his_command(pair, monkeypatch, "verify", str(path), "--logbook", "HIS", "--json")
    )
    text = _his_command(
        pair, monkeypatch, "verify", str(path), "--logbook", "HIS", "--language", "en"
    )
    assert document["freshness"]["state"] == "history_changed"
    assert document["history"] == {
        "changed": True,
        "since_bundle": 1,
        "vanished": [{"id": case_x.id, "kind": "angiography", "date": "2026-11-03"}],
        "changed_entries": [],
        "inserted": [{"id": case_y.id, "kind": "angiography", "date": "2026-11-04"}],
        "problem": None,
        # an entry placed inside the history he saw is a change, not news
        "since": {"new": [], "amended": [], "retracted": []},
    }
    assert any("history changed since bundle 1" in w for w in document["warnings"])
    assert "Since bundle 1 you saw: 0 new, 0 amended and 0 retracted entries" in text
    gone = f"angiography 2026-11-03 (entry {case_x.id}) is gone"
    assert f"WARNING: history changed since bundle 1 you saw: {gone}" in text


def test_an_honest_next_bundle_with_amendments_and_retractions_is_newer(pair: Pair) -> None:
    introduce(pair)
    first_data, first = _export(pair, "b1.evtbundle")
    entries = pair.trainee.entries.list("angiography")
    amended, retracted = entries[0], entries[1]
    changed = {
        "kind": "angiography",
        "date": amended.date.isoformat(),
        "role": "first_operator",
        "case_number": amended.case_number,
        "site_id": amended.site_id,
        **amended.fields,
    }
    pair.trainee.entries.amend(amended.id, changed, "was first operator")
    pair.trainee.entries.retract(retracted.id, "recorded twice")
    new = _case(pair.trainee, "2026-11-05", "AN-Z")
    _data, second = _export(pair, "b2.evtbundle")
    assert second.freshness is not None and second.freshness.state == "newer"
    assert second.history is not None and not second.history.changed
    # what he has not seen yet, for his reading of the new bundle
    said = {(c.entry_id, c.what) for c in second.history.since}
    assert said == {(new.id, NEW), (amended.id, AMENDED), (retracted.id, RETRACTED)}
    since = history_json(second.history)["since"]  # type: ignore[index]
    assert [e["id"] for e in since["new"]] == [new.id] and len(since["amended"]) == 1
    assert not second.freshness.warning
    assert not [w for w in second.warnings if "history" in w]
    pair.trainee.entries.amend(amended.id, changed | {"notes": "checked"}, "a note")
    _data, third = _export(pair, "b3.evtbundle")
    assert third.freshness is not None and third.freshness.state == "newer"
    assert third.history is not None and third.history.since_bundle == 2
    assert not third.history.changed
    [karin] = trainees_overview(pair.supervisor).rows
    assert karin.last_bundle is not None and karin.last_bundle.history_changed_since is None
    # ...and the first bundle still shows its history kept in the third
    kept = (pair.supervisor.records.seen_bundles(_key(pair))[0], first_data)
    assert third.verdict.logbook is not None
    history = history_since(kept, third.verdict.logbook)
    assert history is not None and history.since_bundle == 1 and not history.changed


def _key(pair: Pair) -> str:
    """Her key as his logbook remembers her bundles by it."""
    return public_key_line(public_of(pair.trainee.signing_key()))


def _document(pair: Pair) -> tuple[bytes, dict[str, Any]]:
    data = export_bundle(pair.trainee, pair.folder / "doc.evtbundle").path.read_bytes()
    return data, logbook_of(data)


def _entry(document: dict[str, Any], n: int) -> dict[str, Any]:
    entry = document["entries"][n]
    assert isinstance(entry, dict)
    return entry


def test_each_way_of_losing_what_he_saw_is_named(pair: Pair) -> None:
    """One rule at a time, on the bundle's logbook.json: a revision's content, its
    number, a retraction, where an entry was made, an entry put inside the history."""
    victim = pair.trainee.entries.list("angiography")[2]
    pair.trainee.entries.retract(victim.id, "wrong patient")
    _data, kept = _document(pair)
    seq = kept["chain"]["seq"]
    assert not compare(kept, kept, 1, seq).changed

    def after(change: Any) -> list[tuple[str, int | None]]:
        new = json.loads(json.dumps(kept))
        change(new)
        return [(c.what, c.revision) for c in compare(kept, new, 1, seq).changes]

    def notes(new: dict[str, Any]) -> None:
        _entry(new, 0)["notes"] = "rewritten"

    def number(new: dict[str, Any]) -> None:
        _entry(new, 0)["revision"] = 2

    def unretract(new: dict[str, Any]) -> None:
        [entry] = [e for e in new["entries"] if e["id"] == victim.id]
        entry["retracted"], entry["retraction_reason"] = False, None

    def reason(new: dict[str, Any]) -> None:
        [entry] = [e for e in new["entries"] if e["id"] == victim.id]
        entry["retraction_reason"] = "another reason"

    def moved(new: dict[str, Any]) -> None:
        _entry(new, 0)["created_seq"] += 1000

    def inserted(new: dict[str, Any]) -> None:
        new["entries"].append(_entry(new, 0) | {"id": "new-one", "created_seq": seq})

    def later(new: dict[str, Any]) -> None:
        new["entries"].append(_entry(new, 0) | {"id": "new-one", "created_seq": seq + 1})

    def kind(new: dict[str, Any]) -> None:
        _entry(new, 0)["kind"] = "ct_case"

    def twice(new: dict[str, Any]) -> None:
        new["entries"].append(dict(_entry(new, 0)))

    assert after(notes) == [(CHANGED, 1)]
    assert after(number) == [(CHANGED, 1)]  # revision 1 is gone, 2 is not what he saw
    assert after(unretract) == [(RETRACTION, None)]
    assert after(reason) == [(RETRACTION, None)]
    assert after(moved) == [(MOVED, None)]
    assert after(inserted) == [(INSERTED, None)]
    assert after(later) == []  # made after the bundle he saw: an honest new entry
    assert after(kind) == [(CHANGED, 1)]
    assert after(twice) == [(CHANGED, 1)]


def test_an_amended_revision_he_saw_must_stay_in_the_history(pair: Pair) -> None:
    entry = pair.trainee.entries.list("angiography")[0]
    raw = {"kind": "angiography", "date": entry.date.isoformat(), "role": entry.role}
    raw |= {"case_number": entry.case_number, "site_id": entry.site_id, **entry.fields}
    pair.trainee.entries.amend(entry.id, raw | {"notes": "second"}, "a note")
    _data, kept = _document(pair)
    pair.trainee.entries.amend(entry.id, raw | {"notes": "third"}, "another note")
    _data, new = _document(pair)
    seq = kept["chain"]["seq"]
    assert not compare(kept, new, 1, seq).changed
    [amended] = [e for e in new["entries"] if e["id"] == entry.id]
    amended["history"][1]["notes"] = "not what he saw"
    assert [(c.what, c.revision) for c in compare(kept, new, 1, seq).changes] == [(CHANGED, 2)]
    amended["history"] = amended["history"][2:]
    assert [(c.what, c.revision) for c in compare(kept, new, 1, seq).changes] == [(CHANGED, 1)]


def test_the_sentence_names_twenty_and_counts_the_rest(pair: Pair) -> None:
    _data, kept = _document(pair)
    new = dict(kept) | {"entries": kept["entries"][:-30]}
    history = compare(kept, new, 4, kept["chain"]["seq"])
    assert len(history.changes) == 30 and NAMED == 20
    assert history.sentence.count(" is gone") == 20
    assert "; and 10 more." in history.sentence
    assert history.sentence.startswith("history changed since bundle 4 you saw: ")


def test_hostile_or_damaged_input_is_said_never_a_traceback(pair: Pair) -> None:
    data, kept = _document(pair)
    seen = SeenBundle(
        "key", "id", 1, "0" * 64, None, kept["chain"]["seq"], "h", 1, datetime(2026, 11, 1)
    )
    for damaged in (b"", b"PK\x03\x04 not a zip", data[:-10], data):  # data: another hash
        history = history_since((seen, damaged), kept)
        assert history is not None and history.problem and not history.changed
        assert history.sentence.startswith("its history was not compared with bundle 1: ")
    hostile: list[Any] = [
        {},
        {"entries": "lots"},
        {"entries": [1, None, [], {"id": 7}, {"id": "x", "history": "no", "revision": "2"}]},
        {"entries": [{"id": "y", "history": [None, {"revision": True}], "created_seq": "1"}]},
        {"entries": [{"id": "\x1b[2J" + "a" * 100, "kind": {"a": 1}, "date": ["x"]}]},
    ]
    for document in hostile:
        compare(kept, document, 1, 10).sentence  # noqa: B018 — it is said, whatever it holds
        compare(document, kept, 1, 10).sentence  # noqa: B018
    [change] = compare(hostile[-1], {}, 1, 10).changes
    assert change.entry_id == "\\u001b[2J" + "a" * 31 + "…"


def test_a_bundle_kept_before_this_check_that_lost_a_case_is_flagged_in_trainees(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An EVTDesk before this check remembered her third bundle as newer: the Trainees
    view reads it against the one kept before it."""
    case_x, _case_y, bundles = _restore_attack(pair)
    data, third = bundles[2]
    manifest = third.verdict.manifest
    assert manifest is not None and third.verdict.created is not None
    pair.supervisor.records.record_seen_bundle(
        SeenBundle(
            signer_key=_key(pair),
            bundle_id=manifest["bundle_id"],
            sequence=manifest["sequence"],
            manifest_sha256=third.manifest_sha256,
            previous_manifest_sha256=manifest["previous_manifest_sha256"],
            chain_seq=manifest["chain"]["seq"],
            chain_head=manifest["chain"]["head"],
            entry_count=manifest["chain"]["entry_count"],
            created=third.verdict.created.replace(tzinfo=None),
        ),
        data,
    )
    overview = trainees_overview(pair.supervisor)
    [karin] = overview.rows
    assert karin.last_bundle is not None and karin.last_bundle.sequence == 3
    assert karin.last_bundle.history_changed_since == 1
    [row] = overview_json(overview)["trainees"]
    assert row["last_bundle"]["history_changed_since"] == 1
    assert case_x.id not in json.dumps(row)  # flagged here; verify of her next bundle names it
    text = _his_command(pair, monkeypatch, "trainees", "HIS", "--language", "en")
    assert "WARNING: it does not keep every entry you saw in bundle 1" in text


def test_a_resigned_bundle_with_a_rewritten_case_is_not_newer(pair: Pair) -> None:
    """A chain rewritten with the raw key shows as an old revision whose content changed,
    in a bundle whose number and link look right."""
    introduce(pair)
    _data, first = _export(pair, "b1.evtbundle")
    assert first.freshness is not None and first.freshness.state == "first"
    data = export_bundle(pair.trainee, pair.folder / "b2.evtbundle").path.read_bytes()
    document = logbook_of(data)
    target = _entry(document, 5)
    target["role"] = "first_operator" if target.get("role") != "first_operator" else "assistant"
    forged = with_logbook(data, pair.trainee.signing_key(), json.dumps(document).encode())
    view = open_bundle(forged, pair.supervisor, "en")
    assert view.verdict.valid, view.verdict.reasons
    assert view.freshness is not None and view.freshness.state == "history_changed"
    assert view.history is not None
    assert [(c.entry_id, c.what, c.revision) for c in view.history.changes] == [
        (target["id"], CHANGED, 1)
    ]
    assert f"(entry {target['id']}): revision 1 differs" in view.freshness.message


def test_he_can_accept_a_changed_history_and_his_logbook_records_what_he_let_go(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An honest restore after a lost disk would leave every later bundle "history
    changed" for ever. He reads what is gone and accepts that bundle: it becomes the one
    the next is read against (her next is newer), and his logbook's chain records the
    entries he let go. Without accepting, or for a bundle that is not history-changed,
    nothing is taken."""
    case_x, case_y, bundles = _restore_attack(pair)
    data, _view = bundles[2]
    path = pair.folder / "r3-accept.evtbundle"
    path.write_bytes(data)
    assert [b.sequence for b in pair.supervisor.records.seen_bundles(_key(pair))] == [1]
    his = pair.supervisor.path
    pair.supervisor.close(backup=False)
    monkeypatch.setenv("EVTDESK_PASSPHRASE", "supervisor pass")
    assert main(["verify", str(path), "--accept-changed-history"]) != 0  # needs his logbook
    unlinked = pair.folder / "r2-accept.evtbundle"  # names a bundle he never saw: not this
    unlinked.write_bytes(bundles[1][0])
    main(["verify", str(unlinked), "--logbook", str(his), "--accept-changed-history"])
    with Logbook.open(his, "supervisor pass") as logbook:
        assert [b.sequence for b in logbook.records.seen_bundles(_key(pair))] == [1]
    assert main(["verify", str(path), "--logbook", str(his), "--accept-changed-history"]) == 0
    pair.supervisor = Logbook.open(his, "supervisor pass")
    assert [b.sequence for b in pair.supervisor.records.seen_bundles(_key(pair))] == [1, 3]
    with pair.supervisor._read() as session:
        rows = session.scalars(select(EventRow).where(EventRow.action == "bundle.seen"))
        payloads = [json.loads(r.payload) for r in rows]
    assert "history_accepted" not in payloads[0]
    accepted = payloads[-1]["history_accepted"]
    assert accepted["since_bundle"] == 1 and accepted["count"] == 2
    assert [case_x.id, VANISHED, None] in accepted["changes"]
    assert [case_y.id, INSERTED, None] in accepted["changes"]
    # her next bundle continues the accepted one: newer, read against it
    _case(pair.trainee, "2026-11-06", "AN-W")
    _data, fourth = _export(pair, "r4.evtbundle")
    assert fourth.freshness is not None and fourth.freshness.state == "newer"


def test_two_entries_under_one_id_are_refused_not_compared(pair: Pair) -> None:
    """Re-signed by the trainee with two entries sharing an id, the bundle's contents are
    not shown: the comparison with what he saw, the validations and the week's pins all
    go by id, and could not tell the two apart."""
    introduce(pair)
    _export(pair, "b1.evtbundle")
    data = export_bundle(pair.trainee, pair.folder / "b2.evtbundle").path.read_bytes()
    document = logbook_of(data)
    document["entries"][1] = dict(document["entries"][1]) | {"id": document["entries"][0]["id"]}
    forged = with_logbook(data, pair.trainee.signing_key(), json.dumps(document).encode())
    view = open_bundle(forged, pair.supervisor, "en")
    assert view.progress is None and "is given twice" in view.problem
