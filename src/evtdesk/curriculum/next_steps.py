"""Choosing the few items that most need the trainee's attention now.

Guidance order decides: the first open, mandatory, not yet satisfied items of the
parts that are open and not complete (a part the supervisor attested as complete needs
nothing more), at most five, each with the sentence of what is missing. Only the
trainee's own items count: a supervisor's duty or a hospital requirement is shown with
its part but is not something the trainee can do next. A few steps, not a list of
everything, because a long list is read by nobody.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from evtdesk.curriculum.messages import say
from evtdesk.curriculum.progress import OPEN, ItemProgress, NextStep

MAX_STEPS = 5


def next_steps(
    items: Sequence[ItemProgress], complete_parts: Collection[str], language: str
) -> tuple[NextStep, ...]:
    """At most `MAX_STEPS` steps, in the order of `items` (guidance order)."""
    steps = []
    for item in items:
        if (
            item.state != OPEN
            or not item.mandatory
            or item.part in complete_parts
            or item.concerns != "trainee"
        ):
            continue
        title = item.title(language)
        if item.conditions and not all(c.met for c in item.conditions):
            sentence = f"{item.id} {title}: {item.missing.removeprefix(say('still', language))}"
        elif item.rejection:  # asking again without the supervisor's point would not do
            sentence = f"{item.id} {title}: {item.rejection}"
        else:
            sentence = f"{item.id} {title}: {say('step_attest', language)}."
        steps.append(NextStep(item.id, sentence))
        if len(steps) == MAX_STEPS:
            break
    return tuple(steps)
