"""Commands for what travels between trainee and supervisor: identity, trust, export,
verify, attest, import-attestation. (Just over 400 lines: each command's argument list and
its handler, kept together; verify's words are in verify_words and verify_output.)"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from evtdesk import language
from evtdesk.cli.arguments import date_arg
from evtdesk.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    open_logbook,
    open_trainee_logbook,
)
from evtdesk.cli.declaration_options import add_declaration_options, declaration_statements
from evtdesk.cli.verdict_options import add_verdict_options, verdict_statements
from evtdesk.cli.words import LANGUAGE_HELP, say
from evtdesk.model.declarations import declaration_kind
from evtdesk.model.keys import ROLES

# What a file may weigh before it is read at all: a hostile file of several GB is refused
# by its size, never read into memory first.
MAX_BUNDLE_BYTES = 128 * 1024 * 1024
MAX_ATTESTATION_BYTES = 1024 * 1024
FROM_COMMAND_LINE = "the key given with --trust"


def register(commands: Any) -> None:
    ident = commands.add_parser("identity", help="print this logbook's public key and fingerprint")
    ident.add_argument("path")
    ident.set_defaults(handler=cmd_identity)

    trust = commands.add_parser(
        "trust",
        help="trust a supervisor's or trainee's public key; retire or remove a trusted one",
        description="Add: trust PATH KEY --name N --role R [--from D] [--until D]. "
        "Retire (a hand-over): trust PATH KEY --retire --until D. "
        "Remove (trusted by mistake): trust PATH KEY --remove. "
        "For --retire and --remove, KEY may also be the key's fingerprint.",
    )
    trust.add_argument("path")
    trust.add_argument("key", help="a minisign .pub file or the key line (or a fingerprint)")
    trust.add_argument("--name")
    trust.add_argument("--role", choices=ROLES)
    trust.add_argument("--from", dest="valid_from", type=date_arg, help="the term's first day")
    trust.add_argument("--until", type=date_arg, help="the term's last day (YYYY-MM-DD)")
    change = trust.add_mutually_exclusive_group()
    change.add_argument("--retire", action="store_true", help="end a trusted key's term")
    change.add_argument("--remove", action="store_true", help="stop trusting a key at all")
    trust.add_argument(
        "--as",
        dest="own_role",
        choices=("supervisor", "co_supervisor"),
        help="with --role trainee: your role towards her (default: her main supervisor); "
        "as co_supervisor your statements about her are reports",
    )
    trust.add_argument("--yes", action="store_true", help="the fingerprint was compared in person")
    trust.set_defaults(handler=cmd_trust)

    export = commands.add_parser("export", help="export a signed bundle for the supervisor")
    export.add_argument("path")
    export.add_argument(
        "--out", required=True, help="FILE.evtbundle (.evtbundle is added to a name without one)"
    )
    export.add_argument("--language", choices=language.LANGUAGES, help=LANGUAGE_HELP)
    export.add_argument(
        "--force", action="store_true", help="replace FILE if it is an earlier bundle"
    )
    export.set_defaults(handler=cmd_export)

    verify = commands.add_parser(
        "verify", help="verify a bundle (exit 0 only if valid and trusted)"
    )
    verify.add_argument("bundle")
    verify.add_argument(
        "--trust", action="append", default=[], help="a trainee's public key (file or line)"
    )
    verify.add_argument(
        "--trust-supervisor",
        action="append",
        default=[],
        metavar="KEY",
        help="a supervisor's public key whose statements count (file or line)",
    )
    verify.add_argument(
        "--logbook",
        help="your own logbook: its key and the keys it trusts count, and it remembers "
        "the bundles you verify",
    )
    verify.add_argument("--language", choices=language.LANGUAGES, help=LANGUAGE_HELP)
    verify.add_argument("--json", action="store_true")
    verify.add_argument(
        "--entries",
        nargs="?",
        const="",
        metavar="KIND",
        help="list the bundle's live entries (of KIND, e.g. evt) with their ids and whether "
        "a supervisor validated each, for attest --validate-case",
    )
    verify.add_argument(
        "--accept-changed-history",
        action="store_true",
        help="with --logbook, for a bundle whose history changed since the one you kept (a "
        "restored backup): read what it no longer keeps, then take it as the bundle the next "
        "is read against; what you accepted is recorded in your logbook",
    )
    verify.add_argument(
        "--mark-reports-read",
        action="store_true",
        help="with --logbook: mark the co-supervisors' reports this bundle shows as read "
        "(evtdesk trainees counts those you have not)",
    )
    verify.set_defaults(handler=cmd_verify)

    attest = commands.add_parser("attest", help="(supervisor) sign an attestation about a bundle")
    attest.add_argument("path", help="the supervisor's own logbook")
    attest.add_argument("bundle")
    attest.add_argument("--approve", action="append", default=[], metavar="SUBJECT[=COMMENT]")
    attest.add_argument("--reject", action="append", default=[], metavar="SUBJECT=REASON")
    attest.add_argument(
        "--adapt",
        action="append",
        default=[],
        metavar="ITEM[=NOTE]",
        help="sign the trainee's proposed adaptation of ITEM as the bundle shows it; with "
        "=NOTE, an adaptation of your own (numbers with --required, or --waive)",
    )
    attest.add_argument(
        "--required",
        action="append",
        default=[],
        metavar="COND=N",
        help="with one --adapt ITEM=NOTE: a condition's required number",
    )
    attest.add_argument(
        "--waive", action="store_true", help="with one --adapt ITEM=NOTE: waive the item"
    )
    add_verdict_options(attest)
    add_declaration_options(attest)
    attest.add_argument("--out", required=True, help="FILE.evtattest")
    attest.add_argument(
        "--force",
        action="store_true",
        help="sign about a bundle older than one you saw, or not following it",
    )
    attest.set_defaults(handler=cmd_attest)

    imp = commands.add_parser("import-attestation", help="import a supervisor's signed attestation")
    imp.add_argument("path")
    imp.add_argument("file")
    imp.set_defaults(handler=cmd_import_attestation)


def read_limited(path: str, what: str, limit: int) -> bytes:
    """The file's bytes, refused (exit 2) if it is not a regular file within `limit`."""
    from evtdesk.exchange.files import FileRefused
    from evtdesk.exchange.files import read_limited as read

    try:
        return read(path, what, limit)
    except FileRefused as refusal:
        raise UsageError(str(refusal)) from None


