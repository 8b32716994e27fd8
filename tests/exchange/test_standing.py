"""Every statement a bundle carries is judged by its signer's key, never by its name.

The threat model's dishonest trainee: she controls her logbook, every byte of her
bundles and which keys she trusts; she cannot sign with her supervisor's key. Each test
is a thing she can do, and what the supervisor's copy of EVTDesk must then show.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from evtdesk.bundle.attestation import make_attestation
from evtdesk.demo import create_demo
from evtdesk.exchange import (
    export_bundle,
    identity_info,
    import_attestation,
    open_bundle,
    trust_key,
)
from evtdesk.exchange.attestations import write_attestation
from evtdesk.exchange.supervisor import BundleView
from evtdesk.model import Statement
from evtdesk.store import FAST_TEST_KDF, Logbook
from tests.exchange.conftest import Pair, introduce, rebundled


def _export(pair: Pair, name: str) -> tuple[bytes, BundleView]:
    data = export_bundle(pair.trainee, pair.folder / name).path.read_bytes()
    return data, open_bundle(data, pair.supervisor, "en")


def _attest(pair: Pair, view: BundleView, *statements: Statement) -> bytes:
    out = pair.folder / f"{len(list(pair.folder.iterdir()))}.evtattest"
    return write_attestation(pair.supervisor, view, list(statements), out).read_bytes()


def _fake_supervisor(pair: Pair) -> Logbook:
    """The trainee makes a logbook named after her supervisor and trusts its key herself."""
    fake = Logbook.create(
        pair.folder / "fake.evtlog", "fake passphrase", "Erik Holm", kdf=FAST_TEST_KDF
    ).logbook
    trust_key(pair.trainee, identity_info(fake).public_key_text, "Erik Holm", "supervisor")
    trust_key(fake, identity_info(pair.trainee).public_key_text, "Karin", "trainee")
    return fake


def _standing(view: BundleView, subject: str) -> list[str]:
    return [s.standing for s in view.statements if s.subject == subject]


def test_the_break_replayed_leaves_forged_statements_unknown_and_uncounted(pair: Pair) -> None:
    introduce(pair)
    _data, first = _export(pair, "b1.evtbundle")
    refusal = _attest(pair, first, Statement("NI3", False, "Fler coilingfall behövs"))
    import_attestation(pair.trainee, refusal)

    fake = _fake_supervisor(pair)
    data, _ = _export(pair, "b2.evtbundle")
    forged_view = open_bundle(data, fake)
    forged = [Statement(s, True, "OK") for s in ("NI", "NI3", "A1", "PLAN", "NI1")]
    import_attestation(pair.trainee, _attest_as(fake, forged_view, forged, pair.folder))
    fake.close(backup=False)

    # In her own logbook the forgery counts: she trusts that key. That is her account.
    mine = open_bundle(data, None)  # nobody's view: every statement unknown
    assert all(not s.counted for s in mine.statements)

    data, view = _export(pair, "b3.evtbundle")
    assert view.verdict.valid
    fake_print = next(s.fingerprint for s in view.statements if s.subject == "A1")
    assert fake_print != identity_info(pair.supervisor).fingerprint
    for subject in ("NI", "A1", "PLAN", "NI1"):
        [statement] = [s for s in view.statements if s.subject == subject]
        assert (statement.standing, statement.counted) == ("unknown_key", False)
        assert statement.claimed_by == "Erik Holm" and statement.fingerprint == fake_print
    assert sorted(_standing(view, "NI3")) == ["own", "unknown_key"]
    assert view.progress is not None
    assert view.progress.item("NI3").state != "attested"
    assert "Fler coilingfall" in view.progress.item("NI3").rejection  # his refusal stands
    assert view.progress.item("NI1").attestation is None
    assert next(p for p in view.progress.parts if p.id == "NI").state != "complete"
    assert next(p for p in view.progress.parts if p.id == "A").state == "locked"


def _attest_as(
    signer: Logbook, view: BundleView, statements: list[Statement], folder: Path
) -> bytes:
    """Signed by hand, past the app's checks (a forger uses none of them)."""
    del folder
    assert view.manifest is not None
    return make_attestation(
        signer.signing_key(), signer.owner_name, view.manifest, view.manifest_sha256, statements
    )


