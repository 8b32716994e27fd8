"""A statement that stands by its key decides only what its signer's role may decide.

Tried as the people around a trainee: a co-supervisor who approves what the main
supervisor decides (her word is a report, shown and counted nowhere, in his view and in
the trainee's), a plain tick on the examination week's items, part approvals out of
order or beside a refusal of their own mandatory item, and the hospital's readiness,
which the hospital's representative declares and a supervisor only reports on.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, timedelta

import pytest

from evtdesk.bundle.attestation import make_attestation
from evtdesk.cli.progress_command import print_progress
from evtdesk.cli.verify_output import statement_json
from evtdesk.curriculum.engine import evaluate
from evtdesk.curriculum.loader import load_shipped
from evtdesk.curriculum.progress import Progress
from evtdesk.exchange import (
    export_bundle,
    identity_info,
    import_attestation,
    open_bundle,
)
from evtdesk.exchange.attestations import attestation_subjects, write_attestation
from evtdesk.exchange.declarations import hand_over
from evtdesk.exchange.keys import set_own_role
from evtdesk.exchange.supervisor import BundleView
from evtdesk.exchange.trust_terms import retire
from evtdesk.model import Statement
from evtdesk.store import Logbook, LogbookError
from tests.exchange.conftest import Pair, colleague, introduce
from tests.report.report_helpers import pages_text


def _export(pair: Pair, name: str) -> tuple[bytes, BundleView]:
    data = export_bundle(pair.trainee, pair.folder / name).path.read_bytes()
    return data, open_bundle(data, pair.supervisor, "en")


def _signed(signer: Logbook, view: BundleView, *statements: Statement) -> bytes:
    """Statements signed with `signer`'s key over the bundle, past every check of the
    app: what a modified EVTDesk (or minisign by hand) can always produce."""
    assert view.manifest is not None
    return make_attestation(
        signer.signing_key(), signer.owner_name, view.manifest, view.manifest_sha256, statements
    )


def _prep_approved(pair: Pair) -> None:
    """The meeting, and the main supervisor's approval of the preparatory part (the
    demo's own was signed by a demo key nobody here trusts)."""
    introduce(pair)
    _data, view = _export(pair, "prep.evtbundle")
    write_attestation(pair.supervisor, view, [Statement("PREP", True, "")], pair.folder / "p")
    import_attestation(pair.trainee, (pair.folder / "p").read_bytes())


def _report_text(pair: Pair) -> str:
    """The text of the report a new bundle carries, in English, as one line."""
    data = export_bundle(pair.trainee, pair.folder / "report.evtbundle", "en").path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        pdf = archive.read("report.pdf")
    return " ".join(" ".join(pages_text(pdf)).split())


def _trainees_progress(pair: Pair) -> Progress:
    snapshot = pair.trainee.snapshot()
    return evaluate(load_shipped(snapshot.curriculum_id), snapshot, date.today(), "en")


def test_a_co_supervisors_approvals_are_her_reports_in_every_view(
    pair: Pair, capsys: pytest.CaptureFixture[str]
) -> None:
    """She approves NI1, the neurointervention part and the plan: the main supervisor
    and the trainee both see her word, with her name, and neither counts it."""
    _prep_approved(pair)
    co = colleague(pair, "Sara Nyberg", "co_supervisor")
    data, _ = _export(pair, "b1.evtbundle")
    approvals = [Statement(s, True, "Bra") for s in ("NI1", "NI", "PLAN")]
    answer = write_attestation(co, open_bundle(data, co), approvals, pair.folder / "co.evtattest")
    co.close(backup=False)
    import_attestation(pair.trainee, answer.read_bytes())

    _data, view = _export(pair, "b2.evtbundle")
    assert view.progress is not None
    for progress in (view.progress, _trainees_progress(pair)):
        assert progress.item("NI1").state != "attested"
        assert progress.part("A").state == "locked"
        reported = {(r.subject, r.supervisor_name) for r in progress.reports}
        assert reported == {(s, "Sara Nyberg") for s in ("NI1", "NI", "PLAN")}
    hers = [s for s in view.statements if s.by == "Sara Nyberg"]
    assert len(hers) == 3 and all(s.counted and not s.decides for s in hers)
    assert {statement_json(s)["authority"] for s in hers} == {"reports"}
    assert not any(statement_json(s)["counted"] for s in hers)
    print_progress(_trainees_progress(pair))  # `evtdesk progress`, as the trainee reads it
    printed = capsys.readouterr().out
    assert "Reports (shown, not counted" in printed
    assert f"{date.today().isoformat()}  Sara Nyberg approves NI1: Bra" in printed
    assert _report_text(pair).count("A report: the signer's role does") == 3


