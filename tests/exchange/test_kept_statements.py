"""What a bundle once carried stays in the supervisor's view.

A trainee chooses which statements her next bundle carries. The main supervisor's own
are kept when he signs them; the others (the hospital's readiness, a co-supervisor's
report) are kept when a bundle that carried them is kept, so leaving one out of a later
bundle changes nothing he sees, and a report he has read is marked so.
"""

from __future__ import annotations

import json

import pytest

from evtdesk.bundle.attestation import make_attestation
from evtdesk.cli import main
from evtdesk.exchange import (
    export_bundle,
    identity_info,
    import_attestation,
    open_bundle,
)
from evtdesk.exchange.reports_read import mark_reports_read
from evtdesk.exchange.supervisor import BundleView
from evtdesk.exchange.trainees import trainees_overview
from evtdesk.model import Statement
from evtdesk.store import Logbook
from tests.exchange.conftest import Pair, colleague, introduce, rebundled
from tests.exchange.resign import logbook_of, with_logbook


def _export(pair: Pair, name: str) -> tuple[bytes, BundleView]:
    data = export_bundle(pair.trainee, pair.folder / name).path.read_bytes()
    return data, open_bundle(data, pair.supervisor, "en")


def _hospital(pair: Pair) -> Logbook:
    """The hospital's representative, trusted by the trainee and the main supervisor."""
    return colleague(pair, "Region Norr", "hospital")


def _signed(signer: Logbook, data: bytes, *statements: Statement) -> bytes:
    view = open_bundle(data, signer)
    assert view.manifest is not None
    return make_attestation(
        signer.signing_key(), signer.owner_name, view.manifest, view.manifest_sha256, statements
    )


def test_a_refusal_the_hospital_signed_stands_when_her_next_bundle_leaves_it_out(
    pair: Pair,
) -> None:
    introduce(pair)
    hospital = _hospital(pair)
    first, _ = _export(pair, "b1.evtbundle")
    refusal = _signed(hospital, first, Statement("H5", False, "Ingen jour dygnet runt"))
    hospital.close(backup=False)
    import_attestation(pair.trainee, refusal)
    _second, seen = _export(pair, "b2.evtbundle")  # he opens it: the refusal is kept
    assert seen.progress is not None
    assert "Ingen jour" in seen.progress.item("H5").rejection

    third = export_bundle(pair.trainee, pair.folder / "b3.evtbundle").path.read_bytes()
    view = open_bundle(rebundled(pair.trainee, third, []), pair.supervisor, "en")

    [statement] = [s for s in view.statements if s.subject == "H5"]
    assert (statement.standing, statement.by, statement.carried) == (
        "trusted",
        "Region Norr",
        False,
    )
    assert view.progress is not None and "Ingen jour" in view.progress.item("H5").rejection
    assert any("leaves out 1 statement" in w for w in view.warnings)


def test_a_statement_is_kept_once_and_only_from_a_bundle_he_kept(pair: Pair) -> None:
    introduce(pair)
    hospital = _hospital(pair)
    first, _ = _export(pair, "b1.evtbundle")
    readiness = _signed(hospital, first, Statement("H5", True, ""))
    hospital.close(backup=False)
    import_attestation(pair.trainee, readiness)
    trainee_key = identity_info(pair.trainee).public_key_line

    def kept() -> list[tuple[int, str]]:
        return [
            (k.bundle_sequence, k.attestation_id)
            for k in pair.supervisor.records.kept_statements(trainee_key)
            if k.source == readiness
        ]

    second = export_bundle(pair.trainee, pair.folder / "b2.evtbundle").path.read_bytes()
    open_bundle(second, pair.supervisor, "en", remember=False)  # looked at, not kept
    assert kept() == []
    open_bundle(second, pair.supervisor, "en")
    _third, _ = _export(pair, "b3.evtbundle")  # carries the same file again
    assert [sequence for sequence, _id in kept()] == [2]


def _reports(pair: Pair) -> tuple[int, int]:
    [karin] = trainees_overview(pair.supervisor).rows
    return karin.reports, karin.unread_reports