def test_a_trainees_own_key_cannot_sign_her_approvals(pair: Pair) -> None:
    """Signed with the key the reader trusts as the trainee's: the wrong role, not counted."""
    introduce(pair)
    data, view = _export(pair, "b1.evtbundle")
    assert view.manifest is not None
    own = make_attestation(
        pair.trainee.signing_key(),
        "Erik Holm",
        view.manifest,
        view.manifest_sha256,
        [Statement("NI1", True, "")],
    )
    _data, later = _export(pair, "b2.evtbundle")
    bundle = rebundled(pair.trainee, _data, [own])
    view = open_bundle(bundle, pair.supervisor, "en")
    [statement] = [s for s in view.statements if s.subject == "NI1"]
    assert (statement.standing, statement.by) == ("wrong_role", "Karin Lindqvist")
    assert view.progress is not None and view.progress.item("NI1").state != "attested"


def test_the_supervisors_own_statement_counts_even_when_the_bundle_leaves_it_out(
    pair: Pair,
) -> None:
    introduce(pair)
    _data, first = _export(pair, "b1.evtbundle")
    import_attestation(pair.trainee, _attest(pair, first, Statement("NI3", False, "Fler fall")))
    data, _ = _export(pair, "b2.evtbundle")
    stripped = rebundled(pair.trainee, data, [])  # the refusal dropped from statements.json
    view = open_bundle(stripped, pair.supervisor, "en")
    [statement] = [s for s in view.statements if s.subject == "NI3"]
    assert statement.standing == "own" and not statement.carried
    assert any("leaves out 1 statement" in w for w in view.warnings)
    assert view.progress is not None and "Fler fall" in view.progress.item("NI3").rejection


def test_a_real_statement_about_another_trainee_is_invalid_here(pair: Pair, tmp_path: Path) -> None:
    introduce(pair)
    other = create_demo(tmp_path / "other.evtlog", kdf=FAST_TEST_KDF)
    trust_key(pair.supervisor, identity_info(other).public_key_text, "Olle", "trainee")
    other_data = export_bundle(other, tmp_path / "o.evtbundle").path.read_bytes()
    other_view = open_bundle(other_data, pair.supervisor)
    theirs = _attest(pair, other_view, Statement("NI1", True, "Olles godkännande"))
    other.close(backup=False)
    data, _ = _export(pair, "b1.evtbundle")
    view = open_bundle(rebundled(pair.trainee, data, [theirs]), pair.supervisor, "en")
    [statement] = [s for s in view.statements if s.subject == "NI1"]
    assert statement.standing == "invalid"
    assert "addressed to another trainee's key" in statement.problem


def test_a_statement_cannot_answer_this_bundle_or_a_later_one(pair: Pair) -> None:
    introduce(pair)
    data, view = _export(pair, "b1.evtbundle")
    answer = _attest(pair, view, Statement("NI1", True, ""))
    # the same bundle carrying the answer to itself (re-signed by the trainee)
    again = open_bundle(rebundled(pair.trainee, data, [answer]), pair.supervisor, "en")
    [statement] = [s for s in again.statements if s.subject == "NI1"]
    assert statement.standing == "invalid"
    assert (
        "answers bundle number 1, which is not earlier than this bundle (number 1)"
        in statement.problem
    )


def test_a_statement_signed_in_the_future_is_invalid(pair: Pair) -> None:
    """A supervisor's wrong clock (or a forger's date) cannot outrank later statements."""
    introduce(pair)
    _data, first = _export(pair, "b1.evtbundle")
    assert first.manifest is not None
    future = make_attestation(
        pair.supervisor.signing_key(),
        "Erik Holm",
        first.manifest,
        first.manifest_sha256,
        [Statement("NI1", True, "")],
        created=datetime(2099, 1, 1, tzinfo=UTC),
    )
    data, _ = _export(pair, "b2.evtbundle")
    view = open_bundle(rebundled(pair.trainee, data, [future]), pair.supervisor, "en")
    [statement] = [s for s in view.statements if s.subject == "NI1"]
    assert statement.standing == "invalid" and "after this moment" in statement.problem


