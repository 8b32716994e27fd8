"""The people of a logbook (the trainee, supervisors, co-supervisors) and its sites.

A site's numbers (volumes, supervisors and trainees, interventionists) and a supervisor's
experience change over the years: they are updated in place, and the chain event keeps
the values before and after, so their history is never lost.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from evtdesk.model import (
    Person,
    PersonRole,
    Site,
)
from evtdesk.store import chain, convert
from evtdesk.store.base import RecordStore
from evtdesk.store.base import screened as _screened
from evtdesk.store.errors import LogbookError, NotFound
from evtdesk.store.schema import (
    PersonRow,
    SiteRow,
)


class PeopleStore(RecordStore):
    """People and sites: added, listed; names screened for identity numbers."""

    def add_person(
        self,
        name: str,
        role: str,
        public_key: str | None = None,
        email: str | None = None,
        years_as_operator: float | None = None,
        evt_independent: int | None = None,
    ) -> Person:
        roles = [r.value for r in PersonRole]
        if role not in roles:
            raise LogbookError(f"{role!r} is not a role; a person is one of: {', '.join(roles)}.")
        name = _screened(name.strip(), "name")
        if not name:
            raise LogbookError("A person needs a name.")
        _check_experience(role, years_as_operator, evt_independent)
        with self._write() as session:
            row = PersonRow(
                name=name,
                role=role,
                public_key=public_key,
                email=email,
                years_as_operator=years_as_operator,
                evt_independent=evt_independent,
            )
            session.add(row)
            session.flush()
            chain.append(
                session,
                "person.add",
                str(row.id),
                {"name": name, "role": role, "public_key": public_key} | _experience(row),
            )
            return convert.person(row)

    def set_experience(
        self, person_id: int, years_as_operator: float | None, evt_independent: int | None
    ) -> Person:
        """Record a supervisor's experience (S1); the chain keeps the values before."""
        with self._write() as session:
            row = session.get(PersonRow, person_id)
            if row is None:
                raise NotFound(f"No person {person_id}.")
            _check_experience(row.role, years_as_operator, evt_independent)
            before = _experience(row)
            row.years_as_operator, row.evt_independent = years_as_operator, evt_independent
            chain.append(
                session,
                "person.update",
                str(row.id),
                {"before": before, "after": _experience(row)},
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
        **more: Any,
    ) -> Site:
        """A site; `more` takes `supervisors`, `trainees`, `interventionists` (numbers or
        None) and `home` (the trainee's own hospital)."""
        hospital = _screened(hospital.strip(), "hospital")
        unit = _screened(unit.strip(), "unit")
        if not hospital:
            raise LogbookError("A site needs a hospital name.")
        values = _site_values(
            {
                "procedures_per_year": procedures_per_year,
                "evt_per_year": evt_per_year,
                "has_neurointervention": has_neurointervention,
                **more,
            }
        )
        with self._write() as session:
            row = SiteRow(hospital=hospital, unit=unit, **values)
            session.add(row)
            session.flush()
            chain.append(session, "site.add", str(row.id), _site_payload(row))
            return convert.site(row)

    def update_site(self, site_id: int, **changes: Any) -> Site:
        """Change a site's numbers or flags (a new year's volumes, say); the chain event
        keeps the values before and after. The name is kept: a site renamed is another."""
        values = _site_values(changes)
        with self._write() as session:
            row = session.get(SiteRow, site_id)
            if row is None:
                raise NotFound(f"No site {site_id}; see the list of sites.")
            before = _site_payload(row)
            for key, value in values.items():
                setattr(row, key, value)
            chain.append(
                session, "site.update", str(row.id), {"before": before, "after": _site_payload(row)}
            )
            return convert.site(row)

    def sites(self) -> list[Site]:
        with self._read() as session:
            return [convert.site(r) for r in session.scalars(select(SiteRow).order_by(SiteRow.id))]


_SITE_NUMBERS = (
    "procedures_per_year",
    "evt_per_year",
    "supervisors",
    "trainees",
    "interventionists",
)
_SITE_FLAGS = ("has_neurointervention", "home")
_SITE_WORDS = {
    "procedures_per_year": "procedures per year",
    "evt_per_year": "EVT per year",
    "supervisors": "supervisors",
    "trainees": "trainees",
    "interventionists": "interventionists",
}


def _site_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """A site's numbers (whole, 0 or more, or None) and flags, checked."""
    checked: dict[str, Any] = {}
    for key, value in values.items():
        if key in _SITE_NUMBERS:
            if value is not None and (
                not isinstance(value, int) or isinstance(value, bool) or value < 0
            ):
                raise LogbookError(
                    f"The number of {_SITE_WORDS[key]} must be a whole number, 0 or more."
                )
        elif key in _SITE_FLAGS:
            if not isinstance(value, bool):
                raise LogbookError(f"{key} is yes or no.")
        else:
            raise LogbookError(f"A site has no {key!r}.")
        checked[key] = value
    return checked


def _site_payload(row: SiteRow) -> dict[str, Any]:
    return {
        "hospital": row.hospital,
        "unit": row.unit,
        **{key: getattr(row, key) for key in _SITE_NUMBERS},
        **{key: bool(getattr(row, key)) for key in _SITE_FLAGS},
    }


def _check_experience(role: str, years: float | None, evt: int | None) -> None:
    if (years is not None or evt is not None) and role == PersonRole.TRAINEE:
        raise LogbookError("Experience as a supervisor is recorded for supervisors only.")
    if years is not None and (
        isinstance(years, bool)
        or not isinstance(years, int | float)
        or not math.isfinite(years)
        or not 0 <= years <= 70
    ):
        raise LogbookError("Years as EVT operator must be a number from 0 to 70.")
    if evt is not None and (isinstance(evt, bool) or not isinstance(evt, int) or evt < 0):
        raise LogbookError("EVT as independent operator must be a whole number, 0 or more.")


def _experience(row: PersonRow) -> dict[str, Any]:
    return {"years_as_operator": row.years_as_operator, "evt_independent": row.evt_independent}
