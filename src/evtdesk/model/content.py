"""The typed content of a statement as JSON, checked the same way on every path.

An examination-week verdict and a yearly evaluation carry more than approved/not
approved, and it is signed: `content_to_json` is what the signer puts in the statement
row, `content_from_json` what every reader accepts from it — the supervisor's EVTDesk
before signing, a trainee importing the file, a supervisor reading it back from a
bundle, and the logbook reading what it stored. One function each way, so what one
accepts the others accept, and a file EVTDesk would not write is refused on reading.

Rules: `exam_week` only on `EXAM_WEEK`, `evaluation` only on `EVAL:<year>` of the same
year, `declaration` only on a declaration's subject (`evtdesk.model.declarations`: the
facts a supervisor or a hospital's representative declares and signs), and only when it
declares: a withdrawal carries none. A passed week and a sufficient year carry no
measures; a failed week carries its reason, the day the employer was informed and at
least one dated measure (A4); an insufficient year carries its action plan, at least one
dated measure (S5).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date
from typing import Any, NamedTuple

from evtdesk.model.approval import ExamVerdict, Measure, YearlyEvaluation
from evtdesk.model.declarations import (
    Declaration,
    DeclarationError,
    declaration_from_json,
    declaration_kind,
    declaration_to_json,
)

EXAM_KEY, EVALUATION_KEY, DECLARATION_KEY = "exam_week", "evaluation", "declaration"
CONTENT_KEYS = (EXAM_KEY, EVALUATION_KEY, DECLARATION_KEY)
MAX_REASON = 4000
MAX_MEASURE = 1000
MAX_MEASURES = 50
MAX_CASES = 500  # candidates of one week, far above any unit's
# `<entry id>#<content digest>` (the whole SHA-256; 16 hex digits as EVTDesk 2026.11
# wrote it); `<entry id>@<revision>` as passes were pinned before
_CASE_PIN = re.compile(r"^[A-Za-z0-9-]{1,64}(?:#(?:[0-9a-f]{64}|[0-9a-f]{16})|@[1-9][0-9]{0,8})$")
MAX_UNIT = 200
MAX_SUMMARY = 200
_SUMMARY_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,63}$")


class ContentError(ValueError):
    """Content that no EVTDesk writes or reads; the message says what is wrong."""


class Content(NamedTuple):
    """A row's typed content: at most one of the three is set."""

    verdict: ExamVerdict | None = None
    evaluation: YearlyEvaluation | None = None
    declaration: Declaration | None = None


def evaluation_year(subject: str) -> int | None:
    """The year of an `EVAL:<year>` subject, else None."""
    prefix, _, year = subject.partition(":")
    if prefix == "EVAL" and len(year) == 4 and year.isdigit():
        return int(year)
    return None


def expected_key(subject: str) -> str | None:
    """Which typed object a statement about `subject` carries (None: none)."""
    if subject == "EXAM_WEEK":
        return EXAM_KEY
    if declaration_kind(subject) is not None:
        return DECLARATION_KEY
    return EVALUATION_KEY if evaluation_year(subject) is not None else None


def content_to_json(
    subject: str,
    approved: bool,
    verdict: ExamVerdict | None,
    evaluation: YearlyEvaluation | None,
    declaration: Declaration | None = None,
) -> dict[str, Any]:
    """The row's typed object ({} when it has none), checked by the reader's own rules."""
    if declaration is not None:
        out: dict[str, Any] = {DECLARATION_KEY: declaration_to_json(declaration)}
    elif verdict is not None:
        body: dict[str, Any] = {
            "week_id": verdict.week_id,
            "week_start": verdict.week_start.isoformat(),
            "unit": verdict.unit,
            "reason": verdict.reason,
            "employer_informed": verdict.employer_informed.isoformat()
            if verdict.employer_informed
            else None,
            "measures": [_measure_json(m) for m in verdict.measures],
        }
        if verdict.cases is not None:
            body["cases"] = list(verdict.cases)
        out = {EXAM_KEY: body}
    elif evaluation is not None:
        body = {
            "year": evaluation.year,
            "summary": dict(evaluation.summary),
            "measures": [_measure_json(m) for m in evaluation.measures],
        }
        out = {EVALUATION_KEY: body}
    else:
        return {}
    content_from_json(subject, approved, out)  # the same rules as every reader
    return out


def _measure_json(measure: Measure) -> dict[str, Any]:
    return {"text": measure.text, "due": measure.due.isoformat()}


