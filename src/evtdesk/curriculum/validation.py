"""Cases a supervisor validated: evidence beside the count, never a new gate.

A supervisor validates the cases he supervised (or rejects one, with a reason) in one
signed `VALIDATION` statement that pins each case by its content (`case_digest`), as the
logbooks supervisors already know do (the UK surgical eLogbook's trainer validation).
Counting stays as the guidance says; what the trainee, the report and `verify --json`
see beside each count is how many of the counted cases are validated. A case amended
after it was validated is `changed`: the validation was of the case as it stood.
Only statements that decide count (`may_decide`): in the Swedish file a main supervisor
or a local co-supervisor, who supervised cases at her unit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from evtdesk.curriculum.approval import case_digest, pin_matches
from evtdesk.model import Entry, LogbookSnapshot
from evtdesk.model.declarations import VALIDATION
from evtdesk.model.statements import CO_SUPERVISOR, may_decide, order_key

VALIDATED, REJECTED, CHANGED = "validated", "rejected", "changed"


@dataclass(frozen=True)
class CaseValidation:
    """The last word a supervisor signed on one case, as it stands against the case now."""

    entry_id: str
    state: str  # validated, rejected, or changed since it was validated or rejected
    by: str
    on: date
    reason: str = ""


def case_pin(entry: Entry) -> str:
    """How a validation names a case: `<entry id>#<content digest>`."""
    return f"{entry.id}#{case_digest(entry)}"


def validations(snapshot: LogbookSnapshot) -> dict[str, CaseValidation]:
    """Per entry id, the latest validation or rejection that decides, judged against
    the case's content now. `snapshot` is judged (`curriculum.authority`)."""
    said: dict[str, tuple[str, str | None, str, date]] = {}
    statements = (
        a
        for a in snapshot.attestations
        if a.subject == VALIDATION and a.approved and a.declaration is not None
    )
    # the main supervisor's word on a case outranks a co-supervisor's: read hers first
    ranked = sorted(
        (a for a in statements if may_decide(a)),
        key=lambda a: (a.signer_role != CO_SUPERVISOR, order_key(a)),
    )
    for statement in ranked:
        assert statement.declaration is not None  # filtered above
        words: Iterable[tuple[str, str | None]] = [
            *((pin, None) for pin in statement.declaration.cases),
            *(statement.declaration.rejected or {}).items(),
        ]
        for pin, reason in words:
            entry_id = pin.partition("#")[0]
            said[entry_id] = (pin, reason, statement.supervisor_name, statement.signed_at.date())
    entries = {e.id: e for e in snapshot.entries}
    out = {}
    for entry_id, (pin, reason, by, on) in said.items():
        entry = entries.get(entry_id)
        if entry is None:
            continue  # a case of another logbook, or one it no longer holds
        state = REJECTED if reason is not None else VALIDATED
        if entry.retracted or not pin_matches(pin, entry, on):
            state = CHANGED
        out[entry_id] = CaseValidation(entry_id, state, by, on, reason or "")
    return out


def validated_count(counted: Iterable[Entry], found: Mapping[str, CaseValidation]) -> int:
    """How many of the counted cases are validated as they stand."""
    return sum(1 for e in counted if (v := found.get(e.id)) is not None and v.state == VALIDATED)