def key_text(value: str) -> str:
    """A key as given: a file's text, or the key line itself. A value that names a file
    that is not there is said as such (not as "not valid base64"); one that names a pipe,
    a device or a folder is refused without being opened, and a file is read to at most
    64 kB (`read_key_file`), so a FIFO or a sparse file of gigabytes cannot hang the
    command or fill its memory."""
    from evtdesk.exchange.files import FileRefused
    from evtdesk.exchange.keys import read_key_file

    candidate = Path(value)
    try:
        candidate.stat()  # only looks: never opens, so a named pipe cannot block here
        exists = True
    except (OSError, ValueError):  # not there, a name too long, a NUL in it: not a file
        exists = False
    if exists:
        try:
            return read_key_file(candidate)
        except FileRefused as refusal:
            raise UsageError(str(refusal)) from None
    looks_like_a_path = candidate.suffix.lower() in (".pub", ".txt", ".key") or any(
        sep in value for sep in ("/", "\\")
    )
    if looks_like_a_path and not value.startswith("RW"):
        raise UsageError(f"there is no key file {value}")
    return value


def cmd_identity(args: argparse.Namespace) -> int:
    from evtdesk.exchange import identity_info

    with open_logbook(args.path) as logbook:
        info = identity_info(logbook)
        speak = language.chosen(None, logbook.records.settings())
    print(info.public_key_text, end="")
    print(say(speak, "fingerprint", fingerprint=info.fingerprint))
    return EXIT_OK


