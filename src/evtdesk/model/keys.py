"""Keys the user trusts: whose signatures count, and in which role."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

TRAINEE, SUPERVISOR, CO_SUPERVISOR = "trainee", "supervisor", "co_supervisor"
# The hospital's responsible (verksamhetschef, or the region for an EVT-only hospital)
# declares a unit ready (H, H1-H11): a key of its own, deciding nothing else.
HOSPITAL = "hospital"
ROLES = (SUPERVISOR, CO_SUPERVISOR, HOSPITAL, TRAINEE)


@dataclass(frozen=True)
class TrustedKey:
    """A key the user marked as trusted after comparing its fingerprint in person, in the
    role they gave it: a trainee's key signs bundles, a supervisor's (or co-supervisor's)
    statements. `public_key` is the minisign key line. A key given on the command line for
    one run has no name to compare with a bundle's (`compare_name` False) and no `id`."""

    public_key: str
    name: str
    role: str
    fingerprint: str = ""
    id: int | None = None
    compare_name: bool = True
    # The holder's term in the role, both days inclusive (None: open-ended): a statement
    # signed outside it is judged as from no role (a supervisor who handed over, a key
    # retired with `trust --retire`).
    valid_from: date | None = None
    valid_until: date | None = None

    def in_term(self, day: date) -> bool:
        """Whether the key held its role on `day`."""
        return (self.valid_from is None or day >= self.valid_from) and (
            self.valid_until is None or day <= self.valid_until
        )

    def term_text(self) -> str:
        """ "from 2026-01-01 until 2026-12-31", or "" for a key with no term."""
        parts = []
        if self.valid_from is not None:
            parts.append(f"from {self.valid_from.isoformat()}")
        if self.valid_until is not None:
            parts.append(f"until {self.valid_until.isoformat()}")
        return " ".join(parts)
