"""What an attack helper did to the approval as a dishonest trainee, each now refused or
flagged in the view that counts — her supervisor's, when he verifies her next bundle."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from evtdesk.exchange import identity_info
from evtdesk.store import FAST_TEST_KDF, Logbook
from tests.cli.test_approval_flow import PASSPHRASE, TODAY, case, ok, pair, progress, run

__all__ = ["pair"]  # the fixture, shared with the approval flow


def his_view(capsys: Any, folder: Path, trainee: Path, his: Path, name: str) -> dict[str, Any]:
    """Her next bundle as her supervisor's `verify --logbook his --json` reads it."""
    ok(capsys, "export", trainee, "--out", folder / name)
    out = ok(capsys, "verify", folder / name, "--logbook", his, "--json")
    return json.loads(out)["progress"]  # type: ignore[no-any-return]


def a3(view: dict[str, Any]) -> dict[str, Any]:
    return {i["id"]: i for i in view["items"]}["A3"]  # type: ignore[no-any-return]


def fail_week_one(capsys: Any, folder: Path, signer: Path, trainee: Path, name: str) -> None:
    """`signer` fails week 1 of her bundle b1 (reason, employer informed, one measure) and
    she imports it."""
    ok(
        capsys, "attest", signer, folder / "b1.evtbundle", "--fail-week", "1", "--reason", "sICH",
        "--employer-informed", TODAY.isoformat(), "--measure",
        f"{(TODAY + timedelta(days=30)).isoformat()}=Fler fall", "--out", folder / name,
    )  # fmt: skip
    ok(capsys, "import-attestation", trainee, folder / name)


def co_supervisor(capsys: Any, folder: Path, trainee: Path, *readers: Path) -> Path:
    """Anna Berg's logbook: she trusts the trainee's key, and the trainee and `readers`
    trust hers as a co-supervisor's."""
    co = folder / "co.evtlog"
    Logbook.create(co, PASSPHRASE, "Anna Berg", kdf=FAST_TEST_KDF).logbook.close(backup=False)
    for path, name in ((co, "co"), (trainee, "k")):
        with Logbook.open(path, PASSPHRASE) as logbook:
            (folder / f"{name}.pub").write_text(identity_info(logbook).public_key_text)
    for reader in (trainee, *readers):
        ok(capsys, "trust", reader, folder / "co.pub", "--name", "Anna Berg",
           "--role", "co_supervisor", "--yes")  # fmt: skip
    ok(capsys, "trust", co, folder / "k.pub", "--name", "Karin", "--role", "trainee", "--yes")
    return co


def passed_week(capsys: Any, pair: Any) -> tuple[Path, Path, Path, Any]:
    """Week 1 with two good cases, passed by her supervisor and imported."""
    folder, trainee, his, site = pair
    first = TODAY - timedelta(days=20)
    ok(capsys, "exam-week", "start", trainee, "--start", first.isoformat(), "--site", site)
    case(capsys, trainee, 1, first, mtici="3", sich="no")
    case(capsys, trainee, 1, first + timedelta(days=1), mtici="2c", sich="no")
    ok(capsys, "export", trainee, "--out", folder / "b1.evtbundle")
    ok(
        capsys, "attest", his, folder / "b1.evtbundle", "--pass-week", "1",
        "--out", folder / "a1.evtattest",
    )  # fmt: skip
    ok(capsys, "import-attestation", trainee, folder / "a1.evtattest")
    assert a3(his_view(capsys, folder, trainee, his, "b2.evtbundle"))["state"] == "met"
    return folder, trainee, his, first