def content_from_json(subject: str, approved: bool, row: Mapping[str, Any]) -> Content:
    """The typed object of a row (all None when it has none); ContentError when it is
    on the wrong subject, malformed, or says what its verdict does not allow."""
    present = [k for k in CONTENT_KEYS if k in row]
    if not present:
        return Content()
    wanted = expected_key(subject)
    if len(present) > 1 or present[0] != wanted:
        raise ContentError(f"{subject} cannot carry {present[0]}")
    body = row[present[0]]
    if not isinstance(body, Mapping):
        raise ContentError(f"{present[0]} is not an object")
    if present[0] == EXAM_KEY:
        return Content(verdict=_verdict(body, approved))
    if present[0] == DECLARATION_KEY:
        if not approved:
            raise ContentError("a withdrawn declaration declares nothing")
        try:
            return Content(declaration=declaration_from_json(subject, body))
        except DeclarationError as error:
            raise ContentError(str(error)) from None
    return Content(evaluation=_evaluation(body, approved, subject))


def _verdict(body: Mapping[str, Any], approved: bool) -> ExamVerdict:
    _only(
        body,
        {"week_id", "week_start", "unit", "reason", "employer_informed", "measures", "cases"},
    )
    week_id = body.get("week_id")
    if not isinstance(week_id, int) or isinstance(week_id, bool) or week_id < 1:
        raise ContentError("week_id must be a whole number of 1 or more")
    unit = _text(body.get("unit"), "unit", MAX_UNIT)
    reason = _text(body.get("reason", ""), "reason", MAX_REASON)
    informed = body.get("employer_informed")
    measures = _measures(body.get("measures", []))
    start = _day(body.get("week_start"), "week_start")
    cases = _cases(body["cases"]) if "cases" in body else None
    if approved:
        if reason or informed is not None or measures:
            raise ContentError("a passed week has no reason, employer notice or measures")
        return ExamVerdict(week_id, start, unit, cases=cases)
    if not reason.strip():
        raise ContentError("a failed week needs its reason")
    if not measures:
        raise ContentError("a failed week needs at least one measure")
    return ExamVerdict(
        week_id,
        start,
        unit,
        reason,
        _day(informed, "employer_informed"),
        tuple(measures),
        cases,
    )


def _cases(value: Any) -> tuple[str, ...]:
    """The pinned cases: sorted, distinct `<entry id>#<digest>` texts (or the older
    `<entry id>@<revision>`, read so that the week can say the pass awaits renewal)."""
    if not isinstance(value, list) or len(value) > MAX_CASES:
        raise ContentError(f"cases must be a list of at most {MAX_CASES}")
    if not all(isinstance(c, str) and _CASE_PIN.fullmatch(c) for c in value):
        raise ContentError("a case is named <entry id>#<content digest>")
    if value != sorted(set(value)):
        raise ContentError("the cases are listed sorted, each once")
    return tuple(value)


def _evaluation(body: Mapping[str, Any], approved: bool, subject: str) -> YearlyEvaluation:
    _only(body, {"year", "summary", "measures"})
    year = body.get("year")
    expected = evaluation_year(subject)
    if expected is None or year != expected or isinstance(year, bool):
        raise ContentError(f"the evaluation's year does not match {subject}")
    summary = body.get("summary", {})
    if not isinstance(summary, Mapping) or len(summary) > MAX_SUMMARY:
        raise ContentError(f"summary must be an object of at most {MAX_SUMMARY} numbers")
    checked: dict[str, float] = {}
    for key, value in summary.items():
        if not isinstance(key, str) or not _SUMMARY_KEY.fullmatch(key):
            raise ContentError(f"summary key {key!r} is not a name")
        if (
            not isinstance(value, int | float)
            or isinstance(value, bool)
            or not math.isfinite(value)
            or value < 0
        ):
            raise ContentError(f"summary {key} must be a number of 0 or more")
        checked[key] = value
    measures = _measures(body.get("measures", []))
    if approved and measures:
        raise ContentError("sufficient progress needs no action plan")
    if not approved and not measures:
        raise ContentError("insufficient progress needs an action plan of at least one measure")
    return YearlyEvaluation(expected, checked, tuple(measures))


def _measures(value: Any) -> list[Measure]:
    if not isinstance(value, list) or len(value) > MAX_MEASURES:
        raise ContentError(f"measures must be a list of at most {MAX_MEASURES}")
    found = []
    for item in value:
        if not isinstance(item, Mapping):
            raise ContentError("a measure is an object with text and due")
        _only(item, {"text", "due"})
        text = _text(item.get("text"), "a measure's text", MAX_MEASURE)
        if not text.strip():
            raise ContentError("a measure needs its text")
        found.append(Measure(text, _day(item.get("due"), "a measure's due date")))
    return found


def _only(body: Mapping[str, Any], allowed: set[str]) -> None:
    unknown = sorted(str(k) for k in body if k not in allowed)
    if unknown:
        raise ContentError(f"unknown key(s) {', '.join(unknown)}")


def _text(value: Any, what: str, limit: int) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise ContentError(f"{what} must be text of at most {limit} characters")
    return value


def _day(value: Any, what: str) -> date:
    try:
        if isinstance(value, str) and len(value) == 10:
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise ContentError(f"{what} must be a date (YYYY-MM-DD)")
