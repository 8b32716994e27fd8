"""Commands for what travels between trainee and supervisor: identity, trust, export,
verify, attest, import-attestation."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from evtdesk.bundle.attestation import AttestationRefused
from evtdesk.bundle.verify import TrustedKey as BundleKey
from evtdesk.bundle.verify import UnreadableBundle, Verdict, verify_bundle
from evtdesk.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, open_logbook
from evtdesk.exchange import (
    attestation_subjects,
    export_bundle,
    identity_info,
    import_attestation,
    open_bundle,
    parse_key,
    trust_key,
    write_attestation,
)
from evtdesk.exchange.export import ExportTargetExists
from evtdesk.exchange.keys import ROLES, trusted_for_bundles
from evtdesk.signing.minisign import parse_handed_key
from evtdesk.store.errors import LogbookError
from evtdesk.store.records import Statement


def register(commands: Any) -> None:
    ident = commands.add_parser("identity", help="print this logbook's public key and fingerprint")
    ident.add_argument("path")
    ident.set_defaults(handler=cmd_identity)

    trust = commands.add_parser("trust", help="trust a supervisor's or trainee's public key")
    trust.add_argument("path")
    trust.add_argument("key", help="a minisign .pub file or the key line")
    trust.add_argument("--name", required=True)
    trust.add_argument("--role", choices=ROLES, required=True)
    trust.add_argument("--yes", action="store_true", help="the fingerprint was compared in person")
    trust.set_defaults(handler=cmd_trust)

    export = commands.add_parser("export", help="export a signed bundle for the supervisor")
    export.add_argument("path")
    export.add_argument("--out", required=True, help="FILE.evtbundle")
    export.add_argument("--language", choices=("sv", "en"), default="sv")
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    export.set_defaults(handler=cmd_export)

    verify = commands.add_parser(
        "verify", help="verify a bundle (exit 0 only if valid and trusted)"
    )
    verify.add_argument("bundle")
    verify.add_argument(
        "--trust", action="append", default=[], help="a trusted public key (file or line)"
    )
    verify.add_argument("--logbook", help="also trust the keys trusted in this logbook")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=cmd_verify)

    attest = commands.add_parser("attest", help="(supervisor) sign an attestation about a bundle")
    attest.add_argument("path", help="the supervisor's own logbook")
    attest.add_argument("bundle")
    attest.add_argument("--approve", action="append", default=[], metavar="SUBJECT[=COMMENT]")
    attest.add_argument("--reject", action="append", default=[], metavar="SUBJECT=REASON")
    attest.add_argument("--out", required=True, help="FILE.evtattest")
    attest.set_defaults(handler=cmd_attest)

    imp = commands.add_parser("import-attestation", help="import a supervisor's signed attestation")
    imp.add_argument("path")
    imp.add_argument("file")
    imp.set_defaults(handler=cmd_import_attestation)


def _read(path: str, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise UsageError(f"cannot read the {what} {path}: {error.strerror}") from None


def _key_text(value: str) -> str:
    candidate = Path(value)
    return candidate.read_text(encoding="utf-8") if candidate.is_file() else value


def cmd_identity(args: argparse.Namespace) -> int:
    with open_logbook(args.path) as logbook:
        info = identity_info(logbook)
    print(info.public_key_text, end="")
    print(f"Fingerprint: {info.fingerprint}")
    return EXIT_OK


def cmd_trust(args: argparse.Namespace) -> int:
    key_text = _key_text(args.key)
    _line, print_ = parse_key(key_text)
    print(f"Fingerprint: {print_}")
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError(
                "compare the fingerprint with the key's owner, then run again with --yes"
            )
        if input("Does it match what the key's owner reads to you? [y/N] ").strip().lower() not in (
            "y",
            "yes",
            "j",
            "ja",
        ):
            print("Not trusted.")
            return EXIT_FAILED
    with open_logbook(args.path) as logbook:
        trusted = trust_key(logbook, key_text, args.name, args.role)
    print(f"Trusted {trusted.name} ({trusted.role}).")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    with open_logbook(args.path) as logbook:
        try:
            result = export_bundle(logbook, Path(args.out), args.language, overwrite=args.force)
        except ExportTargetExists as error:
            print(
                f"evtdesk: {error.path} already exists; add --force to replace it.", file=sys.stderr
            )
            return EXIT_FAILED
        fingerprint = identity_info(logbook).fingerprint
    print(f"Bundle {result.sequence} written: {result.path}")
    print(f"Bundle id: {result.bundle_id}")
    print(f"Manifest SHA-256: {result.manifest_sha256}")
    print(f"Signed by key with fingerprint: {fingerprint}")
    return EXIT_OK


FROM_COMMAND_LINE = "the key given with --trust"


def _verdict_json(verdict: Verdict) -> dict[str, Any]:
    manifest = verdict.manifest or {}
    return {
        "valid": verdict.valid,
        "state": verdict.state,
        "trusted": verdict.trusted,
        "reasons": list(verdict.reasons),
        "fingerprint": verdict.fingerprint or None,
        "signer": verdict.signer_name,
        "manifest_sha256": verdict.manifest_sha256 or None,
        "bundle_id": manifest.get("bundle_id"),
        "trainee": (manifest.get("trainee") or {}).get("name"),
        "curriculum": manifest.get("curriculum"),
    }


def _error_json(state: str, message: str) -> dict[str, Any]:
    """The same keys as a verdict, for a file that is not a bundle or a usage error."""
    return {
        "valid": False,
        "state": state,
        "trusted": None,
        "reasons": [message],
        "error": message,
        "fingerprint": None,
        "signer": None,
        "manifest_sha256": None,
        "bundle_id": None,
        "trainee": None,
        "curriculum": None,
    }


def _signed_by(verdict: Verdict) -> str:
    if verdict.signer_name == FROM_COMMAND_LINE:
        return "the key given with --trust"
    return f"the key you trust as {verdict.signer_name}"


def _print_verdict(verdict: Verdict) -> None:
    manifest = verdict.manifest or {}
    who = (manifest.get("trainee") or {}).get("name", "?")
    if verdict.state == "valid":
        print(
            f"VALID: bundle {manifest.get('bundle_id')} of {who}, signed with {_signed_by(verdict)}; "
            "every check passed."
        )
    elif verdict.state == "untrusted":
        print(
            f"NOT TRUSTED: bundle {manifest.get('bundle_id')} of {who} is intact but not verified:"
        )
    else:
        print("INVALID: the bundle is refused:")
    for reason in verdict.reasons:
        print(f"  - {reason}")
    if verdict.fingerprint and verdict.state == "invalid":
        trust = _signed_by(verdict) if verdict.trusted else "not a key you have marked as trusted"
        print(
            f"The manifest names the key {verdict.fingerprint}, which is {trust}; an invalid "
            "bundle proves nothing about who made it."
        )
    elif verdict.fingerprint:
        print(f"Signer's key fingerprint: {verdict.fingerprint}")


def cmd_verify(args: argparse.Namespace) -> int:
    try:
        verdict = _verify(args)
    except UsageError as error:
        if not args.json:
            raise
        _dump(_error_json("unreadable", str(error)))
        print(f"evtdesk: {error}", file=sys.stderr)
        return EXIT_USAGE
    except LogbookError as error:
        if not args.json:
            raise
        _dump(_error_json("error", str(error)))
        print(f"evtdesk: {error}", file=sys.stderr)
        return EXIT_FAILED
    if args.json:
        _dump(_verdict_json(verdict))
    else:
        _print_verdict(verdict)
    return EXIT_OK if verdict.valid else EXIT_FAILED


def _dump(document: dict[str, Any]) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    print()


def _verify(args: argparse.Namespace) -> Verdict:
    data = _read(args.bundle, "bundle")
    try:
        trusted = [
            BundleKey(parse_handed_key(_key_text(k)), FROM_COMMAND_LINE, "trainee")
            for k in args.trust
        ]
    except (ValueError, OSError) as error:
        raise UsageError(f"--trust: {error}") from None
    if args.logbook:
        with open_logbook(args.logbook) as logbook:
            trusted += trusted_for_bundles(logbook)
    try:
        return verify_bundle(data, trusted)
    except UnreadableBundle as error:
        raise UsageError(str(error)) from None


def _statements(approve: list[str], reject: list[str]) -> list[Statement]:
    statements = []
    for raw, approved in [(a, True) for a in approve] + [(r, False) for r in reject]:
        subject, _, comment = raw.partition("=")
        if not subject.strip():
            raise UsageError(f"'{raw}' names no subject")
        statements.append(Statement(subject.strip(), approved, comment.strip()))
    return statements


def cmd_attest(args: argparse.Namespace) -> int:
    statements = _statements(args.approve, args.reject)
    data = _read(args.bundle, "bundle")
    with open_logbook(args.path) as logbook:
        try:
            view = open_bundle(data, logbook)
        except UnreadableBundle as error:
            raise UsageError(str(error)) from None
        if not view.verdict.valid:
            print("evtdesk: the bundle did not verify, so it cannot be attested:", file=sys.stderr)
            for reason in view.verdict.reasons:
                print(f"  - {reason}", file=sys.stderr)
            return EXIT_FAILED
        known = {subject for subject, _label in attestation_subjects(view)}
        unknown = {
            s.subject
            for s in statements
            if s.subject not in known and not _is_evaluation(s.subject)
        }
        if unknown:
            raise UsageError(f"unknown subject(s): {', '.join(sorted(unknown))}")
        out = write_attestation(logbook, view, statements, Path(args.out))
    print(f"Attestation of {len(statements)} statement(s) written: {out}")
    return EXIT_OK


def _is_evaluation(subject: str) -> bool:
    """EVAL:<year> for any year: a supervisor may sign last year's evaluation late."""
    prefix, _, year = subject.partition(":")
    return prefix == "EVAL" and year.isdigit() and len(year) == 4


def cmd_import_attestation(args: argparse.Namespace) -> int:
    data = _read(args.file, "attestation")
    with open_logbook(args.path) as logbook:
        try:
            accepted = import_attestation(logbook, data)
        except AttestationRefused as error:
            print(f"evtdesk: attestation refused: {error}", file=sys.stderr)
            return EXIT_FAILED
    print(f"Imported the attestation of {accepted.supervisor_name}:")
    for subject, approved, comment in accepted.statements:
        print(
            f"  {subject}: {'approved' if approved else 'not approved'}{' — ' + comment if comment else ''}"
        )
    return EXIT_OK
