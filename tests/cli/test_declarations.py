"""Evidence from the people it describes (issue 20): the main supervisor's qualification,
a unit's numbers and a hospital's readiness decide only as the person who answers for
them declared and signed them — tried from both sides: the trainee's own record, a
co-supervisor's attempt, then the main supervisor's view and the trainee's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evtdesk.exchange import identity_info
from evtdesk.store import FAST_TEST_KDF, Logbook
from tests.cli.test_approval_attacks import co_supervisor
from tests.cli.test_approval_flow import PASSPHRASE, TODAY, ok, pair, progress, run

__all__ = ["pair"]  # the fixture, shared with the approval flow


def items(view: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {i["id"]: i for i in view["items"]}


def his_view(capsys: Any, folder: Path, trainee: Path, his: Path, name: str) -> dict[str, Any]:
    ok(capsys, "export", trainee, "--out", folder / name)
    return json.loads(ok(capsys, "verify", folder / name, "--logbook", his, "--json"))["progress"]  # type: ignore[no-any-return]


def signed(capsys: Any, folder: Path, signer: Path, trainee: Path, name: str, *argv: Any) -> None:
    """`signer` signs `argv` about her newest bundle and she imports it."""
    ok(capsys, "export", trainee, "--out", folder / f"{name}.evtbundle")
    ok(
        capsys,
        "attest",
        signer,
        folder / f"{name}.evtbundle",
        *argv,
        "--out",
        folder / f"{name}.evtattest",
    )
    ok(capsys, "import-attestation", trainee, folder / f"{name}.evtattest")


def test_the_supervisors_qualification_and_the_unit_count_only_as_he_signed_them(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, trainee, his, site = pair
    # her record of him (15 years, 400 EVT) and of the unit is shown, decides nothing
    mine = items(progress(capsys, trainee))
    assert not mine["S1"]["met"] and not mine["NI.SITE"]["met"]
    assert any("not declared by the supervisor himself" in d for d in mine["S1"]["details"])
    # a co-supervisor's declaration of her own qualification is not the main supervisor's
    co = co_supervisor(capsys, folder, trainee, his)
    signed(capsys, folder, co, trainee, "c1", "--qualification", "30,900")
    assert not items(progress(capsys, trainee))["S1"]["met"]
    # he declares his own, and the unit with the volume he knows (not the 160 she typed)
    signed(
        capsys, folder, his, trainee, "d1", "--qualification", "12,200",
        "--declare-site", site, "--site-fact", "evt_per_year=90",
    )  # fmt: skip
    for view in (progress(capsys, trainee), his_view(capsys, folder, trainee, his, "b2.evtbundle")):
        seen = items(view)
        assert seen["S1"]["met"]
        assert any("Erik Holm" in d and "12" in d for d in seen["S1"]["details"])
        assert not seen["NI.SITE"]["met"]  # 90 EVT a year, declared: short of 100
        assert any("EVT a year 90" in f["message"] for f in seen["NI.SITE"]["flags"])
    # he withdraws his qualification: S1 is open again in both views
    signed(capsys, folder, his, trainee, "d2", "--reject", "QUALIFICATION=Fel siffror")
    assert not items(progress(capsys, trainee))["S1"]["met"]
    assert not items(his_view(capsys, folder, trainee, his, "b3.evtbundle"))["S1"]["met"]


def test_the_hospital_items_follow_the_readiness_its_representative_signed(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, trainee, his, _site = pair
    added = ok(
        capsys, "site", "add", trainee, "--hospital", "Karlstad", "--unit", "Angio",
        "--evt-per-year", "60", "--home",
    )  # fmt: skip
    home_id = added.split(":")[0].split()[-1]
    # the main supervisor's word on the hospital's readiness is his report on it
    signed(capsys, folder, his, trainee, "r1", "--readiness", home_id, "--criterion", "H4=met")
    assert not items(progress(capsys, trainee))["H4"]["met"]
    # the region's representative, trusted as hospital by both, decides it
    region = folder / "region.evtlog"
    Logbook.create(region, PASSPHRASE, "Region Värmland", kdf=FAST_TEST_KDF).logbook.close(
        backup=False
    )
    with Logbook.open(region, PASSPHRASE) as logbook:
        (folder / "region.pub").write_text(identity_info(logbook).public_key_text)
    with Logbook.open(trainee, PASSPHRASE) as logbook:
        (folder / "karin.pub").write_text(identity_info(logbook).public_key_text)
    for reader in (trainee, his):
        ok(
            capsys,
            "trust",
            reader,
            folder / "region.pub",
            "--name",
            "Region Värmland",
            "--role",
            "hospital",
            "--yes",
        )
    ok(
        capsys,
        "trust",
        region,
        folder / "karin.pub",
        "--name",
        "Karin",
        "--role",
        "trainee",
        "--yes",
    )
    signed(
        capsys, folder, region, trainee, "r2", "--readiness", home_id,
        "--criterion", "H4=met", "--criterion", "H5=not_met", "--criterion", "H6=partly",
    )  # fmt: skip
    for view in (progress(capsys, trainee), his_view(capsys, folder, trainee, his, "b9.evtbundle")):
        seen = items(view)
        assert seen["H4"]["state"] == "attested"
        assert seen["H5"]["state"] != "attested" and seen["H6"]["state"] != "attested"
    # her readiness checklist shows the declared statuses as the representative's, one record
    ok(capsys, "readiness", trainee, "--site", home_id, "--set", "H7=met")
    checklist = json.loads(ok(capsys, "readiness", trainee, "--site", home_id, "--json"))
    assert checklist["declared_by"] == "Region Värmland"
    criteria = {c["id"]: c for c in checklist["criteria"]}
    assert criteria["H4"]["declared"] and criteria["H5"]["status"] == "not_met"
    assert not criteria["H7"]["declared"] and criteria["H7"]["status"] == "met"
    assert items(progress(capsys, trainee))["H7"]["state"] != "attested"  # hers decides nothing
    assert "* = your record, not declared" in ok(capsys, "readiness", trainee, "--site", home_id)


def test_a_declaration_that_cannot_stand_is_refused_with_a_sentence(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, trainee, his, _site = pair
    ok(capsys, "export", trainee, "--out", folder / "b.evtbundle")
    cases = [
        (["--qualification", "twelve"], "write YEARS,EVT"),
        (["--qualification", "12,-3"], "evt_independent must be a whole number from 0"),
        (["--declare-site", "99"], "holds no site 99"),
        (["--readiness", "1", "--criterion", "K1a=met"], "not a criterion"),
        (["--readiness", "1", "--criterion", "H4=fine"], "a status is one of"),
        (["--declare-site", "1", "--site-fact", "beds=3"], "has no fact 'beds'"),
        (["--academic-title", "docent"], "go with --qualification"),
        (
            ["--qualification", "12,200", "--academic-title", "Docent 811218-9876"],
            "identity number",
        ),
        (["--declare-site", "1", "--declare-site", "2"], "goes once in an attestation"),
        (["--readiness", "1", "--criterion", "H4=met", "--criterion", "H4=not_met"], "H4 twice"),
        (["--reject", "HANDOVER=ångrat"], "is not withdrawn by a refusal"),
    ]
    for argv, said in cases:
        code, _out, err = run(
            capsys, "attest", his, folder / "b.evtbundle", *argv, "--out", folder / "x.evtattest"
        )
        assert code != 0 and said in err, (argv, err)
        assert "Traceback" not in err and not (folder / "x.evtattest").exists()


def test_after_a_hand_over_the_one_leaving_no_longer_decides(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, trainee, his, _site = pair
    anna = folder / "anna.evtlog"
    Logbook.create(anna, PASSPHRASE, "Anna Ek", kdf=FAST_TEST_KDF).logbook.close(backup=False)
    for path, name in ((anna, "anna"), (trainee, "karin"), (his, "erik")):
        with Logbook.open(path, PASSPHRASE) as logbook:
            (folder / f"{name}.pub").write_text(identity_info(logbook).public_key_text)
    ok(
        capsys,
        "trust",
        trainee,
        folder / "anna.pub",
        "--name",
        "Anna Ek",
        "--role",
        "supervisor",
        "--yes",
    )
    ok(capsys, "trust", anna, folder / "karin.pub", "--name", "Karin", "--role", "trainee", "--yes")
    ok(capsys, "export", trainee, "--out", folder / "h.evtbundle")
    code, _out, err = run(
        capsys, "attest", his, folder / "h.evtbundle", "--hand-over-to", folder / "erik.pub",
        "--on", TODAY.isoformat(), "--out", folder / "x.evtattest",
    )  # fmt: skip
    assert code != 0 and "not your own" in err
    code, _out, err = run(
        capsys, "attest", his, folder / "h.evtbundle", "--hand-over-to", folder / "anna.pub",
        "--out", folder / "x.evtattest",
    )  # fmt: skip
    assert code != 0 and "go with --on DATE" in err
    # the key as she hands it over: what `evtdesk identity` prints, fingerprint line and all
    (folder / "anna-id.pub").write_text(ok(capsys, "identity", anna))
    signed(
        capsys, folder, his, trainee, "h1",
        "--hand-over-to", folder / "anna-id.pub", "--on", TODAY.isoformat(),
    )  # fmt: skip
    signed(capsys, folder, his, trainee, "h2", "--approve", "S2")
    assert items(progress(capsys, trainee))["S2"]["state"] != "attested"  # signed after he left
    ok(capsys, "export", trainee, "--out", folder / "h9.evtbundle")
    seen = json.loads(ok(capsys, "verify", folder / "h9.evtbundle", "--logbook", his, "--json"))
    [after] = [s for s in seen["statements"] if s["subject"] == "S2"]
    assert after["authority"] == "none"  # his own view says so too, not only her count
    signed(capsys, folder, anna, trainee, "h3", "--approve", "S2")
    assert items(progress(capsys, trainee))["S2"]["state"] == "attested"


def test_cases_he_validated_show_beside_the_count_and_an_amended_one_as_changed(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, trainee, his, _site = pair
    ok(capsys, "export", trainee, "--out", folder / "v.evtbundle")
    listed = ok(capsys, "verify", folder / "v.evtbundle", "--logbook", his, "--entries", "evt")
    ids = [line.split()[0] for line in listed.splitlines() if line.strip()]
    assert len(ids) == 50 and all(line.rstrip().endswith("-") for line in listed.splitlines())
    signed(
        capsys, folder, his, trainee, "v1", "--validate-case", ids[-1], "--validate-case", ids[-2],
        "--reject-case", f"{ids[-3]}=Inte min patient",
    )  # fmt: skip

    def evt_validated() -> int:
        conditions = items(progress(capsys, trainee))["NI2"]["conditions"]
        [independent] = [c for c in conditions if c["id"] == "NI2.independent"]
        return int(independent["validated"])

    assert evt_validated() == 2  # evidence beside the count: the count itself is as before
    assert "2 validated by a supervisor" in ok(capsys, "progress", trainee, "--language", "en")
    ok(capsys, "export", trainee, "--out", folder / "v2.evtbundle")
    listed = ok(capsys, "verify", folder / "v2.evtbundle", "--logbook", his, "--entries", "evt")
    states = {line.split()[0]: line for line in listed.splitlines() if line.strip()}
    assert "validated (Erik Holm" in states[ids[-1]] and "rejected (Erik Holm" in states[ids[-3]]
    # she amends a validated case: it is changed since validation, no longer validated
    with Logbook.open(trainee, PASSPHRASE) as logbook:
        entry = logbook.entries.get(ids[-1])
        fields = {"kind": entry.kind, "date": entry.date.isoformat(), "role": entry.role,
                  "site_id": entry.site_id, **entry.fields, "nihss": 3}  # fmt: skip
        logbook.entries.amend(entry.id, fields, "NIHSS rättat")
    assert evt_validated() == 1
    # a reason with an identity number is refused, and so is a case the bundle does not hold
    code, _out, err = run(
        capsys, "attest", his, folder / "v2.evtbundle",
        "--reject-case", f"{ids[0]}=Pat 811218-9876", "--out", folder / "x.evtattest",
    )  # fmt: skip
    assert code != 0 and "identity number" in err
    code, _out, err = run(
        capsys, "attest", his, folder / "v2.evtbundle", "--validate-case", "no-such-entry",
        "--out", folder / "x.evtattest",
    )  # fmt: skip
    assert code != 0 and "holds no entry no-such-entry" in err
    with Logbook.open(trainee, PASSPHRASE) as logbook:
        logbook.entries.retract(ids[0], "dubblett")
    ok(capsys, "export", trainee, "--out", folder / "v3.evtbundle")
    code, _out, err = run(
        capsys, "attest", his, folder / "v3.evtbundle", "--validate-case", ids[0],
        "--out", folder / "x.evtattest",
    )  # fmt: skip
    assert code != 0 and "was retracted by the trainee" in err


def test_a_co_supervisors_report_reaches_the_main_supervisor_and_decides_nothing(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """S4: the local co-supervisor supports and reports to the main supervisor. Her
    REPORT (what she saw, for a period, at her unit) travels to him, is shown as a
    report with her name and the day, and counts nowhere; his Trainees view counts it."""
    folder, trainee, his, _site = pair
    co = co_supervisor(capsys, folder, trainee, his)
    before = progress(capsys, trainee)
    said = "Karin ledde tre trombektomier självständigt, gott omdöme vid beslut."
    signed(
        capsys, folder, co, trainee, "r1", "--report", said, "--report-from", "2026-09-01",
        "--report-until", "2026-09-30", "--report-unit", "Örebro, Neurointervention",
    )  # fmt: skip
    ok(capsys, "export", trainee, "--out", folder / "b-r.evtbundle")
    view = json.loads(ok(capsys, "verify", folder / "b-r.evtbundle", "--logbook", his, "--json"))
    [report] = [s for s in view["statements"] if s["subject"] == "REPORT"]
    assert report["authority"] == "reports" and report["comment"] == said
    assert report["by"] == "Anna Berg"
    text = ok(capsys, "verify", folder / "b-r.evtbundle", "--logbook", his, "--language", "en")
    assert "REPORT approved — Anna Berg (co-supervisor)" in text and said in text
    assert "[2026-09-01 – 2026-09-30, Örebro, Neurointervention]" in text
    after = progress(capsys, trainee)
    assert [i["met"] for i in after["items"]] == [i["met"] for i in before["items"]]
    overview = json.loads(ok(capsys, "trainees", his, "--json"))
    assert [row["reports"] for row in overview["trainees"]] == [1]
    # her terminal shows what another wrote escaped: no colour, no right-to-left override
    signed(
        capsys, folder, co, trainee, "r2", "--report", "Såg \x1b[31mRÖTT\x1b[0m \u202eevil",
        "--report-from", "2026-10-01", "--report-until", "2026-10-31",
    )  # fmt: skip
    text = ok(capsys, "progress", trainee, "--language", "en")
    assert "\\u001b[31mRÖTT" in text and "\\u202eevil" in text
    assert "\x1b" not in text and "\u202e" not in text
    # what cannot be a report is refused at signing, with a sentence
    ok(capsys, "export", trainee, "--out", folder / "b-x.evtbundle")
    for argv, why in (
        (["--report", said, "--report-from", "2026-09-30", "--report-until", "2026-09-01"],
         "ends on or after the day it starts"),
        (["--report", said], "needs --report-from DATE and --report-until DATE"),
        (["--report", "Patient 811218-9876 gick bra", "--report-from", "2026-09-01",
          "--report-until", "2026-09-30"], "identity number"),
        (["--report-unit", "Örebro", "--approve", "K1a"], "go with --report"),
        (["--reject", "REPORT=fel"], "is not withdrawn by a refusal"),
    ):  # fmt: skip
        code, _out, err = run(
            capsys, "attest", co, folder / "b-x.evtbundle", *argv, "--out", folder / "x.evtattest"
        )
        assert code != 0 and why in err, (argv, err)
        assert "Traceback" not in err and not (folder / "x.evtattest").exists()
