"""Which kinds of case a count's entries cover: advice beside the number.

The Swedish CT cases: "Fallen bör täcka alla vanliga stroketyper, ischemisk och
hemorragisk stroke inklusive intra- och extraakraniell stenos, men också stroke mimics
samt tillstånd som kan påverka handläggning …". A "bör", so a kind missing among the cases
counted is flagged (`case_mix`), and the hundred cases still count. The kinds are the
curriculum file's `mix` groups over a choice field of the entries (`mix_field`); each
group is covered by any one of its values. The details line gives each group's number,
so the supervisor sees the mix as well as what is missing.
"""

from __future__ import annotations

from collections.abc import Sequence

from evtdesk.curriculum.messages import say
from evtdesk.curriculum.progress import Flag
from evtdesk.curriculum.schema import Condition
from evtdesk.model import Entry


def case_mix(
    condition: Condition, counted: Sequence[Entry], language: str
) -> tuple[tuple[str, ...], tuple[Flag, ...]]:
    """(details, flags): each group's number among the counted entries, and a flag naming
    the groups none of them has. Nothing while no entry is counted: the number missing
    says it already."""
    if not condition.mix or not counted:
        return (), ()
    values = [e.fields.get(condition.mix_field) for e in counted]
    numbers = [(g, sum(1 for v in values if v in g.values)) for g in condition.mix]
    unrecorded = sum(1 for v in values if v is None or v == "")
    line = ", ".join(f"{g.label(language)} {n}" for g, n in numbers)
    details = [say("mix_line", language, mix=line)]
    if unrecorded:
        details.append(say("mix_unrecorded", language, n=unrecorded))
    missing = [g.label(language) for g, n in numbers if n == 0]
    if not missing:
        return tuple(details), ()
    message = say("mix_missing", language, n=len(counted), missing=", ".join(missing))
    return tuple(details), (Flag("case_mix", message),)
