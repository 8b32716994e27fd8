"""`evtdesk certificate` and `evtdesk notice`: the documents her main supervisor signs,
issued from his own view of her bundle and refused, with one sentence and no file, while
what they state does not stand there."""

from __future__ import annotations

import io
import zipfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from evtdesk.exchange import identity_info
from evtdesk.exchange.export import pdf_identity
from evtdesk.report.certificate import G3_SOURCE_SV, G3_TRANSLATION_EN
from evtdesk.signing.pdf import ca_sha256, validate_pdf
from evtdesk.store import FAST_TEST_KDF, Logbook
from tests.cli.test_approval_attacks import co_supervisor, fail_week_one, passed_week
from tests.cli.test_approval_flow import PASSPHRASE, TODAY, ok, pair, run
from tests.report.report_helpers import pages_text

__all__ = ["pair"]  # the fixture, shared with the approval flow


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """The refusals are said in the system's language unless --language says otherwise."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def approved(capsys: Any, pair: Any, signer: Path | None = None) -> tuple[Path, Path, Path, Path]:
    """Week 1 passed by her supervisor, then the training approved (A1, A) by `signer`
    (he, unless another is given) and imported; her next bundle, b3."""
    folder, trainee, his, _first = passed_week(capsys, pair)
    ok(
        capsys, "attest", signer or his, folder / "b2.evtbundle", "--approve", "A1",
        "--approve", "A", "--out", folder / "a2.evtattest",
    )  # fmt: skip
    ok(capsys, "import-attestation", trainee, folder / "a2.evtattest")
    ok(capsys, "export", trainee, "--out", folder / "b3.evtbundle")
    return folder, trainee, his, folder / "b3.evtbundle"


def second_main_supervisor(capsys: Any, pair: Any) -> Path:
    """Lena Ek's logbook: she trusts the trainee, and the trainee and Erik trust her as a
    main supervisor too (keys handed over as .pub files in the folder)."""
    folder, trainee, his, _site = pair
    lena = folder / "lena.evtlog"
    Logbook.create(lena, PASSPHRASE, "Lena Ek", kdf=FAST_TEST_KDF).logbook.close(backup=False)
    for path, name in ((lena, "lena"), (trainee, "k"), (his, "erik")):
        with Logbook.open(path, PASSPHRASE) as logbook:
            (folder / f"{name}.pub").write_text(identity_info(logbook).public_key_text)
    for reader in (trainee, his):
        ok(capsys, "trust", reader, folder / "lena.pub", "--name", "Lena Ek",
           "--role", "supervisor", "--yes")  # fmt: skip
    ok(capsys, "trust", lena, folder / "k.pub", "--name", "Karin", "--role", "trainee", "--yes")
    return lena


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(pages_text(pdf)).split())


def his_ca(his: Path) -> bytes:
    with Logbook.open(his, PASSPHRASE) as logbook:
        return pdf_identity(logbook).ca_cert_pem


def refused(capsys: Any, *argv: Any) -> str:
    """Exit 1, one line, no traceback, no file at --out."""
    out = Path(argv[argv.index("--out") + 1])
    code, _, err = run(capsys, *argv)
    assert code == 1, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert not out.exists()
    return err


def test_a_certificate_is_signed_for_an_approved_trainee(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, trainee, his, bundle = approved(capsys, pair)
    out = folder / "certificate.pdf"
    said = ok(capsys, "certificate", his, bundle, "--out", out, "--language", "en")
    assert f"Certificate for Karin (approved on {TODAY.isoformat()}) written" in said
    pdf = out.read_bytes()

    # pyHanko, with his CA as the only trust root: intact, trusted, nothing after it
    ca = his_ca(his)
    root = asn1_x509.Certificate.load(
        x509.load_pem_x509_certificate(ca).public_bytes(serialization.Encoding.DER)
    )
    [signature] = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    status = validate_pdf_signature(signature, ValidationContext(trust_roots=[root]))
    assert status.summary() == "INTACT:TRUSTED,UNTOUCHED"
    checked = validate_pdf(pdf, ca_sha256(ca))
    assert checked.ok, checked.reason
    assert checked.facts["Document"] == "certificate"
    assert checked.facts["Approved"] == TODAY.isoformat()
    assert ca_sha256(ca) in said
    with Logbook.open(trainee, PASSPHRASE) as logbook:  # her CA does not vouch for it
        assert not validate_pdf(pdf, ca_sha256(pdf_identity(logbook))).ok

    text = text_of(pdf)
    assert "Certificate of completed training as an EVT interventionist" in text
    assert "Karin" in text and "Erik Holm" in text
    with Logbook.open(trainee, PASSPHRASE) as logbook:
        assert identity_info(logbook).fingerprint in text  # as people compare it
    assert f"approved on {TODAY.isoformat()}" in text
    for part in ("Preparatory part", "Neurointervention part", "Approval"):
        assert part in text
    end = TODAY.replace(year=TODAY.year + 1) - timedelta(days=1)
    assert f"{TODAY.isoformat()}, and runs to {end.isoformat()}" in text  # the follow-up year
    assert "Passed on" in text
    assert G3_TRANSLATION_EN in text and "EVTDesk's translation" in text
    assert G3_SOURCE_SV in text  # the authority, quoted beside it
    assert (  # the guidance's own words, as the source has them
        "är således inte godkänd att utföra andra neurointerventionella ingrepp eller "
        "självständigt ansvara för utbildning av andra interventionister vare sig i EVT "
        "eller andra neurointerventionsingrepp." in text
    )

    swedish = folder / "intyg.pdf"
    ok(capsys, "certificate", his, bundle, "--out", swedish, "--language", "sv")
    text = text_of(swedish.read_bytes())
    assert "Intyg om genomförd utbildning till EVT-interventionist" in text
    assert G3_SOURCE_SV in text and G3_TRANSLATION_EN not in text
    assert f"utbildningen godkändes {TODAY.isoformat()}" in text


def test_refused_while_the_training_is_not_approved_in_his_view(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _trainee, his, _first = passed_week(capsys, pair)  # the week passed, no approval
    out = folder / "c.pdf"
    err = refused(capsys, "certificate", his, folder / "b2.evtbundle", "--out", out)
    assert "The training is not approved in your view of the bundle" in err
    assert "“Approval”" in err


def test_refused_when_a_co_supervisor_alone_approved(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, trainee, his, _site = pair
    co = co_supervisor(capsys, folder, trainee, his)
    with Logbook.open(his, PASSPHRASE) as logbook:  # she reads his statements too
        (folder / "erik.pub").write_text(identity_info(logbook).public_key_text)
    ok(capsys, "trust", co, folder / "erik.pub", "--name", "Erik Holm", "--role", "supervisor",
       "--yes")  # fmt: skip
    _, _, _, bundle = approved(capsys, pair, signer=co)
    err = refused(capsys, "certificate", his, bundle, "--out", folder / "c.pdf")
    assert "approved only by Anna Berg, a co-supervisor" in err


def test_a_co_supervisor_may_not_issue_it(pair: Any, capsys: pytest.CaptureFixture[str]) -> None:
    folder, trainee, his, bundle = approved(capsys, pair)
    co = folder / "anna.evtlog"
    Logbook.create(co, PASSPHRASE, "Anna Berg", kdf=FAST_TEST_KDF).logbook.close(backup=False)
    with Logbook.open(trainee, PASSPHRASE) as logbook:
        (folder / "k.pub").write_text(identity_info(logbook).public_key_text)
    ok(capsys, "trust", co, folder / "k.pub", "--name", "Karin", "--role", "trainee",
       "--as", "co_supervisor", "--yes")  # fmt: skip
    err = refused(capsys, "certificate", co, bundle, "--out", folder / "c.pdf")
    assert "You are the co-supervisor of Karin: only her main supervisor issues" in err


def test_refused_when_another_supervisor_signed_the_approval(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, trainee, his, _site = pair
    lena = second_main_supervisor(capsys, pair)
    ok(capsys, "trust", lena, folder / "erik.pub", "--name", "Erik Holm", "--role", "supervisor",
       "--yes")  # fmt: skip
    # he passes the week and hands the training over to her; she approves it
    folder, trainee, his, _first = passed_week(capsys, pair)
    ok(capsys, "attest", his, folder / "b2.evtbundle", "--hand-over-to", folder / "lena.pub",
       "--on", TODAY.isoformat(), "--out", folder / "h.evtattest")  # fmt: skip
    ok(capsys, "import-attestation", trainee, folder / "h.evtattest")
    ok(capsys, "export", trainee, "--out", folder / "b3.evtbundle")
    ok(capsys, "attest", lena, folder / "b3.evtbundle", "--approve", "A1", "--approve", "A",
       "--out", folder / "a.evtattest")  # fmt: skip
    ok(capsys, "import-attestation", trainee, folder / "a.evtattest")
    ok(capsys, "export", trainee, "--out", folder / "b4.evtbundle")
    bundle = folder / "b4.evtbundle"
    err = refused(capsys, "certificate", his, bundle, "--out", folder / "c.pdf")
    assert "was signed by Lena Ek, not by you" in err
    ok(capsys, "certificate", lena, bundle, "--out", folder / "c.pdf")  # hers to issue


def test_refused_for_an_untrusted_a_tampered_or_an_older_bundle(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, trainee, his, bundle = approved(capsys, pair)
    stranger = folder / "stranger.evtlog"
    Logbook.create(stranger, PASSPHRASE, "Olle", kdf=FAST_TEST_KDF).logbook.close(backup=False)
    err = refused(capsys, "certificate", stranger, bundle, "--out", folder / "c.pdf")
    assert "not signed by a trainee whose key you trust" in err

    with zipfile.ZipFile(bundle) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    data = bytearray(members["logbook.json"])
    data[data.index(b'"entries"') + 30] ^= 1
    members["logbook.json"] = bytes(data)
    tampered = folder / "tampered.evtbundle"
    with zipfile.ZipFile(tampered, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    err = refused(capsys, "certificate", his, tampered, "--out", folder / "c.pdf")
    assert "The bundle did not verify" in err

    ok(capsys, "certificate", his, bundle, "--out", folder / "c.pdf")  # b3 is now his newest
    ok(capsys, "export", trainee, "--out", folder / "b4.evtbundle")
    ok(capsys, "verify", folder / "b4.evtbundle", "--logbook", his)  # he has seen b4
    err = refused(capsys, "certificate", his, bundle, "--out", folder / "old.pdf")
    assert "not the newest of hers you have seen" in err


def test_refused_while_the_training_is_stopped(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, trainee, his, bundle = approved(capsys, pair)
    ok(capsys, "attest", his, bundle, "--stop", "Ingen tid på kliniken",
       "--out", folder / "s.evtattest")  # fmt: skip
    ok(capsys, "import-attestation", trainee, folder / "s.evtattest")
    ok(capsys, "export", trainee, "--out", folder / "b4.evtbundle")
    err = refused(capsys, "certificate", his, folder / "b4.evtbundle", "--out", folder / "c.pdf")
    assert "The training is stopped (Erik Holm" in err and "Ingen tid på kliniken" in err
    # the same stop is what the employer is told
    ok(
        capsys,
        "notice",
        his,
        folder / "b4.evtbundle",
        "--out",
        folder / "n.pdf",
        "--language",
        "en",
    )
    text = text_of((folder / "n.pdf").read_bytes())
    assert "The training is stopped" in text and "Ingen tid på kliniken" in text
    assert "H3" in text


def test_out_never_replaces_a_logbook_its_key_file_or_another_file(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, trainee, his, bundle = approved(capsys, pair)
    keys = his.with_name(his.name + ".keys")
    other = folder / "notes.txt"
    other.write_text("mine")
    for target in (his, trainee, keys, other, bundle):
        if not target.exists():
            continue
        before = target.read_bytes()
        code, _, err = run(capsys, "certificate", his, bundle, "--out", target)
        assert code == 2 and "it was not replaced" in err and "Traceback" not in err
        assert target.read_bytes() == before
    out = folder / "c.pdf"
    ok(capsys, "certificate", his, bundle, "--out", out)
    code, _, err = run(capsys, "certificate", his, bundle, "--out", out)
    assert code == 2 and "--force" in err  # an earlier PDF only with --force
    ok(capsys, "certificate", his, bundle, "--out", out, "--force")


def test_a_notice_of_a_failed_week_with_its_reason_and_measures(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, trainee, his, site = pair
    first = TODAY - timedelta(days=20)
    ok(capsys, "exam-week", "start", trainee, "--start", first.isoformat(), "--site", site)
    ok(capsys, "export", trainee, "--out", folder / "b1.evtbundle")
    fail_week_one(capsys, folder, his, trainee, "f.evtattest")
    ok(capsys, "export", trainee, "--out", folder / "b2.evtbundle")
    err = refused(capsys, "certificate", his, folder / "b2.evtbundle", "--out", folder / "c.pdf")
    assert "not approved" in err
    out = folder / "notice.pdf"
    said = ok(capsys, "notice", his, folder / "b2.evtbundle", "--out", out, "--language", "en")
    assert "Notice to the employer about Karin written" in said
    pdf = out.read_bytes()
    checked = validate_pdf(pdf, ca_sha256(his_ca(his)))
    assert checked.ok and checked.facts["Document"] == "notice"
    assert checked.facts["FailedWeeks"] == first.isoformat()
    text = text_of(pdf)
    assert "Notice to the employer" in text and "Karin" in text
    assert f"Failed examination week {first.isoformat()}" in text
    assert "Reason: sICH" in text
    due = (TODAY + timedelta(days=30)).isoformat()
    assert f"{due}: Fler fall" in text
    assert f"Employer informed, as the verdict records: {TODAY.isoformat()}" in text
    assert "informera arbetsgivaren" in text  # A4 in the guidance's words
    sv = folder / "meddelande.pdf"
    ok(capsys, "notice", his, folder / "b2.evtbundle", "--out", sv, "--language", "sv")
    assert "Meddelande till arbetsgivaren" in text_of(sv.read_bytes())


def test_a_notice_is_refused_with_neither_a_failed_week_nor_a_stop(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _trainee, his, bundle = approved(capsys, pair)
    err = refused(capsys, "notice", his, bundle, "--out", folder / "n.pdf", "--language", "en")
    assert "Neither a failed examination week nor a stop of the training stands" in err
    err = refused(capsys, "notice", his, bundle, "--out", folder / "n.pdf", "--language", "sv")
    assert "Varken en underkänd examinationsvecka" in err


def test_a_co_supervisors_failure_is_no_notice(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """Her failure of a week is her report to him: the A4 record is his."""
    folder, trainee, his, site = pair
    co = co_supervisor(capsys, folder, trainee, his)
    first = TODAY - timedelta(days=20)
    ok(capsys, "exam-week", "start", trainee, "--start", first.isoformat(), "--site", site)
    ok(capsys, "export", trainee, "--out", folder / "b1.evtbundle")
    fail_week_one(capsys, folder, co, trainee, "f.evtattest")
    ok(capsys, "export", trainee, "--out", folder / "b2.evtbundle")
    err = refused(capsys, "notice", his, folder / "b2.evtbundle", "--out", folder / "n.pdf")
    assert "nor a stop" in err or "eller ett avbrott" in err


def test_refused_for_a_training_under_another_curriculum(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """The documents quote the Swedish guidance (G3, A4, H3); another curriculum's
    training is not certified in its words."""
    folder, _trainee, his, _site = pair
    uk = folder / "uk.evtlog"
    with Logbook.create(uk, PASSPHRASE, "Sam", "uk-rcr-mt", kdf=FAST_TEST_KDF).logbook as logbook:
        (folder / "sam.pub").write_text(identity_info(logbook).public_key_text)
    ok(capsys, "trust", his, folder / "sam.pub", "--name", "Sam", "--role", "trainee", "--yes")
    ok(capsys, "export", uk, "--out", folder / "uk.evtbundle")
    err = refused(capsys, "certificate", his, folder / "uk.evtbundle", "--out", folder / "c.pdf")
    assert "follows the curriculum uk-rcr-mt, not the Swedish guidance (se-evt)" in err


def test_refused_when_the_approval_was_withdrawn_or_no_longer_holds(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, trainee, his, bundle = approved(capsys, pair)
    # the week he passed is changed afterwards: the pass, and the approval on it, fall
    with Logbook.open(trainee, PASSPHRASE) as logbook:
        first = min(logbook.entries.list("exam_week_case"), key=lambda e: e.date)
        logbook.entries.retract(first.id, "fel vecka")
    ok(capsys, "export", trainee, "--out", folder / "b4.evtbundle")
    err = refused(capsys, "certificate", his, folder / "b4.evtbundle", "--out", folder / "c.pdf")
    assert "The approval of the part “Approval” that Erik Holm signed on" in err
    assert "does not stand" in err
    # a later refusal of the approval is the word that stands
    ok(capsys, "attest", his, folder / "b4.evtbundle", "--reject", "A=Veckan ändrad",
       "--out", folder / "r.evtattest")  # fmt: skip
    ok(capsys, "import-attestation", trainee, folder / "r.evtattest")
    ok(capsys, "export", trainee, "--out", folder / "b5.evtbundle")
    err = refused(capsys, "certificate", his, folder / "b5.evtbundle", "--out", folder / "c.pdf")
    assert f"The approval of the training was refused by Erik Holm on {TODAY.isoformat()}" in err


def test_refused_while_a_second_key_decides_as_main_supervisor(
    pair: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """Lena Ek, trusted as main supervisor too, signed a word that decides: until the
    hand-over is in the bundle, the guidance's one main supervisor is not known."""
    folder, trainee, his, _site = pair
    lena = second_main_supervisor(capsys, pair)
    _, _, _, bundle = approved(capsys, pair)
    ok(capsys, "attest", lena, bundle, "--approve", "G2", "--out", folder / "l.evtattest")
    ok(capsys, "import-attestation", trainee, folder / "l.evtattest")
    ok(capsys, "export", trainee, "--out", folder / "b4.evtbundle")
    err = refused(capsys, "certificate", his, folder / "b4.evtbundle", "--out", folder / "c.pdf")
    assert "2 keys decide as main supervisor in your view" in err and "Lena Ek" in err
