"""Q1: every EVT registered in both quality registries, Riksstroke and EVAS.

The guidance says "Samtliga EVT-behandlingar registreras i Riksstroke och EVAS", so
only a case recorded as registered in both counts. A registration nobody recorded counts
as not registered: "all registered" cannot rest on cases whose registration is unknown,
and a gap in the record is what the supervisor must see. An `evt` entry (the training's
kind) has no registration fields, so an EVT logged that way after the approval is never
registered: the follow-up year's cases are `followup_case` entries (FU1).

The progress item Q1 and the quality view's registration row both judge with
`registration`, so neither can read "met" while the other reads "not met".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from evtdesk.curriculum.outcomes.cases import unknown
from evtdesk.model import Entry

RIKSSTROKE = "registered_riksstroke"
EVAS = "registered_evas"
REGISTRY_FIELDS = (RIKSSTROKE, EVAS)


@dataclass(frozen=True)
class Registration:
    """How many of some EVT are registered in both registries, and why the others are
    not. `met` is None when there are no EVT at all: nothing to judge yet."""

    total: int
    registered: int
    not_in_riksstroke: int  # recorded as not registered there, or not recorded
    not_in_evas: int
    unrecorded: int  # cases where either registration was not recorded at all
    without_fields: int  # EVT logged as a kind that has no registration fields

    @property
    def met(self) -> bool | None:
        """True when every EVT is registered in both, None with no EVT to judge."""
        if self.total == 0:
            return None
        return self.registered == self.total


def in_registry(entry: Entry, field: str) -> bool:
    """Registered in one registry: recorded as yes. No, or nothing recorded, is not."""
    return entry.fields.get(field) is True


def registered_in_both(entry: Entry) -> bool:
    """What Q1 asks of one EVT: recorded as registered in Riksstroke and in EVAS."""
    return all(in_registry(entry, field) for field in REGISTRY_FIELDS)


def registration(cases: Sequence[Entry]) -> Registration:
    """Count the EVT registered in both, and those missing from each registry."""
    return Registration(
        total=len(cases),
        registered=sum(1 for e in cases if registered_in_both(e)),
        not_in_riksstroke=sum(1 for e in cases if not in_registry(e, RIKSSTROKE)),
        not_in_evas=sum(1 for e in cases if not in_registry(e, EVAS)),
        unrecorded=sum(1 for e in cases if any(unknown(e.fields.get(f)) for f in REGISTRY_FIELDS)),
        without_fields=sum(1 for e in cases if e.kind != "followup_case"),
    )
