"""Everything in a logbook besides entries, as `logbook.records`: one store per kind of
record (people and sites, work periods, the training plan, statements, trusted keys,
exports and bundles seen, attached files, settings and secrets), joined here.

Each change is recorded in the hash chain in the same transaction. Records other than
entries may be updated (a period gets its end date), and the chain event then carries the
old and new values, so their history is never lost either. Nothing is deleted: a work
period entered by mistake is withdrawn with a reason, and so is a proposal.
"""

from __future__ import annotations

from evtdesk.model import Statement, TrustedKey
from evtdesk.store.approval import ApprovalStore
from evtdesk.store.attachments import (
    MAX_ATTACHMENT,
    AttachmentInfo,
    AttachmentStore,
    sniff_media_type,
)
from evtdesk.store.exports import ExportInfo, ExportStore, SeenBundle
from evtdesk.store.people import PeopleStore
from evtdesk.store.periods import PeriodStore
from evtdesk.store.plan import MRI_PRIMARY, PlanStore
from evtdesk.store.settings import SettingStore
from evtdesk.store.statements import IssuedAttestation, StatementStore
from evtdesk.store.trust import TrustStore


class Records(
    PeopleStore,
    ApprovalStore,
    PeriodStore,
    PlanStore,
    StatementStore,
    TrustStore,
    ExportStore,
    AttachmentStore,
    SettingStore,
):
    """Non-entry records of one open logbook. Obtain it as `logbook.records`."""


__all__ = [
    "MAX_ATTACHMENT",
    "MRI_PRIMARY",
    "AttachmentInfo",
    "ExportInfo",
    "IssuedAttestation",
    "Records",
    "SeenBundle",
    "Statement",
    "TrustedKey",
    "sniff_media_type",
]
