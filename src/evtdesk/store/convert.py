"""Rows to the frozen domain types of `evtdesk.model`."""

from __future__ import annotations

import json

from evtdesk.model import Adaptation, Attestation, Entry, EntryRevision, Person, Site, WorkPeriod
from evtdesk.store.schema import (
    AdaptationRow,
    AttestationRow,
    EntryRow,
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
    return Person(row.id, row.name, row.role, row.public_key, row.email)


def site(row: SiteRow) -> Site:
    return Site(
        row.id,
        row.hospital,
        row.unit,
        row.procedures_per_year,
        row.evt_per_year,
        bool(row.has_neurointervention),
    )


def period(row: PeriodRow) -> WorkPeriod:
    return WorkPeriod(
        row.id, row.part, row.start, row.end, row.fraction, row.site_id, row.description
    )


def adaptation(row: AdaptationRow) -> Adaptation:
    return Adaptation(
        item_id=row.item_id,
        note=row.note,
        required=json.loads(row.required_json),
        waived=row.waived,
        decided_by=row.decided_by,
        decided_on=row.decided_on,
    )


def attestation(row: AttestationRow) -> Attestation:
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
    )