def test_the_later_bundles_statement_decides_whatever_the_dates_say(pair: Pair) -> None:
    introduce(pair)
    _data, first = _export(pair, "b1.evtbundle")
    _data, second = _export(pair, "b2.evtbundle")
    assert first.manifest is not None and second.manifest is not None
    soon = datetime.now(UTC) + timedelta(minutes=10)  # a clock a little fast, still accepted
    approval = make_attestation(
        pair.supervisor.signing_key(),
        "Erik Holm",
        first.manifest,
        first.manifest_sha256,
        [Statement("NI1", True, "")],
        created=soon,
    )
    refusal = make_attestation(
        pair.supervisor.signing_key(),
        "Erik Holm",
        second.manifest,
        second.manifest_sha256,
        [Statement("NI1", False, "Fler mikrokateteriseringar")],
        created=datetime.now(UTC),
    )
    for answer in (approval, refusal):
        import_attestation(pair.trainee, answer)
    trainee_view = pair.trainee.snapshot()
    from evtdesk.curriculum import evaluate, load_curriculum

    mine = evaluate(load_curriculum("se-evt"), trainee_view, date.today(), "en").item("NI1")
    assert mine.state != "attested" and "Fler mikrokateteriseringar" in mine.missing
    data, view = _export(pair, "b3.evtbundle")
    assert view.progress is not None
    item = view.progress.item("NI1")
    assert item.attestation is not None and not item.attestation.approved


def test_a_signed_adaptation_counts_and_a_forged_one_does_not(pair: Pair) -> None:
    introduce(pair)
    pair.trainee.records.propose_adaptation("NI2", "Tränat utomlands", {"NI2.independent": 20})
    _data, first = _export(pair, "b1.evtbundle")
    assert first.progress is not None
    assert first.progress.item("NI2").conditions[1].required == 25  # not yet signed
    from evtdesk.exchange.attestations import signed_proposal

    import_attestation(pair.trainee, _attest(pair, first, signed_proposal(first, "NI2", True, "")))
    fake = _fake_supervisor(pair)
    _data, second = _export(pair, "b2.evtbundle")
    forged_view = open_bundle(_data, fake)
    waiver = Statement("ADAPT:NI.WEEK1", True, "Gjort utomlands", waived=True)
    import_attestation(pair.trainee, _attest_as(fake, forged_view, [waiver], pair.folder))
    fake.close(backup=False)
    _data, view = _export(pair, "b3.evtbundle")
    assert view.progress is not None
    assert view.progress.item("NI2").conditions[1].required == 20
    assert view.progress.item("NI2").adaptations[0].decided_by == "Erik Holm"
    assert not view.progress.item("NI.WEEK1").waived
    assert _standing(view, "ADAPT:NI.WEEK1") == ["unknown_key"]


def test_a_format_1_bundles_statements_cannot_be_checked(pair: Pair) -> None:
    from tests.exchange.conftest import format_1_bundle

    introduce(pair)
    data = format_1_bundle(pair.trainee, pair.folder)
    view = open_bundle(data, pair.supervisor, "en")
    assert view.verdict.valid, view.verdict.reasons
    assert view.statements and {s.standing for s in view.statements} == {"unverifiable"}
    assert view.progress is not None and view.progress.item("K1a").state != "attested"