def test_the_main_supervisors_approval_decides_what_hers_only_reported(pair: Pair) -> None:
    introduce(pair)
    co = colleague(pair, "Sara Nyberg", "co_supervisor")
    data, view = _export(pair, "b1.evtbundle")
    import_attestation(pair.trainee, _signed(co, open_bundle(data, co), Statement("NI1", True, "")))
    co.close(backup=False)
    write_attestation(
        pair.supervisor, view, [Statement("NI1", True, "Sett")], pair.folder / "his.evtattest"
    )
    import_attestation(pair.trainee, (pair.folder / "his.evtattest").read_bytes())
    _data, view = _export(pair, "b2.evtbundle")
    assert view.progress is not None
    decided = view.progress.item("NI1").attestation
    assert decided is not None and decided.supervisor_name == "Erik Holm"
    assert [s.decides for s in view.statements if s.subject == "NI1"].count(True) == 1


def test_the_approval_of_the_training_is_never_a_plain_tick(pair: Pair) -> None:
    """A3 is the examination week's verdict: not offered, not signed, and a tick signed
    by hand neither makes it attested nor lets the approval of part A stand."""
    _prep_approved(pair)
    _data, view = _export(pair, "b1.evtbundle")
    write_attestation(pair.supervisor, view, [Statement("NI", True, "")], pair.folder / "ni")
    import_attestation(pair.trainee, (pair.folder / "ni").read_bytes())
    _data, view = _export(pair, "b2.evtbundle")
    assert "A3" not in {subject for subject, _ in attestation_subjects(view, "en")}
    with pytest.raises(LogbookError, match="A3 is decided by the examination week's verdict"):
        write_attestation(pair.supervisor, view, [Statement("A3", True, "")], pair.folder / "x")
    assert not (pair.folder / "x").exists()
    with pytest.raises(LogbookError, match="does not stand: A3 .*is not met"):
        write_attestation(pair.supervisor, view, [Statement("A", True, "")], pair.folder / "x")
    ticks = [Statement("A3", True, ""), Statement("A", True, "")]
    import_attestation(pair.trainee, _signed(pair.supervisor, view, *ticks))
    _data, later = _export(pair, "b3.evtbundle")
    for progress in (later.progress, _trainees_progress(pair)):
        assert progress is not None
        assert progress.item("A3").state != "attested"
        assert "A3 (Examination week" in progress.part("A").unheld
        assert progress.part("FU").state == "locked"
    assert "✗ The approval of the part “Approval” that Erik Holm" in _report_text(pair)


def test_a_part_approved_out_of_order_is_refused_and_never_opens_the_next(
    pair: Pair, capsys: pytest.CaptureFixture[str]
) -> None:
    """The preparatory part is not approved by a key this supervisor trusts: an approval
    of the neurointervention part would open part A; it is refused at signing, and the
    same statement signed by hand stands nowhere, with a sentence saying why."""
    introduce(pair)
    _data, view = _export(pair, "b1.evtbundle")
    with pytest.raises(LogbookError, match="does not stand") as refused:
        write_attestation(pair.supervisor, view, [Statement("NI", True, "")], pair.folder / "a")
    assert "Nothing was signed" in str(refused.value)
    import_attestation(pair.trainee, _signed(pair.supervisor, view, Statement("NI", True, "")))
    _data, later = _export(pair, "b2.evtbundle")
    assert later.progress is not None
    assert later.progress.part("A").state == "locked"
    assert "does not stand" in later.progress.part("NI").unheld
    print_progress(later.progress)
    assert "  ✗ The approval of the part “Neurointervention part”" in capsys.readouterr().out


