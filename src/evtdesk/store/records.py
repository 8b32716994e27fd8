"""Everything in a logbook besides entries: people, sites, work periods, the training
plan, trusted keys, attestations, exports, attached files, settings and secrets.

Each change is recorded in the hash chain in the same transaction. Records other than
entries may be updated (a period gets its end date), and the chain event then carries the
old and new values, so their history is never lost either. Nothing is deleted: a work
period entered by mistake is withdrawn with a reason, and so is a plan adaptation.

What names a curriculum's part or item (a period's part, an adaptation's item and
condition ids) is checked against the logbook's own curriculum, so a typo is refused
instead of silently counting nowhere.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evtdesk.curriculum import Curriculum, load_curriculum
from evtdesk.model import (
    Attestation,
    Person,
    PersonRole,
    Proposal,
    Site,
    Statement,
    TrainingPlan,
    WorkPeriod,
)
from evtdesk.privacy import IdentityNumberFound, screen
from evtdesk.statements import ADAPT_PREFIX, signed_adaptations
from evtdesk.store import chain, convert
from evtdesk.store.errors import LogbookError, NotFound
from evtdesk.store.schema import (
    AdaptationRow,
    AttachmentRow,
    AttestationRow,
    EntryRow,
    ExportRow,
    IssuedAttestationRow,
    Meta,
    PeriodRow,
    PersonRow,
    SecretRow,
    SeenBundleRow,
    Setting,
    SiteRow,
    TrustedKeyRow,
)

SessionScope = Callable[[], AbstractContextManager[Session]]
MAX_ATTACHMENT = 25 * 1024 * 1024
MRI_PRIMARY = "plan.mri_primary"
_FALLBACK_CURRICULUM = "se-evt"  # logbooks made before the curriculum id was stored
_MAGIC = {
    b"%PDF-": "application/pdf",
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
}


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


@dataclass(frozen=True)
class TrustedKey:
    id: int
    public_key: str
    name: str
    role: str  # "supervisor", "co_supervisor" or "trainee"
    fingerprint: str


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    entry_id: str | None
    filename: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class ExportInfo:
    sequence: int
    bundle_id: str
    manifest_sha256: str
    created_at: datetime
    chain_seq: int


@dataclass(frozen=True)
class SeenBundle:
    """A bundle the reader verified as valid, as its manifest states it."""

    signer_key: str
    bundle_id: str
    sequence: int
    manifest_sha256: str
    previous_manifest_sha256: str | None
    chain_seq: int
    chain_head: str
    entry_count: int
    created: datetime
    seen_at: datetime | None = None
    format: str = "evtdesk-bundle/2"


@dataclass(frozen=True)
class IssuedAttestation:
    """An attestation this logbook's owner signed, as the signed bytes."""

    attestation_id: str
    trainee_key: str
    bundle_manifest_sha256: str
    bundle_sequence: int | None
    basis_seq: int
    signed_at: datetime
    source: bytes


__all__ = ["Records", "SeenBundle", "IssuedAttestation", "Statement", "TrustedKey"]


def sniff_media_type(data: bytes) -> str | None:
    for magic, media_type in _MAGIC.items():
        if data.startswith(magic):
            return media_type
    return None


