"""The tamper suite: every altered bundle is refused, each with its own reason.

Bundles are built here from a reportlab PDF, a small logbook.json and fresh keys, so the
suite tests only what the bundle code promises.
"""

from __future__ import annotations

import io
import json
import struct
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from reportlab.pdfgen import canvas

from evtdesk.bundle import UnreadableBundle, verify_bundle, write_bundle
from evtdesk.bundle.manifest import canonical, file_entry, report_facts, signature_comment
from evtdesk.bundle.verify import statements_json
from evtdesk.model import TrustedKey
from evtdesk.signing.fingerprint import fingerprint
from evtdesk.signing.identity import Identity, new_identity
from evtdesk.signing.minisign import key_id_text, public_key_line, public_of, sign
from evtdesk.signing.pdf import PdfSigningIdentity, ca_sha256, make_pdf_identity, sign_pdf


@dataclass(frozen=True)
class Made:
    bundle: bytes
    other: bytes
    stranger_bundle: bytes
    identity: Identity
    stranger: Identity
    trusted: list[TrustedKey]


def pdf(text: str) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


def logbook_json(entries: int, name: str = "Karin Berg") -> bytes:
    body = {
        "format": "evtdesk-logbook/1",
        "trainee": {"name": name},
        "curriculum": {"id": "se-evt", "version": "2024"},
        "chain": {"head": "ab" * 32, "seq": 10 + entries},
        "entries": [
            {"id": f"e{i}", "kind": "evt", "date": "2026-01-0{i + 1}"} for i in range(entries)
        ],
    }
    return json.dumps(body).encode()


def build(
    folder: Path,
    identity: Identity,
    certs: PdfSigningIdentity,
    bundle_id: str,
    entries: int,
    name: str = "Karin Berg",
) -> bytes:
    report = sign_pdf(
        pdf(f"Report {bundle_id}"),
        certs,
        reason=f"EVTDesk bundle {bundle_id}",
        name=name,
        facts=report_facts(bundle_id, "ab" * 32, entries),
    )
    info = write_bundle(
        folder / f"{bundle_id}.evtbundle",
        bundle_id=bundle_id,
        created=datetime(2026, 3, 1, tzinfo=UTC),
        report_pdf=report,
        logbook_json=logbook_json(entries, name),
        statements_json=statements_json([]),
        trainee_name=name,
        curriculum_id="se-evt",
        curriculum_version="2024",
        identity=identity,
        pdf_ca_sha256=ca_sha256(certs),
        chain_head="ab" * 32,
        chain_seq=10 + entries,
        entry_count=entries,
        sequence=1,
        previous_manifest_sha256=None,
    )
    return info.path.read_bytes()


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    folder = tmp_path_factory.mktemp("bundles")
    identity, stranger, certs = new_identity(), new_identity(), make_pdf_identity("Karin Berg")
    return Made(
        build(folder, identity, certs, "b-1", 3),
        build(folder, identity, certs, "b-2", 4),
        build(folder, stranger, make_pdf_identity("Mallory"), "b-3", 3, "Mallory"),
        identity,
        stranger,
        [TrustedKey(public_key_line(public_of(identity)), "Karin", "trainee")],
    )


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {i.filename: archive.read(i) for i in archive.infolist()}


