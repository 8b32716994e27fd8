"""Rows to the frozen domain types of `evtdesk.model`."""

from __future__ import annotations

import json

from evtdesk.model import (
    Adaptation,
    Attestation,
    Entry,
    EntryRevision,
    ExamWeek,
    MeasureMark,
    Person,
    Proposal,
    Site,
    WorkPeriod,
)
from evtdesk.model.content import content_from_json
from evtdesk.store.schema import (
    AdaptationRow,
    AttestationRow,
    EntryRow,
    ExamWeekRow,
    MeasureMarkRow,
    PeriodRow,
    PersonRow,
    RetractionRow,
    RevisionRow,
    SiteRow,
)


def entry(row: EntryRow, rev: RevisionRow, retraction: RetractionRow | None) -> Entry:
    return Entry(
        id=row.id,
        kind=row.kind,
        date=rev.date,
        role=rev.role,
        case_number=rev.case_number,
        notes=rev.notes,
        fields=json.loads(rev.fields_json),
        site_id=rev.site_id,
        revision=rev.revision,
        created_at=row.created_at,
        changed_at=retraction.recorded_at if retraction else rev.recorded_at,
        created_seq=row.created_seq,
        changed_seq=row.changed_seq,
        retracted=row.retracted,
        retraction_reason=retraction.reason if retraction else None,
    )


def revision(rev: RevisionRow) -> EntryRevision:
    return EntryRevision(
        entry_id=rev.entry_id,
        revision=rev.revision,
        date=rev.date,
        role=rev.role,
        case_number=rev.case_number,
        notes=rev.notes,
        fields=json.loads(rev.fields_json),
        site_id=rev.site_id,
        reason=rev.reason,
        recorded_at=rev.recorded_at,
    )


def person(row: PersonRow) -> Person:
    return Person(
        row.id,
        row.name,
        row.role,
        row.public_key,
        row.email,
        row.years_as_operator,
        row.evt_independent,
    )


def site(row: SiteRow) -> Site:
    return Site(
        row.id,
        row.hospital,
        row.unit,
        row.procedures_per_year,
        row.evt_per_year,
        bool(row.has_neurointervention),
        row.supervisors,
        row.trainees,
        row.interventionists,
        bool(row.home),
    )


def period(row: PeriodRow) -> WorkPeriod:
    return WorkPeriod(
        row.id, row.part, row.start, row.end, row.fraction, row.site_id, row.description
    )


def proposal(row: AdaptationRow) -> Proposal:
    return Proposal(
        id=row.id,
        item_id=row.item_id,
        note=row.note,
        required=json.loads(row.required_json),
        waived=row.waived,
        proposed_on=row.proposed_at.date() if row.proposed_at else row.decided_on,
        proposed_seq=row.proposed_seq or 0,
    )


def attestation(row: AttestationRow) -> Attestation:
    """One imported statement; an approved `ADAPT:` statement carries its adaptation,
    decided by the name the trainee gave the signer's key, on the signing day."""
    terms = json.loads(row.adaptation_json) if row.adaptation_json else None
    adaptation = None
    if terms is not None:
        adaptation = Adaptation(
            item_id=row.subject.partition(":")[2],
            note=row.comment,
            required=terms.get("required", {}),
            waived=bool(terms.get("waived")),
            decided_by=row.supervisor_name,
            decided_on=row.signed_at.date(),
        )
    # checked when the signed file was imported; read back by the same rules
    stored = json.loads(row.content_json) if row.content_json else {}
    verdict, evaluation, declaration = content_from_json(row.subject, row.approved, stored)
    return Attestation(
        id=row.attestation_id,
        subject=row.subject,
        approved=row.approved,
        comment=row.comment,
        supervisor_name=row.supervisor_name,
        supervisor_key=row.supervisor_key,
        signed_at=row.signed_at,
        bundle_manifest_sha256=row.bundle_manifest_sha256,
        basis_seq=row.basis_seq,
        adaptation=adaptation,
        bundle_sequence=row.bundle_sequence,
        verdict=verdict,
        evaluation=evaluation,
        declaration=declaration,
    )


def exam_week(row: ExamWeekRow) -> ExamWeek:
    return ExamWeek(row.id, row.start, row.site_id, row.note)


def measure_mark(row: MeasureMarkRow) -> MeasureMark:
    return MeasureMark(row.id, row.measure, row.done_on, row.note)
