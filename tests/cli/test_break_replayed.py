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
    # (PREP too: her fake logbook does not know the demo's approval of it, and EVTDesk
    # signs no part's approval out of order)
    approvals = [a for s in ("PREP", "NI", "NI3", "A1", "PLAN") for a in ("--approve", s)]
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
    for subject in ("NI", "A1", "PLAN"):
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


def test_names_from_a_bundle_cannot_rewrite_the_terminal(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A trainee name holding a carriage return and escape sequences would otherwise
    overwrite "NOT TRUSTED" with a fake "VALID" line on the supervisor's terminal."""
    trick = "Karin\r\x1b[2KVALID: every check passed \u202e"
    bundle = folder / "b.evtbundle"
    assert run(capsys, "export", str(folder / "trainee.evtlog"), "--out", str(bundle))[0] == 0
    import io
    import zipfile

    with zipfile.ZipFile(bundle) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    from evtdesk.bundle.manifest import canonical, file_entry, signature_comment
    from evtdesk.signing.minisign import sign

    logbook_json = json.loads(members["logbook.json"])
    logbook_json["trainee"]["name"] = trick
    members["logbook.json"] = json.dumps(logbook_json).encode()
    manifest = json.loads(members["manifest.json"])
    manifest["trainee"]["name"] = trick
    names = ("report.pdf", "logbook.json", "statements.json")
    manifest["files"] = [file_entry(n, members[n]) for n in names]
    members["manifest.json"] = canonical(manifest)
    with Logbook.open(folder / "trainee.evtlog", PASSPHRASE) as logbook:
        comment = signature_comment(manifest["bundle_id"], manifest["sequence"])
        members["manifest.json.minisig"] = sign(
            members["manifest.json"], logbook.signing_key(), comment
        ).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    bundle.write_bytes(buffer.getvalue())
    code, out, _ = run(capsys, "verify", str(bundle))
    assert code == 1
    assert "\x1b" not in out and "\r" not in out and "\u202e" not in out
    assert "\\u001b[2K" in out


def test_attest_shows_what_it_signs_and_will_not_answer_an_old_bundle_unasked(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    trainee, his = str(folder / "trainee.evtlog"), str(folder / "his.evtlog")
    trust(
        capsys,
        folder,
        "his",
        key_of(capsys, folder, "trainee"),
        "Karin Lindqvist (demo)",
        "trainee",
    )
    with Logbook.open(folder / "trainee.evtlog", PASSPHRASE) as logbook:
        logbook.records.propose_adaptation("NI2", "Tränat utomlands", {"NI2.independent": 20})
    b1, b2 = folder / "b1.evtbundle", folder / "b2.evtbundle"
    assert run(capsys, "export", trainee, "--out", str(b1))[0] == 0
    code, out, _ = run(capsys, "verify", str(b1), "--logbook", his)
    assert "ADAPT:NI2: Tränat utomlands [NI2.independent → 20]" in out  # seen before signing
    document = json.loads(run(capsys, "verify", str(b1), "--logbook", his, "--json")[1])
    [proposal] = document["proposals"]
    assert (proposal["item"], proposal["required"], proposal["waived"]) == (
        "NI2",
        {"NI2.independent": 20},
        False,
    )
    code, out, err = run(
        capsys, "attest", his, str(b1), "--adapt", "NI2", "--out", str(folder / "a.evtattest")
    )
    assert code == 0, err
    assert "ADAPT:NI2 approved: Tränat utomlands [NI2.independent → 20]" in out

    assert run(capsys, "export", trainee, "--out", str(b2))[0] == 0
    assert run(capsys, "verify", str(b2), "--logbook", his)[0] == 0  # he has seen bundle 2
    code, out, err = run(
        capsys, "attest", his, str(b1), "--reject", "K1a=x", "--out", str(folder / "late.evtattest")
    )
    assert code == 1 and "add --force" in err and "since seen bundle 2" in out
    assert not (folder / "late.evtattest").exists()
    code, _, err = run(
        capsys,
        "attest",
        his,
        str(b1),
        "--reject",
        "K1a=x",
        "--force",
        "--out",
        str(folder / "late.evtattest"),
    )
    assert code == 0, err


def test_a_proposal_with_a_negative_number_is_refused_not_signed_into_a_broken_file(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _trainee, his = str(folder / "trainee.evtlog"), str(folder / "his.evtlog")
    trust(
        capsys,
        folder,
        "his",
        key_of(capsys, folder, "trainee"),
        "Karin Lindqvist (demo)",
        "trainee",
    )
    with Logbook.open(folder / "trainee.evtlog", PASSPHRASE) as logbook:
        logbook.records.propose_adaptation("NI2", "x", {"NI2.independent": 3})
        bundle = folder / "b.evtbundle"
        from evtdesk.exchange import export_bundle

        export_bundle(logbook, bundle)
        import io
        import zipfile

        from evtdesk.bundle.manifest import canonical, file_entry, signature_comment
        from evtdesk.signing.minisign import sign

        with zipfile.ZipFile(bundle) as archive:
            members = {n: archive.read(n) for n in archive.namelist()}
        data = json.loads(members["logbook.json"])
        data["plan"]["proposals"][-1]["required"]["NI2.independent"] = -3
        members["logbook.json"] = json.dumps(data).encode()
        manifest = json.loads(members["manifest.json"])
        names = ("report.pdf", "logbook.json", "statements.json")
        manifest["files"] = [file_entry(n, members[n]) for n in names]
        members["manifest.json"] = canonical(manifest)
        comment = signature_comment(manifest["bundle_id"], manifest["sequence"])
        members["manifest.json.minisig"] = sign(
            members["manifest.json"], logbook.signing_key(), comment
        ).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    bundle.write_bytes(buffer.getvalue())
    code, out, err = run(
        capsys, "attest", his, str(bundle), "--adapt", "NI2", "--out", str(folder / "a.evtattest")
    )
    assert code == 1 and "proposals[0].required.NI2.independent is negative" in err
    assert not (folder / "a.evtattest").exists()
