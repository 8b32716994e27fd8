"""What the documents a supervisor signs share: his view of her bundle, and the writing.

A completion certificate or a notice to the employer carries the main supervisor's
signature to people who cannot check a bundle. So it is issued only from his own view of
it (`open_bundle`, the same judge as `verify --logbook`): a bundle that verifies, signed
by a key he trusts as a trainee's, the newest of hers he has seen, whose contents can be
read, for the Swedish guidance (whose words the documents quote), and only by her main
supervisor — a co-supervisor supports and reports to him (S4) and signs neither. Each
refusal is one sentence saying what stands in the way, in the command's language, and
nothing is written. Every free text the document prints is screened for personal
identity numbers before it is built; the PDF is signed (PAdES) with his logbook's
certificate, as the report and the readiness checklist are, and written through the one
rule for files EVTDesk writes (`exchange.targets`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import BinaryIO

from evtdesk.bundle.verify import INVALID
from evtdesk.bundle.writer import _write_atomically
from evtdesk.curriculum import Curriculum
from evtdesk.curriculum.progress import Progress, WeekProgress
from evtdesk.entries.privacy import IdentityNumberFound, screen
from evtdesk.exchange.export import pdf_identity
from evtdesk.exchange.keys import identity_info, own_role
from evtdesk.exchange.supervisor import BundleView, curriculum_made_for, open_bundle
from evtdesk.exchange.targets import PDF, check_target
from evtdesk.model import LogbookSnapshot
from evtdesk.report.document_parts import Basis, Person, WeekRecord
from evtdesk.signing.minisign import public_key_line
from evtdesk.signing.pdf import ca_sha256, sign_pdf
from evtdesk.store import Logbook, LogbookError

SWEDISH_GUIDANCE = "se-evt"  # the curriculum whose words (G3, A4, H3) the documents quote

_TEXT: dict[str, tuple[str, str]] = {
    "invalid": (
        "Paketet kunde inte verifieras ({reasons}); inget {what} utfärdas på det.",
        "The bundle did not verify ({reasons}); no {what} is issued on it.",
    ),
    "untrusted": (
        "Paketet är inte signerat av en aspirant vars nyckel du litar på ({reasons}); "
        "lita på hennes nyckel först (evtdesk trust … --role trainee).",
        "The bundle is not signed by a trainee whose key you trust ({reasons}); trust her "
        "key first (evtdesk trust … --role trainee).",
    ),
    "unreadable": (
        "Paketet verifierades men dess innehåll kan inte läsas: {problem}",
        "The bundle verified, but its contents cannot be read: {problem}",
    ),
    "not_newest": (
        "Paketet är inte det senaste av hennes som du har sett ({message}); utfärda {what} "
        "på hennes senaste paket.",
        "The bundle is not the newest of hers you have seen ({message}); issue the {what} on "
        "her newest bundle.",
    ),
    "co_supervisor": (
        "Du är bihandledare för {trainee}: bara huvudhandledaren utfärdar {what}; en "
        "bihandledare stödjer och rapporterar till honom (S4).",
        "You are the co-supervisor of {trainee}: only her main supervisor issues the {what}; "
        "a co-supervisor supports and reports to him (S4).",
    ),
    "curriculum": (
        "Paketet följer läroplanen {curriculum}, inte den svenska vägledningen ({expected}) "
        "vars ord {what} citerar.",
        "The bundle follows the curriculum {curriculum}, not the Swedish guidance "
        "({expected}) whose words the {what} quotes.",
    ),
    "identity_number": (
        "{where}: texten innehåller något som ser ut som ett svenskt person- eller "
        "samordningsnummer; inget {what} skrevs.",
        "{where}: the text holds what looks like a Swedish personal identity or "
        "coordination number; no {what} was written.",
    ),
    "not_written": (
        "Kunde inte skriva {path}: {reason}. Inget skrevs.",
        "Could not write {path}: {reason}. Nothing was written.",
    ),
    "certificate": ("intyg", "certificate"),
    "notice": ("meddelande", "notice"),
}


class DocumentRefused(LogbookError):
    """The document is not issued; the message is the one sentence saying why."""


def say(key: str, language: str, **values: object) -> str:
    swedish, english = _TEXT[key]
    return (swedish if language == "sv" else english).format(**values)


def refuse(key: str, language: str, **values: object) -> DocumentRefused:
    return DocumentRefused(say(key, language, **values))


@dataclass(frozen=True)
class HisView:
    """Her bundle as her main supervisor's logbook judges it, once it may be used."""

    view: BundleView
    snapshot: LogbookSnapshot
    progress: Progress
    curriculum: Curriculum
    trainee: Person
    supervisor: Person
    supervisor_key: str  # his key line, as statements name their signer
    basis: Basis


