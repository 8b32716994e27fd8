"""A training board's review: one row per bundle, judged as the reader's logbook would.

A board receives a folder of bundles (a year is about a thousand) and wants, for each,
what `evtdesk verify --logbook` says of it, in one line: valid or not and why, whose key
signed it and whether that key is trusted, how it stands against the bundles the board
saw before, the part the trainee is in and whether the approval of the training (part A)
stands. Each bundle is judged by the same functions as the bundle view (`verify_bundle`,
`freshness`, `view_of`), but from `ReaderFacts`: what the rows need of the reader's
logbook, read once into plain data, so the bundles can be judged in other processes that
never see the passphrase, the logbook's key or its database (`exchange.review_pool`).

Nothing is remembered: a review only reads. The bundles of one folder are judged against
the reader's logbook, not against each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from evtdesk.bundle.archive import MAX_TOTAL
from evtdesk.bundle.freshness import freshness
from evtdesk.bundle.standing import Reader
from evtdesk.bundle.verify import (
    INVALID,
    UNTRUSTED,
    VALID,
    UnreadableBundle,
    Verdict,
    verify_bundle,
)
from evtdesk.curriculum.engine import approved_part
from evtdesk.curriculum.outcomes.cases import APPROVAL_SUBJECT
from evtdesk.exchange.files import FileRefused, read_limited
from evtdesk.exchange.keys import OWN_ROLES_SETTING, own_role, trusted_for_bundles
from evtdesk.exchange.supervisor import BundleView, curriculum_made_for, view_of
from evtdesk.exchange.trainees import current_part
from evtdesk.model import Attestation, TrustedKey
from evtdesk.model.keys import TRAINEE
from evtdesk.model.statements import current_statement
from evtdesk.signing.minisign import PublicKey, public_key_line, public_of
from evtdesk.store import Logbook, SeenBundle

UNREADABLE, ERROR = "unreadable", "error"  # not a bundle at all; the check itself failed
STANDS, UNHELD, NOT_APPROVED = "stands", "unheld", "not_approved"


@dataclass(frozen=True)
class ReaderFacts:
    """What judging a bundle needs of the reader's logbook, as plain data a worker process
    can be given: public keys, names, roles, remembered bundles and the reader's own signed
    statements — never the passphrase, the logbook's secret key or its database."""

    own_key: PublicKey | None
    own_name: str
    trusted: tuple[TrustedKey, ...]
    own_roles: Mapping[str, str] = field(default_factory=dict)  # trainee key -> role
    seen: Mapping[str, tuple[SeenBundle, ...]] = field(default_factory=dict)
    issued: Mapping[str, tuple[bytes, ...]] = field(default_factory=dict)
    kept: Mapping[str, tuple[bytes, ...]] = field(default_factory=dict)  # kept statements
    language: str = "en"
    today: date = field(default_factory=date.today)
    now: datetime = field(default_factory=lambda: datetime.now(UTC))


def reader_facts(logbook: Logbook, language: str = "en", today: date | None = None) -> ReaderFacts:
    """Read once from the open logbook what every row needs. The trainee keys are those the
    logbook trusts (in any term) and those it keeps a role for: only a key trusted as a
    trainee's signs a valid bundle, so only theirs have remembered bundles; the reader's
    own statements are looked up for the same keys."""
    trusted = tuple(trusted_for_bundles(logbook))
    roles = logbook.records.setting(OWN_ROLES_SETTING, {}) or {}
    lines = {k.public_key for k in trusted if k.role == TRAINEE}
    lines |= set(roles) if isinstance(roles, dict) else set()
    return ReaderFacts(
        own_key=public_of(logbook.signing_key()),  # the public half only
        own_name=logbook.owner_name,
        trusted=trusted,
        own_roles={line: own_role(logbook, line) for line in lines},
        seen=_non_empty({line: tuple(logbook.records.seen_bundles(line)) for line in lines}),
        issued=_non_empty(
            {
                line: tuple(i.source for i in logbook.records.issued_attestations(line))
                for line in lines
            }
        ),
        kept=_non_empty(
            {line: tuple(k.source for k in logbook.records.kept_statements(line)) for line in lines}
        ),
        language=language,
        today=today or date.today(),
    )


def _non_empty(found: dict[str, tuple[Any, ...]]) -> dict[str, tuple[Any, ...]]:
    """Only the keys with something in them: less to hand to every worker."""
    return {key: value for key, value in found.items() if value}


@dataclass(frozen=True)
class ReviewRow:
    """One bundle of the folder as the reader's logbook judges it (docs/review-format.md).
    `state` is `verify`'s (valid, untrusted, invalid) or `unreadable` (not a bundle, or
    not a file that can be read) or `error` (the check itself failed; the row says how)."""

    file: str
    state: str
    reasons: tuple[str, ...] = ()
    trainee: str | None = None
    trainee_confirmed: bool = False  # the name the reader gave the key, not the bundle's
    fingerprint: str | None = None
    trusted: bool | None = None  # the key the manifest names is trusted as a trainee's
    bundle_id: str | None = None
    sequence: int | None = None
    created: str | None = None
    manifest_sha256: str | None = None
    freshness: str | None = None
    freshness_message: str | None = None
    current_part: str | None = None
    approval: str | None = None
    approval_signed_by: str | None = None
    approval_signed_on: str | None = None
    approval_note: str | None = None
    warnings: tuple[str, ...] = ()
    problem: str | None = None

    @property
    def valid(self) -> bool:
        """Intact and well signed, whoever signed it; trust is `trusted`."""
        return self.state in (VALID, UNTRUSTED)

    @property
    def accepted(self) -> bool:
        """Valid, signed by a trusted trainee key, and its contents could be read: what
        `verify` exits 0 for."""
        return self.state == VALID and not self.problem


