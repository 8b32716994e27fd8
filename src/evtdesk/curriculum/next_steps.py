"""Choosing the few items that most need the trainee's attention now.

Guidance order decides: the first open, mandatory, not yet satisfied items of the parts
that are open, at most five, each with the sentence of what is missing — and, wherever it
sits, a mandatory item left open in a part shown as complete (the training plan, G2, in an
attested preparatory part; at most three such): it is still owed, and the next steps are
the one place a trainee is sure to read it. Only the
trainee's own items count: a supervisor's duty or a hospital requirement is shown with
its part but is not something the trainee can do next. A few steps, not a list of
everything, because a long list is read by nobody.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from evtdesk.curriculum.messages import say
from evtdesk.curriculum.progress import OPEN, ItemProgress, NextStep

MAX_STEPS = 5
MAX_OWED = 3
"""Besides the steps of the open parts, at most this many items left open in complete parts."""


def next_steps(
    items: Sequence[ItemProgress], complete_parts: Collection[str], language: str
) -> tuple[NextStep, ...]:
    """In the order of `items` (guidance order): at most `MAX_STEPS` steps of the parts
    still open, and besides them at most `MAX_OWED` mandatory items left open in parts
    that are complete."""
    steps = []
    taken = {False: 0, True: 0}  # owed (in a complete part) or not: how many so far
    for item in items:
        if item.state != OPEN or not item.mandatory or item.concerns != "trainee":
            continue
        owed = item.part in complete_parts
        if taken[owed] == (MAX_OWED if owed else MAX_STEPS):
            continue
        taken[owed] += 1
        title = item.title(language)
        if item.conditions and not all(c.met for c in item.conditions):
            sentence = f"{item.id} {title}: {item.missing.removeprefix(say('still', language))}"
        elif item.rejection:  # asking again without the supervisor's point would not do
            sentence = f"{item.id} {title}: {item.rejection}"
        else:
            sentence = f"{item.id} {title}: {say('step_attest', language)}."
        steps.append(NextStep(item.id, sentence))
    return tuple(steps)
