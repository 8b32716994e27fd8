"""The individual training plan: the trainee's settings and proposals; the adaptations in
force are the supervisor's signed statements (see `statements`)."""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlalchemy import select

from evtdesk.model import (
    Proposal,
    TrainingPlan,
)
from evtdesk.model.statements import signed_adaptations
from evtdesk.store import chain, convert
from evtdesk.store.base import RecordStore
from evtdesk.store.base import now as _now
from evtdesk.store.base import screened as _screened
from evtdesk.store.errors import LogbookError, NotFound
from evtdesk.store.schema import (
    AdaptationRow,
    Setting,
)
from evtdesk.store.settings import settings_in
from evtdesk.store.statements import attestations_in

MRI_PRIMARY = "plan.mri_primary"


class PlanStore(RecordStore):
    """The plan: proposals made and withdrawn, the MRI setting, the plan as it stands."""

    def propose_adaptation(
        self,
        item_id: str,
        note: str,
        required: Mapping[str, float] | None = None,
        waived: bool = False,
    ) -> Proposal:
        """Record the trainee's proposal to adapt one item. It changes nothing until the
        supervisor signs it. That the item and its conditions are the curriculum's is for
        the caller to check (`evtdesk.training`); the numbers must be 0 or more."""
        note = _screened(note.strip(), "note")
        if not note:
            raise LogbookError("A proposed adaptation needs a note saying what and why.")
        checked: dict[str, float] = {}
        for condition_id, value in (required or {}).items():
            if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
                raise LogbookError(f"The required number for {condition_id} must be 0 or more.")
            checked[condition_id] = value
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
            settings = settings_in(session)
            attestations = attestations_in(session)
        return TrainingPlan(
            mri_primary=bool(settings.get(MRI_PRIMARY, False)),
            adaptations=signed_adaptations(attestations),
            note=str(settings.get("plan.note", "")),
            proposals=proposals,
        )
