"""The logbook's other records: its people, sites and work periods."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class PersonRole(StrEnum):
    TRAINEE = "trainee"
    SUPERVISOR = "supervisor"
    CO_SUPERVISOR = "co_supervisor"


@dataclass(frozen=True)
class Person:
    """Someone in the logbook. For a supervisor, `years_as_operator` (years as a
    specialist performing EVT) and `evt_independent` (EVT as independent operator) are
    what the guidance asks of a main supervisor (S1); None when not recorded."""

    id: int
    name: str
    role: str  # a PersonRole value
    public_key: str | None = None  # minisign public key line (base64), once known
    email: str | None = None
    years_as_operator: float | None = None
    evt_independent: int | None = None


@dataclass(frozen=True)
class Site:
    """A hospital unit where the trainee works, with what the guidance judges it by:
    yearly volumes (NI.SITE, H1), its supervising neurointerventionists and their
    trainees (the 1:2 ratio), its EVT-competent interventionists (H2). `home` marks the
    trainee's own hospital, the one the hospital requirements (H1–H11) are about.
    Numbers are None when not recorded."""

    id: int
    hospital: str
    unit: str
    procedures_per_year: int | None = None
    evt_per_year: int | None = None
    has_neurointervention: bool = False
    supervisors: int | None = None
    trainees: int | None = None
    interventionists: int | None = None
    home: bool = False


@dataclass(frozen=True)
class WorkPeriod:
    """Time worked towards a part of the curriculum.

    `part` is the curriculum's part id (for the Swedish curriculum `PREP` or `NI`); the
    engine sums periods per part. `fraction` is the part-time share, 1.0 for full time.
    `end` is None while the period is ongoing (the engine counts up to "today").
    """

    id: int
    part: str
    start: date
    end: date | None
    fraction: float = 1.0
    site_id: int | None = None
    description: str = ""
