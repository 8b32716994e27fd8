"""The people of a logbook (the trainee, supervisors, co-supervisors) and its sites."""

from __future__ import annotations

from sqlalchemy import select

from evtdesk.model import (
    Person,
    PersonRole,
    Site,
)
from evtdesk.store import chain, convert
from evtdesk.store.base import RecordStore
from evtdesk.store.base import screened as _screened
from evtdesk.store.errors import LogbookError
from evtdesk.store.schema import (
    PersonRow,
    SiteRow,
)


class PeopleStore(RecordStore):
    """People and sites: added, listed; names screened for identity numbers."""

    def add_person(
        self, name: str, role: str, public_key: str | None = None, email: str | None = None
    ) -> Person:
        roles = [r.value for r in PersonRole]
        if role not in roles:
            raise LogbookError(f"{role!r} is not a role; a person is one of: {', '.join(roles)}.")
        name = _screened(name.strip(), "name")
        if not name:
            raise LogbookError("A person needs a name.")
        with self._write() as session:
            row = PersonRow(name=name, role=role, public_key=public_key, email=email)
            session.add(row)
            session.flush()
            chain.append(
                session,
                "person.add",
                str(row.id),
                {"name": name, "role": role, "public_key": public_key},
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
    ) -> Site:
        hospital = _screened(hospital.strip(), "hospital")
        unit = _screened(unit.strip(), "unit")
        if not hospital:
            raise LogbookError("A site needs a hospital name.")
        for label, value in (
            ("procedures per year", procedures_per_year),
            ("EVT per year", evt_per_year),
        ):
            if value is not None and value < 0:
                raise LogbookError(f"The number of {label} cannot be negative.")
        with self._write() as session:
            row = SiteRow(
                hospital=hospital,
                unit=unit,
                procedures_per_year=procedures_per_year,
                evt_per_year=evt_per_year,
                has_neurointervention=has_neurointervention,
            )
            session.add(row)
            session.flush()
            chain.append(
                session,
                "site.add",
                str(row.id),
                {
                    "hospital": row.hospital,
                    "unit": row.unit,
                    "procedures_per_year": procedures_per_year,
                    "evt_per_year": evt_per_year,
                    "has_neurointervention": has_neurointervention,
                },
            )
            return convert.site(row)

    def sites(self) -> list[Site]:
        with self._read() as session:
            return [convert.site(r) for r in session.scalars(select(SiteRow).order_by(SiteRow.id))]