def test_freshness_older_unlinked_and_forked_bundles_are_said(pair: Pair, tmp_path: Path) -> None:
    introduce(pair)
    first, view = _export(pair, "b1.evtbundle")
    assert view.freshness is not None and view.freshness.state == "first"
    backup = tmp_path / "copy.evtlog"
    pair.trainee.close(backup=False)
    import shutil

    for suffix in ("", ".keys"):
        shutil.copy(str(pair.folder / "trainee.evtlog") + suffix, str(backup) + suffix)
    pair.trainee = Logbook.open(pair.folder / "trainee.evtlog", "demo-logbook-passphrase")
    second, view = _export(pair, "b2.evtbundle")
    assert view.freshness is not None and view.freshness.state == "newer"
    again = open_bundle(first, pair.supervisor, "en")
    assert again.freshness is not None and again.freshness.state == "older"
    assert any("a newer one exists" in w or "since seen bundle 2" in w for w in again.warnings)
    # the copy made after bundle 1 exports its own bundle 2: another "number 2"
    copy = Logbook.open(backup, "demo-logbook-passphrase")
    twin = export_bundle(copy, tmp_path / "twin.evtbundle").path.read_bytes()
    third = export_bundle(copy, tmp_path / "third.evtbundle").path.read_bytes()
    copy.close(backup=False)
    forked = open_bundle(twin, pair.supervisor, "en")
    assert forked.freshness is not None and forked.freshness.state == "forked"
    unlinked = open_bundle(third, pair.supervisor, "en")
    assert unlinked.freshness is not None and unlinked.freshness.state == "unlinked"
    assert json.dumps([w for w in unlinked.warnings])  # shown to the reader


def test_a_copy_carrying_a_genuine_files_id_does_not_hide_it(pair: Pair) -> None:
    """An altered copy of his refusal (its signature broken), and one re-signed with a key
    of hers, both with the refusal's attestation id, put before the genuine file."""
    introduce(pair)
    _data, first = _export(pair, "b1.evtbundle")
    approval = _attest(pair, first, Statement("NI1", True, "Bra"))
    _data, second = _export(pair, "b2.evtbundle")
    refusal = _attest(pair, second, Statement("NI1", False, "Fler fall behövs"))
    for answer in (approval, refusal):
        import_attestation(pair.trainee, answer)
    data, _ = _export(pair, "b3.evtbundle")
    broken = json.loads(refusal)
    broken["attestation"]["statements"] = [{"subject": "K1a", "approved": True, "comment": "x"}]
    altered = json.dumps(broken).encode()
    assert second.manifest is not None
    mine = json.loads(
        make_attestation(
            pair.trainee.signing_key(),
            "Erik Holm",
            second.manifest,
            second.manifest_sha256,
            [Statement("K1b", True, "")],
        )
    )
    mine["attestation"]["attestation_id"] = broken["attestation"]["attestation_id"]
    from evtdesk.bundle.manifest import canonical
    from evtdesk.signing.minisign import sign

    mine["minisig"] = sign(canonical(mine["attestation"]), pair.trainee.signing_key(), "x")
    for decoys in ([altered], [json.dumps(mine).encode()], [altered, json.dumps(mine).encode()]):
        for remembered_only in (False, True):
            carried = [*decoys, approval] + ([] if remembered_only else [refusal])
            view = open_bundle(rebundled(pair.trainee, data, carried), pair.supervisor, "en")
            assert view.progress is not None
            current = view.progress.item("NI1").attestation
            assert current is not None and not current.approved, (decoys, remembered_only)


def test_a_bundle_downgraded_to_format_1_keeps_his_statements_and_is_said(pair: Pair) -> None:
    """Format 1 carries no signed statements and ties no report to its bundle: re-signing
    bundle 3 as format 1 must neither hide his refusal nor pass unremarked."""
    from tests.exchange.conftest import format_1_bundle

    introduce(pair)
    _data, first = _export(pair, "b1.evtbundle")
    import_attestation(pair.trainee, _attest(pair, first, Statement("NI3", False, "Fler fall")))
    old = format_1_bundle(pair.trainee, pair.folder)
    view = open_bundle(old, pair.supervisor, "en")
    assert view.verdict.valid
    assert view.freshness is not None and view.freshness.state == "downgraded"
    assert any("format 1 bundle" in w for w in view.warnings)
    [his] = [s for s in view.statements if s.subject == "NI3" and s.standing == "own"]
    assert not his.carried
    assert view.progress is not None and "Fler fall" in view.progress.item("NI3").rejection


