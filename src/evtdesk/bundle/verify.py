"""Verifying a bundle: every check a supervisor's decision rests on, in order.

A bundle is valid only when the manifest signature verifies with the signer key the
manifest names AND that key is trusted, the archive holds exactly the listed files with
the listed hashes and sizes, the report's PDF signature is intact over the whole file
under the CA the manifest names, and logbook.json agrees with the manifest. A file that is
not a bundle at all raises `UnreadableBundle` (the CLI exits 2); every other refusal is a
Verdict with the reasons in plain words, because a person must act on them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from evtdesk.bundle.archive import MAX_TOTAL, BundleError, find_end, read_archive
from evtdesk.bundle.manifest import (
    DATA,
    FORMAT,
    MANIFEST,
    MEMBERS,
    REPORT,
    SIGNATURE,
    sha256,
    signature_comment,
)
from evtdesk.signing.fingerprint import fingerprint
from evtdesk.signing.minisign import (
    KeyFormatError,
    PublicKey,
    SignatureError,
    key_id_text,
    parse_public_key,
    verify,
)
from evtdesk.signing.pdf import validate_pdf


class UnreadableBundle(Exception):
    """Not a bundle at all (empty, or not a ZIP archive)."""


@dataclass(frozen=True)
class TrustedKey:
    """A key the user marked as trusted after comparing its fingerprint in person."""

    public_key: PublicKey
    name: str
    role: str


VALID, UNTRUSTED, INVALID = "valid", "untrusted", "invalid"


@dataclass(frozen=True)
class Verdict:
    """The outcome; `reasons` is empty only for a valid, trusted bundle.

    `trusted` says only whether the signer key the manifest names is one of the trusted
    keys (None when no signer key could be read); for an invalid bundle that proves
    nothing about who made it. `signer_name` is the name the user gave that key.
    `logbook` and `report_pdf` are given only when every check but trust passed."""

    valid: bool
    trusted: bool | None
    reasons: tuple[str, ...]
    fingerprint: str = ""
    signer_name: str | None = None
    manifest: dict[str, Any] | None = None
    manifest_sha256: str = ""
    logbook: dict[str, Any] | None = None
    report_pdf: bytes | None = None

    @property
    def state(self) -> str:
        """`valid`; `untrusted` (everything checks out but the key is not trusted); or
        `invalid` (refused: damaged, altered, or not what it claims)."""
        if self.valid:
            return VALID
        if self.trusted is False and self.logbook is not None:
            return UNTRUSTED
        return INVALID


def _untrusted_reason(fp: str) -> str:
    return (
        "signed by a key you have not marked as trusted; compare this fingerprint with the "
        f"trainee in person: {fp}"
    )


def _signer(manifest: dict[str, Any]) -> PublicKey:
    signer = manifest.get("signer")
    try:
        key = parse_public_key(signer["public_key"])  # type: ignore[index]
    except (KeyError, TypeError, KeyFormatError):
        raise BundleError("the manifest does not name a valid signer key") from None
    if signer.get("key_id") != key_id_text(key.key_id) or signer.get("fingerprint") != fingerprint(
        key.public
    ):  # type: ignore[union-attr]
        raise BundleError("the manifest's signer key id or fingerprint does not match its key")
    return key


def _check_files(members: dict[str, bytes], manifest: dict[str, Any]) -> list[str]:
    files = manifest.get("files")
    entries = [f for f in files if isinstance(f, dict)] if isinstance(files, list) else []
    if sorted(str(f.get("name")) for f in entries) != sorted((REPORT, DATA)):
        return ["the manifest does not list exactly report.pdf and logbook.json"]
    problems = []
    for entry in entries:
        data = members[entry["name"]]
        if len(data) != entry.get("size") or sha256(data) != entry.get("sha256"):
            changed = f"{entry['name']} does not match its hash in the manifest"
            problems.append(f"{changed} (it was changed or swapped)")
    return problems


def _check_logbook(
    data: bytes, manifest: dict[str, Any]
) -> tuple[dict[str, Any] | None, list[str]]:
    try:
        logbook = json.loads(data)
        pairs = [
            ("trainee name", logbook["trainee"]["name"], manifest["trainee"]["name"]),
            ("curriculum id", logbook["curriculum"]["id"], manifest["curriculum"]["id"]),
            (
                "curriculum version",
                logbook["curriculum"]["version"],
                manifest["curriculum"]["version"],
            ),
            ("chain head", logbook["chain"]["head"], manifest["chain"]["head"]),
            ("chain sequence", logbook["chain"]["seq"], manifest["chain"]["seq"]),
            ("number of entries", len(logbook["entries"]), manifest["chain"]["entry_count"]),
        ]
    except (ValueError, KeyError, TypeError):
        return None, ["logbook.json is not a readable logbook"]
    wrong = [label for label, ours, theirs in pairs if ours != theirs]
    if wrong:
        return None, [f"logbook.json does not agree with the manifest ({', '.join(wrong)})"]
    return logbook, []


def _read(data: bytes) -> tuple[dict[str, bytes], bytes, dict[str, Any], PublicKey]:
    if len(data) > MAX_TOTAL:
        raise BundleError("the bundle is too large")
    members = read_archive(data, MEMBERS)
    manifest_bytes = members[MANIFEST]
    try:
        manifest = json.loads(manifest_bytes)
    except ValueError:
        raise BundleError("the manifest is not valid JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError(f"the manifest is not an {FORMAT} manifest")
    return members, manifest_bytes, manifest, _signer(manifest)


def verify_bundle(data: bytes, trusted: Sequence[TrustedKey]) -> Verdict:
    """Check a bundle's bytes against the user's trusted keys."""
    if len(data) < 22 or not (data.startswith(b"PK") or find_end(data) is not None):
        raise UnreadableBundle(
            "the file is not an EVTDesk bundle (it is empty or not a ZIP archive)"
        )
    try:
        members, manifest_bytes, manifest, signer = _read(data)
    except BundleError as error:
        return Verdict(False, None, (str(error),))
    match = next((k for k in trusted if k.public_key == signer), None)
    known: dict[str, Any] = {
        "fingerprint": fingerprint(signer.public),
        "manifest": manifest,
        "manifest_sha256": sha256(manifest_bytes),
        "signer_name": match.name if match else None,
    }
    try:
        comment = verify(manifest_bytes, members[SIGNATURE].decode("utf-8", "replace"), signer)
    except SignatureError as error:
        reason = f"the manifest signature does not verify: {error}"
        return Verdict(False, match is not None, (reason,), **known)
    problems = []
    if comment != signature_comment(str(manifest.get("bundle_id")), manifest.get("sequence")):  # type: ignore[arg-type]
        problems.append("the signature's trusted comment names a different bundle")
    problems += _check_files(members, manifest)
    if not problems:
        pdf_ca = manifest.get("pdf_certificate")
        pdf = validate_pdf(
            members[REPORT], pdf_ca.get("ca_sha256", "") if isinstance(pdf_ca, dict) else ""
        )
        if not pdf.ok:
            problems.append(f"the report's PDF signature is not valid: {pdf.reason}")
    logbook, logbook_problems = _check_logbook(members[DATA], manifest)
    problems += logbook_problems if not problems else []
    if problems:  # refused whoever signed it; an untrusted key is named too
        if match is None:
            problems.append(_untrusted_reason(known["fingerprint"]))
        return Verdict(False, match is not None, tuple(problems), **known)
    if match is None:  # everything else checked out: the contents may be shown, unverified
        return Verdict(
            False,
            False,
            (_untrusted_reason(known["fingerprint"]),),
            logbook=logbook,
            report_pdf=members[REPORT],
            **known,
        )
    return Verdict(True, True, (), logbook=logbook, report_pdf=members[REPORT], **known)