def cmd_trust(args: argparse.Namespace) -> int:
    from evtdesk.exchange import parse_key, trust_key
    from evtdesk.exchange.keys import set_own_role

    if args.retire or args.remove:
        return _change_trust(args)
    if not args.name or not args.role:
        raise UsageError("give the key owner's --name and --role (or --retire or --remove)")
    if args.own_role and args.role != "trainee":
        raise UsageError("--as goes with --role trainee: your role towards that trainee")
    text = key_text(args.key)
    _line, print_ = parse_key(text)
    print(say(language.system_language(), "fingerprint", fingerprint=print_))
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError(
                "compare the fingerprint with the key's owner, then run again with --yes"
            )
        answer = input("Does it match what the key's owner reads to you? [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            print("Not trusted.")
            return EXIT_FAILED
    with open_logbook(args.path) as logbook:
        from evtdesk.exchange.trust_terms import same_name

        for other in same_name(logbook, args.name, _line):
            print(
                f"WARNING: you already trust “{other.name}” with another key ({other.role}, "
                f"fingerprint {other.fingerprint}). If this is a new key of the same person, "
                "retire the old one (evtdesk trust … --retire --until DAY)."
            )
        trusted = trust_key(logbook, text, args.name, args.role, args.valid_from, args.until)
        if args.own_role:
            set_own_role(logbook, text, args.own_role)
    print(f"Trusted {trusted.name} ({trusted.role}).")
    if args.own_role:
        print(f"You are {trusted.name}'s {args.own_role.replace('_', '-')}.")
    return EXIT_OK


def _change_trust(args: argparse.Namespace) -> int:
    """`trust --retire --until D` or `trust --remove`: said in words, confirmed, done."""
    from evtdesk.exchange.trust_terms import find_trusted, remove, remove_text, retire, retire_text

    if args.name or args.role or args.valid_from or args.own_role:
        raise UsageError("--retire and --remove take the key (and --until), nothing else")
    if args.retire and args.until is None:
        raise UsageError("say the last day of the key's term: --retire --until YYYY-MM-DD")
    if args.remove and args.until is not None:
        raise UsageError("--until goes with --retire; --remove ends the trust altogether")
    value = key_text(args.key) if Path(args.key).is_file() else args.key
    with open_logbook(args.path) as logbook:
        key = find_trusted(logbook, value)
        print(retire_text(key, args.until) if args.retire else remove_text(key))
        if not args.yes:
            if not sys.stdin.isatty():
                raise UsageError("read what it changes, then run again with --yes")
            if input("Go on? [y/N] ").strip().lower() not in ("y", "yes", "j", "ja"):
                print("Nothing was changed.")
                return EXIT_FAILED
        changed = retire(logbook, key, args.until) if args.retire else remove(logbook, key)
    done = "Retired" if args.retire else "Removed"
    print(f"{done} {changed.name}'s key ({changed.role}).")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from evtdesk.exchange import export_bundle, identity_info
    from evtdesk.exchange.export import ExportTargetExists
    from evtdesk.exchange.targets import BUNDLE, TargetExists, TargetRefused, check_target

    out = Path(args.out)
    if not out.suffix and not out.is_dir():  # `--out 2026-11`: the bundle 2026-11.evtbundle
        out = out.with_name(out.name + ".evtbundle")
    try:  # before the passphrase is asked and minutes are spent on the report
        check_target(out, BUNDLE, replace=args.force)
    except TargetExists:
        pass  # said below in the logbook's language
    except TargetRefused as refusal:
        raise UsageError(str(refusal)) from None
    with open_trainee_logbook(args.path) as logbook:
        speak = language.chosen(args.language, logbook.records.settings())
        try:
            result = export_bundle(logbook, out, speak, overwrite=args.force)
        except ExportTargetExists as error:
            print(f"evtdesk: {say(speak, 'exists', path=error.path)}", file=sys.stderr)
            return EXIT_FAILED
        fingerprint = identity_info(logbook).fingerprint
    print(say(speak, "written", n=result.sequence, path=result.path))
    print(say(speak, "bundle_id", id=result.bundle_id))
    print(say(speak, "manifest", sha=result.manifest_sha256))
    print(say(speak, "signed_by", fingerprint=fingerprint))
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from evtdesk.cli.verify_output import error_json, print_entries, print_view, view_json
    from evtdesk.store import LogbookError

    try:
        view = _verify(args)
    except UsageError as error:
        if not args.json:
            raise
        _dump(error_json("unreadable", str(error)))
        print(f"evtdesk: {error}", file=sys.stderr)
        return EXIT_USAGE
    except LogbookError as error:
        if not args.json:
            raise
        _dump(error_json("error", str(error)))
        print(f"evtdesk: {error}", file=sys.stderr)
        return EXIT_FAILED
    if args.entries is not None and view.snapshot is not None and not args.json:
        print_entries(view, args.language, args.entries)
        return EXIT_OK if view.verdict.valid and not view.problem else EXIT_FAILED
    if args.json:
        _dump(view_json(view))
    else:
        print_view(view, args.language)
    # A good signature over contents that cannot be read (a type-swapped logbook.json)
    # is no bundle a supervisor can judge: the problem is printed above, and it fails.
    return EXIT_OK if view.verdict.valid and not view.problem else EXIT_FAILED


def _dump(document: dict[str, Any]) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    print()


def _given_keys(values: list[str], role: str, option: str) -> tuple[Any, ...]:
    from evtdesk.model import TrustedKey
    from evtdesk.signing.minisign import parse_handed_key, public_key_line

    keys = []
    for value in values:
        try:
            key = parse_handed_key(key_text(value))
        except ValueError as error:
            raise UsageError(f"{option} {value}: {error}") from None
        keys.append(TrustedKey(public_key_line(key), FROM_COMMAND_LINE, role, compare_name=False))
    return tuple(keys)


def _verify(args: argparse.Namespace) -> Any:
    from evtdesk.bundle.verify import UnreadableBundle
    from evtdesk.exchange import open_bundle

    if args.accept_changed_history and not args.logbook:
        raise UsageError("--accept-changed-history goes with --logbook: your logbook keeps it")
    if args.mark_reports_read and not args.logbook:
        raise UsageError("--mark-reports-read goes with --logbook: your logbook keeps them")
    data = read_limited(args.bundle, "bundle", MAX_BUNDLE_BYTES)
    given = _given_keys(args.trust, "trainee", "--trust")
    given += _given_keys(args.trust_supervisor, "supervisor", "--trust-supervisor")
    try:
        if args.logbook:
            with open_logbook(args.logbook) as logbook:
                args.language = language.chosen(args.language, logbook.records.settings())
                view = open_bundle(
                    data,
                    logbook,
                    args.language,
                    extra_trusted=given,
                    accept_history=args.accept_changed_history,
                )
                if args.accept_changed_history:
                    _say_accepted(view)
                if args.mark_reports_read:
                    _mark_reports_read(logbook, view)
                return view
        args.language = language.chosen(args.language)
        return open_bundle(data, None, args.language, extra_trusted=given)
    except UnreadableBundle as error:
        raise UsageError(str(error)) from None


def _mark_reports_read(logbook: Any, view: Any) -> None:
    """Mark the reports shown read, and say how many, on stderr (stdout may be JSON)."""
    from evtdesk.exchange.reports_read import mark_reports_read

    marked = mark_reports_read(logbook, view)
    print(
        f"Marked {marked} report(s) read." if marked else "No unread report in this bundle.",
        file=sys.stderr,
    )


def _say_accepted(view: Any) -> None:
    """Whether --accept-changed-history took the bundle, on stderr (stdout may be JSON)."""
    from evtdesk.bundle.freshness import HISTORY_CHANGED

    fresh, manifest = view.freshness, view.verdict.manifest
    if view.verdict.valid and fresh is not None and fresh.state == HISTORY_CHANGED:
        print(
            f"Accepted: bundle {manifest['sequence']} is now the one your next bundle from "
            "this trainee is read against; the changes are recorded in your logbook.",
            file=sys.stderr,
        )
    else:
        print(
            "Nothing to accept: this bundle's history is not changed against the one you kept.",
            file=sys.stderr,
        )


def _statements(args: argparse.Namespace, view: Any) -> list[Any]:
    from evtdesk.exchange.attestations import signed_proposal
    from evtdesk.model import Statement
    from evtdesk.model.statements import adaptation_subject

    statements = []
    for raw, approved in [(a, True) for a in args.approve] + [(r, False) for r in args.reject]:
        subject, _, comment = raw.partition("=")
        if not subject.strip():
            raise UsageError(f"'{raw}' names no subject")
        subject = subject.strip()
        if subject.startswith("ADAPT:"):
            statements.append(signed_proposal(view, subject[6:], approved, comment.strip()))
        else:
            statements.append(Statement(subject, approved, comment.strip()))
    if (args.required or args.waive) and not (len(args.adapt) == 1 and "=" in args.adapt[0]):
        raise UsageError("--required and --waive go with exactly one --adapt ITEM=NOTE")
    for raw in args.adapt:
        item, has_note, note = (part.strip() for part in raw.partition("="))
        if not item:
            raise UsageError(f"--adapt '{raw}' names no item")
        if has_note:  # the supervisor's own adaptation
            statements.append(
                Statement(
                    adaptation_subject(item), True, note, _required(args.required), args.waive
                )
            )
        else:  # the trainee's proposal, as the bundle shows it
            statements.append(signed_proposal(view, item, True, ""))
    return statements


def _required(pairs: list[str]) -> dict[str, float]:
    required: dict[str, float] = {}
    for pair in pairs:
        condition, sep, number = pair.partition("=")
        try:
            value = float(number.replace(",", "."))
        except ValueError:
            sep = ""
        if not sep or not condition.strip() or not value >= 0 or value == float("inf"):
            raise UsageError(
                f"--required {pair!r}: write it as CONDITION=NUMBER, e.g. NI2.independent=20"
            )
        required[condition.strip()] = int(value) if value.is_integer() else value
    return required


def cmd_attest(args: argparse.Namespace) -> int:
    from evtdesk.bundle.verify import UnreadableBundle
    from evtdesk.cli.verify_output import say, statement_line
    from evtdesk.exchange import (
        attestation_subjects,
        identity_info,
        open_bundle,
        write_attestation,
    )
    from evtdesk.exchange.supervisor import remember_bundle

    data = read_limited(args.bundle, "bundle", MAX_BUNDLE_BYTES)
    with open_logbook(args.path) as logbook:
        try:  # remembered only once something is signed: a refusal leaves his logbook as it was
            view = open_bundle(data, logbook, remember=False)
        except UnreadableBundle as error:
            raise UsageError(str(error)) from None
        if not view.verdict.valid:
            print("evtdesk: the bundle did not verify, so it cannot be attested:", file=sys.stderr)
            for reason in view.verdict.reasons:
                print(f"  - {reason}", file=sys.stderr)
            return EXIT_FAILED
        if view.progress is None:
            print(
                "evtdesk: the bundle verified, but its contents cannot be read, so there is "
                f"nothing to attest: {view.problem}",
                file=sys.stderr,
            )
            return EXIT_FAILED
        for warning in view.warnings:
            say(f"WARNING: {warning}.")
        statements = (
            _statements(args, view)
            + verdict_statements(args, view)
            + declaration_statements(args, view, identity_info(logbook).public_key_text)
        )
        _check_subjects(statements, attestation_subjects(view), logbook, view)
        # an earlier attestation may be replaced (his logbook keeps every one it signed);
        # a logbook, a bundle or any other file never is
        out = write_attestation(
            logbook,
            view,
            statements,
            Path(args.out),
            replace_attestation=True,
            about_older=args.force,
        )
        remember_bundle(logbook, view.verdict, data)
    number = (view.manifest or {}).get("sequence")
    say(f"Signed {len(statements)} statement(s) about bundle {number}:")
    for statement in statements:
        say(f"  {statement_line(statement)}")
    print(f"Written: {out}")
    return EXIT_OK


def _check_subjects(
    statements: list[Any], subjects: list[tuple[str, str]], logbook: Any, view: Any
) -> None:
    """Every subject is one the bundle's curriculum knows; an adaptation names an item and
    conditions of it."""
    from evtdesk.curriculum.authority import verdict_items
    from evtdesk.exchange.supervisor import curriculum_made_for

    known = {subject for subject, _label in subjects}
    unknown = sorted(
        s.subject
        for s in statements
        if s.subject not in known
        and not _is_evaluation(s.subject)
        and s.subject not in ("EXAM_WEEK", "TRAINING_STOP")
        and not declaration_kind(s.subject)
        and not s.subject.startswith("ADAPT:")
    )
    assert view.snapshot is not None
    curriculum = curriculum_made_for(view.snapshot.curriculum_id, view.manifest)
    by_verdict = sorted(set(unknown) & set(verdict_items(curriculum)))
    if by_verdict:
        raise UsageError(
            f"{', '.join(by_verdict)} is decided by the examination week's verdict, signed "
            "with its content: --pass-week or --fail-week, never a plain tick"
        )
    if unknown:
        raise UsageError(f"unknown subject(s): {', '.join(unknown)}")
    for statement in statements:
        if not statement.subject.startswith("ADAPT:"):
            continue
        item_id = statement.subject[6:]
        try:
            item = curriculum.item(item_id)
        except KeyError:
            raise UsageError(
                f"{item_id} is not an item of the curriculum {curriculum.id}"
            ) from None
        conditions = {c.id for c in item.conditions if c.type != "attested"}
        stray = sorted(set(statement.required) - conditions)
        if stray:
            listed = ", ".join(sorted(conditions)) or "none that take a number"
            raise UsageError(
                f"{item_id} has no condition {', '.join(stray)}; its conditions are: {listed}"
            )


def _is_evaluation(subject: str) -> bool:
    """EVAL:<year> for any year: a supervisor may sign last year's evaluation late."""
    prefix, _, year = subject.partition(":")
    return prefix == "EVAL" and year.isdigit() and len(year) == 4


def cmd_import_attestation(args: argparse.Namespace) -> int:
    from evtdesk.bundle.attestation import AttestationRefused
    from evtdesk.exchange import import_attestation

    data = read_limited(args.file, "attestation", MAX_ATTESTATION_BYTES)
    with open_trainee_logbook(args.path) as logbook:
        try:
            accepted = import_attestation(logbook, data)
        except AttestationRefused as error:
            print(f"evtdesk: attestation refused: {error}", file=sys.stderr)
            return EXIT_FAILED
    from evtdesk.cli.verify_output import say

    say(f"Imported the attestation of {accepted.supervisor_name}:")
    for statement in accepted.statements:
        verdict = "approved" if statement.approved else "not approved"
        comment = f" — {statement.comment}" if statement.comment else ""
        say(f"  {statement.subject}: {verdict}{comment}")
    return EXIT_OK
