"""From the last certificate to an approved training with the command line alone: a
failed examination week with its reason, the employer informed and measures; a measure
marked done; a second week passed; the yearly evaluation; and the approval. And what a
dishonest trainee cannot do on the way."""

from __future__ import annotations

import json
import zipfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from evtdesk.cli import main
from evtdesk.store import FAST_TEST_KDF, Logbook
from tests.approval_helpers import ready_for_exam_week
from tests.report.report_helpers import pages_text

PASSPHRASE = "a long enough passphrase"
TODAY = date.today()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    return out


def progress(capsys: pytest.CaptureFixture[str], trainee: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(ok(capsys, "progress", trainee, "--json"))
    return document


@pytest.fixture
def pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EVTDESK_PASSPHRASE", PASSPHRASE)
    trainee, his = tmp_path / "karin.evtlog", tmp_path / "erik.evtlog"
    with (
        Logbook.create(trainee, PASSPHRASE, "Karin", kdf=FAST_TEST_KDF).logbook as t,
        Logbook.create(his, PASSPHRASE, "Erik Holm", kdf=FAST_TEST_KDF).logbook as s,
    ):
        site = ready_for_exam_week(t, s, TODAY, tmp_path)
    return tmp_path, trainee, his, site


def case(
    capsys: pytest.CaptureFixture[str], trainee: Path, week: int, day: date, **more: str
) -> None:
    decision = more.pop("decision", "evt")
    argv = ["exam-week", "case", trainee, week, "--date", day.isoformat(), "--decision", decision]
    argv += ["--reason", more.pop("reason", "M1 occlusion, NIHSS 14, small core")]
    if decision == "evt":
        argv += ["--role", more.pop("role", "independent_first_operator")]
    for name, value in more.items():
        argv += ["--set", f"{name}={value}"]
    ok(capsys, *argv)


def test_from_the_last_certificate_through_a_failed_and_a_passed_week_to_approval(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, trainee, his, site = pair
    first = TODAY - timedelta(days=40)
    state = progress(capsys, trainee)
    items = {i["id"]: i for i in state["items"]}
    assert items["A3"]["state"] == "open"  # every certificate and the course are in

    # week 1: three candidates, one not treated
    ok(capsys, "exam-week", "start", trainee, "--start", first.isoformat(), "--site", site)
    case(capsys, trainee, 1, first, mtici="2b", sich="no")
    case(capsys, trainee, 1, first + timedelta(days=2), mtici="1", sich="yes")
    case(capsys, trainee, 1, first + timedelta(days=3), decision="no_evt", reason="Large core")
    [week] = progress(capsys, trainee)["exam_weeks"]
    assert (week["candidates"], week["decided_evt"], week["decided_no_evt"]) == (3, 2, 1)
    assert (week["evt_performed"], week["mtici_2b_3"], week["sich"]) == (2, 1, 1)
    assert week["state"] == "awaiting"

    # the supervisor fails it: reason, employer informed, measures — all signed
    ok(capsys, "export", trainee, "--out", folder / "b1.evtbundle")
    informed = (TODAY - timedelta(days=20)).isoformat()
    due = (TODAY + timedelta(days=60)).isoformat()
    ok(
        capsys, "attest", his, folder / "b1.evtbundle", "--fail-week", "1",
        "--reason", "Beslut om behandling dröjde; sICH efter onödig passage",
        "--employer-informed", informed,
        "--measure", f"{due}=Tio EVT till som försteoperatör med handledare",
        "--out", folder / "a1.evtattest",
    )  # fmt: skip
    ok(capsys, "import-attestation", trainee, folder / "a1.evtattest")
    state = progress(capsys, trainee)
    items = {i["id"]: i for i in state["items"]}
    assert items["A3"]["state"] == "open" and not items["A3"]["met"]
    assert "Beslut om behandling dröjde" in items["A3"]["missing"]
    assert items["A4"]["met"] and any(f"informed {informed}" in d for d in items["A4"]["details"])
    [measure] = state["measures"]
    assert (measure["state"], measure["due"], measure["source"]) == ("open", due, "EXAM_WEEK")
    assert state["next_steps"][0]["sentence"].startswith(f"Measure due {due}")
    assert state["exam_weeks"][0]["verdict"]["reason"].startswith("Beslut om behandling")

    # a made-up measure cannot be marked; the real one is, by her account
    code, _, err = run(capsys, "measure", "done", trainee, "0123456789abcdef/EXAM_WEEK/1")
    assert code == 1 and "No measure" in err
    ok(capsys, "measure", "done", trainee, measure["key"][:8], "--note", "Tio fall loggade")
    state = progress(capsys, trainee)
    assert state["measures"][0]["state"] == "done" and state["measures"][0]["done_by"] == "trainee"
    assert not {i["id"]: i for i in state["items"]}["A3"]["met"]  # her mark passes nothing

    # week 2, passed; the year evaluated; the approval part attested
    second = TODAY - timedelta(days=10)
    ok(capsys, "exam-week", "start", trainee, "--start", second.isoformat(), "--site", site)
    case(capsys, trainee, 2, second, mtici="3", sich="no")
    case(capsys, trainee, 2, second + timedelta(days=1), mtici="2c", sich="no")
    ok(capsys, "export", trainee, "--out", folder / "b2.evtbundle")
    ok(
        capsys, "attest", his, folder / "b2.evtbundle", "--pass-week", "2",
        "--evaluate", str(TODAY.year), "--sufficient", "--approve", "A1", "--approve", "A",
        "--out", folder / "a2.evtattest",
    )  # fmt: skip
    ok(capsys, "import-attestation", trainee, folder / "a2.evtattest")
    state = progress(capsys, trainee)
    items = {i["id"]: i for i in state["items"]}
    parts = {p["id"]: p["state"] for p in state["parts"]}
    assert items["A3"]["state"] == "met", items["A3"]["missing"]
    assert parts["A"] == "complete"
    assert parts["FU"] == "open"
    weeks = {w["id"]: w for w in state["exam_weeks"]}
    assert (weeks[1]["state"], weeks[2]["state"], weeks[2]["current"]) == ("failed", "passed", True)
    assert state["measures"] == []  # the latest verdict decides: the week's measures are done with
    this_year = {y["year"]: y for y in state["years"]}[TODAY.year]
    assert this_year["evaluation"]["sufficient"] and this_year["summary"]

    # the supervisor reading the next bundle sees the same, judged by his own key
    ok(capsys, "export", trainee, "--out", folder / "b3.evtbundle", "--language", "en")
    with zipfile.ZipFile(folder / "b3.evtbundle") as archive:
        report = "\n".join(pages_text(archive.read("report.pdf")))
    assert "Examination weeks" in report and "Beslut om behandling dröjde" in report
    assert "Failed" in report and "Passed" in report and informed in report
    assert "Yearly evaluation" in report and "Sufficient" in report
    document = json.loads(ok(capsys, "verify", folder / "b3.evtbundle", "--logbook", his, "--json"))
    seen = {i["id"]: i for i in document["progress"]["items"]}
    assert seen["A3"]["state"] == "met"
    assert {w["state"] for w in document["progress"]["exam_weeks"]} == {"failed", "passed"}
    text = ok(capsys, "progress", trainee)
    assert (
        "Examination weeks:" in text and "failed, Erik Holm" in text and "passed, Erik Holm" in text
    )


def test_a_verdict_without_its_content_or_on_a_week_not_in_the_bundle_is_refused(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, trainee, his, site = pair
    start = TODAY - timedelta(days=10)
    ok(capsys, "exam-week", "start", trainee, "--start", start.isoformat(), "--site", site)
    ok(capsys, "export", trainee, "--out", folder / "b1.evtbundle")
    bundle, out = folder / "b1.evtbundle", folder / "a.evtattest"
    code, _, err = run(capsys, "attest", his, bundle, "--approve", "EXAM_WEEK", "--out", out)
    assert code == 1 and "--pass-week" in err
    code, _, err = run(capsys, "attest", his, bundle, "--pass-week", "7", "--out", out)
    assert code == 1 and "no examination week 7" in err
    code, _, err = run(
        capsys, "attest", his, bundle, "--fail-week", "1", "--reason", "x", "--out", out
    )
    assert code == 1 and "employer" in err
    code, _, err = run(
        capsys, "attest", his, bundle, "--evaluate", "1999", "--sufficient", "--out", out
    )
    assert code == 1 and "not a year of this training" in err
    code, _, err = run(
        capsys, "attest", his, bundle, "--evaluate", str(TODAY.year), "--insufficient", "--out", out
    )
    assert code == 1 and "--measure" in err
    assert not out.exists()


def test_a_week_cannot_start_before_the_certificates_are_in_nor_overlap_another(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EVTDESK_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "new.evtlog"
    with Logbook.create(path, PASSPHRASE, "Karin", kdf=FAST_TEST_KDF).logbook as logbook:
        site = logbook.records.add_site("Sahlgrenska", "NI", 400, 150, True)
    code, _, err = run(
        capsys, "exam-week", "start", path, "--start", TODAY.isoformat(), "--site", site.id
    )
    assert code == 1 and "cannot start yet" in err and "Traceback" not in err
    with Logbook.open(path, PASSPHRASE) as logbook:
        assert logbook.records.exam_weeks() == []


def test_progress_as_of_a_day_for_a_review(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EVTDESK_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "k.evtlog"
    with Logbook.create(path, PASSPHRASE, "Karin", kdf=FAST_TEST_KDF).logbook as logbook:
        for day in (date(2025, 3, 1), date(2025, 9, 1), TODAY):
            logbook.entries.add({"kind": "ct_case", "date": day.isoformat()})

    def ct(*more: str) -> int:
        document = json.loads(ok(capsys, "progress", path, "--json", *more))
        return {i["id"]: i for i in document["items"]}["K3c-CT"]["done"]  # type: ignore[no-any-return]

    assert (ct(), ct("--on", "2025-12-31"), ct("--on", "2025-03-01")) == (3, 2, 1)
    document = json.loads(ok(capsys, "progress", path, "--json", "--on", "2025-12-31"))
    assert document["date"] == "2025-12-31"
    assert "As of 2025-12-31" in ok(capsys, "progress", path, "--on", "2025-12-31")
    tomorrow = (TODAY + timedelta(days=1)).isoformat()
    for bad in (tomorrow, "2025-13-01"):
        code, _, err = run(capsys, "progress", path, "--on", bad)
        assert code == 2 and "Traceback" not in err


def test_an_attestation_never_replaces_a_logbook_or_any_other_file(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """`attest --out` once wrote over whatever it was given — his own logbook included,
    which was then lost (found by an attack helper)."""
    folder, trainee, his, site = pair
    start = TODAY - timedelta(days=20)
    ok(capsys, "exam-week", "start", trainee, "--start", start.isoformat(), "--site", site)
    case(capsys, trainee, 1, start, mtici="3", sich="no")  # a week is passed on its cases
    ok(capsys, "export", trainee, "--out", folder / "b1.evtbundle")
    verdict = ("attest", his, folder / "b1.evtbundle", "--pass-week", "1")
    for target in (trainee, folder / "b1.evtbundle", his):
        before = target.read_bytes()
        code, _, err = run(capsys, *verdict, "--out", target)
        assert code == 1 and "it was not replaced" in err
        assert "Traceback" not in err
        assert target == his or target.read_bytes() == before  # his is open while he signs
    assert progress(capsys, trainee)["exam_weeks"][0]["state"] == "awaiting"
    code, _, err = run(capsys, *verdict, "--out", folder)
    assert code == 1 and "is a folder" in err
    code, _, err = run(capsys, *verdict, "--out", folder / "nowhere" / "a.evtattest")
    assert code == 1 and "does not exist" in err
    ok(capsys, *verdict, "--out", folder / "a.evtattest")  # his logbook still signs
    first = (folder / "a.evtattest").read_bytes()
    ok(capsys, *verdict, "--out", folder / "a.evtattest")  # an attestation may be replaced
    assert (folder / "a.evtattest").read_bytes() != first