def test_a_co_supervisors_later_approval_does_not_override_the_supervisors_refusal(
    pair: Pair,
) -> None:
    """A co-supervisor cannot speak for the main supervisor (threat model), even when the
    trainee showed the co-supervisor a bundle without the refusal."""
    introduce(pair)
    co = Logbook.create(
        pair.folder / "co.evtlog", "co passphrase", "Sara Nyberg", kdf=FAST_TEST_KDF
    ).logbook
    trust_key(co, identity_info(pair.trainee).public_key_text, "Karin", "trainee")
    for reader in (pair.trainee, pair.supervisor):
        trust_key(reader, identity_info(co).public_key_text, "Sara Nyberg", "co_supervisor")
    _data, first = _export(pair, "b1.evtbundle")
    refusal = _attest(pair, first, Statement("K1a", False, "Underlag saknas"))
    import_attestation(pair.trainee, refusal)
    data, _ = _export(pair, "b2.evtbundle")
    hidden = rebundled(pair.trainee, data, [])
    co_view = open_bundle(hidden, co)
    approval = write_attestation(
        co, co_view, [Statement("K1a", True, "OK")], pair.folder / "co.evtattest"
    )
    co.close(backup=False)
    data, _ = _export(pair, "b3.evtbundle")
    view = open_bundle(
        rebundled(pair.trainee, data, [refusal, approval.read_bytes()]), pair.supervisor, "en"
    )
    assert view.progress is not None
    current = view.progress.item("K1a").attestation
    assert current is not None and not current.approved and current.supervisor_name == "Erik Holm"
    [co_statement] = [s for s in view.statements if s.subject == "K1a" and s.standing == "trusted"]
    assert co_statement.role == "co_supervisor" and co_statement.counted


def test_a_co_supervisors_statement_is_her_report_even_where_no_supervisor_has_spoken(
    pair: Pair,
) -> None:
    """She supports and reports to the main supervisor (S4): her approval of K1b stands
    by her key and is shown, but K1b waits for his."""
    introduce(pair)
    co = Logbook.create(
        pair.folder / "co.evtlog", "co passphrase", "Sara Nyberg", kdf=FAST_TEST_KDF
    ).logbook
    trust_key(co, identity_info(pair.trainee).public_key_text, "Karin", "trainee")
    trust_key(pair.supervisor, identity_info(co).public_key_text, "Sara Nyberg", "co_supervisor")
    trust_key(pair.trainee, identity_info(co).public_key_text, "Sara Nyberg", "co_supervisor")
    data, _ = _export(pair, "b1.evtbundle")
    answer = write_attestation(
        co,
        open_bundle(data, co),
        [Statement("K1b", True, "Bra")],
        pair.folder / "co.evtattest",
    )
    co.close(backup=False)
    import_attestation(pair.trainee, answer.read_bytes())
    _data, view = _export(pair, "b2.evtbundle")
    assert view.progress is not None
    assert view.progress.item("K1b").state != "attested"
    assert [(r.subject, r.supervisor_name) for r in view.progress.reports] == [
        ("K1b", "Sara Nyberg")
    ]


def test_her_own_key_trusted_as_a_supervisors_by_mistake_still_decides_nothing(
    pair: Pair,
) -> None:
    """Found by an attack: a supervisor who trusted the trainee's key as 'supervisor' (the
    wrong role) saw her self-signed approvals counted. A statement signed with the key
    that signed the bundle is hers, whatever role the reader gave that key."""
    trust_key(pair.supervisor, identity_info(pair.trainee).public_key_text, "Karin", "supervisor")
    trust_key(
        pair.trainee, identity_info(pair.supervisor).public_key_text, "Erik Holm", "supervisor"
    )
    _data, view = _export(pair, "b1.evtbundle")
    own = _attest_as(pair.trainee, view, [Statement("NI1", True, "")], pair.folder)
    view = open_bundle(
        rebundled(pair.trainee, _export(pair, "b2.evtbundle")[0], [own]), pair.supervisor, "en"
    )
    [statement] = [s for s in view.statements if s.subject == "NI1"]
    assert statement.standing == "wrong_role" and not statement.counted
    assert "the trainee's own statement" in statement.problem
