"""Whose statements count: each supervisor's statement judged by its signer's key.

A bundle is the trainee's account, and she controls every byte of it — including which
keys her own logbook trusts. So the names a bundle shows prove nothing. The reader's copy
of EVTDesk checks every statement the bundle carries on its own: its signature over the
exact bytes its signer produced, that it is addressed to this trainee and answers an
earlier bundle of hers, that its time is possible, and whose key signed it, against the
reader's own key and the keys the reader trusts (see shared/design/threat-model.md):

* `own` — signed by the reader's own logbook key;
* `trusted` — by a key the reader trusts as supervisor or co-supervisor;
* `wrong_role` — by a key the reader trusts, but as a trainee's;
* `unknown_key` — well signed, by a key the reader does not trust (its fingerprint and
  the name it claims are shown);
* `invalid` — the signature fails, or the statement cannot be true of this bundle;
* `unverifiable` — a format 1 bundle carries only the trainee's copy, not signed bytes.

Only `own` and `trusted` statements change what the reader's evaluation shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from evtdesk.bundle.attestation import (
    AttestationRefused,
    SignedAttestation,
    parse_attestation,
    time_problem,
)
from evtdesk.bundle.impostor import impostor_warning
from evtdesk.model import Adaptation, Attestation, ExamVerdict, TrustedKey, YearlyEvaluation
from evtdesk.model.declarations import Declaration
from evtdesk.model.statements import ADAPT_PREFIX, DECIDES
from evtdesk.signing.fingerprint import fingerprint
from evtdesk.signing.minisign import KeyFormatError, PublicKey, parse_public_key, public_key_line

OWN, TRUSTED, WRONG_ROLE = "own", "trusted", "wrong_role"
UNKNOWN_KEY, INVALID, UNVERIFIABLE = "unknown_key", "invalid", "unverifiable"
OUT_OF_TERM = "out_of_term"  # a trusted key, but signed outside its holder's term
COUNTED = (OWN, TRUSTED)
# The roles whose keys sign statements (a trainee's key signs bundles only).
SUPERVISOR_ROLES = ("supervisor", "co_supervisor", "hospital")


@dataclass(frozen=True)
class Reader:
    """Who reads the bundle: their own key (None without a logbook), their name, the keys
    they trust with their roles, and the moment of reading (naive UTC)."""

    own_key: PublicKey | None
    own_name: str
    trusted: Sequence[TrustedKey]
    now: datetime
    # The reader's own role towards this trainee: the main supervisor unless their
    # logbook says otherwise (`exchange.keys.set_own_role`), so a co-supervisor's own
    # statements are her reports in her view as in his.
    own_role: str = "supervisor"


@dataclass(frozen=True)
class JudgedStatement:
    """One statement as the reader stands towards it. `by` is the name the reader knows
    the signer by (their own, or the one they gave the key); for a key they do not trust,
    it is the name the file claims (`claimed_by`). `carried` is False for the reader's own
    statement that the bundle left out, counted from the reader's logbook."""

    attestation_id: str
    subject: str
    approved: bool
    comment: str
    claimed_by: str
    by: str
    fingerprint: str
    supervisor_key: str
    signed_at: datetime | None
    standing: str
    role: str | None = None
    problem: str = ""
    bundle_manifest_sha256: str = ""
    bundle_sequence: int | None = None
    basis_seq: int = 0
    required: Mapping[str, float] = field(default_factory=dict)
    waived: bool = False
    carried: bool = True
    verdict: ExamVerdict | None = None  # EXAM_WEEK: the week, and a failure's record
    evaluation: YearlyEvaluation | None = None  # EVAL:<year>: the summary and action plan
    declaration: Declaration | None = None  # QUALIFICATION, SITE:<id>, READINESS:<id>
    # What it may do once it stands: `decides`, `reports` or `none`, as the curriculum's
    # authority rules give its signer's role (set by the reader's view; "" until then).
    authority: str = ""

    @property
    def counted(self) -> bool:
        return self.standing in COUNTED

    @property
    def decides(self) -> bool:
        """It stands and its signer's role may decide its subject (a report stands but
        decides nothing)."""
        return self.counted and self.authority in ("", DECIDES)

    @property
    def signer_role(self) -> str:
        """The role the statement is judged in: a trusted key's, the role the reader gave
        it; the reader's own, the reader's role towards the trainee (the main
        supervisor's unless the reader's logbook says otherwise)."""
        return self.role if self.standing in COUNTED and self.role else "supervisor"

    def as_attestation(self) -> Attestation:
        """The statement as the curriculum engine reads it (only for counted ones)."""
        assert self.signed_at is not None
        adaptation = None
        if self.approved and self.subject.startswith(ADAPT_PREFIX):
            adaptation = Adaptation(
                item_id=self.subject[len(ADAPT_PREFIX) :],
                note=self.comment,
                required=dict(self.required),
                waived=self.waived,
                decided_by=self.by,
                decided_on=self.signed_at.date(),
            )
        return Attestation(
            id=self.attestation_id,
            subject=self.subject,
            approved=self.approved,
            comment=self.comment,
            supervisor_name=self.by,
            supervisor_key=self.supervisor_key,
            signed_at=self.signed_at,
            bundle_manifest_sha256=self.bundle_manifest_sha256,
            basis_seq=self.basis_seq,
            adaptation=adaptation,
            bundle_sequence=self.bundle_sequence,
            signer_role=self.signer_role,
            verdict=self.verdict,
            evaluation=self.evaluation,
            declaration=self.declaration,
        )


