"""Supervisors change, keys leave: a statement is judged by the role its signer held on
the day it was signed, a trusted key can be retired or removed, and a new key under a
trusted name is called a possible impostor, with both fingerprints."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from evtdesk.bundle.attestation import AttestationRefused
from evtdesk.cli import main
from evtdesk.curriculum.engine import evaluate
from evtdesk.curriculum.loader import load_shipped
from evtdesk.demo import DEMO_PASSPHRASE, create_demo
from evtdesk.exchange import (
    export_bundle,
    identity_info,
    import_attestation,
    open_bundle,
    trust_key,
)
from evtdesk.exchange.attestations import write_attestation
from evtdesk.exchange.trust_terms import find_trusted, remove, retire
from evtdesk.model import Statement
from evtdesk.store import FAST_TEST_KDF, Logbook, LogbookError
from tests.exchange.conftest import Pair, introduce

YESTERDAY = date.today() - timedelta(days=1)


def _approve_ni1(pair: Pair, name: str) -> bytes:
    """Erik approves NI1 about a fresh bundle: the attestation's bytes."""
    data = export_bundle(pair.trainee, pair.folder / f"{name}.evtbundle").path.read_bytes()
    view = open_bundle(data, pair.supervisor, "en")
    out = pair.folder / f"{name}.evtattest"
    return write_attestation(
        pair.supervisor, view, [Statement("NI1", True, "Sett")], out
    ).read_bytes()


def _ni1(pair: Pair) -> str:
    snapshot = pair.trainee.snapshot()
    progress = evaluate(load_shipped(snapshot.curriculum_id), snapshot, date.today(), "en")
    return progress.item("NI1").state


def _eriks_key(pair: Pair):  # type: ignore[no-untyped-def]
    return find_trusted(pair.trainee, identity_info(pair.supervisor).public_key_text)


def test_a_retired_supervisor_keeps_what_he_decided_and_decides_nothing_after(
    pair: Pair,
) -> None:
    introduce(pair)
    import_attestation(pair.trainee, _approve_ni1(pair, "b1"))
    assert _ni1(pair) == "attested"
    retire(pair.trainee, _eriks_key(pair), date.today())  # he hands over tonight
    assert _ni1(pair) == "attested", "what he signed in his term stands"
    retire(pair.trainee, _eriks_key(pair), YESTERDAY)  # he left yesterday
    assert _ni1(pair) != "attested", "signed today, after his term: it counts for nothing"
    with pytest.raises(AttestationRefused, match="outside the term you trust Erik Holm's key"):
        import_attestation(pair.trainee, _approve_ni1(pair, "b2"))


def test_a_removed_key_counts_for_nothing_whenever_it_signed(pair: Pair) -> None:
    introduce(pair)
    import_attestation(pair.trainee, _approve_ni1(pair, "b1"))
    removed = remove(pair.trainee, _eriks_key(pair))
    assert removed.name == "Erik Holm"
    assert _ni1(pair) != "attested"
    with pytest.raises(LogbookError, match="not trusted"):
        _eriks_key(pair)


def test_the_new_main_supervisor_reads_the_old_ones_statements_by_his_term(pair: Pair) -> None:
    """Anna takes over: she trusts Erik's key until yesterday, so his statement signed
    today is shown as outside his term and decides nothing in her view."""
    introduce(pair)
    import_attestation(pair.trainee, _approve_ni1(pair, "b1"))
    anna = Logbook.create(
        pair.folder / "anna.evtlog", "anna passphrase", "Anna Berg", kdf=FAST_TEST_KDF
    ).logbook
    trust_key(anna, identity_info(pair.trainee).public_key_text, "Karin Lindqvist", "trainee")
    erik = identity_info(pair.supervisor).public_key_text
    trust_key(anna, erik, "Erik Holm", "supervisor", valid_until=YESTERDAY)
    data = export_bundle(pair.trainee, pair.folder / "b2.evtbundle").path.read_bytes()
    view = open_bundle(data, anna, "en")
    anna.close(backup=False)
    [his] = [s for s in view.statements if s.subject == "NI1"]
    assert (his.standing, his.counted) == ("out_of_term", False)
    assert f"until {YESTERDAY.isoformat()}" in his.problem