@pytest.mark.parametrize("change", ["retract", "amend", "add"])
def test_a_pass_no_longer_counts_once_the_week_it_judged_is_changed(
    pair: Any, capsys: pytest.CaptureFixture[str], change: str
) -> None:
    folder, trainee, his, first = passed_week(capsys, pair)
    with Logbook.open(trainee, PASSPHRASE) as logbook:  # as the app's Retract and Amend do
        [bad, _good] = sorted(logbook.entries.list("exam_week_case"), key=lambda e: e.date)
        if change == "retract":
            logbook.entries.retract(bad.id, "fel vecka")
        elif change == "amend":
            fields = {"kind": bad.kind, "date": bad.date.isoformat(), "role": bad.role,
                      "site_id": bad.site_id, **bad.fields, "sich": True}  # fmt: skip
            logbook.entries.amend(bad.id, fields, "sICH upptäckt")
    if change == "add":
        case(capsys, trainee, 1, first + timedelta(days=2), mtici="0", sich="yes")
    seen = his_view(capsys, folder, trainee, his, "b3.evtbundle")
    item = a3(seen)
    assert item["state"] == "open" and not item["met"]
    assert "verdict_week_changed" in {f["kind"] for f in item["flags"]}
    [week] = seen["exam_weeks"]
    assert week["state"] == "awaiting" and week["changed_after"]["by"] == "Erik Holm"
    mine = progress(capsys, trainee)  # her own view says the same
    assert a3(mine)["state"] == "open"
    assert "no longer counts" in ok(capsys, "progress", trainee)