def judge_statements(
    files: Sequence[bytes],
    *,
    bundle_signer: PublicKey,
    manifest: Mapping[str, Any],
    reader: Reader,
    remembered: Sequence[bytes] = (),
    kept: Sequence[bytes] = (),
) -> tuple[JudgedStatement, ...]:
    """Every statement the bundle carries, judged; then the reader's own statements about
    this trainee's earlier bundles that the bundle left out (`remembered`: the files the
    reader's logbook kept when signing them); then those of keys he trusts that a bundle
    he kept carried and this one leaves out (`kept`): a trainee cannot make a refused
    readiness, a later verdict or a report vanish by leaving it out of her next bundle.

    A file is the same file only when its signed bytes are (the same signer signed the
    same payload): an altered copy carrying a genuine file's id, put before it, must not
    hide it, nor hide the reader's remembered copy."""
    judged: list[JudgedStatement] = []
    carried: set[str] = set()  # signed-payload hashes of the files that verify
    for data in files:
        signed = _parse(data)
        if isinstance(signed, JudgedStatement):
            judged.append(signed)
            continue
        if not signed.signature_problem:
            if signed.payload_sha256 in carried:
                continue  # the same file twice counts once
            carried.add(signed.payload_sha256)
        judged += _judge(signed, bundle_signer, manifest, reader)
    for data, standings in [*((d, (OWN,)) for d in remembered), *((d, COUNTED) for d in kept)]:
        signed = _parse(data)
        if isinstance(signed, JudgedStatement) or signed.payload_sha256 in carried:
            continue
        carried.add(signed.payload_sha256)  # his own copy and a kept one count once
        judged += [
            replace(s, carried=False)
            for s in _judge(signed, bundle_signer, manifest, reader)
            if s.standing in standings
        ]
    return tuple(judged)


def _parse(data: bytes) -> SignedAttestation | JudgedStatement:
    try:
        return parse_attestation(data)
    except AttestationRefused as refusal:
        return _unreadable(str(refusal))


def _judge(
    signed: SignedAttestation, bundle_signer: PublicKey, manifest: Mapping[str, Any], reader: Reader
) -> list[JudgedStatement]:
    problem = signed.signature_problem and (
        f"the signature does not verify: {signed.signature_problem}"
    )
    problem = problem or _problem_with_bundle(signed, bundle_signer, manifest)
    problem = problem or time_problem(signed, reader.now)
    standing, name, role = _key_standing(signed.signer, reader, signed.created)
    if problem:
        standing, name = INVALID, signed.claimed_name
    elif standing in COUNTED and signed.signer == bundle_signer:
        # whatever role the reader gave her key: a trainee does not approve herself
        standing = WRONG_ROLE
        problem = "signed with the key that signed this bundle: the trainee's own statement"
    elif standing == UNKNOWN_KEY:
        problem = _claims_to_be_you(signed, reader) or impostor_warning(
            signed.claimed_name, signed.fingerprint, reader.trusted
        )
    elif standing == OUT_OF_TERM:
        problem = _out_of_term(signed, reader)
    return [
        JudgedStatement(
            attestation_id=signed.attestation_id,
            subject=s.subject,
            approved=s.approved,
            comment=s.comment,
            claimed_by=signed.claimed_name,
            by=name or signed.claimed_name,
            fingerprint=signed.fingerprint,
            supervisor_key=signed.signer_line,
            signed_at=signed.created,
            standing=standing,
            role=role,
            problem=problem,
            bundle_manifest_sha256=signed.bundle_manifest_sha256,
            bundle_sequence=signed.bundle_sequence,
            basis_seq=signed.basis_chain_seq,
            required=dict(s.required),
            waived=s.waived,
            verdict=s.verdict,
            evaluation=s.evaluation,
            declaration=s.declaration,
        )
        for s in signed.statements
    ]


