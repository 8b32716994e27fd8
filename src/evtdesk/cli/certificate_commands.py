"""`evtdesk certificate` and `evtdesk notice`: the documents a main supervisor signs.

    evtdesk certificate SUP_LOGBOOK BUNDLE --out F.pdf [--language sv|en] [--force]
    evtdesk notice SUP_LOGBOOK BUNDLE --out F.pdf [--language sv|en] [--force]

The completion certificate (trainee, main supervisor, the parts and their approval
dates, the examination week, the follow-up year, the scope limit of G3 in the guidance's
words) and the notice to the employer of a failed week (A4) or a stop (H3), both
PAdES-signed with his logbook's certificate (docs/certificate-format.md). Each is issued
only from his own view of her bundle; otherwise exit 1 with the one sentence saying why,
and no file. The --out path is checked before the passphrase is asked: never a logbook,
its key file or a file that is not a PDF, and an earlier PDF only with --force.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from evtdesk import language
from evtdesk.cli.common import EXIT_OK, UsageError, open_logbook
from evtdesk.cli.words import LANGUAGE_HELP

MAX_BUNDLE_BYTES = 128 * 1024 * 1024  # as `verify` and `attest` read a bundle

_WRITTEN = {
    "certificate": (
        "Intyg för {trainee} (godkänd {day}) skrivet: {path}",
        "Certificate for {trainee} (approved on {day}) written: {path}",
    ),
    "notice": (
        "Meddelande till arbetsgivaren om {trainee} skrivet: {path}",
        "Notice to the employer about {trainee} written: {path}",
    ),
    "signed": (
        "Signerat med din loggboks certifikat (certifikatutfärdarens SHA-256 {ca})",
        "Signed with your logbook's certificate (certificate authority SHA-256 {ca})",
    ),
}


def register(commands: Any) -> None:
    for name, help_ in (
        ("certificate", "issue a trainee's completion certificate (signed PDF) from her bundle"),
        ("notice", "notify the employer of a failed examination week or a stop (signed PDF)"),
    ):
        command = commands.add_parser(name, help=help_)
        command.add_argument("path", help="your (the main supervisor's) logbook")
        command.add_argument("bundle", help="the trainee's bundle (.evtbundle)")
        command.add_argument("--out", required=True, metavar="FILE.pdf")
        command.add_argument("--language", choices=language.LANGUAGES, help=LANGUAGE_HELP)
        command.add_argument(
            "--force", action="store_true", help="replace FILE if it is an earlier PDF"
        )
        command.set_defaults(handler=cmd_document, document=name)


def _say(key: str, speak: str, **values: object) -> str:
    swedish, english = _WRITTEN[key]
    return (swedish if speak == "sv" else english).format(**values)


def _check_out(out: Path, force: bool, speak: str) -> None:
    """Refused before the passphrase is asked or the bundle read (`exchange.targets`)."""
    from evtdesk.cli.words import say
    from evtdesk.exchange.targets import PDF, TargetExists, TargetRefused, check_target

    try:
        check_target(out, PDF, replace=force)
    except TargetExists:
        raise UsageError(say(speak, "exists", path=out)) from None
    except TargetRefused as refusal:
        raise UsageError(str(refusal)) from None


def cmd_document(args: argparse.Namespace) -> int:
    from evtdesk.bundle.verify import UnreadableBundle
    from evtdesk.cli.bundle_commands import read_limited

    out = Path(args.out)
    _check_out(out, args.force, language.chosen(args.language))
    data = read_limited(args.bundle, "bundle", MAX_BUNDLE_BYTES)
    with open_logbook(args.path) as logbook:
        speak = language.chosen(args.language, logbook.records.settings())
        try:
            line, ca = _issue(args.document, logbook, data, out, speak, args.force)
        except UnreadableBundle as error:
            raise UsageError(str(error)) from None
    print(line)
    print(_say("signed", speak, ca=ca))
    return EXIT_OK


def _issue(
    document: str, logbook: Any, data: bytes, out: Path, speak: str, force: bool
) -> tuple[str, str]:
    """Issue the document; (the line that says what was written, the CA's SHA-256)."""
    from evtdesk.exchange.certificate import write_certificate
    from evtdesk.exchange.notice import write_notice

    if document == "certificate":
        issued = write_certificate(logbook, data, out, speak, force)
        day = issued.approved_on.isoformat()
        said = _say("certificate", speak, trainee=issued.trainee, day=day, path=issued.path)
        return said, issued.ca_sha256
    notice = write_notice(logbook, data, out, speak, force)
    return _say("notice", speak, trainee=notice.trainee, path=notice.path), notice.ca_sha256
