"""Keys the user trusts: whose signatures count, and in which role."""

from __future__ import annotations

from dataclasses import dataclass

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