def _problem_with_bundle(
    signed: SignedAttestation, bundle_signer: PublicKey, manifest: Mapping[str, Any]
) -> str:
    """Why the statement cannot be about this trainee's earlier bundle, or ""."""
    if signed.trainee_key != public_key_line(bundle_signer):
        return "it is addressed to another trainee's key, not to the one that signed this bundle"
    sequence, chain = manifest.get("sequence"), manifest.get("chain") or {}
    if (
        signed.bundle_sequence is not None
        and isinstance(sequence, int)
        and signed.bundle_sequence >= sequence
    ):
        return (
            f"it answers bundle number {signed.bundle_sequence}, which is not earlier than "
            f"this bundle (number {sequence})"
        )
    chain_seq = chain.get("seq") if isinstance(chain, dict) else None
    if isinstance(chain_seq, int) and signed.basis_chain_seq > chain_seq:
        return "it rests on more of the logbook than this bundle holds"
    return ""


def _key_standing(
    key: PublicKey, reader: Reader, signed_at: datetime | None
) -> tuple[str, str, str | None]:
    """The standing the key gives a statement signed at `signed_at`: a trusted key only
    within its holder's term in the role (`TrustedKey.in_term`)."""
    if reader.own_key is not None and key == reader.own_key:
        return OWN, reader.own_name, reader.own_role
    line = public_key_line(key)
    match = next((k for k in reader.trusted if k.public_key == line), None)
    if match is None:
        return UNKNOWN_KEY, "", None
    if match.role not in SUPERVISOR_ROLES:
        return WRONG_ROLE, match.name, match.role
    if signed_at is not None and not match.in_term(signed_at.date()):
        return OUT_OF_TERM, match.name, match.role
    return TRUSTED, match.name, match.role


def _claims_to_be_you(signed: SignedAttestation, reader: Reader) -> str:
    """Signed under the reader's own name by a key that is not the reader's."""
    same = " ".join(signed.claimed_name.split()).casefold()
    if reader.own_key is None or not same or same != " ".join(reader.own_name.split()).casefold():
        return ""
    return (
        f"possible impostor: it is signed in your name by a key that is not yours "
        f"({signed.fingerprint}); you did not sign it"
    )


def _out_of_term(signed: SignedAttestation, reader: Reader) -> str:
    line = public_key_line(signed.signer)
    match = next(k for k in reader.trusted if k.public_key == line)
    day = signed.created.date().isoformat() if signed.created else "?"
    return (
        f"signed on {day}, outside the term you trust this key for as {match.role} "
        f"({match.term_text()}); it counts for nothing"
    )


def _unreadable(reason: str) -> JudgedStatement:
    return JudgedStatement(
        attestation_id="",
        subject="?",
        approved=False,
        comment="",
        claimed_by="",
        by="",
        fingerprint="",
        supervisor_key="",
        signed_at=None,
        standing=INVALID,
        problem=reason,
    )


def unverifiable_statements(logbook: Mapping[str, Any]) -> tuple[JudgedStatement, ...]:
    """A format 1 bundle's statements: only the trainee's copy in logbook.json, so each is
    a claim that cannot be checked (attestations, and the plan's adaptations)."""
    claim = "a format 1 bundle carries only the trainee's copy of this, not the signed file"
    found = []
    for row in _dicts(logbook.get("attestations")):
        key = _text(row.get("supervisor_key"))
        found.append(
            JudgedStatement(
                attestation_id=_text(row.get("id")),
                subject=_text(row.get("subject")) or "?",
                approved=row.get("approved") is True,
                comment=_text(row.get("comment")),
                claimed_by=_text(row.get("supervisor_name")),
                by=_text(row.get("supervisor_name")),
                fingerprint=fingerprint_of(key),
                supervisor_key=key,
                signed_at=_time(row.get("signed_at")),
                standing=UNVERIFIABLE,
                problem=claim,
            )
        )
    plan = logbook.get("plan")
    for row in _dicts(plan.get("adaptations") if isinstance(plan, dict) else None):
        found.append(
            JudgedStatement(
                attestation_id="",
                subject=f"{ADAPT_PREFIX}{_text(row.get('item_id'))}",
                approved=True,
                comment=_text(row.get("note")),
                claimed_by=_text(row.get("decided_by")),
                by=_text(row.get("decided_by")),
                fingerprint="",
                supervisor_key="",
                signed_at=None,
                standing=UNVERIFIABLE,
                problem="an adaptation in a format 1 bundle was never signed by a supervisor",
            )
        )
    return tuple(found)


def counted_attestations(statements: Iterable[JudgedStatement]) -> tuple[Attestation, ...]:
    return tuple(s.as_attestation() for s in statements if s.counted)


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def fingerprint_of(key_line: str) -> str:
    """The fingerprint of a key line, or "" for one that is no key."""
    try:
        return fingerprint(parse_public_key(key_line).public)
    except KeyFormatError:
        return ""


def _time(value: Any) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)