def test_a_report_he_marks_read_is_no_longer_counted_unread(pair: Pair) -> None:
    """Her co-supervisor's approval of NI1 is a report to him (S4): his Trainees view
    counts it unread until he marks it read, and only once."""
    introduce(pair)
    co = colleague(pair, "Sara Nyberg", "co_supervisor")
    first, _ = _export(pair, "b1.evtbundle")
    import_attestation(pair.trainee, _signed(co, first, Statement("NI1", True, "Sett fem fall")))
    co.close(backup=False)
    _second, view = _export(pair, "b2.evtbundle")
    assert _reports(pair) == (1, 1)

    assert mark_reports_read(pair.supervisor, view) == 1
    assert _reports(pair) == (1, 0)
    assert mark_reports_read(pair.supervisor, view) == 0
    key = identity_info(pair.trainee).public_key_line
    ids = [r.id for r in view.progress.reports] if view.progress else []
    assert ids and pair.supervisor.records.mark_statements_read(key, ids) == 0  # read once


def test_verify_marks_the_reports_it_shows_read_with_his_logbook_only(
    pair: Pair, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    introduce(pair)
    co = colleague(pair, "Sara Nyberg", "co_supervisor")
    first, _ = _export(pair, "b1.evtbundle")
    import_attestation(pair.trainee, _signed(co, first, Statement("NI1", True, "Sett")))
    co.close(backup=False)
    bundle = export_bundle(pair.trainee, pair.folder / "b2.evtbundle").path
    path = str(pair.supervisor.path)
    pair.supervisor.close(backup=False)
    monkeypatch.setenv("EVTDESK_PASSPHRASE", "supervisor pass")

    assert main(["verify", str(bundle), "--mark-reports-read"]) == 2
    assert "goes with --logbook" in capsys.readouterr().err
    assert main(["trainees", path, "--json"]) == 0  # nothing kept yet: no bundle verified
    main(["verify", str(bundle), "--logbook", path])
    capsys.readouterr()
    assert main(["trainees", path, "--json"]) == 0
    [karin] = json.loads(capsys.readouterr().out)["trainees"]
    assert (karin["reports"], karin["unread_reports"]) == (1, 1)
    main(["verify", str(bundle), "--logbook", path, "--mark-reports-read"])
    assert "Marked 1 report(s) read." in capsys.readouterr().err
    assert main(["trainees", path, "--json"]) == 0
    [karin] = json.loads(capsys.readouterr().out)["trainees"]
    assert (karin["reports"], karin["unread_reports"]) == (1, 0)
    pair.supervisor = Logbook.open(pair.supervisor.path, "supervisor pass")


def test_what_a_history_changed_bundle_carried_is_kept_though_the_bundle_is_not(
    pair: Pair,
) -> None:
    """He does not take a history-changed bundle as the one the next is read against, but
    the refusal it carried was shown to him: her next clean bundle cannot drop it."""
    introduce(pair)
    hospital = _hospital(pair)
    first, _ = _export(pair, "b1.evtbundle")  # kept
    refusal = _signed(hospital, first, Statement("H5", False, "Ingen jour dygnet runt"))
    hospital.close(backup=False)
    import_attestation(pair.trainee, refusal)
    second = export_bundle(pair.trainee, pair.folder / "b2.evtbundle").path.read_bytes()
    document = logbook_of(second)
    document["entries"][0] = dict(document["entries"][0]) | {"notes": "rewritten"}
    changed = with_logbook(second, pair.trainee.signing_key(), json.dumps(document).encode())
    view = open_bundle(changed, pair.supervisor, "en")
    assert view.freshness is not None and view.freshness.state == "history_changed"

    third = export_bundle(pair.trainee, pair.folder / "b3.evtbundle").path.read_bytes()
    view = open_bundle(rebundled(pair.trainee, third, []), pair.supervisor, "en")
    [statement] = [s for s in view.statements if s.subject == "H5"]
    assert statement.standing == "trusted" and not statement.carried
    assert view.progress is not None and "Ingen jour" in view.progress.item("H5").rejection