class Records:
    """Non-entry records of one open logbook. Obtain it as `logbook.records`."""

    def __init__(self, read: SessionScope, write: SessionScope) -> None:
        self._read = read
        self._write = write
        self._curriculum: Curriculum | None = None

    # the logbook's curriculum ------------------------------------------------------
    def curriculum(self) -> Curriculum:
        """The curriculum this logbook was created for (fixed at creation, so cached)."""
        if self._curriculum is None:
            with self._read() as session:
                wanted = session.scalar(select(Meta.value).where(Meta.key == "curriculum_id"))
            self._curriculum = load_curriculum(wanted or _FALLBACK_CURRICULUM)
        return self._curriculum

    def _check_part(self, part: str) -> str:
        curriculum = self.curriculum()
        known = [p.id for p in curriculum.parts]
        if part not in known:
            raise LogbookError(
                f"{part!r} is not a part of the curriculum {curriculum.id}; "
                f"a work period belongs to one of: {', '.join(known)}."
            )
        return part

    # people and sites -------------------------------------------------------------
    def add_person(
        self, name: str, role: str, public_key: str | None = None, email: str | None = None
    ) -> Person:
        roles = [r.value for r in PersonRole]
        if role not in roles:
            raise LogbookError(f"{role!r} is not a role; a person is one of: {', '.join(roles)}.")
        name = _screened(name.strip(), "name")
        if not name:
            raise LogbookError("A person needs a name.")
        with self._write() as session:
            row = PersonRow(name=name, role=role, public_key=public_key, email=email)
            session.add(row)
            session.flush()
            chain.append(
                session,
                "person.add",
                str(row.id),
                {"name": name, "role": role, "public_key": public_key},
            )
            return convert.person(row)

    def people(self) -> list[Person]:
        with self._read() as session:
            return [
                convert.person(r) for r in session.scalars(select(PersonRow).order_by(PersonRow.id))
            ]

    def add_site(
        self,
        hospital: str,
        unit: str,
        procedures_per_year: int | None = None,
        evt_per_year: int | None = None,
        has_neurointervention: bool = False,
    ) -> Site:
        hospital = _screened(hospital.strip(), "hospital")
        unit = _screened(unit.strip(), "unit")
        if not hospital:
            raise LogbookError("A site needs a hospital name.")
        for label, value in (
            ("procedures per year", procedures_per_year),
            ("EVT per year", evt_per_year),
        ):
            if value is not None and value < 0:
                raise LogbookError(f"The number of {label} cannot be negative.")
        with self._write() as session:
            row = SiteRow(
                hospital=hospital,
                unit=unit,
                procedures_per_year=procedures_per_year,
                evt_per_year=evt_per_year,
                has_neurointervention=has_neurointervention,
            )
            session.add(row)
            session.flush()
            chain.append(
                session,
                "site.add",
                str(row.id),
                {
                    "hospital": row.hospital,
                    "unit": row.unit,
                    "procedures_per_year": procedures_per_year,
                    "evt_per_year": evt_per_year,
                    "has_neurointervention": has_neurointervention,
                },
            )
            return convert.site(row)

    def sites(self) -> list[Site]:
        with self._read() as session:
            return [convert.site(r) for r in session.scalars(select(SiteRow).order_by(SiteRow.id))]

    # work periods -----------------------------------------------------------------
    def add_period(
        self,
        part: str,
        start: date,
        end: date | None = None,
        fraction: float = 1.0,
        site_id: int | None = None,
        description: str = "",
    ) -> WorkPeriod:
        """Record time worked in one part of the curriculum.

        Refused: a part the logbook's curriculum does not have, an end before the start, a
        fraction outside (0, 1], an unknown site, an identity number in the description,
        and overlap with another period of the same part that would make more than full
        time on some day (two half-time posts at once are allowed: the engine adds them).
        """
        part = self._check_part(part.strip())
        if not 0 < fraction <= 1:
            raise LogbookError("The part-time fraction must be more than 0 and at most 1.")
        if end is not None and end < start:
            raise LogbookError("A work period cannot end before it starts.")
        description = _screened(description.strip(), "description")
        with self._write() as session:
            if site_id is not None and session.get(SiteRow, site_id) is None:
                raise NotFound(f"No site {site_id}; add it first (see the list of sites).")
            others = list(
                session.scalars(
                    select(PeriodRow).where(PeriodRow.part == part, PeriodRow.withdrawn.is_(False))
                )
            )
            _refuse_overtime(part, start, end, fraction, others)
            row = PeriodRow(
                part=part,
                start=start,
                end=end,
                fraction=fraction,
                site_id=site_id,
                description=description,
            )
            session.add(row)
            session.flush()
            chain.append(session, "period.add", str(row.id), _period_payload(row))
            return convert.period(row)

    def end_period(self, period_id: int, end: date) -> WorkPeriod:
        """Give an ongoing period its end date (the chain keeps the before and after)."""
        with self._write() as session:
            row = session.get(PeriodRow, period_id)
            if row is None or row.withdrawn:
                raise NotFound(f"No work period {period_id}.")
            if row.end is not None:
                raise LogbookError(
                    f"Work period {period_id} already ended on {row.end.isoformat()}. "
                    "To correct it, withdraw it and add it again."
                )
            if end < row.start:
                raise LogbookError(
                    f"A work period cannot end before it starts ({row.start.isoformat()})."
                )
            before = _period_payload(row)
            row.end = end
            chain.append(
                session,
                "period.update",
                str(row.id),
                {"before": before, "after": _period_payload(row)},
            )
            return convert.period(row)

    def withdraw_period(self, period_id: int, reason: str) -> None:
        """Take a period entered by mistake out of the counting; it stays in the logbook
        (and its history in the chain), listed with the reason as withdrawn."""
        reason = _screened(reason.strip(), "reason")
        if not reason:
            raise LogbookError("Withdrawing a work period needs a reason.")
        with self._write() as session:
            row = session.get(PeriodRow, period_id)
            if row is None:
                raise NotFound(f"No work period {period_id}.")
            if row.withdrawn:
                raise LogbookError(f"Work period {period_id} was withdrawn before.")
            row.withdrawn, row.withdrawn_reason, row.withdrawn_at = True, reason, _now()
            chain.append(
                session,
                "period.withdraw",
                str(period_id),
                {"period": _period_payload(row), "reason": reason},
            )

    def periods(self, include_withdrawn: bool = False) -> list[WorkPeriod]:
        """The work periods that count, oldest first (withdrawn ones only when asked)."""
        query = select(PeriodRow).order_by(PeriodRow.start, PeriodRow.id)
        if not include_withdrawn:
            query = query.where(PeriodRow.withdrawn.is_(False))
        with self._read() as session:
            return [convert.period(r) for r in session.scalars(query)]

    def withdrawn_periods(self) -> dict[int, str]:
        """Withdrawn period id -> the reason given."""
        query = select(PeriodRow).where(PeriodRow.withdrawn.is_(True))
        with self._read() as session:
            return {r.id: r.withdrawn_reason or "" for r in session.scalars(query)}

    # training plan ----------------------------------------------------------------
    def propose_adaptation(
        self,
        item_id: str,
        note: str,
        required: Mapping[str, float] | None = None,
        waived: bool = False,
    ) -> Proposal:
        """Record the trainee's proposal to adapt one item. It changes nothing until the
        supervisor signs it; the item and each condition it changes must exist in the
        logbook's curriculum, so a typo is refused instead of waiting for a signature."""
        note = _screened(note.strip(), "note")
        if not note:
            raise LogbookError("A proposed adaptation needs a note saying what and why.")
        item_id, checked = self.check_adaptation(item_id, dict(required or {}))
        with self._write() as session:
            row = AdaptationRow(
                item_id=item_id,
                note=note,
                required_json=json.dumps(checked, sort_keys=True),
                waived=waived,
                decided_by="",
                decided_on=None,
                withdrawn=False,
                proposed_at=_now(),
            )
            session.add(row)
            session.flush()
            payload = {
                "id": row.id,
                "item_id": row.item_id,
                "note": note,
                "required": checked,
                "waived": row.waived,
            }
            event = chain.append(session, "plan.propose", row.item_id, payload)
            row.proposed_seq = event.seq
            return convert.proposal(row)

    def check_adaptation(self, item_id: str, required: Mapping[str, float]) -> tuple[str, dict]:
        """The item id and the required numbers, checked against the logbook's curriculum."""
        curriculum = self.curriculum()
        try:
            item = curriculum.item(item_id.strip())
        except KeyError:
            raise LogbookError(
                f"{item_id!r} is not an item of the curriculum {curriculum.id}."
            ) from None
        conditions = [c.id for c in item.conditions if c.type != "attested"]
        checked: dict[str, float] = {}
        for condition_id, value in required.items():
            if condition_id not in conditions:
                listed = ", ".join(conditions) or "none that take a number"
                raise LogbookError(
                    f"{item.id} has no condition {condition_id!r}; its conditions are: {listed}."
                )
            if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
                raise LogbookError(f"The required number for {condition_id} must be 0 or more.")
            checked[condition_id] = value
        return item.id, checked

    def withdraw_proposal(self, item_id: str, reason: str = "") -> int:
        """Withdraw the trainee's standing proposals for one item; returns how many. The
        rows stay (flagged withdrawn) and the chain records the withdrawal with its reason.
        An adaptation the supervisor signed is not the trainee's to withdraw."""
        reason = _screened(reason.strip(), "reason")
        with self._write() as session:
            rows = list(
                session.scalars(
                    select(AdaptationRow).where(
                        AdaptationRow.item_id == item_id, AdaptationRow.withdrawn.is_(False)
                    )
                )
            )
            if not rows:
                raise NotFound(f"The training plan has no proposed adaptation of {item_id}.")
            for row in rows:
                row.withdrawn = True
            chain.append(
                session, "plan.withdraw", item_id, {"ids": [r.id for r in rows], "reason": reason}
            )
            return len(rows)

    def set_mri_primary(self, value: bool) -> None:
        """The plan's choice of MRI as the primary modality (raises what K3c-MR needs)."""
        with self._write() as session:
            row = session.get(Setting, MRI_PRIMARY)
            before = bool(json.loads(row.value)) if row else False
            if row is None:
                session.add(Setting(key=MRI_PRIMARY, value=json.dumps(bool(value))))
            else:
                row.value = json.dumps(bool(value))
            chain.append(
                session, "plan.set", "mri_primary", {"before": before, "after": bool(value)}
            )

    def plan(self) -> TrainingPlan:
        """The plan as it stands: the trainee's settings and proposals, and the
        adaptations the supervisor signed (from the imported statements)."""
        with self._read() as session:
            rows = session.scalars(
                select(AdaptationRow)
                .where(AdaptationRow.withdrawn.is_(False))
                .order_by(AdaptationRow.id)
            )
            proposals = tuple(convert.proposal(r) for r in rows)
            settings = _settings(session)
            attestations = self.attestations()
        return TrainingPlan(
            mri_primary=bool(settings.get(MRI_PRIMARY, False)),
            adaptations=signed_adaptations(attestations),
            note=str(settings.get("plan.note", "")),
            proposals=proposals,
        )

    # trust, attestations, exports ----------------------------------------------------
    def trust_key(self, public_key: str, name: str, role: str, fingerprint: str) -> TrustedKey:
        with self._write() as session:
            existing = session.scalars(
                select(TrustedKeyRow).where(TrustedKeyRow.public_key == public_key)
            ).first()
            if existing:
                raise LogbookError(f"That key is already trusted, as {existing.name}.")
            row = TrustedKeyRow(
                public_key=public_key,
                name=name,
                role=role,
                fingerprint=fingerprint,
                added_at=_now(),
            )
            session.add(row)
            session.flush()
            chain.append(
                session,
                "trust.add",
                str(row.id),
                {"public_key": public_key, "name": name, "role": role},
            )
            return TrustedKey(row.id, row.public_key, row.name, row.role, row.fingerprint)

    def trusted_keys(self) -> list[TrustedKey]:
        with self._read() as session:
            rows = session.scalars(select(TrustedKeyRow).order_by(TrustedKeyRow.id))
            return [TrustedKey(r.id, r.public_key, r.name, r.role, r.fingerprint) for r in rows]

    def record_attestation(
        self,
        attestation_id: str,
        statements: list[Statement],
        supervisor_name: str,
        supervisor_key: str,
        signed_at: datetime,
        bundle_manifest_sha256: str,
        basis_seq: int,
        source: bytes,
        bundle_sequence: int | None = None,
    ) -> None:
        """Store a verified attestation; refuses one already imported (a replay). An
        approved `ADAPT:` statement keeps its terms, so the adaptation applies."""
        with self._write() as session:
            seen = session.scalars(
                select(AttestationRow).where(AttestationRow.attestation_id == attestation_id)
            ).first()
            if seen:
                raise LogbookError(
                    "This attestation was imported before; it is not imported twice."
                )
            for statement in statements:
                terms = None
                if statement.approved and statement.subject.startswith(ADAPT_PREFIX):
                    terms = json.dumps(
                        {"required": dict(statement.required), "waived": statement.waived},
                        sort_keys=True,
                    )
                session.add(
                    AttestationRow(
                        attestation_id=attestation_id,
                        subject=statement.subject,
                        approved=statement.approved,
                        comment=statement.comment,
                        supervisor_name=supervisor_name,
                        supervisor_key=supervisor_key,
                        signed_at=signed_at,
                        bundle_manifest_sha256=bundle_manifest_sha256,
                        basis_seq=basis_seq,
                        imported_at=_now(),
                        source=source,
                        adaptation_json=terms,
                        bundle_sequence=bundle_sequence,
                    )
                )
            payload = {
                "statements": [_statement_payload(s) for s in statements],
                "supervisor_key": supervisor_key,
                "bundle_manifest_sha256": bundle_manifest_sha256,
                "sha256": hashlib.sha256(source).hexdigest(),
            }
            chain.append(session, "attestation.import", attestation_id, payload)

    def attestation_sources(self) -> list[bytes]:
        """Every imported attestation file as received, oldest first: what a bundle
        carries so its reader can check each signature."""
        with self._read() as session:
            first = (
                select(AttestationRow.attestation_id, func.min(AttestationRow.id).label("first"))
                .group_by(AttestationRow.attestation_id)
                .subquery()
            )
            rows = session.execute(
                select(AttestationRow.source)
                .join(first, AttestationRow.id == first.c.first)
                .order_by(AttestationRow.id)
            )
            return [row[0] for row in rows]

    def attestations(self) -> list[Attestation]:
        """Every imported statement, with the role this logbook gives its signer's key."""
        with self._read() as session:
            query = select(TrustedKeyRow.public_key, TrustedKeyRow.role)
            roles = {key: role for key, role in session.execute(query)}
            rows = session.scalars(
                select(AttestationRow).order_by(AttestationRow.signed_at, AttestationRow.id)
            )
            return [
                replace(
                    convert.attestation(r), signer_role=roles.get(r.supervisor_key, "supervisor")
                )
                for r in rows
            ]

    def seen_attestation_ids(self) -> set[str]:
        with self._read() as session:
            return set(session.scalars(select(AttestationRow.attestation_id)))

    def record_export(self, bundle_id: str, manifest_sha256: str, chain_seq: int) -> ExportInfo:
        with self._write() as session:
            sequence = (
                session.scalar(select(ExportRow.sequence).order_by(ExportRow.sequence.desc())) or 0
            ) + 1
            row = ExportRow(
                sequence=sequence,
                bundle_id=bundle_id,
                manifest_sha256=manifest_sha256,
                created_at=_now(),
                chain_seq=chain_seq,
            )
            session.add(row)
            chain.append(
                session,
                "bundle.export",
                bundle_id,
                {"sequence": sequence, "manifest_sha256": manifest_sha256},
            )
            return ExportInfo(
                row.sequence, row.bundle_id, row.manifest_sha256, row.created_at, row.chain_seq
            )

    def exports(self) -> list[ExportInfo]:
        with self._read() as session:
            rows = session.scalars(select(ExportRow).order_by(ExportRow.sequence))
            return [
                ExportInfo(r.sequence, r.bundle_id, r.manifest_sha256, r.created_at, r.chain_seq)
                for r in rows
            ]

    # what a reader signs and sees -----------------------------------------------------
    def record_issued_attestation(self, issued: IssuedAttestation) -> None:
        """Keep an attestation this logbook's owner signed, so its statements count in
        the owner's view of the trainee's later bundles even if a bundle leaves them out."""
        with self._write() as session:
            session.add(
                IssuedAttestationRow(
                    attestation_id=issued.attestation_id,
                    trainee_key=issued.trainee_key,
                    bundle_manifest_sha256=issued.bundle_manifest_sha256,
                    bundle_sequence=issued.bundle_sequence,
                    basis_seq=issued.basis_seq,
                    signed_at=issued.signed_at,
                    source=issued.source,
                )
            )
            chain.append(
                session,
                "attestation.sign",
                issued.attestation_id,
                {
                    "trainee_key": issued.trainee_key,
                    "bundle_manifest_sha256": issued.bundle_manifest_sha256,
                    "sha256": hashlib.sha256(issued.source).hexdigest(),
                },
            )

    def issued_attestations(self, trainee_key: str) -> list[IssuedAttestation]:
        """The attestations this logbook's owner signed for one trainee's key, oldest first."""
        query = (
            select(IssuedAttestationRow)
            .where(IssuedAttestationRow.trainee_key == trainee_key)
            .order_by(IssuedAttestationRow.signed_at, IssuedAttestationRow.attestation_id)
        )
        with self._read() as session:
            return [
                IssuedAttestation(
                    r.attestation_id,
                    r.trainee_key,
                    r.bundle_manifest_sha256,
                    r.bundle_sequence,
                    r.basis_seq,
                    r.signed_at,
                    r.source,
                )
                for r in session.scalars(query)
            ]

    def record_seen_bundle(self, seen: SeenBundle) -> bool:
        """Remember a bundle the reader verified; False when it was remembered before."""
        with self._write() as session:
            known = session.scalars(
                select(SeenBundleRow).where(
                    SeenBundleRow.signer_key == seen.signer_key,
                    SeenBundleRow.manifest_sha256 == seen.manifest_sha256,
                )
            ).first()
            if known is not None:
                return False
            session.add(
                SeenBundleRow(
                    signer_key=seen.signer_key,
                    bundle_id=seen.bundle_id,
                    format=seen.format,
                    sequence=seen.sequence,
                    manifest_sha256=seen.manifest_sha256,
                    previous_manifest_sha256=seen.previous_manifest_sha256,
                    chain_seq=seen.chain_seq,
                    chain_head=seen.chain_head,
                    entry_count=seen.entry_count,
                    created=seen.created,
                    seen_at=_now(),
                )
            )
            chain.append(
                session,
                "bundle.seen",
                seen.bundle_id,
                {
                    "signer_key": seen.signer_key,
                    "sequence": seen.sequence,
                    "manifest_sha256": seen.manifest_sha256,
                },
            )
            return True

    def seen_bundles(self, signer_key: str) -> list[SeenBundle]:
        """The bundles of one trainee key the reader verified, in their numbering."""
        query = (
            select(SeenBundleRow)
            .where(SeenBundleRow.signer_key == signer_key)
            .order_by(SeenBundleRow.sequence, SeenBundleRow.id)
        )
        with self._read() as session:
            return [
                SeenBundle(
                    r.signer_key,
                    r.bundle_id,
                    r.sequence,
                    r.manifest_sha256,
                    r.previous_manifest_sha256,
                    r.chain_seq,
                    r.chain_head,
                    r.entry_count,
                    r.created,
                    r.seen_at,
                    r.format,
                )
                for r in session.scalars(query)
            ]

    # attached files ----------------------------------------------------------------
    def attach(self, filename: str, data: bytes, entry_id: str | None = None) -> AttachmentInfo:
        """Store a scanned certificate (PDF, PNG or JPEG) inside the encrypted database."""
        filename = _screened(filename, "file name")
        media_type = sniff_media_type(data)
        if media_type is None:
            raise LogbookError(f"{filename} is not a PDF, PNG or JPEG file.")
        if len(data) > MAX_ATTACHMENT:
            raise LogbookError(f"{filename} is larger than {MAX_ATTACHMENT // (1024 * 1024)} MB.")
        digest = hashlib.sha256(data).hexdigest()
        with self._write() as session:
            if entry_id is not None and session.get(EntryRow, entry_id) is None:
                raise NotFound(f"No entry with id {entry_id}.")
            row = AttachmentRow(
                entry_id=entry_id,
                filename=filename,
                media_type=media_type,
                size=len(data),
                sha256=digest,
                data=data,
                added_at=_now(),
            )
            session.add(row)
            session.flush()
            chain.append(
                session,
                "file.attach",
                str(row.id),
                {"entry_id": entry_id, "filename": filename, "sha256": digest, "size": len(data)},
            )
            return AttachmentInfo(row.id, entry_id, filename, media_type, len(data), digest)

    def attachments(self, entry_id: str | None = None) -> list[AttachmentInfo]:
        query = select(
            AttachmentRow.id,
            AttachmentRow.entry_id,
            AttachmentRow.filename,
            AttachmentRow.media_type,
            AttachmentRow.size,
            AttachmentRow.sha256,
        )
        if entry_id is not None:
            query = query.where(AttachmentRow.entry_id == entry_id)
        with self._read() as session:
            return [
                AttachmentInfo(*row) for row in session.execute(query.order_by(AttachmentRow.id))
            ]

    def attachment_data(self, attachment_id: int) -> bytes:
        with self._read() as session:
            row = session.get(AttachmentRow, attachment_id)
            if row is None:
                raise NotFound(f"No attached file {attachment_id}.")
            return row.data

    # settings and secrets ------------------------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        with self._read() as session:
            return _settings(session).get(key, default)

    def settings(self) -> dict[str, Any]:
        with self._read() as session:
            return _settings(session)

    def set_setting(self, key: str, value: Any) -> None:
        with self._write() as session:
            row = session.get(Setting, key)
            before = json.loads(row.value) if row else None
            if row is None:
                session.add(Setting(key=key, value=json.dumps(value)))
            else:
                row.value = json.dumps(value)
            chain.append(session, "setting.set", key, {"before": before, "after": value})

    def secret(self, name: str) -> bytes | None:
        with self._read() as session:
            row = session.get(SecretRow, name)
            return row.value if row else None

    def set_secret(self, name: str, value: bytes) -> None:
        """Key material stays inside the encrypted file; the chain records only its name."""
        with self._write() as session:
            if session.get(SecretRow, name) is not None:
                raise LogbookError(f"The secret {name} exists and is never replaced.")
            session.add(SecretRow(name=name, value=value))
            chain.append(session, "secret.create", name, {})


