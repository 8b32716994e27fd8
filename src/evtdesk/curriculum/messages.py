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
    "ratio_unknown": (
        "{label}: okänt i {n} av {m} fall, mer än en femtedel: andelen kan inte bedömas",
        "{label}: unknown in {n} of {m} cases, more than a fifth: the share cannot be judged",
    ),
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
    "approval_unheld": (
        "Godkännandet av delen ”{part}” som {who} signerade {day} gäller inte: {why}",
        "The approval of the part “{part}” that {who} signed on {day} does not stand: {why}",
    ),
    "approval_needs": (
        "{target} är inte uppnått.",
        "{target} is not met.",
    ),
    "approval_refused": (
        "{target} är underkänt och det beslutet står kvar.",
        "{target} is refused, and that refusal stands.",
    ),
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
    # sites and supervisors
    "site_no_ni": ("ingen neurointervention", "no neurointervention"),
    "site_ni": ("neurointervention", "neurointervention"),
    "site_procedures_per_year": ("ingrepp/år", "procedures a year"),
    "site_evt_per_year": ("EVT/år", "EVT a year"),
    "site_interventionists": ("EVT-kunniga interventionister", "EVT-competent interventionists"),
    "site_ratio": (
        "{s} handledare för {t} aspiranter (högst 1:{max})",
        "{s} supervisors for {t} trainees (at most 1:{max})",
    ),
    "site_ratio_value": (
        "{s} handledare : {t} aspiranter (1:{r})",
        "{s} supervisors : {t} trainees (1:{r})",
    ),
    "site_ratio_unknown": (
        "handledare och aspiranter ej angivna",
        "supervisors and trainees not recorded",
    ),
    "not_recorded": ("{label} ej angivet", "{label} not recorded"),
    "site_missing": (
        "Arbetsperioder utan angiven enhet kan inte bedömas: {periods}.",
        "Work periods with no site recorded cannot be judged: {periods}.",
    ),
    "no_home": (
        "Inget eget sjukhus angivet (markera det bland enheterna).",
        "No own hospital recorded (mark it among the sites).",
    ),
    "no_site": ("ingen enhet angiven", "no site recorded"),
    "supervisor_years": (
        "år som specialist i neurointervention",
        "years as neurointervention specialist",
    ),
    "site_confirmed": ("intygat av {by} {on}", "declared by {by} on {on}"),
    "site_unconfirmed": (
        "inte intygat av handledaren där (elevens uppgifter)",
        "not declared by the supervisor responsible there (the trainee's record)",
    ),
    "site_undeclared_short": (
        "inte intygad av handledaren där",
        "not declared by the supervisor responsible there",
    ),
    "site_renamed": (
        "intyget gäller ”{named}”, som loggboken sedan bytt namn på",
        "the declaration is for “{named}”, which the logbook has renamed since",
    ),
    "supervisor_declared": ("intygat {on}", "declared on {on}"),
    "supervisor_unconfirmed": (
        "{name}: {facts}, inte intygat av handledaren själv (elevens uppgifter)",
        "{name}: {facts}, not declared by the supervisor himself (the trainee's record)",
    ),
    "supervisor_undeclared": (
        "{name}: inga kvalifikationer intygade av handledaren själv",
        "{name}: no qualification declared by the supervisor himself",
    ),
    "approved": ("godkände", "approved"),
    "refused": ("godkände inte", "refused"),
    "changed_report": (
        "{name} {verb} {subject} {on}: räknades av äldre EVTDesk, är nu en rapport "
        "(en bihandledare rapporterar till huvudhandledaren, som beslutar).",
        "{name} {verb} {subject} on {on}: counted by older EVTDesk, now a report (a "
        "co-supervisor reports to the main supervisor, who decides).",
    ),
    "changed_handed_over": (
        "{name} {verb} {subject} {on}: räknas inte, undertecknat efter överlämningen "
        "till en ny huvudhandledare.",
        "{name} {verb} {subject} on {on}: not counted, signed after the hand-over to a "
        "new main supervisor.",
    ),
    "changed_verdict_item": (
        "{name} {verb} {subject} {on}: räknades av äldre EVTDesk, räknas inte längre "
        "(punkten avgörs av examinationsveckans utlåtande, inte av en bock).",
        "{name} {verb} {subject} on {on}: counted by older EVTDesk, no longer (the item is "
        "decided by the examination week's verdict, not by a tick).",
    ),
    "acting_undeclared": (
        "{name} beslutar som huvudhandledare men har inte intygat sina kvalifikationer.",
        "{name} decides as main supervisor but has not declared his qualification.",
    ),
    "no_qualification": (
        "Ingen huvudhandledare har intygat sina kvalifikationer.",
        "No main supervisor has declared his qualification.",
    ),
    "supervisor_evt": ("EVT som självständig operatör", "EVT as independent operator"),
    "no_supervisor": ("Ingen huvudhandledare angiven.", "No main supervisor recorded."),
    "at_has_neurointervention": ("på enhet med neurointervention", "at a neurointervention unit"),
    "not_at_has_neurointervention": (
        "på enhet utan neurointervention",
        "at a unit without neurointervention",
    ),
    "at_home": ("på det egna sjukhuset", "at your own hospital"),
    "not_at_home": ("utanför det egna sjukhuset", "away from your own hospital"),
    "period_not_at_site": (
        "Räknas inte, tiden räknas bara {where}: {periods}.",
        "Not counted, this time counts only {where}: {periods}.",
    ),
    # calendar years
    "year_value": ("{year}: {n}", "{year}: {n}"),
    "year_running": ("{year} hittills: {n}", "{year} so far: {n}"),
    "year_below": (
        "Kalenderår under kravet ({req}): {years}.",
        "Calendar years below the requirement ({req}): {years}.",
    ),
    "year_from_last": (
        "Uppfyllt av {year} ({n}); innevarande år räknas när det nått kravet.",
        "Met by {year} ({n}); this year counts once it reaches the requirement.",
    ),
    "evaluation_missing": (
        "Ingen årlig utvärdering för: {years}.",
        "No yearly evaluation for: {years}.",
    ),
    "evaluation_due": ("utvärdering av {years}", "the evaluation of {years}"),
    "records_gap": ("{label}: {done} av {required}", "{label}: {done} of {required}"),
    # counted from an approval on (continuing education after the training)
    "since_waiting": (
        "Räknas från den dag {subject} godkändes.",
        "Counted from the day {subject} was approved.",
    ),
    "since_from": ("Räknas från godkännandet {date}.", "Counted from the approval on {date}."),
    "since_before": (
        "Räknas från godkännandet {date}; registrerade före det räknas inte här: {n}.",
        "Counted from the approval on {date}; recorded before it and not counted here: {n}.",
    ),
    # advice beside the numbers: a part's pauses, a case mix
    "nothing_logged": (
        "Inget fall loggat sedan {since} ({kinds}): enligt vägledningen registreras samtliga "
        "fall som handläggs, oavsett om EVT utfördes eller inte.",
        "No case logged since {since} ({kinds}): the guidance asks that all cases handled "
        "are logged, whether EVT was done or not.",
    ),
    "not_continuous": (
        "Perioden bör vara relativt sammanhållen.",
        "The period should be fairly continuous.",
    ),
    "pauses_long": (
        "Uppehåll längre än {m} mån (läroplanens egen gräns; källan anger ingen): {pauses}.",
        "Pauses longer than {m} months (the curriculum's own limit; its source gives none): "
        "{pauses}.",
    ),
    "pause": ("{first} – {last} ({n} mån)", "{first} – {last} ({n} months)"),
    "spread_reached": (
        "De {req} månader som krävs nåddes först efter {n} mån ({start} – {end}), mer än "
        "{factor} gånger så lång tid (läroplanens egen gräns; källan anger ingen).",
        "The {req} months required were reached only after {n} months ({start} – {end}), "
        "more than {factor} times as long (the curriculum's own limit; its source gives none).",
    ),
    "spread_so_far": (
        "De {req} månader som krävs är inte nådda efter {n} mån ({start} – {end}), mer än "
        "{factor} gånger så lång tid (läroplanens egen gräns; källan anger ingen).",
        "The {req} months required are not reached after {n} months ({start} – {end}), "
        "more than {factor} times as long (the curriculum's own limit; its source gives none).",
    ),
    "mix_line": ("Fallen: {mix}.", "The cases: {mix}."),
    "mix_unrecorded": ("{n} fall utan angivet fynd.", "{n} case(s) with no finding recorded."),
    "mix_missing": (
        "Fallen bör täcka fler slag: bland de {n} räknade finns inget med {missing}.",
        "The cases should cover more kinds: none of the {n} counted has {missing}.",
    ),
    # order of training
    "order": (
        "{then} från {date}, före {first}.",
        "{then} from {date}, before {first}.",
    ),
    "order_first": (
        "{then} från {date}, före första {first} ({first_date}).",
        "{then} from {date}, before the first {first} ({first_date}).",
    ),
    "order_none": ("någon {first}", "any {first}"),
    # the examination week
    "week_line": (
        "Vecka {start} – {end}, {unit}: {n} kandidater; beslut EVT {evt}, ej EVT {no}; "
        "EVT utförd {done}, som försteoperatör {first}; mTICI 2b–3 {good}/{given}; "
        "sICH {sich}; emboli till nytt kärlområde {emboli}; med komplikationer {comp}",
        "Week {start} – {end}, {unit}: {n} candidates; decided EVT {evt}, no EVT {no}; "
        "EVT performed {done}, as first operator {first}; mTICI 2b–3 {good}/{given}; "
        "sICH {sich}; emboli to new territory {emboli}; with complications {comp}",
    ),
    "week_awaiting": ("väntar på handledarens bedömning", "awaiting the supervisor's verdict"),
    "week_passed": ("godkänd av {name} ({date})", "passed, {name} ({date})"),
    "week_failed": ("underkänd av {name} ({date})", "failed, {name} ({date})"),
    "week_before_gate": (
        "Examinationsveckan {start} började innan den kunde öppnas (som loggboken såg ut "
        "den dagen: {missing})",
        "The examination week of {start} started before it could open (as the logbook "
        "stood that day: {missing})",
    ),
    "week_changed": (
        "fallen ändrades efter att {name} godkände veckan ({date}); godkännandet gäller "
        "inte längre",
        "its cases changed after {name} passed it ({date}); the pass no longer counts",
    ),
    "week_pinned_by_revision": (
        "{name}s godkännande ({date}) pekar ut fallen med loggbokens egna versionsnummer, "
        "som inte visar att fallen är de bedömda; veckan väntar på en ny bedömning",
        "{name}'s pass ({date}) names the cases by the logbook's own revision numbers, "
        "which cannot show they are the cases judged; the week awaits a new verdict",
    ),
    "verdict_week_changed": (
        "Veckans fall ändrades efter handledarens godkännande; en ny bedömning behövs.",
        "The week's cases changed after the supervisor passed it; a new verdict is needed.",
    ),
    "week_too_few_cases": (
        "Den godkända veckan {start} har {n} registrerade fall (minst {m} behövs): aspiranten "
        "ska under veckan handlägga alla strokepatienter som är kandidater för endovaskulär "
        "behandling, och en vecka utan registrerade fall visar inte att någon handlades. "
        "Godkännandet räknas inte förrän veckans fall är registrerade och bedömda.",
        "The passed week of {start} holds {n} recorded case(s), at least {m} needed: in the "
        "week the trainee handles every stroke patient who is a candidate for endovascular "
        "treatment, and a week with no case recorded does not show any handled. The pass "
        "does not count until the week's cases are recorded and judged.",
    ),
    "week_needs_cases": (
        "{label} för en vecka med sina fall registrerade",
        "{label} for a week with its cases recorded",
    ),
    "no_week": ("Ingen examinationsvecka registrerad.", "No examination week recorded."),
    "verdict_without_week": (
        "Godkännandet namnger ingen registrerad vecka (signerat före veckoregistrering).",
        "The approval names no recorded week (signed before weeks were recorded).",
    ),
    "verdict_unknown_week": (
        "Handledarens godkännande gäller en vecka som loggboken inte har (återkallad?).",
        "The supervisor's approval is about a week this logbook does not hold (withdrawn?).",
    ),
    "failure_bare": (
        "Underkänd av {name} ({date}) utan orsak, information till arbetsgivare och "
        "åtgärder: {comment}",
        "Failed by {name} ({date}) without the reason, the employer informed and the "
        "measures: {comment}",
    ),
    "failure_line": (
        "Veckan {start} underkänd av {name}: {reason}. Arbetsgivaren informerad {informed}. "
        "Åtgärder:",
        "Week {start} failed by {name}: {reason}. Employer informed {informed}. Measures:",
    ),
    "no_failure": ("Ingen examinationsvecka underkänd.", "No examination week failed."),
    "case_outside_week": (
        "{n} fall från examinationsvecka ligger utanför en registrerad vecka på sin enhet "
        "och räknas inte.",
        "{n} examination-week case(s) fall outside a recorded week at their unit and do not count.",
    ),
    "week_not_first_operator": (
        "{n} EVT under examinationsveckan utan aspiranten som försteoperatör.",
        "{n} EVT in the examination week without the trainee as first operator.",
    ),
    "week_not_at_unit": (
        "Examinationsvecka på enhet utan neurointervention: {weeks}.",
        "Examination week at a unit without neurointervention: {weeks}.",
    ),
    "from_week": ("examinationsveckan", "the examination week"),
    "from_evaluation": ("utvärderingen {year}", "the evaluation of {year}"),
    "measure_due": (
        "Åtgärd senast {due} ({source}, {name}): {text}",
        "Measure due {due} ({source}, {name}): {text}",
    ),
    "measure_overdue": (
        "Försenad åtgärd, senast {due} ({source}, {name}): {text}",
        "Overdue measure, due {due} ({source}, {name}): {text}",
    ),
    "stopped": (
        "Utbildningen är avbruten av {name} ({date}): {reason}",
        "The training is stopped by {name} ({date}): {reason}",
    ),
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