def test_a_new_key_under_a_trusted_name_is_called_a_possible_impostor(pair: Pair) -> None:
    introduce(pair)
    fake = Logbook.create(
        pair.folder / "fake.evtlog", "fake passphrase", "Erik Holm", kdf=FAST_TEST_KDF
    ).logbook
    trust_key(pair.trainee, identity_info(fake).public_key_text, "Erik Holm", "supervisor")
    trust_key(fake, identity_info(pair.trainee).public_key_text, "Karin", "trainee")
    data = export_bundle(pair.trainee, pair.folder / "b1.evtbundle").path.read_bytes()
    out = pair.folder / "fake.evtattest"
    forged = [Statement("K2f", True, "")]
    import_attestation(
        pair.trainee, write_attestation(fake, open_bundle(data, fake), forged, out).read_bytes()
    )
    fake.close(backup=False)
    data = export_bundle(pair.trainee, pair.folder / "b2.evtbundle").path.read_bytes()
    [claim] = [s for s in open_bundle(data, pair.supervisor).statements if s.subject == "K2f"]
    assert claim.standing == "unknown_key"  # in his own name, not with his key
    assert "signed in your name by a key that is not yours" in claim.problem
    anna = Logbook.create(
        pair.folder / "anna.evtlog", "anna passphrase", "Anna Berg", kdf=FAST_TEST_KDF
    ).logbook
    karin = pair.trainee.owner_name  # the name her bundles carry
    trust_key(anna, identity_info(pair.trainee).public_key_text, karin, "trainee")
    trust_key(anna, identity_info(pair.supervisor).public_key_text, "Erik Holm", "supervisor")
    [claim] = [s for s in open_bundle(data, anna).statements if s.subject == "K2f"]
    assert claim.standing == "unknown_key" and "possible impostor" in claim.problem
    assert identity_info(pair.supervisor).fingerprint in claim.problem
    assert claim.fingerprint in claim.problem

    other = create_demo(pair.folder / "other.evtlog", kdf=FAST_TEST_KDF)  # "Karin" again
    bundle = export_bundle(other, pair.folder / "other.evtbundle").path.read_bytes()
    other.close(backup=False)
    view = open_bundle(bundle, anna)
    anna.close(backup=False)
    assert any("possible impostor" in w for w in view.warnings)


def test_the_command_line_retires_and_removes_after_saying_what_changes(
    pair: Pair, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    introduce(pair)
    erik = identity_info(pair.supervisor)
    (pair.folder / "erik.pub").write_text(erik.public_key_text)
    path = str(pair.trainee.path)
    pair.trainee.close(backup=False)
    monkeypatch.setenv("EVTDESK_PASSPHRASE", DEMO_PASSPHRASE)
    key = str(pair.folder / "erik.pub")
    assert main(["trust", path, key, "--retire", "--yes"]) == 2
    assert "--retire --until" in capsys.readouterr().err
    assert main(["trust", path, key, "--remove", "--name", "X", "--yes"]) == 2
    capsys.readouterr()
    until = YESTERDAY.isoformat()
    assert main(["trust", path, key, "--retire", "--until", until, "--yes"]) == 0
    said = capsys.readouterr().out
    assert f"This retires Erik Holm's key (supervisor, fingerprint {erik.fingerprint})" in said
    assert "Retired Erik Holm's key (supervisor)." in said
    short = " ".join(erik.fingerprint.split()[:4])
    assert main(["trust", path, short, "--remove", "--yes"]) == 0
    assert "nothing it signed counts any more" in capsys.readouterr().out
    assert main(["trust", path, short, "--remove", "--yes"]) == 1
    assert "not trusted in this logbook" in capsys.readouterr().err
    pair.trainee = Logbook.open(Path(path), DEMO_PASSPHRASE)  # for the fixture to close


def test_a_bundle_made_after_a_trainee_key_was_retired_is_not_trusted(pair: Pair) -> None:
    """Found by an attack: retiring a trainee's key said what it signs after counts for
    nothing, yet her later bundle was still VALID."""
    introduce(pair)
    karin = find_trusted(pair.supervisor, identity_info(pair.trainee).public_key_text)
    retire(pair.supervisor, karin, YESTERDAY)
    data = export_bundle(pair.trainee, pair.folder / "b1.evtbundle").path.read_bytes()
    view = open_bundle(data, pair.supervisor, "en")
    assert not view.verdict.valid
    assert any("outside the term you trust" in r for r in view.verdict.reasons)


def test_trusting_a_second_key_under_a_trusted_name_warns_and_a_later_end_says_so(
    pair: Pair, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by an attack: 'trust' took a second key under a trusted name without a word,
    and '--retire --until' a later day extended a term while saying 'This retires'."""
    introduce(pair)
    other = Logbook.create(
        pair.folder / "new.evtlog", "other passphrase", "Erik Holm", kdf=FAST_TEST_KDF
    ).logbook
    (pair.folder / "new.pub").write_text(identity_info(other).public_key_text)
    other.close(backup=False)
    erik = _eriks_key(pair)
    retire(pair.trainee, erik, YESTERDAY)
    path = str(pair.trainee.path)
    pair.trainee.close(backup=False)
    monkeypatch.setenv("EVTDESK_PASSPHRASE", DEMO_PASSPHRASE)
    new = ["trust", path, str(pair.folder / "new.pub"), "--name", "Erik  Holm"]
    assert main([*new, "--role", "supervisor", "--yes"]) == 0
    said = capsys.readouterr().out
    assert "WARNING: you already trust “Erik Holm” with another key" in said
    assert erik.fingerprint in said
    (pair.folder / "old.pub").write_text(identity_info(pair.supervisor).public_key_text)
    later = (YESTERDAY + timedelta(days=30)).isoformat()
    old = ["trust", path, str(pair.folder / "old.pub"), "--retire", "--until", later, "--yes"]
    assert main(old) == 0
    assert f"from {YESTERDAY.isoformat()} to {later}" in capsys.readouterr().out
    pair.trainee = Logbook.open(Path(path), DEMO_PASSPHRASE)
