"""Who may decide what: each statement's authority, as the curriculum file gives it.

A statement that stands by its key (`own`, `trusted`) still decides only what its
signer's role may decide. The guidance gives the training plan, the order of the parts,
the certificates, the examination week's verdict, the yearly evaluation and a stop to
the main supervisor; a local co-supervisor "stödjer samt rapporterar till
huvudhandledaren" (S4); the region answers for an EVT-only hospital. The curriculum's
[[authority]] rules say this per subject (`docs/curriculum-format.md`), so a second
curriculum states its own and no Python changes. A report is shown, with its signer and
day, and counted nowhere.
"""

from __future__ import annotations

from dataclasses import replace

from evtdesk.curriculum import declared
from evtdesk.curriculum.messages import say
from evtdesk.curriculum.schema import Curriculum
from evtdesk.model import Attestation, LogbookSnapshot
from evtdesk.model.declarations import HANDOVER, declaration_kind
from evtdesk.model.statements import (
    ADAPT_PREFIX,
    CO_SUPERVISOR,
    DECIDES,
    NO_AUTHORITY,
    REPORTS,
    signed_adaptations,
)


def authority_of(curriculum: Curriculum, role: str | None, subject: str) -> str:
    """`decides`, `reports` or `none`: what a statement by `role` about `subject` may do.
    The first rule naming the subject holds; a subject no rule names is decided by
    nobody (so a forgotten subject never falls to whoever signs first)."""
    rule = next((r for r in curriculum.authority if r.names(subject)), None)
    if rule is None or role is None:
        return NO_AUTHORITY
    if role in rule.decides:
        return DECIDES
    return REPORTS if role in rule.reports else NO_AUTHORITY


def verdict_items(curriculum: Curriculum) -> frozenset[str]:
    """The items only the examination week's verdict decides (A3, A4): a plain tick on
    one of them decides nothing, whoever signs it."""
    return frozenset(
        item.id for item in curriculum.items if any(c.type == "exam_week" for c in item.conditions)
    )


def judge(curriculum: Curriculum, snapshot: LogbookSnapshot) -> LogbookSnapshot:
    """The snapshot with every statement's authority set, the home hospital's declared
    readiness added as statements about its H items, and the plan's adaptations of
    every item some statement is about read again from the statements that decide (a
    co-supervisor's adaptation is her report); an adaptation no statement is about (a
    plan built in code) is kept as given."""
    judged = tuple(
        replace(a, authority=authority_of(curriculum, a.signer_role, a.subject))
        for a in snapshot.attestations
        if not declared.derived(a)  # read again below from the declaration itself
    )
    judged = _after_hand_over(judged)
    judged += tuple(  # each item as its own rule gives it: a readiness decides only H items
        replace(a, authority=authority_of(curriculum, a.signer_role, a.subject))
        for a in declared.readiness_attestations(snapshot.sites, judged)
    )
    stated = {
        a.subject.removeprefix(ADAPT_PREFIX) for a in judged if a.subject.startswith(ADAPT_PREFIX)
    }
    adaptations = (
        *(a for a in snapshot.plan.adaptations if a.item_id not in stated),
        *signed_adaptations(judged),
    )
    plan = replace(snapshot.plan, adaptations=adaptations)
    return replace(snapshot, attestations=judged, plan=plan)


def _after_hand_over(statements: tuple[Attestation, ...]) -> tuple[Attestation, ...]:
    """A key that handed the training over decides nothing it signs while away
    (`declared.handed_over`): the role is judged at the moment of signing."""
    away = declared.handed_over(statements)
    return tuple(
        replace(a, authority=NO_AUTHORITY)
        if declared.is_away(away, a.supervisor_key, a.signed_at)
        and a.subject != HANDOVER  # the hand-over itself stands, to be read again
        else a
        for a in statements
    )


def reports(snapshot: LogbookSnapshot) -> tuple[Attestation, ...]:
    """The statements of a judged snapshot that only report: shown, counted nowhere."""
    return tuple(a for a in snapshot.attestations if a.authority == REPORTS)


def no_longer_counted(
    curriculum: Curriculum, snapshot: LogbookSnapshot, language: str
) -> tuple[str, ...]:
    """A sentence per statement of a judged snapshot that stands by its key (a main or
    co-supervisor the reader trusts, in term) and that an EVTDesk from before the
    `[[authority]]` rules counted, but that decides nothing now: a co-supervisor's word
    on what the main supervisor decides, a plain tick on an item the examination week's
    verdict decides, a statement signed after its signer handed the training over."""
    by_verdict = verdict_items(curriculum)
    away = declared.handed_over(snapshot.attestations)
    out = []
    for statement in sorted(snapshot.attestations, key=lambda a: (a.signed_at, a.id)):
        if statement.signer_role not in ("supervisor", CO_SUPERVISOR) or declared.derived(
            statement
        ):
            continue
        if declaration_kind(statement.subject):
            continue  # new with the rules that judge them: no older EVTDesk counted one
        if statement.authority == REPORTS:
            why = "changed_report"
        elif (
            declared.is_away(away, statement.supervisor_key, statement.signed_at)
            and statement.authority == NO_AUTHORITY
        ):
            why = "changed_handed_over"
        elif statement.subject in by_verdict and statement.verdict is None:
            why = "changed_verdict_item"
        else:
            continue
        out.append(
            say(
                why,
                language,
                name=statement.supervisor_name,
                subject=statement.subject,
                on=statement.signed_at.date().isoformat(),
                verb=say("approved" if statement.approved else "refused", language),
            )
        )
    return tuple(out)
