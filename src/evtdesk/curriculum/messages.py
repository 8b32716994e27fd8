"""The sentences the engine says, in Swedish and English.

Kept in one table so a translator sees every sentence at once, and so the app, the
report and `evtdesk progress` say the same words (they all take them from the engine).
"""

from __future__ import annotations

from datetime import date

from evtdesk.curriculum.progress import ConditionProgress

_TEXT = {
    "still": ("Återstår: ", "Still needed: "),
    "more": ("ytterligare {n} {label}", "{n} more {label}"),
    # one: the label is a plural ("angiographies as first operator"), so it goes after
    "more_one": ("ytterligare 1 ({label})", "1 more ({label})"),
    "months": ("ytterligare {n} månader ({label})", "{n} more months ({label})"),
    "months_one": ("ytterligare 1 månad ({label})", "1 more month ({label})"),
    "ratio": (
        "{label} är {done} % (krav {cmp} {req} %)",
        "{label} is {done} % (needs {cmp} {req} %)",
    ),
    "ratio_few": (
        "{label}: {n} fall, minst {m} behövs för att andelen ska bedömas",
        "{label}: {n} cases, at least {m} needed before the share is judged",
    ),
    "ratio_none": ("{label}: inga fall ännu", "{label}: no cases yet"),
    # {subject} is the condition's label, itself a state ("training plan attested")
    "attested": ("{subject} av handledaren", "{subject} by the supervisor"),
    "await": ("Väntar på handledarens intyg.", "Awaiting the supervisor's attestation."),
    "rejected": ("Inte godkänt av {name} ({date})", "Not approved by {name} ({date})"),
    "attested_refused": (
        "{subject} (inte godkänt av {name}, {date})",
        "{subject} (not approved by {name}, {date})",
    ),
    "none": ("", ""),
    "locked_attested": (
        "Öppnas när handledaren har intygat {target}.",
        "Opens when the supervisor has attested {target}.",
    ),
    "locked_done": ("Öppnas när {target} är uppnått.", "Opens when {target} is complete."),
    "before_part": (
        "Registreringar daterade före {date}, då delen öppnades: {n}.",
        "Entries dated before {date}, when the part opened: {n}.",
    ),
    "periods_before_part": (
        "Arbetsperioder som börjar före {date}, då delen öppnades: {periods}.",
        "Work periods starting before {date}, when the part opened: {periods}.",
    ),
    "ongoing": ("pågående", "ongoing"),
    "stale": (
        "Intyget gäller registreringar som har ändrats eller återkallats sedan dess.",
        "The attestation covers entries amended or retracted since.",
    ),
    "short_block": (
        "{n} arbetsperiod(er) räknas inte: tiden räknas bara i heltidsblock om minst {m} månader.",
        "{n} work period(s) do not count: this time counts only in full-time blocks"
        " of at least {m} months.",
    ),
    "waived": (
        "Struket i den individuella utbildningsplanen.",
        "Waived in the individual training plan.",
    ),
    "unmatched": (
        "Anpassningen nämner {names}, som inte finns i detta moment, och ändrar därför inget.",
        "The adaptation names {names}, which this item does not have, so it changes nothing.",
    ),
    "step_attest": ("be handledaren intyga det", "ask your supervisor to attest it"),
}


def say(key: str, language: str, **values: object) -> str:
    sv, en = _TEXT[key]
    return (sv if language == "sv" else en).format(**values)


def number(value: float, language: str) -> str:
    """A whole number bare, else one decimal; a decimal comma in Swedish."""
    text = f"{value:g}" if float(value).is_integer() else f"{value:.1f}"
    return text.replace(".", ",") if language == "sv" else text


def rejection(name: str, day: date, comment: str, language: str, subject: str = "") -> str:
    """`Not approved by Erik Holm (2026-05-31): more cases.` — the refusal with its reason,
    which is what the trainee needs to act on. With `subject`, the part of a "Still
    needed" sentence for a refused gate such as the examination week (no full stop)."""
    values = {"name": name or "?", "date": day.isoformat(), "subject": subject}
    text = say("attested_refused" if subject else "rejected", language, **values)
    comment = " ".join(comment.split())
    if comment:
        text += f": {comment.rstrip('.') if subject else comment}"
    if subject or text.endswith((".", "!", "?")):
        return text
    return text + "."


def condition_gap(
    condition: ConditionProgress, ctype: str, language: str, comparison: str = ">"
) -> str:
    label = condition.label(language)
    remaining = max(condition.required - condition.done, 0)
    one = "_one" if remaining == 1 else ""
    if ctype == "duration":
        return say("months" + one, language, n=number(remaining, language), label=label)
    if ctype == "ratio":
        return say(
            "ratio",
            language,
            label=label,
            done=number(condition.done, language),
            cmp=comparison,
            req=number(condition.required, language),
        )
    if ctype == "attested":
        return say("attested", language, subject=label)
    return say("more" + one, language, n=number(remaining, language), label=label)