def test_a_failed_week_stays_failed_whatever_changes_after(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, trainee, his, site = pair
    first = TODAY - timedelta(days=20)
    ok(capsys, "exam-week", "start", trainee, "--start", first.isoformat(), "--site", site)
    case(capsys, trainee, 1, first, mtici="1", sich="yes")
    ok(capsys, "export", trainee, "--out", folder / "b1.evtbundle")
    fail_week_one(capsys, folder, his, trainee, "a.evtattest")
    case(capsys, trainee, 1, first + timedelta(days=1), mtici="3", sich="no")
    [week] = his_view(capsys, folder, trainee, his, "b2.evtbundle")["exam_weeks"]
    assert week["state"] == "failed" and week["changed_after"] is None


def test_a_co_supervisors_pass_alone_does_not_approve_the_week(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """The guidance gives the week's verdict to the main supervisor; a co-supervisor
    supports and reports to him (S4). Her co-supervisor's pass is shown, never decides."""
    folder, trainee, his, site = pair
    co = co_supervisor(capsys, folder, trainee, his)
    first = TODAY - timedelta(days=20)
    ok(capsys, "exam-week", "start", trainee, "--start", first.isoformat(), "--site", site)
    case(capsys, trainee, 1, first, mtici="1", sich="yes")
    ok(capsys, "export", trainee, "--out", folder / "b1.evtbundle")
    ok(
        capsys, "attest", co, folder / "b1.evtbundle", "--pass-week", "1",
        "--evaluate", str(TODAY.year), "--sufficient", "--stop", "Ingen tid",
        "--out", folder / "c.evtattest",
    )  # fmt: skip
    ok(capsys, "import-attestation", trainee, folder / "c.evtattest")
    seen = his_view(capsys, folder, trainee, his, "b2.evtbundle")
    assert a3(seen)["state"] == "open" and seen["exam_weeks"][0]["state"] == "awaiting"
    this_year = {y["year"]: y for y in seen["years"]}[TODAY.year]
    assert this_year["evaluation"] is None and seen["stopped"] is None
    code, out, _ = run(capsys, "verify", folder / "b2.evtbundle", "--logbook", his)
    assert "Anna Berg" in out  # shown to him, with its standing
    assert a3(progress(capsys, trainee))["state"] == "open"  # and so in her own view


def test_a_week_dated_before_the_certificates_were_in_is_flagged(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """Backdating the week's start past the gate (every certificate in) is flagged in
    his view, with what was missing that day; a week after the gate is not."""
    folder, trainee, his, site = pair
    long_ago = TODAY - timedelta(days=760)  # before her neurointervention work
    ok(capsys, "exam-week", "start", trainee, "--start", long_ago.isoformat(), "--site", site)
    [flag] = [f for f in a3(his_view(capsys, folder, trainee, his, "b1.evtbundle"))["flags"]
              if f["kind"] == "week_before_gate"]  # fmt: skip
    assert (
        f"The examination week of {long_ago.isoformat()} started before it could"
        in (flag["message"])
    )
    assert "Opens when" in flag["message"]


def test_a_week_starting_once_the_certificates_are_in_is_not_flagged(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, trainee, his, site = pair  # every certificate was signed today
    ok(capsys, "exam-week", "start", trainee, "--start", TODAY.isoformat(), "--site", site)
    kinds = {f["kind"] for f in a3(his_view(capsys, folder, trainee, his, "b1.evtbundle"))["flags"]}
    assert "week_before_gate" not in kinds


def test_a_pasted_novel_and_a_folder_get_plain_messages(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, trainee, his, site = pair
    start = TODAY - timedelta(days=5)
    novel = "Lång text. " * 20_000
    code, _, err = run(
        capsys, "exam-week", "start", trainee, "--start", start.isoformat(), "--site", site,
        "--note", novel,
    )  # fmt: skip
    assert code == 1 and "at most 4000 are kept" in err and "Traceback" not in err
    assert progress(capsys, trainee)["exam_weeks"] == []  # nothing kept
    code, _, err = run(capsys, "import-attestation", trainee, folder)
    assert code != 0 and "is a folder, not an attestation" in err


def test_a_failed_weeks_measures_stand_while_the_later_pass_no_longer_counts(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, trainee, his, site = pair
    first, second = TODAY - timedelta(days=40), TODAY - timedelta(days=10)
    ok(capsys, "exam-week", "start", trainee, "--start", first.isoformat(), "--site", site)
    case(capsys, trainee, 1, first, mtici="1", sich="yes")
    ok(capsys, "export", trainee, "--out", folder / "b1.evtbundle")
    fail_week_one(capsys, folder, his, trainee, "a1.evtattest")
    ok(capsys, "exam-week", "start", trainee, "--start", second.isoformat(), "--site", site)
    case(capsys, trainee, 2, second, mtici="3", sich="no")
    ok(capsys, "export", trainee, "--out", folder / "b2.evtbundle")
    ok(
        capsys, "attest", his, folder / "b2.evtbundle", "--pass-week", "2",
        "--out", folder / "a2.evtattest",
    )  # fmt: skip
    ok(capsys, "import-attestation", trainee, folder / "a2.evtattest")
    assert progress(capsys, trainee)["measures"] == []  # the pass ends them
    case(capsys, trainee, 2, second + timedelta(days=1), mtici="0", sich="yes")
    state = progress(capsys, trainee)
    assert a3(state)["state"] == "open"
    assert [m["text"] for m in state["measures"]] == ["Fler fall"]  # they stand again


def test_a_co_supervisors_failure_is_not_the_a4_record(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """A4 is the main supervisor's record (reason, employer informed, measures)."""
    folder, trainee, his, site = pair
    co = co_supervisor(capsys, folder, trainee)
    first = TODAY - timedelta(days=20)
    ok(capsys, "exam-week", "start", trainee, "--start", first.isoformat(), "--site", site)
    case(capsys, trainee, 1, first, mtici="1", sich="yes")
    ok(capsys, "export", trainee, "--out", folder / "b1.evtbundle")
    fail_week_one(capsys, folder, co, trainee, "c.evtattest")
    a4 = {i["id"]: i for i in progress(capsys, trainee)["items"]}["A4"]
    assert not any("Anna Berg" in line for line in a4["details"])


def test_a_week_holds_at_most_what_a_verdict_can_pin(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from evtdesk.model.content import MAX_CASES

    folder, trainee, his, site = pair
    first = TODAY - timedelta(days=3)
    ok(capsys, "exam-week", "start", trainee, "--start", first.isoformat(), "--site", site)
    row = {"kind": "exam_week_case", "date": first.isoformat(), "site_id": site,
           "decision": "no_evt", "evt_performed": False, "decision_reason": "Stor infarkt",
           "role": "independent_first_operator"}  # fmt: skip
    with Logbook.open(trainee, PASSPHRASE) as logbook:
        logbook.entries.add_many([dict(row) for _ in range(MAX_CASES)])
    code, _, err = run(
        capsys, "exam-week", "case", trainee, 1, "--date", first.isoformat(),
        "--decision", "no_evt", "--reason", "En till",
    )  # fmt: skip
    assert code == 1 and f"at most {MAX_CASES} cases" in err


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no named pipes here")
def test_an_attestation_is_not_written_into_a_pipe(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    folder, trainee, his, site = pair
    start = TODAY - timedelta(days=20)  # a week is passed after its last day, on its cases
    ok(capsys, "exam-week", "start", trainee, "--start", start.isoformat(), "--site", site)
    case(capsys, trainee, 1, start, mtici="3", sich="no")
    ok(capsys, "export", trainee, "--out", folder / "b1.evtbundle")
    os.mkfifo(folder / "pipe")
    code, _, err = run(
        capsys, "attest", his, folder / "b1.evtbundle", "--pass-week", "1",
        "--out", folder / "pipe",
    )  # fmt: skip
    assert code == 1 and "is not a file (a device or a pipe)" in err  # refused at once


def test_a_changed_case_passed_off_as_its_first_revision_voids_the_pass(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """The pass pins each case's content, not the revision number her logbook writes: a
    bundle whose case now has an sICH, still called revision 1 and signed with her own
    key, shows her supervisor a week that awaits a new verdict."""
    from tests.exchange.resign import logbook_of, with_logbook

    folder, trainee, his, _first = passed_week(capsys, pair)
    ok(capsys, "export", trainee, "--out", folder / "b3.evtbundle")
    bundle = (folder / "b3.evtbundle").read_bytes()
    document = logbook_of(bundle)
    cases = [e for e in document["entries"] if e["kind"] == "exam_week_case"]
    assert cases and all(e["revision"] == 1 for e in cases)
    cases[0]["sich"] = True  # the case as it is now, under its old number
    with Logbook.open(trainee, PASSPHRASE) as logbook:
        forged = with_logbook(bundle, logbook.signing_key(), json.dumps(document).encode())
    (folder / "b4.evtbundle").write_bytes(forged)
    seen = json.loads(ok(capsys, "verify", folder / "b4.evtbundle", "--logbook", his, "--json"))
    item = a3(seen["progress"])
    assert item["state"] == "open" and not item["met"]
    [week] = seen["progress"]["exam_weeks"]
    assert week["state"] == "awaiting" and week["changed_after"]["by"] == "Erik Holm"


@pytest.mark.parametrize("how", ["running", "empty"])
def test_a_week_is_passed_only_after_its_last_day_and_on_its_cases(
    pair: Any, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    """A pass judges the whole week (A3: every candidate of the week handled): not while
    it runs, and not a week that records no case. Failing it stays possible."""
    folder, trainee, his, site = pair
    first = TODAY - timedelta(days=3 if how == "running" else 20)
    ok(capsys, "exam-week", "start", trainee, "--start", first.isoformat(), "--site", site)
    if how == "running":
        case(capsys, trainee, 1, first, mtici="3", sich="no")
    ok(capsys, "export", trainee, "--out", folder / "b1.evtbundle")
    code, _, err = run(
        capsys, "attest", his, folder / "b1.evtbundle", "--pass-week", "1",
        "--out", folder / "a1.evtattest",
    )  # fmt: skip
    said = "runs until" if how == "running" else "records no case"
    assert code == 1 and said in err and "Nothing was signed" in err
    assert not (folder / "a1.evtattest").exists()


def test_a_refused_attest_leaves_the_supervisors_logbook_as_it_was(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by an attack: 'attest --approve FU' was refused ('does not stand … Nothing
    was signed') yet his logbook had remembered the bundle as seen."""
    folder, trainee, his, _site = pair
    ok(capsys, "export", trainee, "--out", folder / "b1.evtbundle")
    before = his.read_bytes()
    code, _, err = run(
        capsys, "attest", his, folder / "b1.evtbundle", "--approve", "FU",
        "--out", folder / "a.evtattest",
    )  # fmt: skip
    assert code == 1 and "Nothing was signed" in err
    assert his.read_bytes() == before
    seen = json.loads(ok(capsys, "verify", folder / "b1.evtbundle", "--logbook", his, "--json"))
    assert seen["freshness"]["state"] in ("first", "newer")  # not "seen before"


@pytest.mark.parametrize("flag", ["--approve", "--reject"])
def test_a_tick_on_the_weeks_item_names_the_verdict_to_sign_instead(
    capsys: Any, pair: Any, flag: str
) -> None:
    """A3 is the week's verdict: `--approve A3` is refused with the options that sign it,
    not as an unknown subject, and nothing is written."""
    folder, trainee, his, _site = pair
    ok(capsys, "export", trainee, "--out", folder / "b1.evtbundle")
    code, _out, err = run(
        capsys, "attest", his, folder / "b1.evtbundle", flag, "A3=nej", "--out", folder / "a"
    )
    assert code == 2 and "A3 is decided by the examination week's verdict" in err
    assert "--pass-week or --fail-week" in err and "unknown subject" not in err
    assert not (folder / "a").exists()
