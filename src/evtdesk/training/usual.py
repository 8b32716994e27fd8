"""Which kind of entry a trainee most likely records next: the kind recorded most since
the current part opened.

The new-entry form starts there, so a trainee in the neurointervention part, who records
thrombectomies and angiographies, does not first have to turn a form for stroke alarms
into one for an EVT.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from evtdesk.curriculum.progress import PartProgress
from evtdesk.model import Entry


def current_part(parts: Sequence[PartProgress]) -> PartProgress | None:
    """The first part in guidance order that is open: where the trainee is now."""
    return next((p for p in parts if p.state == "open"), None)


def usual_kind(entries: Iterable[Entry], parts: Sequence[PartProgress]) -> str | None:
    """The kind of most (not retracted) entries dated since the current part opened; of
    all entries when none is; None for an empty logbook. A tie goes to the kind recorded
    last, which is the one the trainee is busy with."""
    kept = sorted((e for e in entries if not e.retracted), key=lambda e: e.date)
    part = current_part(parts)
    since = part.opened_on if part is not None else None
    recent = [e for e in kept if since is None or e.date >= since] or kept
    if not recent:
        return None
    counts = Counter(e.kind for e in recent)
    last_seen = {e.kind: n for n, e in enumerate(recent)}
    return max(counts, key=lambda kind: (counts[kind], last_seen[kind]))
