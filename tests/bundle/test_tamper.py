"""The tamper suite: every altered bundle is refused, each with its own reason."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from evtdesk.bundle import TrustedKey, UnreadableBundle, verify_bundle
from evtdesk.bundle.manifest import canonical, file_entry
from evtdesk.demo import create_demo
from evtdesk.exchange import export_bundle
from evtdesk.signing.minisign import public_of, sign
from evtdesk.store import FAST_TEST_KDF, Logbook

NAMES = ("manifest.json", "manifest.json.minisig", "report.pdf", "logbook.json")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("bundles")
    logbook: Logbook = create_demo(folder / "t.evtlog", kdf=FAST_TEST_KDF)
    first = export_bundle(logbook, folder / "1.evtbundle").path.read_bytes()
    logbook.entries.add({"kind": "cme", "date": "2026-01-10", "title": "Strokedagarna", "hours": 6})
    second = export_bundle(logbook, folder / "2.evtbundle").path.read_bytes()
    identity = logbook.signing_key()
    logbook.close(backup=False)
    return {"bundle": first, "other": second, "identity": identity,
            "trusted": [TrustedKey(public_of(identity), "Karin", "trainee")]}


def members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(i.filename, archive.read(i)) for i in archive.infolist()]


def rezip(entries: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def changed(data: bytes, name: str, change: Callable[[bytes], bytes]) -> bytes:
    return rezip([(n, change(d) if n == name else d) for n, d in members(data)])


def flip(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1 :]


def reasons(made: dict, data: bytes, trusted: list | None = None) -> str:
    verdict = verify_bundle(data, made["trusted"] if trusted is None else trusted)
    assert not verdict.valid
    return " | ".join(verdict.reasons)


def test_the_untouched_bundle_is_valid(made: dict) -> None:
    verdict = verify_bundle(made["bundle"], made["trusted"])
    assert verdict.valid and verdict.trusted and verdict.signer_name == "Karin", verdict.reasons


@pytest.mark.parametrize(("name", "expected"), [
    ("manifest.json", "manifest signature does not verify"),
    ("manifest.json.minisig", "manifest signature does not verify"),
    ("report.pdf", "report.pdf does not match its hash"),
    ("logbook.json", "logbook.json does not match its hash"),
])
def test_a_flipped_byte_in_each_member(made: dict, name: str, expected: str) -> None:
    assert expected in reasons(made, changed(made["bundle"], name, flip))


def test_a_member_swapped_in_from_another_bundle(made: dict) -> None:
    other = dict(members(made["other"]))
    assert "report.pdf does not match its hash" in reasons(made, changed(made["bundle"], "report.pdf", lambda _d: other["report.pdf"]))


def test_an_extra_member(made: dict) -> None:
    assert "unexpected member 'notes.txt'" in reasons(made, rezip([*members(made["bundle"]), ("notes.txt", b"hi")]))


def test_a_missing_member(made: dict) -> None:
    assert "missing logbook.json" in reasons(made, rezip([m for m in members(made["bundle"]) if m[0] != "logbook.json"]))


def test_a_duplicate_name(made: dict) -> None:
    entries = members(made["bundle"])
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate we make on purpose
        data = rezip([*entries, ("report.pdf", b"%PDF-1.4 other")])
    assert "more than once" in reasons(made, data)


def test_a_path_traversal_name(made: dict) -> None:
    assert "path trick" in reasons(made, rezip([*members(made["bundle"]), ("../../.bashrc", b"x")]))


def test_a_signature_by_an_untrusted_key(made: dict) -> None:
    verdict = verify_bundle(made["bundle"], [])
    assert not verdict.valid and not verdict.trusted
    assert "not marked as trusted" in verdict.reasons[0] and verdict.fingerprint in verdict.reasons[0]


def test_a_truncated_signature(made: dict) -> None:
    text = reasons(made, changed(made["bundle"], "manifest.json.minisig", lambda d: d[: len(d) // 2]))
    assert "malformed or truncated" in text


def _append_update(pdf: bytes) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    writer.root["/Lang"] = generic.TextStringObject("sv")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_with_an_update_appended_after_signing(made: dict) -> None:
    """The attacker also re-signs the manifest, so only the PDF check can catch it."""
    entries = dict(members(made["bundle"]))
    import json

    pdf = _append_update(entries["report.pdf"])
    manifest = json.loads(entries["manifest.json"])
    manifest["files"] = [file_entry("report.pdf", pdf), file_entry("logbook.json", entries["logbook.json"])]
    manifest_bytes = canonical(manifest)
    signature = sign(manifest_bytes, made["identity"], "re-signed").encode()
    data = rezip([("manifest.json", manifest_bytes), ("manifest.json.minisig", signature),
                  ("report.pdf", pdf), ("logbook.json", entries["logbook.json"])])
    assert "content added after it was signed" in reasons(made, data)


def test_a_zip_bomb(made: dict) -> None:
    bomb = rezip([*[m for m in members(made["bundle"]) if m[0] != "logbook.json"], ("logbook.json", b"\0" * (50 * 1024 * 1024))])
    assert "over-compressed" in reasons(made, bomb)


def test_a_truncated_archive(made: dict) -> None:
    assert "truncated or damaged" in reasons(made, made["bundle"][: len(made["bundle"]) * 2 // 3])


def test_a_file_that_is_not_a_bundle_is_unreadable(made: dict, tmp_path: Path) -> None:
    with pytest.raises(UnreadableBundle):
        verify_bundle(b"%PDF-1.4 hello", made["trusted"])
    with pytest.raises(UnreadableBundle):
        verify_bundle(b"", made["trusted"])