def rezip(entries: list[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate we make on purpose
        with zipfile.ZipFile(buffer, "w", compression) as archive:
            for name, data in entries:
                archive.writestr(name, data)
    return buffer.getvalue()


def replaced(data: bytes, **new: bytes) -> bytes:
    return rezip([(n, new.get(n.replace(".", "_"), d)) for n, d in members(data).items()])


def resigned(
    made: Made,
    entries: dict[str, bytes],
    manifest: dict,  # type: ignore[type-arg]
    identity: Identity | None = None,
    comment: str | None = None,
) -> bytes:
    """What an attacker holding `identity` (by default the trainee's own key) would produce;
    the trusted comment is the manifest's own unless `comment` is given."""
    body = canonical(manifest)
    signature = sign(
        body,
        identity or made.identity,
        comment
        or signature_comment(manifest["bundle_id"], manifest["sequence"], manifest["format"]),
    )
    others = [
        (n, entries[n]) for n in ("report.pdf", "logbook.json", "statements.json") if n in entries
    ]
    return rezip([("manifest.json", body), ("manifest.json.minisig", signature.encode()), *others])


def relisted(entries: dict[str, bytes], manifest: dict) -> dict:  # type: ignore[type-arg]
    """The manifest listing the members' new hashes, as an attacker re-signing it would."""
    names = ("report.pdf", "logbook.json", "statements.json")
    manifest["files"] = [file_entry(n, entries[n]) for n in names if n in entries]
    return manifest


def flip_at(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


def refused(made: Made, data: bytes, trusted: list[TrustedKey] | None = None) -> str:
    verdict = verify_bundle(data, made.trusted if trusted is None else trusted)
    assert not verdict.valid
    return " | ".join(verdict.reasons)


def test_the_untouched_bundle_is_valid_and_carries_its_contents(made: Made) -> None:
    verdict = verify_bundle(made.bundle, made.trusted)
    assert verdict.valid and verdict.trusted and verdict.reasons == (), verdict.reasons
    assert verdict.signer_name == "Karin" and verdict.fingerprint == fingerprint(
        made.identity.public
    )
    assert verdict.logbook is not None and len(verdict.logbook["entries"]) == 3
    assert verdict.report_pdf == members(made.bundle)["report.pdf"]


def flipped_manifest(made: Made) -> bytes:
    manifest = members(made.bundle)["manifest.json"]
    return replaced(made.bundle, manifest_json=flip_at(manifest, manifest.index(b'"b-1"') + 1))


def truncated_signature(made: Made) -> bytes:
    text = members(made.bundle)["manifest.json.minisig"]
    return replaced(made.bundle, manifest_json_minisig=text[: len(text) // 2])


def test_a_flipped_byte_in_the_manifest(made: Made) -> None:
    assert "manifest signature does not verify: the signature does not match the file" in refused(
        made, flipped_manifest(made)
    )


@pytest.mark.parametrize("tamper", [flipped_manifest, truncated_signature])
def test_a_tampered_bundle_is_invalid_and_says_whether_the_key_it_names_is_trusted(
    made: Made, tamper: Callable[[Made], bytes]
) -> None:
    """Refused as invalid, never as merely untrusted, whoever it claims to be from."""
    data = tamper(made)
    verdict = verify_bundle(data, made.trusted)
    assert (verdict.valid, verdict.state, verdict.trusted) == (False, "invalid", True)
    assert verdict.signer_name == "Karin" and verdict.logbook is None and verdict.report_pdf is None
    assert not any("not marked as trusted" in r for r in verdict.reasons)
    stranger = [TrustedKey(public_key_line(public_of(made.stranger)), "Mallory", "trainee")]
    verdict = verify_bundle(data, stranger)
    assert (verdict.valid, verdict.state, verdict.trusted, verdict.signer_name) == (
        False,
        "invalid",
        False,
        None,
    )


def test_a_bundle_whose_signer_cannot_be_read_has_unknown_trust(made: Made) -> None:
    verdict = verify_bundle(rezip([*members(made.bundle).items(), ("x.txt", b"")]), made.trusted)
    assert (verdict.state, verdict.trusted) == ("invalid", None)


def test_a_flipped_byte_in_the_signature(made: Made) -> None:
    lines = members(made.bundle)["manifest.json.minisig"].decode().splitlines()
    line = lines[1]
    lines[1] = line[:40] + ("B" if line[40] != "B" else "C") + line[41:]
    data = replaced(made.bundle, manifest_json_minisig=("\n".join(lines) + "\n").encode())
    assert "manifest signature does not verify: the signature does not match the file" in refused(
        made, data
    )


def test_an_altered_trusted_comment(made: Made) -> None:
    text = members(made.bundle)["manifest.json.minisig"].replace(b"sequence=1", b"sequence=2")
    assert "the trusted comment was altered" in refused(
        made, replaced(made.bundle, manifest_json_minisig=text)
    )


def test_a_flipped_byte_in_the_report(made: Made) -> None:
    report = members(made.bundle)["report.pdf"]
    data = replaced(made.bundle, report_pdf=flip_at(report, len(report) // 2))
    assert "report.pdf does not match its hash in the manifest" in refused(made, data)


def test_a_flipped_byte_in_the_logbook(made: Made) -> None:
    logbook = members(made.bundle)["logbook.json"]
    data = replaced(made.bundle, logbook_json=flip_at(logbook, len(logbook) // 2))
    assert "logbook.json does not match its hash in the manifest" in refused(made, data)


def test_a_member_swapped_in_from_another_bundle(made: Made) -> None:
    data = replaced(made.bundle, logbook_json=members(made.other)["logbook.json"])
    assert "logbook.json does not match its hash in the manifest" in refused(made, data)


def test_an_extra_member(made: Made) -> None:
    data = rezip([*members(made.bundle).items(), ("notes.txt", b"hi")])
    assert "unexpected member 'notes.txt'" in refused(made, data)


def test_a_missing_member(made: Made) -> None:
    data = rezip([m for m in members(made.bundle).items() if m[0] != "logbook.json"])
    assert "the archive is missing logbook.json" in refused(made, data)


def test_a_duplicate_name(made: Made) -> None:
    data = rezip([*members(made.bundle).items(), ("report.pdf", pdf("forged"))])
    assert "the archive holds the member 'report.pdf' more than once" in refused(made, data)


def test_a_path_traversal_name(made: Made) -> None:
    data = rezip([*members(made.bundle).items(), ("../../.bashrc", b"x")])
    assert "path trick in its name ('../../.bashrc')" in refused(made, data)


def test_a_signature_by_an_untrusted_key(made: Made) -> None:
    verdict = verify_bundle(made.stranger_bundle, made.trusted)
    expected = fingerprint(made.stranger.public)
    assert not verdict.valid and verdict.trusted is False and verdict.signer_name is None
    assert verdict.state == "untrusted" and verdict.logbook is not None
    assert verdict.reasons == (
        "signed by a key you have not marked as trusted; compare this fingerprint "
        f"with the trainee in person: {expected}",
    )


def test_a_manifest_re_signed_with_another_key_is_not_trusted(made: Made) -> None:
    entries = members(made.bundle)
    manifest = json.loads(entries["manifest.json"])
    stranger = public_of(made.stranger)
    manifest["signer"] = {
        "public_key": public_key_line(stranger),
        "key_id": key_id_text(stranger.key_id),
        "fingerprint": fingerprint(stranger.public),
    }
    verdict = verify_bundle(resigned(made, entries, manifest, made.stranger), made.trusted)
    assert not verdict.valid and not verdict.trusted
    assert (
        "not marked as trusted" in verdict.reasons[-1]
        and fingerprint(stranger.public) in verdict.reasons[-1]
    )


def test_a_truncated_signature(made: Made) -> None:
    data = truncated_signature(made)
    assert "manifest signature does not verify: the signature is malformed or truncated" in refused(
        made, data
    )


def test_a_pdf_with_an_update_appended_after_signing(made: Made) -> None:
    """The attacker re-signs the manifest over the new PDF, so only the PDF check can catch it."""
    entries = members(made.bundle)
    writer = IncrementalPdfFileWriter(io.BytesIO(entries["report.pdf"]))
    writer.root["/Lang"] = generic.TextStringObject("sv")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    entries["report.pdf"] = out.getvalue()
    manifest = relisted(entries, json.loads(entries["manifest.json"]))
    text = refused(made, resigned(made, entries, manifest))
    assert text == (
        "the report's PDF signature is not valid: the report has content added after it was signed "
        "(an incremental update)"
    )


def test_a_report_signed_under_another_logbooks_certificate(made: Made) -> None:
    entries = members(made.bundle)
    entries["report.pdf"] = members(made.stranger_bundle)["report.pdf"]
    manifest = relisted(entries, json.loads(entries["manifest.json"]))
    assert "certificate the manifest does not name" in refused(
        made, resigned(made, entries, manifest)
    )


def test_a_logbook_that_disagrees_with_the_manifest(made: Made) -> None:
    entries = members(made.bundle)
    logbook = json.loads(entries["logbook.json"])
    logbook["entries"].pop()  # a case dropped, the manifest and the report left as they were
    entries["logbook.json"] = json.dumps(logbook).encode()
    manifest = relisted(entries, json.loads(entries["manifest.json"]))
    text = refused(made, resigned(made, entries, manifest))
    assert text == "logbook.json does not agree with the manifest (number of entries)"


def test_a_logbook_with_another_chain_head_is_refused_naming_it(made: Made) -> None:
    # Another state of the logbook (say, before entries were retracted) under this
    # manifest: the chain head is what ties the cases shown to the signed report.
    entries = members(made.bundle)
    logbook = json.loads(entries["logbook.json"])
    logbook["chain"]["head"] = "cd" * 32
    entries["logbook.json"] = json.dumps(logbook).encode()
    manifest = relisted(entries, json.loads(entries["manifest.json"]))
    text = refused(made, resigned(made, entries, manifest))
    assert text == "logbook.json does not agree with the manifest (chain head)"


@pytest.mark.parametrize("bundle_id, sequence", [("b-2", None), (None, 7)])
def test_a_trusted_comment_naming_another_bundle_is_refused(
    made: Made, bundle_id: str | None, sequence: int | None
) -> None:
    # Signed by the trainee's own key, so the signature verifies; but the comment that
    # minisign shows a supervisor checking by hand names another bundle or number.
    entries = members(made.bundle)
    manifest = json.loads(entries["manifest.json"])
    comment = signature_comment(
        bundle_id or manifest["bundle_id"], sequence or manifest["sequence"], manifest["format"]
    )
    text = refused(made, resigned(made, entries, manifest, comment=comment))
    assert text == "the signature's trusted comment names a different bundle"


def test_a_zip_bomb(made: Made) -> None:
    data = replaced(made.bundle, logbook_json=b" " * (40 * 1024 * 1024))
    assert "the member logbook.json is over-compressed (a zip bomb)" in refused(made, data)


def test_a_truncated_archive(made: Made) -> None:
    assert "the archive is truncated or damaged" in refused(
        made, made.bundle[: len(made.bundle) * 2 // 3]
    )


def test_bytes_appended_after_the_archive(made: Made) -> None:
    tail = b"\nP.S. the supervisor approved everything"
    verdict = verify_bundle(made.bundle + tail, made.trusted)
    assert not verdict.valid and verdict.state == "invalid"
    assert verdict.reasons == (
        f"the archive has {len(tail)} bytes after its end (data appended to the ZIP)",
    )


def test_bytes_prepended_before_the_archive(made: Made) -> None:
    for junk in (b"MZ\x90\x00 a self-extractor stub", made.other[:200]):
        text = refused(made, junk + made.bundle)
        assert (
            text == f"the archive has {len(junk)} bytes before its first member (data hidden "
            "in front of "
            "the ZIP)"
        )


def test_a_zip_comment(made: Made) -> None:
    data = bytearray(made.bundle)
    struct.pack_into("<H", data, len(data) - 2, 5)
    assert "carries a comment (5 bytes)" in refused(made, bytes(data) + b"hello")


def test_a_file_that_is_not_a_bundle_is_unreadable(made: Made) -> None:
    for data in (b"", b"%PDF-1.4 hello", b"PK"):
        with pytest.raises(UnreadableBundle):
            verify_bundle(data, made.trusted)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(at=st.integers(min_value=0), bit=st.integers(min_value=0, max_value=7))
def test_no_single_bit_flip_yields_a_valid_bundle(made: Made, at: int, bit: int) -> None:
    data = bytearray(made.bundle)
    data[at % len(data)] ^= 1 << bit
    try:
        verdict = verify_bundle(bytes(data), made.trusted)
    except UnreadableBundle:
        return
    # A flip in the ZIP's own bookkeeping (a timestamp, an unused field) changes nothing signed.
    assert not verdict.valid or members(bytes(data)) == members(made.bundle)


def test_another_bundles_report_re_signed_by_the_trainee_is_caught(made: Made) -> None:
    """The trainee owns the PDF certificate, so she can put an older report (say, from
    before a refusal) into a new bundle and re-sign the manifest; the report's own signed
    facts name its bundle."""
    entries = members(made.bundle)
    entries["report.pdf"] = members(made.other)["report.pdf"]
    text = refused(
        made, resigned(made, entries, relisted(entries, json.loads(entries["manifest.json"])))
    )
    assert text == (
        "the report belongs to another bundle (its bundle id, entry count differs from the "
        "manifest's): an older or another report was put in"
    )


def test_a_report_that_states_no_bundle_is_refused(made: Made) -> None:
    entries = members(made.bundle)
    certs = make_pdf_identity("Karin Berg")
    entries["report.pdf"] = sign_pdf(pdf("Report b-1"), certs, reason="x", name="Karin")
    manifest = relisted(entries, json.loads(entries["manifest.json"]))
    manifest["pdf_certificate"] = {"ca_sha256": ca_sha256(certs)}
    assert refused(made, resigned(made, entries, manifest)) == (
        "the report does not state which bundle it belongs to"
    )


def test_a_symbolic_link_member_is_refused(made: Made) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members(made.bundle).items():
            info = zipfile.ZipInfo(name)
            if name == "report.pdf":
                info.create_system = 3
                info.external_attr = (0o120777) << 16  # a link, as `zip -y` stores one
            archive.writestr(info, data)
    assert "the member report.pdf is a symbolic link" in refused(made, buffer.getvalue())


def test_a_manifest_nested_200000_levels_deep_is_a_reason_not_a_traceback(made: Made) -> None:
    entries = members(made.bundle)
    deep = b'{"format": "evtdesk-bundle/2", "x": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    others = [(n, d) for n, d in entries.items() if n != "manifest.json"]
    data = rezip([("manifest.json", deep), *others], zipfile.ZIP_STORED)  # stored: no "bomb"
    verdict = verify_bundle(data, made.trusted)
    assert verdict.state == "invalid"
    assert verdict.reasons == (
        "the manifest is nested more than 64 levels deep, which no EVTDesk file is",
    )


def test_a_logbook_nested_deep_is_refused_with_a_reason(made: Made) -> None:
    entries = members(made.bundle)
    entries["logbook.json"] = b'{"entries": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    manifest = relisted(entries, json.loads(entries["manifest.json"]))
    signed = members(resigned(made, entries, manifest))
    text = refused(made, rezip(list(signed.items()), zipfile.ZIP_STORED))
    assert text == "logbook.json is nested more than 64 levels deep, which no EVTDesk file is"


def test_a_manifest_with_fields_of_the_wrong_type_is_refused_by_name(made: Made) -> None:
    entries = members(made.bundle)
    manifest = json.loads(entries["manifest.json"])
    manifest["sequence"], manifest["chain"]["head"] = "1", 5
    assert refused(made, resigned(made, entries, manifest)) == (
        "the manifest's sequence, chain.head is missing or malformed"
    )


def test_members_that_do_not_match_the_manifests_format_are_refused(made: Made) -> None:
    data = rezip([m for m in members(made.bundle).items() if m[0] != "statements.json"])
    assert refused(made, data) == (
        "the archive's members do not match its manifest's format evtdesk-bundle/2"
    )


def test_a_bundle_signed_with_a_supervisors_key_is_not_a_trainees_bundle(made: Made) -> None:
    as_supervisor = [
        TrustedKey(public_key_line(public_of(made.identity)), "Erik Holm", "supervisor")
    ]
    verdict = verify_bundle(made.bundle, as_supervisor)
    assert (verdict.valid, verdict.state, verdict.trusted) == (False, "untrusted", False)
    assert verdict.signer_role == "supervisor"
    assert (
        "you trust as supervisor Erik Holm: a supervisor's key does not sign" in verdict.reasons[0]
    )


def test_a_trainee_name_that_differs_from_the_trusted_name_is_flagged(made: Made) -> None:
    verdict = verify_bundle(
        made.bundle,
        [TrustedKey(public_key_line(public_of(made.identity)), "Karin Berg", "trainee")],
    )
    assert verdict.valid and verdict.warnings == ()
    verdict = verify_bundle(made.bundle, made.trusted)  # trusted as "Karin"
    assert verdict.valid
    assert verdict.warnings == (
        "the bundle names its trainee “Karin Berg”, but you trust this key as “Karin”",
    )


def test_a_format_1_bundle_still_verifies(made: Made) -> None:
    """Bundles made before statements travelled signed: four members, no report facts."""
    certs = make_pdf_identity("Karin Berg")
    report = sign_pdf(pdf("Report old"), certs, reason="x", name="Karin")
    manifest = json.loads(members(made.bundle)["manifest.json"])
    entries = {"report.pdf": report, "logbook.json": members(made.bundle)["logbook.json"]}
    manifest |= {"format": "evtdesk-bundle/1", "pdf_certificate": {"ca_sha256": ca_sha256(certs)}}
    verdict = verify_bundle(resigned(made, entries, relisted(entries, manifest)), made.trusted)
    assert verdict.valid, verdict.reasons
    assert verdict.version == "evtdesk-bundle/1" and verdict.statement_files is None


def test_a_bundle_dated_after_the_moment_of_reading_is_refused(made: Made) -> None:
    """Her clock is hers: a bundle "made" next month would make every statement about it
    look dated before the bundle it answers, and so void a refusal later."""
    entries = members(made.bundle)
    manifest = json.loads(entries["manifest.json"])
    manifest["created"] = "2026-04-01T00:00:00Z"
    reading = datetime(2026, 3, 2, tzinfo=UTC)
    verdict = verify_bundle(resigned(made, entries, manifest), made.trusted, reading)
    assert verdict.state == "invalid"
    assert "dated 2026-04-01T00:00:00Z, after this moment" in verdict.reasons[0]
    ontime = verify_bundle(
        resigned(made, entries, manifest), made.trusted, datetime(2026, 4, 1, tzinfo=UTC)
    )
    assert "after this moment" not in " ".join(ontime.reasons)


@pytest.mark.parametrize(
    ("field", "value", "named"),
    [
        ("sequence", 0, "sequence"),
        ("sequence", -1, "sequence"),
        ("created", "0001-01-01T00:00:00Z", "created"),
        ("created", "9999-12-31T23:59:59Z", "created"),
    ],
)
def test_impossible_numbers_and_times_in_the_manifest_are_refused(
    made: Made, field: str, value: object, named: str
) -> None:
    entries = members(made.bundle)
    manifest = json.loads(entries["manifest.json"])
    manifest[field] = value
    assert refused(made, resigned(made, entries, manifest)) == (
        f"the manifest's {named} is missing or malformed"
    )
