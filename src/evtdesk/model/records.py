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
    id: int
    name: str
    role: str  # a PersonRole value
    public_key: str | None = None  # minisign public key line (base64), once known
    email: str | None = None


@dataclass(frozen=True)
class Site:
    id: int
    hospital: str
    unit: str
    procedures_per_year: int | None = None
    evt_per_year: int | None = None
    has_neurointervention: bool = False


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