def his_view(
    logbook: Logbook, data: bytes, what: str, language: str, today: date, now: datetime
) -> HisView:
    """Her bundle in his view, or DocumentRefused with the first thing that stands in the
    way; `what` ("certificate", "notice") names the document in the refusal. Raises
    UnreadableBundle for a file that is not a bundle at all. Nothing is remembered."""
    document = say(what, language)
    view = open_bundle(data, logbook, language, today, remember=False, now=now)
    verdict = view.verdict
    reasons = "; ".join(verdict.reasons)
    if verdict.state == INVALID:
        raise refuse("invalid", language, reasons=reasons, what=document)
    if not verdict.valid or verdict.signer is None:
        raise refuse("untrusted", language, reasons=reasons)
    if view.progress is None or view.snapshot is None or view.manifest is None:
        raise refuse("unreadable", language, problem=view.problem or reasons)
    if view.freshness is not None and view.freshness.warning:
        raise refuse("not_newest", language, message=view.freshness.message, what=document)
    trainee = Person(verdict.signer_name or "", verdict.fingerprint)
    if own_role(logbook, public_key_line(verdict.signer)) != "supervisor":
        raise refuse("co_supervisor", language, trainee=trainee.name, what=document)
    curriculum_id = view.snapshot.curriculum_id
    if curriculum_id != SWEDISH_GUIDANCE:
        raise refuse(
            "curriculum", language, curriculum=curriculum_id, expected=SWEDISH_GUIDANCE,
            what=document,
        )  # fmt: skip
    curriculum = curriculum_made_for(curriculum_id, view.manifest)
    own = identity_info(logbook)
    manifest = view.manifest
    basis = Basis(
        bundle_id=str(manifest.get("bundle_id", "")),
        sequence=int(manifest.get("sequence", 0)),
        created=(verdict.created or now).astimezone(UTC).replace(tzinfo=None),
        manifest_sha256=verdict.manifest_sha256,
        curriculum=f"{curriculum.title(language)} ({curriculum.id} {curriculum.version})",
        issued=now.astimezone(UTC).replace(tzinfo=None, microsecond=0),
        ca_sha256="",  # `signing_basis`, once nothing stands in the way
    )
    return HisView(
        view,
        view.snapshot,
        view.progress,
        curriculum,
        trainee,
        Person(logbook.owner_name, own.fingerprint),
        own.public_key_line,
        basis,
    )


def signing_basis(logbook: Logbook, basis: Basis) -> Basis:
    """`basis` with the CA his logbook signs under: made on first use and kept in his
    logbook, so only once the document will be issued."""
    return replace(basis, ca_sha256=ca_sha256(pdf_identity(logbook)))


def week_record(week: WeekProgress) -> WeekRecord:
    """A week as the documents print it, with the verdict that decides it in his view."""
    verdict = week.verdict
    content = verdict.verdict if verdict is not None else None
    failed = verdict is not None and not verdict.approved
    return WeekRecord(
        start=week.week.start,
        end=week.week.last_day,
        unit=week.unit,
        candidates=week.candidates,
        evt_performed=week.evt_performed,
        as_first_operator=week.as_first_operator,
        passed=None if verdict is None else verdict.approved,
        judged_on=verdict.signed_at.date() if verdict is not None else None,
        judged_by=verdict.supervisor_name if verdict is not None else "",
        reason=(content.reason if content else verdict.comment) if failed and verdict else "",
        employer_informed=content.employer_informed if failed and content else None,
        measures=content.measures if failed and content else (),
    )


def screened(texts: Iterable[tuple[str, str]], what: str, language: str) -> None:
    """Refuse the document when any text it prints holds a personal identity number; the
    message names the text, never the number."""
    for where, text in texts:
        try:
            screen(text or "", where)
        except IdentityNumberFound:
            raise refuse(
                "identity_number", language, where=where, what=say(what, language)
            ) from None


def check_out(out_path: Path, replace_pdf: bool) -> Path:
    """The one rule for files EVTDesk writes: a new file, or (with `replace_pdf`) an earlier
    PDF; never a logbook, its key file, a backup or any other file (`exchange.targets`)."""
    return check_target(out_path, PDF, replace=replace_pdf)


def write_signed(
    logbook: Logbook,
    pdf: bytes,
    out_path: Path,
    reason: str,
    facts: Mapping[str, str],
    replace_pdf: bool,
    language: str,
) -> Path:
    """Sign `pdf` (PAdES) with his logbook's certificate and write it to `out_path`, all
    or nothing."""
    out_path = check_out(out_path, replace_pdf)
    signed = sign_pdf(pdf, pdf_identity(logbook), reason, logbook.owner_name, facts)

    def write(target: BinaryIO) -> None:
        target.write(signed)

    try:
        _write_atomically(out_path, write)
    except OSError as error:
        why = error.strerror or type(error).__name__
        raise refuse("not_written", language, path=out_path, reason=why) from None
    return out_path
