"""Choosing the few things that most need the trainee's attention now.

A training the supervisor stopped comes first: nothing else is a step while it stands.
Then the measures a supervisor asked for and the trainee has not marked done (a failed
examination week's complements, a yearly action plan), earliest due first: each is a
concrete, dated request. Then guidance order decides: the first open, mandatory, not yet
satisfied items of the parts that are open, at most five, each with the sentence of what
is missing — and, wherever it sits, a mandatory item left open in a part shown as
complete (the training plan, G2, in an attested preparatory part; at most three such): it
is still owed, and the next steps are the one place a trainee is sure to read it. Only
the trainee's own items count: a supervisor's duty or a hospital requirement is shown
with its part but is not something the trainee can do next. A few steps, not a list of
everything, because a long list is read by nobody.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from evtdesk.curriculum.approval import measure_sentence
from evtdesk.curriculum.messages import say
from evtdesk.curriculum.progress import OPEN, ItemProgress, MeasureProgress, NextStep
from evtdesk.curriculum.schema import Curriculum
from evtdesk.model import Attestation
from evtdesk.model.statements import EXAM_WEEK

MAX_STEPS = 5
MAX_OWED = 3
"""Besides the steps of the open parts, at most this many items left open in complete parts."""


def next_steps(
    items: Sequence[ItemProgress],
    complete_parts: Collection[str],
    language: str,
    measures: Sequence[MeasureProgress] = (),
    stopped: Attestation | None = None,
    today: date | None = None,
    curriculum: Curriculum | None = None,
) -> tuple[NextStep, ...]:
    """The stop, if any; open measures; then, in the order of `items` (guidance order),
    at most `MAX_STEPS` steps of the parts still open and besides them at most `MAX_OWED`
    mandatory items left open in parts that are complete."""
    if stopped is not None:
        reason = say(
            "stopped",
            language,
            name=stopped.supervisor_name,
            date=stopped.signed_at.date().isoformat(),
            reason=stopped.comment,
        )
        return (NextStep("", reason),)
    steps = [
        NextStep(_measure_item(m, curriculum), measure_sentence(m, today or date.today(), language))
        for m in measures
        if m.open
    ]
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


def _measure_item(measure: MeasureProgress, curriculum: Curriculum | None) -> str:
    """The item a measure belongs to, so a click shows it: the item judging failed weeks
    (or the week) for a week's measures, the yearly item for an action plan's."""
    if curriculum is None:
        return ""
    wanted = ("exam_week",) if measure.source == EXAM_WEEK else ("yearly",)
    found = [(c.failed, i.id) for i in curriculum.items for c in i.conditions if c.type in wanted]
    return max(found)[1] if found else ""