def _screened(text: str, where: str) -> str:
    """Screen free text for identity numbers; a find is refused as a LogbookError."""
    try:
        return screen(text, where)
    except IdentityNumberFound as error:
        raise LogbookError(str(error)) from None


def _refuse_overtime(
    part: str, start: date, end: date | None, fraction: float, others: list[PeriodRow]
) -> None:
    """Refuse a new period that, added to the overlapping periods of its part, makes
    more than full time on some day; the message names the period it collides with."""
    last = end or date.max
    changes: list[tuple[date, int, float, PeriodRow]] = []
    for row in others:
        first, until = max(row.start, start), min(row.end or date.max, last)
        if first <= until:
            changes.append((first, 1, row.fraction, row))
            if until < date.max:
                changes.append((until + timedelta(days=1), 0, -row.fraction, row))
    load = fraction
    for day, _order, change, row in sorted(changes, key=lambda c: (c[0], c[1])):
        load += change
        if change > 0 and load > 1 + 1e-9:
            span = f"{row.start.isoformat()} – {row.end.isoformat() if row.end else 'ongoing'}"
            raise LogbookError(
                f"This {part} period overlaps work period {row.id} ({span}, fraction "
                f"{row.fraction:g}): from {day.isoformat()} the two would add up to more than "
                "full time. End or withdraw that period first, or give part-time fractions "
                "that add up to at most 1."
            )


def _settings(session: Session) -> dict[str, Any]:
    return {row.key: json.loads(row.value) for row in session.scalars(select(Setting))}


def _period_payload(row: PeriodRow) -> Mapping[str, Any]:
    return {
        "part": row.part,
        "start": row.start.isoformat(),
        "end": row.end.isoformat() if row.end else None,
        "fraction": row.fraction,
        "site_id": row.site_id,
        "description": row.description,
    }


def _statement_payload(statement: Statement) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "subject": statement.subject,
        "approved": statement.approved,
        "comment": statement.comment,
    }
    if statement.required or statement.waived:
        payload |= {"required": dict(statement.required), "waived": statement.waived}
    return payload