def test_a_part_and_its_next_approved_together_stand_in_order(pair: Pair) -> None:
    """Approving NI alone is in order (PREP stands): it opens part A."""
    _prep_approved(pair)
    _data, view = _export(pair, "b1.evtbundle")
    write_attestation(pair.supervisor, view, [Statement("NI", True, "")], pair.folder / "ni")
    import_attestation(pair.trainee, (pair.folder / "ni").read_bytes())
    assert _trainees_progress(pair).part("A").state != "locked"


def test_a_part_is_not_approved_beside_a_refusal_of_its_own_mandatory_item(pair: Pair) -> None:
    _prep_approved(pair)
    _data, view = _export(pair, "b1.evtbundle")
    both = [Statement("NI", True, ""), Statement("NI1", False, "För få fall")]
    with pytest.raises(LogbookError, match="NI1.*refused"):
        write_attestation(pair.supervisor, view, both, pair.folder / "both")
    import_attestation(pair.trainee, _signed(pair.supervisor, view, *both))
    progress = _trainees_progress(pair)
    assert progress.part("A").state == "locked"
    assert "refused" in progress.part("NI").unheld


def test_a_refusal_signed_in_a_file_before_stops_the_part_approval_just_the_same(
    pair: Pair,
) -> None:
    """He refuses NI1 in one file, then approves the part in a second about the same
    bundle: the second is refused at signing as the pair in one file is."""
    _prep_approved(pair)
    _data, view = _export(pair, "b1.evtbundle")
    refusal = [Statement("NI1", False, "För få fall")]
    write_attestation(pair.supervisor, view, refusal, pair.folder / "refusal")
    with pytest.raises(LogbookError, match="NI1.*refused"):
        write_attestation(pair.supervisor, view, [Statement("NI", True, "")], pair.folder / "ni")
    assert not (pair.folder / "ni").exists()


def test_two_keys_deciding_as_main_supervisor_are_said_until_a_hand_over(pair: Pair) -> None:
    """The guidance has one main supervisor. A second key trusted as one that decides too
    (a hand-over he never saw, or one trusted twice) is said beside the verdict, and
    no certificate is issued, until the hand-over is in the bundle."""
    introduce(pair)
    lena = colleague(pair, "Lena Ek", "supervisor")
    data, view = _export(pair, "b1.evtbundle")
    write_attestation(pair.supervisor, view, [Statement("PLAN", True, "")], pair.folder / "e")
    import_attestation(pair.trainee, (pair.folder / "e").read_bytes())
    theirs = _signed(lena, open_bundle(data, lena), Statement("G2", True, ""))
    import_attestation(pair.trainee, theirs)
    _data, view = _export(pair, "b2.evtbundle")
    [said] = [w for w in view.warnings if "decide as main supervisor" in w]
    assert said.startswith("2 keys decide") and "Erik Holm (" in said and "Lena Ek (" in said
    # her term ended today: from tomorrow she decides no more (what she signed stands)
    [hers_trusted] = [k for k in pair.supervisor.records.trusted_keys() if k.name == "Lena Ek"]
    retire(pair.supervisor, hers_trusted, date.today())
    bundle = (pair.folder / "b2.evtbundle").read_bytes()
    later = open_bundle(bundle, pair.supervisor, "en", date.today() + timedelta(days=1))
    assert len(later.main_supervisors) == 1 and "Erik Holm" in later.main_supervisors[0]
    today_again = open_bundle(bundle, pair.supervisor, "en", date.today())
    assert len(today_again.main_supervisors) == 2

    erik, hers = identity_info(pair.supervisor), identity_info(lena)
    lena.close(backup=False)
    handing = hand_over(erik.public_key_text, hers.public_key_text, date.today(), leaving=True)
    write_attestation(pair.supervisor, view, [handing], pair.folder / "h")
    import_attestation(pair.trainee, (pair.folder / "h").read_bytes())
    _data, view = _export(pair, "b3.evtbundle")
    assert view.main_supervisors == (f"Lena Ek ({hers.fingerprint})",)
    assert not [w for w in view.warnings if "decide as main supervisor" in w]


