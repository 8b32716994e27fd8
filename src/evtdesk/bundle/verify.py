"""Verifying a bundle: every check the supervisor's decision rests on, in order.

A bundle is valid only when the manifest signature verifies with a trusted key, the
archive holds exactly the listed files with the listed hashes and sizes, the report's
PDF signature is intact over the whole file and issued by the CA the manifest names, and
logbook.json agrees with the manifest. A file that is not a bundle at all raises
`UnreadableBundle`; every other refusal is a Verdict with the reasons in plain words.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from evtdesk.bundle.archive import BundleError, read_archive
from evtdesk.bundle.manifest import DATA, FORMAT, MANIFEST, MEMBERS, REPORT, SIGNATURE, sha256
from evtdesk.signing.fingerprint import fingerprint
from evtdesk.signing.minisign import KeyFormatError, PublicKey, SignatureError, parse_public_key, verify
from evtdesk.signing.pdf import validate_pdf


class UnreadableBundle(Exception):
    """Not a bundle at all (empty, or not a ZIP archive)."""


@dataclass(frozen=True)
class TrustedKey:
    public_key: PublicKey
    name: str
    role: str


@dataclass(frozen=True)
class Verdict:
    valid: bool
    trusted: bool
    reasons: tuple[str, ...]
    fingerprint: str = ""
    signer_name: str | None = None
    manifest: dict[str, Any] | None = None
    manifest_sha256: str = ""
    logbook: dict[str, Any] | None = None
    report_pdf: bytes | None = None


def _refused(reason: str, **known: Any) -> Verdict:
    return Verdict(False, False, (reason,), **known)


def _signer(manifest: dict[str, Any]) -> PublicKey:
    try:
        return parse_public_key(manifest["signer"]["public_key"])
    except (KeyError, TypeError, KeyFormatError):
        raise BundleError("the manifest does not name a valid signer key") from None


def _check_files(members: dict[str, bytes], manifest: dict[str, Any]) -> list[str]:
    listed = {f.get("name"): f for f in manifest.get("files", []) if isinstance(f, dict)}
    problems = []
    if set(listed) != {REPORT, DATA}:
        problems.append("the manifest does not list exactly report.pdf and logbook.json")
    for name, entry in listed.items():
        data = members.get(name)
        if data is None:
            continue
        if len(data) != entry.get("size") or sha256(data) != entry.get("sha256"):
            problems.append(f"{name} does not match its hash in the manifest (it was changed or swapped)")
    return problems


def _check_logbook(data: bytes, manifest: dict[str, Any]) -> tuple[dict[str, Any] | None, list[str]]:
    try:
        logbook = json.loads(data)
        agrees = (logbook["trainee"]["name"] == manifest["trainee"]["name"]
                  and logbook["curriculum"] == manifest["curriculum"]
                  and logbook["chain"]["head"] == manifest["chain"]["head"]
                  and logbook["chain"]["seq"] == manifest["chain"]["seq"]
                  and len(logbook["entries"]) == manifest["chain"]["entry_count"])
    except (ValueError, KeyError, TypeError):
        return None, ["logbook.json is not a readable logbook"]
    return (logbook, []) if agrees else (None, ["logbook.json does not agree with the manifest"])


def verify_bundle(data: bytes, trusted: Sequence[TrustedKey]) -> Verdict:
    if len(data) < 22 or not data.startswith(b"PK"):
        raise UnreadableBundle("the file is not an EVTDesk bundle (not a ZIP archive)")
    try:
        members = read_archive(data, MEMBERS)
        manifest_bytes = members[MANIFEST]
        manifest = json.loads(manifest_bytes)
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise BundleError(f"the manifest is not {FORMAT}")
        signer = _signer(manifest)
    except BundleError as error:
        return _refused(str(error))
    except ValueError:
        return _refused("the manifest is not valid JSON")
    known: dict[str, Any] = {"fingerprint": fingerprint(signer.public), "manifest": manifest,
                             "manifest_sha256": sha256(manifest_bytes)}
    try:
        verify(manifest_bytes, members[SIGNATURE].decode("utf-8", "replace"), signer)
    except SignatureError as error:
        return _refused(f"the manifest signature does not verify: {error}", **known)
    match = next((k for k in trusted if k.public_key == signer), None)
    problems = _check_files(members, manifest)
    pdf_ca = (manifest.get("pdf_certificate") or {}).get("ca_sha256", "")
    if not problems:
        pdf = validate_pdf(members[REPORT], pdf_ca)
        if not pdf.ok:
            problems.append(f"the report's PDF signature is not valid: {pdf.reason}")
    logbook, logbook_problems = _check_logbook(members[DATA], manifest) if not problems else (None, [])
    problems += logbook_problems
    if problems:
        return Verdict(False, match is not None, tuple(problems), signer_name=match.name if match else None, **known)
    if match is None:
        reason = ("signed by a key you have not marked as trusted; compare this fingerprint with the trainee "
                  f"in person: {known['fingerprint']}")
        return Verdict(False, False, (reason,), logbook=logbook, report_pdf=members[REPORT], **known)
    return Verdict(True, True, (), signer_name=match.name, logbook=logbook, report_pdf=members[REPORT], **known)
