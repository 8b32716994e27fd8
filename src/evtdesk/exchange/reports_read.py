"""The co-supervisors' reports a main supervisor has read, and those he has not.

A co-supervisor supports the main supervisor and reports to him (S4); her word is shown
to him and counted nowhere. A report reaches him inside the trainee's bundle, and his
logbook keeps it with the bundle (`Records.kept_statements`), so it can say which he has
marked read: his Trainees view counts the rest, the way a mail client counts unread mail.
"""

from __future__ import annotations

from evtdesk.exchange.supervisor import BundleView
from evtdesk.model import Attestation
from evtdesk.signing.minisign import public_key_line
from evtdesk.store import Logbook


def unread_reports(logbook: Logbook, view: BundleView) -> tuple[Attestation, ...]:
    """The reports the view shows that his logbook keeps and he has not marked read."""
    if view.progress is None or view.verdict.signer is None:
        return ()
    kept = logbook.records.kept_statements(public_key_line(view.verdict.signer))
    unread = {k.attestation_id for k in kept if k.read_at is None}
    return tuple(r for r in view.progress.reports if r.id in unread)


def mark_reports_read(logbook: Logbook, view: BundleView) -> int:
    """Mark every report the view shows as read; how many statements were unread."""
    unread = unread_reports(logbook, view)
    if not unread or view.verdict.signer is None:
        return 0
    logbook.records.mark_statements_read(
        public_key_line(view.verdict.signer), (r.id for r in unread)
    )
    return len(unread)