def test_the_hospital_declares_its_readiness_and_a_supervisor_reports_on_it(
    pair: Pair,
) -> None:
    introduce(pair)
    hospital = colleague(pair, "Region Norr", "hospital")
    data, view = _export(pair, "b1.evtbundle")
    import_attestation(pair.trainee, _signed(pair.supervisor, view, Statement("H4", True, "")))
    assert _trainees_progress(pair).item("H4").state != "attested"
    import_attestation(
        pair.trainee, _signed(hospital, open_bundle(data, hospital), Statement("H5", True, ""))
    )
    import_attestation(
        pair.trainee, _signed(hospital, open_bundle(data, hospital), Statement("NI1", True, ""))
    )
    hospital.close(backup=False)
    progress = _trainees_progress(pair)
    assert progress.item("H5").state == "attested"
    assert progress.item("NI1").state != "attested"  # the hospital decides nothing else


def test_in_the_co_supervisors_own_view_her_word_is_a_report_too(pair: Pair) -> None:
    """She told her logbook she is this trainee's co-supervisor (`trust … --as
    co_supervisor`): her own approvals then count in her view as they do in his, as
    reports; without it her logbook takes her for the main supervisor."""
    _prep_approved(pair)
    co = colleague(pair, "Sara Nyberg", "co_supervisor")
    data, _ = _export(pair, "b1.evtbundle")
    answer = _signed(co, open_bundle(data, co), Statement("NI1", True, "Bra"))
    import_attestation(pair.trainee, answer)
    later, _ = _export(pair, "b2.evtbundle")
    assert open_bundle(later, co, "en").progress.item("NI1").state == "attested"  # type: ignore[union-attr]
    set_own_role(co, identity_info(pair.trainee).public_key_text, "co_supervisor")
    view = open_bundle(later, co, "en")
    co.close(backup=False)
    assert view.progress is not None and view.progress.item("NI1").state != "attested"
    [hers] = [s for s in view.statements if s.subject == "NI1"]
    assert (hers.standing, hers.authority) == ("own", "reports")
    assert [r.subject for r in view.progress.reports] == ["NI1"]


def test_the_plan_cannot_waive_the_week_nor_the_supervisor_a_hospital_requirement(
    pair: Pair,
) -> None:
    """Found by an attack: a signed waiver of A3 made part A's approval stand with no
    week, and the main supervisor's waiver of H1 decided a hospital requirement."""
    _prep_approved(pair)
    _data, view = _export(pair, "b1.evtbundle")
    write_attestation(pair.supervisor, view, [Statement("NI", True, "")], pair.folder / "ni")
    import_attestation(pair.trainee, (pair.folder / "ni").read_bytes())
    _data, view = _export(pair, "b2.evtbundle")
    waiver = Statement("ADAPT:A3", True, "no week", waived=True)
    with pytest.raises(LogbookError, match="the plan cannot waive or change it"):
        write_attestation(pair.supervisor, view, [waiver], pair.folder / "w")
    hospital = Statement("ADAPT:H1", True, "the region said so", waived=True)
    signed = _signed(pair.supervisor, view, waiver, hospital, Statement("A", True, ""))
    import_attestation(pair.trainee, signed)
    progress = _trainees_progress(pair)
    assert progress.item("A3").state != "met" and "A3" in progress.part("A").unheld
    assert progress.part("FU").state == "locked"
    assert progress.item("H1").state != "met"
    assert "ADAPT:H1" in {r.subject for r in progress.reports}
