"""Verifying a bundle: every check a supervisor's decision rests on, in order.

A bundle is valid only when the manifest signature verifies with the signer key the
manifest names AND that key is trusted as a trainee's, the archive holds exactly the
listed files with the listed hashes and sizes, the report's PDF signature is intact over
the whole file under the CA the manifest names and states this bundle's facts, and
logbook.json agrees with the manifest. A file that is not a bundle at all raises
`UnreadableBundle` (the CLI exits 2); every other refusal is a Verdict with the reasons in
plain words, because a person must act on them.

What the supervisors said travels in `statements.json` as the files they signed; this
module only hands them on. Whose statements count is decided by the reader's keys in
`evtdesk.bundle.standing`, never by the names the files carry.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from evtdesk.bundle.archive import (
    MAX_TOTAL,
    BundleError,
    find_end,
    member_names,
    read_archive,
    read_member,
)
from evtdesk.bundle.impostor import impostor_warning
from evtdesk.bundle.manifest import (
    CLOCK_TOLERANCE,
    DATA,
    FORMAT,
    FORMAT_1,
    FORMATS,
    MANIFEST,
    MEMBERS_OF,
    REPORT,
    SIGNATURE,
    SIGNED_FILES_OF,
    STATEMENTS,
    canonical,
    is_sha256_hex,
    parse_utc,
    report_facts,
    sha256,
    signature_comment,
)
from evtdesk.bundle.untrusted_json import UntrustedJson, loads
from evtdesk.model import TrustedKey
from evtdesk.signing.fingerprint import fingerprint
from evtdesk.signing.minisign import (
    KeyFormatError,
    PublicKey,
    SignatureError,
    key_id_text,
    parse_public_key,
    public_key_line,
    verify,
)
from evtdesk.signing.pdf import validate_pdf

STATEMENTS_FORMAT = "evtdesk-statements/1"
TRAINEE = "trainee"


class UnreadableBundle(Exception):
    """Not a bundle at all (empty, or not a ZIP archive)."""


VALID, UNTRUSTED, INVALID = "valid", "untrusted", "invalid"


@dataclass(frozen=True)
class Verdict:
    """The outcome; `reasons` is empty only for a valid, trusted bundle.

    `trusted` says only whether the signer key the manifest names is one the reader
    trusts as a trainee's (None when no signer key could be read); for an invalid bundle
    that proves nothing about who made it. `signer_name` and `signer_role` are the name
    and role the reader gave that key, in whatever role. `warnings` are things the reader
    should see that do not make the bundle invalid (a trainee name that differs from the
    one the key was trusted as). `logbook`, `report_pdf` and `statement_files` are given
    only when every check but trust passed."""

    valid: bool
    trusted: bool | None
    reasons: tuple[str, ...]
    fingerprint: str = ""
    signer_name: str | None = None
    manifest: dict[str, Any] | None = None
    manifest_sha256: str = ""
    logbook: dict[str, Any] | None = None
    report_pdf: bytes | None = None
    signer: PublicKey | None = None
    signer_role: str | None = None
    warnings: tuple[str, ...] = ()
    statement_files: tuple[bytes, ...] | None = None  # None: a format 1 bundle

    @property
    def state(self) -> str:
        """`valid`; `untrusted` (everything checks out but the key is not trusted as a
        trainee's); or `invalid` (refused: damaged, altered, or not what it claims)."""
        if self.valid:
            return VALID
        if self.trusted is False and self.logbook is not None:
            return UNTRUSTED
        return INVALID

    @property
    def version(self) -> str:
        return str((self.manifest or {}).get("format", ""))

    @property
    def created(self) -> datetime | None:
        try:
            return parse_utc(str((self.manifest or {}).get("created")))
        except ValueError:
            return None


def _untrusted_reason(fp: str, match: TrustedKey | None) -> str:
    if match is not None:
        role = match.role.replace("_", "-")
        return (
            f"signed with the key you trust as {role} {match.name}: a supervisor's key does "
            "not sign a trainee's bundle, so it is not a trainee's bundle you can rely on"
        )
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
    assert isinstance(signer, dict)
    if signer.get("key_id") != key_id_text(key.key_id) or signer.get("fingerprint") != fingerprint(
        key.public
    ):
        raise BundleError("the manifest's signer key id or fingerprint does not match its key")
    return key


def claimed_signer(data: bytes) -> str | None:
    """The key line the bundle's manifest names as its signer, unverified, or None: only
    to choose which of the reader's logbooks to offer for it, never to trust it."""
    try:
        manifest = loads(read_member(data, MANIFEST, 1024 * 1024), "manifest.json")
        return public_key_line(_signer(manifest)) if isinstance(manifest, dict) else None
    except (BundleError, UntrustedJson):
        return None


def _field(manifest: dict[str, Any], *path: str) -> Any:
    value: Any = manifest
    for step in path:
        value = value.get(step) if isinstance(value, dict) else None
    return value


def _check_shape(manifest: dict[str, Any]) -> None:
    """Every field a decision reads, of the type it must have, before anything is read."""
    texts = [("bundle_id",), ("created",), ("trainee", "name"), ("curriculum", "id")]
    texts += [("curriculum", "version")]
    counts = [("sequence", 1), ("chain.seq", 1), ("chain.entry_count", 0)]
    wrong = [".".join(p) for p in texts if not isinstance(_field(manifest, *p), str)]
    for name, least in counts:
        value = _field(manifest, *name.split("."))
        if not isinstance(value, int) or isinstance(value, bool) or value < least:
            wrong.append(name)
    if not is_sha256_hex(_field(manifest, "chain", "head")):
        wrong.append("chain.head")
    previous = manifest.get("previous_manifest_sha256")
    if previous is not None and not is_sha256_hex(previous):
        wrong.append("previous_manifest_sha256")
    if "created" not in wrong and not _is_utc_text(manifest["created"]):
        wrong.append("created")
    if wrong:
        raise BundleError(f"the manifest's {', '.join(wrong)} is missing or malformed")


def _is_utc_text(text: str) -> bool:
    try:
        parse_utc(text)
    except ValueError:
        return False
    return True


def _check_files(members: dict[str, bytes], manifest: dict[str, Any], version: str) -> list[str]:
    files = manifest.get("files")
    entries = [f for f in files if isinstance(f, dict)] if isinstance(files, list) else []
    expected = SIGNED_FILES_OF[version]
    if sorted(str(f.get("name")) for f in entries) != sorted(expected):
        return [f"the manifest does not list exactly {', '.join(expected)}"]
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
        logbook = loads(data, "logbook.json", unique_keys=False)
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
    except UntrustedJson as error:
        return None, [str(error)]
    except (KeyError, TypeError):
        return None, ["logbook.json is not a readable logbook"]
    wrong = [label for label, ours, theirs in pairs if ours != theirs]
    if wrong:
        return None, [f"logbook.json does not agree with the manifest ({', '.join(wrong)})"]
    return logbook, []


def _check_report_facts(facts: dict[str, str], manifest: dict[str, Any]) -> list[str]:
    expected = report_facts(
        manifest["bundle_id"], manifest["chain"]["head"], manifest["chain"]["entry_count"]
    )
    if not facts:
        return ["the report does not state which bundle it belongs to"]
    labels = {"BundleID": "bundle id", "ChainHead": "chain head", "EntryCount": "entry count"}
    wrong = [labels[key] for key, value in expected.items() if facts.get(key) != value]
    if wrong:
        return [
            f"the report belongs to another bundle (its {', '.join(wrong)} differs from the "
            "manifest's): an older or another report was put in"
        ]
    return []


def read_statement_files(data: bytes) -> tuple[bytes, ...]:
    """The signed attestation files statements.json carries, each as its signer wrote it."""
    document = loads(data, "statements.json")
    files = document.get("attestations") if isinstance(document, dict) else None
    if (
        not isinstance(document, dict)
        or document.get("format") != STATEMENTS_FORMAT
        or not isinstance(files, list)
        or not all(isinstance(f, str) for f in files)
    ):
        raise UntrustedJson(f"statements.json is not an {STATEMENTS_FORMAT} file")
    return tuple(f.encode("utf-8") for f in files)


def statements_json(files: Sequence[bytes]) -> bytes:
    """The statements.json of a bundle: each attestation file as the text its signer wrote
    (the signature covers the canonical form of its payload, so the text's encoding may be
    read as JSON allows without breaking it)."""
    texts = [f.decode(json.detect_encoding(f)) for f in files]
    return canonical({"format": STATEMENTS_FORMAT, "attestations": texts})


def _read(data: bytes) -> tuple[dict[str, bytes], bytes, dict[str, Any], PublicKey]:
    if len(data) > MAX_TOTAL:
        raise BundleError("the bundle is too large")
    names = member_names(data)
    version_members = MEMBERS_OF[FORMAT if STATEMENTS in names else FORMAT_1]
    members = read_archive(data, version_members)
    manifest_bytes = members[MANIFEST]
    try:
        manifest = loads(manifest_bytes, "the manifest")
    except UntrustedJson as error:
        raise BundleError(str(error)) from None
    if not isinstance(manifest, dict) or manifest.get("format") not in FORMATS:
        raise BundleError(f"the manifest is not an EVTDesk bundle manifest ({', '.join(FORMATS)})")
    if MEMBERS_OF[manifest["format"]] != tuple(version_members):
        raise BundleError(
            f"the archive's members do not match its manifest's format {manifest['format']}"
        )
    _check_shape(manifest)
    return members, manifest_bytes, manifest, _signer(manifest)


def _name_warning(match: TrustedKey | None, manifest: dict[str, Any]) -> tuple[str, ...]:
    if match is None or match.role != TRAINEE or not match.compare_name:
        return ()
    claimed = str(_field(manifest, "trainee", "name") or "")
    if " ".join(claimed.split()).casefold() == " ".join(match.name.split()).casefold():
        return ()
    return (f"the bundle names its trainee “{claimed}”, but you trust this key as “{match.name}”",)


def _impostor(
    match: TrustedKey | None,
    manifest: dict[str, Any],
    known: dict[str, Any],
    trusted: Sequence[TrustedKey],
) -> tuple[str, ...]:
    """A bundle signed by a key the reader does not trust, naming a trainee the reader
    trusts with another key."""
    if match is not None:
        return ()
    claimed = str(_field(manifest, "trainee", "name") or "")
    warning = impostor_warning(claimed, known["fingerprint"], trusted)
    return (warning,) if warning else ()


def _from_the_future(manifest: dict[str, Any], now: datetime) -> list[str]:
    """A bundle made after this moment: the trainee's clock is wrong or was set ahead, and
    every statement answering it would have to be dated later still."""
    created = parse_utc(manifest["created"])
    if created <= now + CLOCK_TOLERANCE:
        return []
    return [
        f"the bundle is dated {manifest['created']}, after this moment: the trainee's clock "
        "is wrong or was set ahead; ask for a bundle made with the right time"
    ]


def verify_bundle(
    data: bytes, trusted: Sequence[TrustedKey], now: datetime | None = None
) -> Verdict:
    """Check a bundle's bytes against the user's trusted keys (`now`: the moment of
    reading, UTC, for the bundle's own date)."""
    if len(data) < 22 or not (data.startswith(b"PK") or find_end(data) is not None):
        raise UnreadableBundle(
            "the file is not an EVTDesk bundle (it is empty or not a ZIP archive)"
        )
    try:
        members, manifest_bytes, manifest, signer = _read(data)
    except BundleError as error:
        return Verdict(False, None, (str(error),))
    version = manifest["format"]
    signer_line = public_key_line(signer)
    match = next((k for k in trusted if k.public_key == signer_line), None)
    as_trainee = match is not None and match.role == TRAINEE
    known: dict[str, Any] = {
        "fingerprint": fingerprint(signer.public),
        "manifest": manifest,
        "manifest_sha256": sha256(manifest_bytes),
        "signer_name": match.name if match else None,
        "signer": signer,
        "signer_role": match.role if match else None,
    }
    try:
        comment = verify(manifest_bytes, members[SIGNATURE].decode("utf-8", "replace"), signer)
    except SignatureError as error:
        reason = f"the manifest signature does not verify: {error}"
        return Verdict(False, as_trainee, (reason,), **known)
    problems = _from_the_future(manifest, now or datetime.now(UTC))
    if comment != signature_comment(manifest["bundle_id"], manifest["sequence"], version):
        problems.append("the signature's trusted comment names a different bundle")
    problems += _check_files(members, manifest, version)
    if not problems:
        pdf_ca = manifest.get("pdf_certificate")
        pdf = validate_pdf(
            members[REPORT], pdf_ca.get("ca_sha256", "") if isinstance(pdf_ca, dict) else ""
        )
        if not pdf.ok:
            problems.append(f"the report's PDF signature is not valid: {pdf.reason}")
        elif version != FORMAT_1:
            problems += _check_report_facts(dict(pdf.facts), manifest)
    statement_files: tuple[bytes, ...] | None = None
    if not problems and STATEMENTS in members:
        try:
            statement_files = read_statement_files(members[STATEMENTS])
        except UntrustedJson as error:
            problems.append(str(error))
    logbook, logbook_problems = _check_logbook(members[DATA], manifest)
    problems += logbook_problems if not problems else []
    if problems:  # refused whoever signed it; an untrusted key is named too
        if not as_trainee:
            problems.append(_untrusted_reason(known["fingerprint"], match))
        return Verdict(False, as_trainee, tuple(problems), **known)
    contents: dict[str, Any] = {
        "logbook": logbook,
        "report_pdf": members[REPORT],
        "statement_files": statement_files,
        "warnings": _name_warning(match, manifest) + _impostor(match, manifest, known, trusted),
    }
    if not as_trainee:  # everything else checked out: the contents may be shown, unverified
        reason = _untrusted_reason(known["fingerprint"], match)
        return Verdict(False, False, (reason,), **known, **contents)
    assert match is not None
    made = parse_utc(manifest["created"]).date()
    if not match.in_term(made):  # a retired trainee key (`trust --retire`)
        reason = (
            f"it was made on {made.isoformat()}, outside the term you trust "
            f"{match.name}'s key for ({match.term_text()})"
        )
        return Verdict(False, False, (reason,), **known, **contents)
    return Verdict(True, True, (), **known, **contents)
