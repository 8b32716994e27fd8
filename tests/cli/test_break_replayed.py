"""Issue 10's break, replayed with the command line alone, exactly as a dishonest trainee
would: a key named after her supervisor, trusted in her own logbook, signing approvals.
The real supervisor's `verify --logbook` must show them as claims of a key he does not
trust, count none of them, and keep his own refusal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evtdesk.cli import main
from evtdesk.demo import create_demo
from evtdesk.store import FAST_TEST_KDF, Logbook

PASSPHRASE = "demo-logbook-passphrase"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EVTDESK_PASSPHRASE", PASSPHRASE)
    create_demo(tmp_path / "trainee.evtlog", kdf=FAST_TEST_KDF).close(backup=False)
    for name, owner in (("his", "Erik Holm"), ("fake", "Erik Holm")):
        # `evtdesk init` would do the same with a slower key derivation
        Logbook.create(
            tmp_path / f"{name}.evtlog", PASSPHRASE, owner, kdf=FAST_TEST_KDF
        ).logbook.close(backup=False)
    return tmp_path


def key_of(capsys: pytest.CaptureFixture[str], folder: Path, name: str) -> str:
    code, out, _ = run(capsys, "identity", str(folder / f"{name}.evtlog"))
    assert code == 0
    path = folder / f"{name}.pub"
    path.write_text(out)  # `evtdesk identity L > name.pub`
    return str(path)


def trust(
    capsys: pytest.CaptureFixture[str], folder: Path, owner: str, key: str, name: str, role: str
) -> None:
    code, _, err = run(
        capsys,
        "trust",
        str(folder / f"{owner}.evtlog"),
        key,
        "--name",
        name,
        "--role",
        role,
        "--yes",
    )
    assert code == 0, err


def statements(document: dict[str, Any], subject: str) -> list[dict[str, Any]]:
    return [s for s in document["statements"] if s["subject"] == subject]


def test_forged_approvals_are_unknown_key_claims_and_his_refusal_stands(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    trainee, his, fake = (str(folder / f"{n}.evtlog") for n in ("trainee", "his", "fake"))
    trainee_pub, his_pub, fake_pub = (key_of(capsys, folder, n) for n in ("trainee", "his", "fake"))
    trust(capsys, folder, "his", trainee_pub, "Karin Lindqvist (demo)", "trainee")
    trust(capsys, folder, "trainee", his_pub, "Erik Holm", "supervisor")

    # the real supervisor refuses NI3 on her first bundle
    b1, a1 = folder / "b1.evtbundle", folder / "a1.evtattest"
    assert run(capsys, "export", trainee, "--out", str(b1))[0] == 0
    code, _, err = run(
        capsys, "attest", his, str(b1), "--reject", "NI3=Fler coilingfall", "--out", str(a1)
    )
    assert code == 0, err
    assert run(capsys, "import-attestation", trainee, str(a1))[0] == 0

    # 1-3: her own "Erik Holm" key, trusted by her, signing approvals
    trust(capsys, folder, "trainee", fake_pub, "Erik Holm", "supervisor")
    trust(capsys, folder, "fake", trainee_pub, "Karin", "trainee")
    b2, forged = folder / "b2.evtbundle", folder / "forged.evtattest"
    assert run(capsys, "export", trainee, "--out", str(b2))[0] == 0
    approvals = [a for s in ("NI", "NI3", "EXAM_WEEK", "PLAN") for a in ("--approve", s)]
    code, _, err = run(capsys, "attest", fake, str(b2), *approvals, "--out", str(forged))
    assert code == 0, err
    assert run(capsys, "import-attestation", trainee, str(forged))[0] == 0
    b3 = folder / "b3.evtbundle"
    assert run(capsys, "export", trainee, "--out", str(b3))[0] == 0

    # 4: the real Erik verifies
    code, out, _ = run(capsys, "verify", str(b3), "--logbook", his, "--json")
    assert code == 0
    document = json.loads(out)
    assert (document["valid"], document["state"]) == (True, "valid")
    assert document["sequence"] == 3 and document["entry_count"] > 0
    assert document["freshness"]["state"] == "newer"  # he saw bundle 1 when he attested it
    for subject in ("NI", "EXAM_WEEK", "PLAN"):
        [claim] = statements(document, subject)
        assert claim["standing"] == "unknown_key" and claim["counted"] is False
        assert claim["claimed_by"] == "Erik Holm" and claim["fingerprint"]
        assert set(claim) >= {
            "subject",
            "approved",
            "comment",
            "by",
            "fingerprint",
            "signed_at",
            "standing",
        }
    standings = sorted(s["standing"] for s in statements(document, "NI3"))
    assert standings == ["own", "unknown_key"]
    progress = {i["id"]: i for i in document["progress"]["items"]}
    parts = {p["id"]: p["state"] for p in document["progress"]["parts"]}
    assert progress["NI3"]["attested"] is False
    assert progress["NI3"]["attestation"]["approved"] is False  # his refusal decides
    assert parts["NI"] != "complete" and parts["A"] == "locked"
    again = json.loads(run(capsys, "verify", str(b3), "--logbook", his, "--json")[1])
    assert again["freshness"]["state"] == "seen"

    code, out, _ = run(capsys, "verify", str(b3), "--logbook", his)
    assert code == 0
    assert "not counted  NI approved — claims to be Erik Holm" in out
    assert "counts       NI3 NOT approved — you" in out


def test_verify_states_the_bundles_facts_and_json_keys_on_every_path(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    trainee, his = str(folder / "trainee.evtlog"), str(folder / "his.evtlog")
    trainee_pub = key_of(capsys, folder, "trainee")
    trust(capsys, folder, "his", trainee_pub, "Karin Lindqvist (demo)", "trainee")
    bundle = folder / "b.evtbundle"
    assert run(capsys, "export", trainee, "--out", str(bundle))[0] == 0
    code, out, _ = run(capsys, "verify", str(bundle), "--logbook", his)
    assert code == 0
    assert "Bundle 1, made 20" in out and "entries, chain head" in out
    code, out, _ = run(capsys, "verify", str(bundle), "--trust", trainee_pub, "--json")
    valid = json.loads(out)
    code, out, _ = run(capsys, "verify", str(folder / "nosuch.evtbundle"), "--json")
    unreadable = json.loads(out)
    assert code == 2 and set(unreadable) == set(valid) | {"error"}
    for key in (
        "created",
        "sequence",
        "entry_count",
        "chain_head",
        "chain_seq",
        "statements",
        "progress",
    ):
        assert key in valid
    assert valid["chain_head"] and valid["entry_count"] > 0 and valid["progress"]["items"]


def test_a_mistyped_key_file_is_said_as_such(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = folder / "b.evtbundle"
    assert run(capsys, "export", str(folder / "trainee.evtlog"), "--out", str(bundle))[0] == 0
    code, _, err = run(capsys, "verify", str(bundle), "--trust", str(folder / "nosuch.pub"))
    assert code == 2 and "there is no key file" in err and "base64" not in err
