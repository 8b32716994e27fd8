"""Trainee exports, supervisor verifies and attests, trainee imports: the whole loop."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from datetime import date
from typing import Any

import pytest

from evtdesk.bundle.attestation import AttestationRefused
from evtdesk.curriculum import evaluate, load_curriculum
from evtdesk.exchange import (
    export_bundle,
    identity_info,
    import_attestation,
    open_bundle,
    write_attestation,
)
from evtdesk.model import Statement
from evtdesk.store import LogbookError
from tests.exchange.conftest import Pair, introduce


def test_an_exported_bundle_checks_out_with_minisign_and_sha256sum(pair: Pair) -> None:
    if shutil.which("minisign") is None:
        pytest.skip("minisign is not installed (scripts/test installs it)")
    head = pair.trainee.chain_head()
    result = export_bundle(pair.trainee, pair.folder / "b1.evtbundle", "sv")
    out = pair.folder / "unzipped"
    with zipfile.ZipFile(result.path) as archive:
        assert sorted(archive.namelist()) == [
            "logbook.json",
            "manifest.json",
            "manifest.json.minisig",
            "report.pdf",
            "statements.json",
        ]
        archive.extractall(out)
    line = identity_info(pair.trainee).public_key_line
    check = subprocess.run(
        ["minisign", "-Vm", str(out / "manifest.json"), "-P", line], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    for listed in manifest["files"]:
        assert hashlib.sha256((out / listed["name"]).read_bytes()).hexdigest() == listed["sha256"]
    assert (manifest["chain"]["head"], manifest["chain"]["seq"]) == (head.hash, head.seq)
    assert manifest["curriculum"] == {"id": "se-evt", "version": load_curriculum("se-evt").version}


def test_bundles_are_numbered_and_chained(pair: Pair) -> None:
    first = export_bundle(pair.trainee, pair.folder / "b1.evtbundle")
    second = export_bundle(pair.trainee, pair.folder / "b2.evtbundle")
    with zipfile.ZipFile(second.path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert (first.sequence, second.sequence) == (1, 2)
    assert manifest["previous_manifest_sha256"] == first.manifest_sha256


def test_the_supervisor_sees_an_untrusted_key_until_trusting_it(pair: Pair) -> None:
    data = export_bundle(pair.trainee, pair.folder / "b.evtbundle").path.read_bytes()
    view = open_bundle(data, pair.supervisor)
    assert not view.verdict.valid and not view.verdict.trusted
    assert identity_info(pair.trainee).fingerprint in " ".join(view.verdict.reasons)
    introduce(pair)
    view = open_bundle(data, pair.supervisor)
    assert view.verdict.valid, view.verdict.reasons
    assert view.progress is not None
    trainee_progress = evaluate(load_curriculum("se-evt"), pair.trainee.snapshot(), date.today())
    assert view.progress.item("NI2").conditions == trainee_progress.item("NI2").conditions


def test_attestations_come_back_and_turn_items_attested(pair: Pair) -> None:
    introduce(pair)
    data = export_bundle(pair.trainee, pair.folder / "b.evtbundle").path.read_bytes()
    view = open_bundle(data, pair.supervisor)
    out = write_attestation(
        pair.supervisor,
        view,
        [Statement("NI.WEEK1", True, "Bra första vecka"), Statement("NI.SITE", True, "")],
        pair.folder / "a.evtattest",
    )
    accepted = import_attestation(pair.trainee, out.read_bytes())
    assert accepted.supervisor_name == "Erik Holm"
    progress = evaluate(load_curriculum("se-evt"), pair.trainee.snapshot(), date.today())
    assert progress.item("NI.WEEK1").state == "attested"
    assert progress.item("NI.WEEK1").attestation.comment == "Bra första vecka"
    with pytest.raises(AttestationRefused, match="(?i)before|replay|already"):
        import_attestation(pair.trainee, out.read_bytes())


def test_an_attestation_about_entries_amended_since_is_stale(pair: Pair) -> None:
    introduce(pair)
    data = export_bundle(pair.trainee, pair.folder / "b.evtbundle").path.read_bytes()
    view = open_bundle(data, pair.supervisor)
    out = write_attestation(
        pair.supervisor, view, [Statement("NI1", True, "")], pair.folder / "a.evtattest"
    )
    import_attestation(pair.trainee, out.read_bytes())
    angio = next(e for e in pair.trainee.entries.list("angiography") if e.role == "first_operator")
    raw = {
        "kind": "angiography",
        "date": angio.date.isoformat(),
        "role": "second_operator",
        **angio.fields,
    }
    pair.trainee.entries.amend(angio.id, raw, "was second operator")
    item = evaluate(load_curriculum("se-evt"), pair.trainee.snapshot(), date.today()).item("NI1")
    assert item.state == "attested" and item.stale


def test_an_attestation_from_an_untrusted_supervisor_is_refused(pair: Pair) -> None:
    from evtdesk.exchange import trust_key

    trust_key(pair.supervisor, identity_info(pair.trainee).public_key_text, "Karin", "trainee")
    data = export_bundle(pair.trainee, pair.folder / "b.evtbundle").path.read_bytes()
    out = write_attestation(
        pair.supervisor,
        open_bundle(data, pair.supervisor),
        [Statement("NI1", True, "")],
        pair.folder / "a.evtattest",
    )
    with pytest.raises(AttestationRefused, match="with a key you do not trust as a supervisor.s"):
        import_attestation(pair.trainee, out.read_bytes())
    assert pair.trainee.records.attestations()[-1].subject != "NI1"


def test_a_refusal_needs_a_reason(pair: Pair) -> None:
    introduce(pair)
    data = export_bundle(pair.trainee, pair.folder / "b.evtbundle").path.read_bytes()
    view = open_bundle(data, pair.supervisor)
    with pytest.raises(Exception, match="why"):
        write_attestation(
            pair.supervisor, view, [Statement("NI1", False, " ")], pair.folder / "a.evtattest"
        )
    assert not (pair.folder / "a.evtattest").exists()


def test_a_statement_in_a_bundle_checks_out_with_minisign_as_documented(pair: Pair) -> None:
    """docs/bundle-format.md, "Checking a statement without EVTDesk", step by step."""
    if shutil.which("minisign") is None:
        pytest.skip("minisign is not installed (scripts/test installs it)")
    introduce(pair)
    first = export_bundle(pair.trainee, pair.folder / "b1.evtbundle").path.read_bytes()
    view = open_bundle(first, pair.supervisor)
    answer = write_attestation(
        pair.supervisor, view, [Statement("NI1", True, "")], pair.folder / "a.evtattest"
    )
    import_attestation(pair.trainee, answer.read_bytes())
    second = export_bundle(pair.trainee, pair.folder / "b2.evtbundle")
    out = pair.folder / "unzipped"
    with zipfile.ZipFile(second.path) as archive:
        archive.extractall(out)
    count = len(json.loads((out / "statements.json").read_text())["attestations"])
    supervisor_line = identity_info(pair.supervisor).public_key_line
    checked = []
    for n in range(count):  # the demo's own statement is signed by the demo's key
        extract = (
            'import json,sys; print(json.load(open("statements.json"))'
            '["attestations"][int(sys.argv[1])], end="")'
        )
        text = subprocess.run(
            [sys.executable, "-c", extract, str(n)], cwd=out, capture_output=True, text=True
        ).stdout
        (out / "a.evtattest").write_text(text)
        payload = subprocess.run(
            [
                sys.executable,
                "-c",
                "import json,sys; print(json.dumps(json.load(sys.stdin)['attestation'], "
                "sort_keys=True, ensure_ascii=False, indent=2))",
            ],
            input=text,
            capture_output=True,
            text=True,
        ).stdout
        (out / "payload.json").write_text(payload)
        (out / "payload.json.minisig").write_text(json.loads(text)["minisig"])
        result = subprocess.run(
            ["minisign", "-Vm", str(out / "payload.json"), "-P", supervisor_line],
            capture_output=True,
            text=True,
        )
        checked.append(result.returncode == 0)
    assert checked.count(True) == 1  # Erik's own; the demo's is another key's


def test_the_data_file_holds_every_entry_as_readable_json(pair: Pair) -> None:
    """logbook.json is written piece by piece (for memory); it must still be whole, every
    entry in it, and indented one space as a supervisor reading it expects."""
    result = export_bundle(pair.trainee, pair.folder / "b.evtbundle")
    with zipfile.ZipFile(result.path) as archive:
        raw = archive.read("logbook.json")
    data = json.loads(raw)
    assert len(data["entries"]) == pair.trainee.entries.count(include_retracted=True)
    assert raw == json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def test_the_app_and_the_command_line_refuse_alike_to_sign_about_an_older_bundle(
    pair: Pair,
) -> None:
    """One signing rule (issue 21): a statement about a bundle older than one he saw
    would be outranked by what he said about the newer one, so the app's path refuses it
    as the command line does, unless he signs about it on purpose."""
    introduce(pair)
    older = export_bundle(pair.trainee, pair.folder / "b1.evtbundle").path.read_bytes()
    newer = export_bundle(pair.trainee, pair.folder / "b2.evtbundle").path.read_bytes()
    open_bundle(newer, pair.supervisor)  # he has seen bundle 2
    view = open_bundle(older, pair.supervisor)
    refusal = [Statement("K1a", False, "Fler fall")]
    with pytest.raises(LogbookError, match="Not signed: .*add --force"):
        write_attestation(pair.supervisor, view, refusal, pair.folder / "late.evtattest")
    assert not (pair.folder / "late.evtattest").exists()
    on_purpose = write_attestation(
        pair.supervisor, view, refusal, pair.folder / "late.evtattest", about_older=True
    )
    assert on_purpose.exists()


def test_the_logistics_references_travel_so_both_sides_judge_q4_alike(pair: Pair) -> None:
    """One judge (issue 22): the references she entered are in the snapshot the engine
    judges and in her bundle, so her Q4 and her supervisor's view of it read the same."""
    from evtdesk.curriculum.outcomes.logistics import INTERVAL_KEYS
    from evtdesk.curriculum.outcomes.references import (
        REFERENCES_SETTING,
        ReferenceValue,
        references_to_setting,
    )

    introduce(pair)
    references = {k: ReferenceValue(k, 30.0, "Riksstroke 2025", 2025) for k in INTERVAL_KEYS}
    pair.trainee.records.set_setting(REFERENCES_SETTING, references_to_setting(references))
    hers = pair.trainee.snapshot()
    assert hers.quality_references == references_to_setting(references)
    data = export_bundle(pair.trainee, pair.folder / "b1.evtbundle").path.read_bytes()
    view = open_bundle(data, pair.supervisor, "en")
    assert view.snapshot is not None and view.progress is not None
    assert view.snapshot.quality_references == hers.quality_references
    mine = evaluate(load_curriculum("se-evt"), hers, date.today(), "en").item("Q4")
    assert view.progress.item("Q4").details == mine.details


@pytest.mark.parametrize(
    "entries",
    [[], [{"id": "a"}], [{"id": "a", "history": [{"fields": {"x": [1, "b\nc"]}}]}, {"id": "ö"}]],
)
def test_the_entries_encoded_one_by_one_give_the_same_bytes_as_one_dump(entries: Any) -> None:
    """No entries, one, and one nested with a newline inside a string: the file encoded
    as the entries are made is what one `json.dumps` of the whole would write."""
    from evtdesk.exchange.export import _data_json

    head = {"format": "f", "people": [{"name": "Karin"}], "plan": {"adaptations": []}}
    whole = json.dumps(head | {"entries": entries}, ensure_ascii=False, indent=1)
    assert _data_json(head, iter(entries)) == whole.encode("utf-8")