def review_bundle(path: Path | str, facts: ReaderFacts) -> ReviewRow:
    """The row of one file. Never raises: a file that is not a bundle, cannot be read or
    trips the checks themselves still gets a row that says so, and the others theirs."""
    name = Path(path).name
    try:
        data = read_limited(path, "bundle", MAX_TOTAL)
        return _row(name, _view(data, facts), facts.today)
    except (FileRefused, UnreadableBundle) as error:
        return ReviewRow(name, UNREADABLE, (str(error),))
    except Exception as error:  # one bundle's failure must not stop the board's review
        return ReviewRow(
            name, ERROR, (f"it could not be checked: {type(error).__name__}: {error}",)
        )


def _view(data: bytes, facts: ReaderFacts) -> BundleView:
    """The bundle as `open_bundle` shows it to the reader, from the facts instead of the
    logbook, and without remembering it."""
    verdict = verify_bundle(data, facts.trusted, facts.now)
    key = public_key_line(verdict.signer) if verdict.signer is not None else ""
    reader = Reader(
        own_key=facts.own_key,
        own_name=facts.own_name,
        trusted=facts.trusted,
        now=facts.now.astimezone(UTC).replace(tzinfo=None),
        own_role=facts.own_roles.get(key, "supervisor"),
    )
    fresh = None
    if verdict.valid and verdict.manifest is not None:
        fresh = freshness(verdict.manifest, verdict.manifest_sha256, facts.seen.get(key, ()))
    remembered = list(facts.issued.get(key, ()))
    kept = list(facts.kept.get(key, ()))
    return view_of(verdict, facts.language, facts.today, reader, remembered, fresh, kept)


def _row(name: str, view: BundleView, today: date) -> ReviewRow:
    verdict = view.verdict
    manifest = verdict.manifest or {}
    fresh = view.freshness
    progress = view.progress
    return ReviewRow(
        file=name,
        state=verdict.state,
        reasons=verdict.reasons,
        **_trainee(verdict),
        fingerprint=verdict.fingerprint or None,
        trusted=verdict.trusted,
        bundle_id=_text(manifest.get("bundle_id")),
        sequence=_number(manifest.get("sequence")),
        created=_text(manifest.get("created")),
        manifest_sha256=verdict.manifest_sha256 or None,
        freshness=fresh.state if fresh else None,
        freshness_message=fresh.message if fresh else None,
        current_part=(current_part(progress) or None) if progress else None,
        **approval_standing(view, today),
        warnings=view.warnings,
        problem=view.problem or None,
    )


def _trainee(verdict: Verdict) -> dict[str, Any]:
    """The name the reader trusts the key as, when the bundle's signature stands; else the
    name the bundle claims, unconfirmed (an invalid bundle proves nothing of its maker)."""
    if verdict.state != INVALID and verdict.signer_name:
        return {"trainee": verdict.signer_name, "trainee_confirmed": True}
    claimed = (verdict.manifest or {}).get("trainee")
    name = claimed.get("name") if isinstance(claimed, dict) else None
    return {"trainee": _text(name), "trainee_confirmed": False}


def approval_standing(view: BundleView, today: date) -> dict[str, Any]:
    """Whether the approval of the training (part A) stands in the reader's view, judged
    by the curriculum engine as every view judges it, with who signed it and when (for
    one that does not stand, the sentence saying why); nothing when the contents cannot
    be shown or the bundle's curriculum has no such part."""
    progress, snapshot = view.progress, view.snapshot
    if progress is None or snapshot is None:
        return {}
    part = next((p for p in progress.parts if p.id == APPROVAL_SUBJECT), None)
    if part is None:
        return {}
    curriculum = curriculum_made_for(snapshot.curriculum_id, view.manifest)
    statement = approved_part(curriculum, snapshot, APPROVAL_SUBJECT, today)
    if statement is not None:
        return {"approval": STANDS, **_signed(statement)}
    if part.unheld:
        signed = current_statement(snapshot.attestations, APPROVAL_SUBJECT)
        return {"approval": UNHELD, "approval_note": part.unheld, **_signed(signed)}
    return {"approval": NOT_APPROVED}


def _signed(statement: Attestation | None) -> dict[str, Any]:
    if statement is None:
        return {}
    return {
        "approval_signed_by": statement.supervisor_name,
        "approval_signed_on": statement.signed_at.date().isoformat(),
    }


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _number(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


COLUMNS = (
    "file",
    "trainee",
    "trainee_confirmed",
    "fingerprint",
    "state",
    "valid",
    "trusted",
    "reasons",
    "freshness",
    "freshness_message",
    "current_part",
    "approval",
    "approval_signed_by",
    "approval_signed_on",
    "approval_note",
    "bundle_id",
    "sequence",
    "created",
    "manifest_sha256",
    "warnings",
    "problem",
)
"""The keys of `row_json`, in the order of `--csv`'s columns (docs/review-format.md)."""


def row_json(row: ReviewRow) -> dict[str, Any]:
    """One object of `evtdesk review --json`: every key of COLUMNS, null where unknown."""
    values: dict[str, Any] = {
        name: getattr(row, name) for name in COLUMNS if name not in ("reasons", "warnings")
    }
    values["reasons"] = list(row.reasons)
    values["warnings"] = list(row.warnings)
    return {name: values[name] for name in COLUMNS}
