"""Facts declared and signed by the person they describe, not typed by the trainee.

The guidance judges some requirements from facts about people and places: the main
supervisor's own experience (S1), a unit's neurointervention, volumes and supervisor
ratio (NI.SITE, H1, H2), an EVT-only hospital's readiness (H1–H11). The trainee can type
them, but she is the one they favour; what decides is the word of the person who answers
for them, signed:

* `QUALIFICATION` — the main supervisor's own: years as a specialist in neurointervention,
  EVT as independent operator, an academic title and a high-volume centre if any;
* `SITE:<site id>` — a unit as the supervisor responsible there declares it: its name (as
  the logbook named it when he signed, so a renamed site does not carry his word), NI,
  yearly procedures and EVT, interventionists, supervising neurointerventionists and
  trainees;
* `READINESS:<site id>` — a hospital's readiness, criterion by criterion (`met`, `partly`,
  `not_met`, `unknown`), as the region's or hospital's representative declares it;
* `VALIDATION` — cases a supervisor supervised, validated (`cases`) or rejected with a
  reason (`rejected`), each pinned by its content (`<entry id>#<content digest>`), so a
  case amended since shows as changed, not as validated;
* `HANDOVER` — a main supervisor hands the training over: `from_key` (the one leaving),
  `to_key` (the one taking over, both public-key lines) and the day `on`; signed by
  either of them;
* `REPORT` — a local co-supervisor's report to the main supervisor (S4: "en lokal
  bihandledare som stödjer samt rapporterar till huvudhandledaren"): the period it covers
  (`from`, `until`) and the unit (`unit`, as she names it); what she saw is the
  statement's comment. It decides nothing; he reads it in his view.

An approved statement declares; a refused one withdraws what the signer declared before.
Who may declare which is the curriculum's `[[authority]]` rule, as for every statement.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

QUALIFICATION = "QUALIFICATION"
HANDOVER = "HANDOVER"
VALIDATION = "VALIDATION"
REPORT = "REPORT"
MAX_CASES = 500
MAX_REASON = 1000
# `<entry id>#<content digest>`: the whole SHA-256, or its first 16 hex digits as
# EVTDesk 2026.11 wrote it (`curriculum.approval.pin_matches`)
_CASE_PIN = re.compile(r"^[A-Za-z0-9-]{1,64}#(?:[0-9a-f]{64}|[0-9a-f]{16})$")
SITE_PREFIX = "SITE:"
READINESS_PREFIX = "READINESS:"
STATUSES = ("met", "partly", "not_met", "unknown")
MAX_NAME = 200
MAX_COUNT = 100_000
MAX_YEARS = 80
_SITE_ID = re.compile(r"^[1-9][0-9]{0,8}$")
_KEY_LINE = re.compile(r"^[A-Za-z0-9+/]{40,120}={0,2}$")
_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_CRITERION = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{0,31}$")
MAX_CRITERIA = 100

# The facts of each kind and what each must be: ("count", bound), ("years", bound),
# ("flag", None), ("name", length), ("key", None) a public-key line, ("day", None).
QUALIFICATION_FACTS: dict[str, tuple[str, int | None]] = {
    "years_specialist_ni": ("years", MAX_YEARS),
    "evt_independent": ("count", MAX_COUNT),
    "academic_title": ("name", MAX_NAME),
    "high_volume_centre": ("flag", None),
}
SITE_FACTS: dict[str, tuple[str, int | None]] = {
    "hospital": ("name", MAX_NAME),
    "unit": ("name", MAX_NAME),
    "has_neurointervention": ("flag", None),
    "procedures_per_year": ("count", MAX_COUNT),
    "evt_per_year": ("count", MAX_COUNT),
    "interventionists": ("count", MAX_COUNT),
    "supervisors": ("count", MAX_COUNT),
    "trainees": ("count", MAX_COUNT),
}
READINESS_FACTS: dict[str, tuple[str, int | None]] = {
    "hospital": ("name", MAX_NAME),
    "unit": ("name", MAX_NAME),
}
REPORT_FACTS: dict[str, tuple[str, int | None]] = {
    "from": ("day", None),
    "until": ("day", None),
    "unit": ("name", MAX_NAME),
}
HANDOVER_FACTS: dict[str, tuple[str, int | None]] = {
    "from_key": ("key", None),
    "to_key": ("key", None),
    "on": ("day", None),
}
_REQUIRED = {
    QUALIFICATION: ("years_specialist_ni", "evt_independent"),
    HANDOVER: ("from_key", "to_key", "on"),
    REPORT: ("from", "until"),
    SITE_PREFIX: ("hospital", "unit"),
    READINESS_PREFIX: ("hospital", "unit", "criteria"),
}


class DeclarationError(ValueError):
    """A declaration no EVTDesk writes or reads; the message says what is wrong."""


@dataclass(frozen=True)
class Declaration:
    """What one signed declaration states. `kind` is `QUALIFICATION`, `SITE:` or
    `READINESS:`; `facts` are the checked values (a fact not declared is absent);
    `criteria` is a readiness declaration's status per criterion."""

    kind: str
    facts: Mapping[str, Any]
    criteria: Mapping[str, str] | None = None
    cases: tuple[str, ...] = ()  # VALIDATION: the pins validated
    rejected: Mapping[str, str] | None = None  # VALIDATION: pin -> the reason

    def fact(self, name: str) -> Any:
        return self.facts.get(name)


def declaration_kind(subject: str) -> str | None:
    """`QUALIFICATION`, `HANDOVER`, `VALIDATION`, `REPORT`, `SITE:` or `READINESS:` for a
    declaration's subject."""
    if subject in (QUALIFICATION, HANDOVER, VALIDATION, REPORT):
        return subject
    for prefix in (SITE_PREFIX, READINESS_PREFIX):
        if subject.startswith(prefix) and _SITE_ID.fullmatch(subject.removeprefix(prefix)):
            return prefix
    return None


def site_of(subject: str) -> int | None:
    """The site id a `SITE:` or `READINESS:` subject names, else None."""
    kind = declaration_kind(subject)
    if kind in (SITE_PREFIX, READINESS_PREFIX):
        return int(subject.removeprefix(kind or ""))
    return None


def declaration_to_json(declaration: Declaration) -> dict[str, Any]:
    if declaration.kind == VALIDATION:
        return {"cases": list(declaration.cases), "rejected": dict(declaration.rejected or {})}
    body = dict(declaration.facts)
    if declaration.criteria is not None:
        body["criteria"] = dict(declaration.criteria)
    return body


def declaration_from_json(subject: str, body: Any) -> Declaration:
    """The declaration a signed row carries, every fact checked; DeclarationError when it
    is not one EVTDesk would write for `subject`."""
    kind = declaration_kind(subject)
    if kind is None:
        raise DeclarationError(f"{subject} carries no declaration")
    if not isinstance(body, Mapping):
        raise DeclarationError("a declaration is an object")
    if kind == VALIDATION:
        return _validation(body)
    allowed = {
        QUALIFICATION: QUALIFICATION_FACTS,
        SITE_PREFIX: SITE_FACTS,
        HANDOVER: HANDOVER_FACTS,
        REPORT: REPORT_FACTS,
    }.get(kind, READINESS_FACTS)
    unknown = sorted(str(k) for k in body if k not in allowed and k != "criteria")
    if unknown or (kind != READINESS_PREFIX and "criteria" in body):
        raise DeclarationError(f"unknown key(s) {', '.join(unknown) or 'criteria'}")
    missing = [k for k in _REQUIRED[kind] if k not in body]
    if missing:
        raise DeclarationError(f"the declaration needs {', '.join(missing)}")
    facts = {name: _fact(name, body[name], *allowed[name]) for name in allowed if name in body}
    criteria = _criteria(body["criteria"]) if kind == READINESS_PREFIX else None
    if kind == HANDOVER and facts["from_key"] == facts["to_key"]:
        raise DeclarationError("a hand-over goes from one key to another")
    if kind == REPORT and facts["until"] < facts["from"]:
        raise DeclarationError("a report's period ends on or after the day it starts")
    return Declaration(kind, facts, criteria)


def _fact(name: str, value: Any, shape: str, bound: int | None) -> Any:
    if shape == "flag":
        if not isinstance(value, bool):
            raise DeclarationError(f"{name} must be true or false")
        return value
    if shape == "key":
        if not isinstance(value, str) or not _KEY_LINE.fullmatch(value) or not _is_key(value):
            raise DeclarationError(f"{name} must be a public key line")
        return value
    if shape == "day":
        try:
            if isinstance(value, str) and _DAY.fullmatch(value):
                date.fromisoformat(value)
                return value
        except ValueError:
            pass
        raise DeclarationError(f"{name} must be a date (YYYY-MM-DD)")
    if shape == "name":
        if not isinstance(value, str) or len(value) > (bound or MAX_NAME):
            raise DeclarationError(f"{name} must be text of at most {bound} characters")
        return value
    number_ok = isinstance(value, int | float) and not isinstance(value, bool)
    if shape == "count":
        number_ok = number_ok and isinstance(value, int)
    if not number_ok or not math.isfinite(value) or not 0 <= value <= (bound or 0):
        whole = "a whole number" if shape == "count" else "a number"
        raise DeclarationError(f"{name} must be {whole} from 0 to {bound}")
    return value


def _is_key(line: str) -> bool:
    """Whether `line` is a minisign Ed25519 public key as EVTDesk writes it (the algorithm
    `Ed`, an 8-byte key id and 32 bytes of key), in its one canonical spelling, so a key
    cannot be named twice in two spellings (a padded one that is "another" key)."""
    try:
        raw = base64.b64decode(line.encode("ascii"), validate=True)
    except (ValueError, binascii.Error):
        return False
    return len(raw) == 42 and raw[:2] == b"Ed" and base64.b64encode(raw).decode() == line


def _criteria(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping) or not 0 < len(value) <= MAX_CRITERIA:
        raise DeclarationError(f"criteria must be an object of 1 to {MAX_CRITERIA} statuses")
    out = {}
    for key, status in value.items():
        if not isinstance(key, str) or not _CRITERION.fullmatch(key):
            raise DeclarationError(f"criterion {key!r} is not an item id")
        if status not in STATUSES:
            raise DeclarationError(f"{key} must be one of {', '.join(STATUSES)}")
        out[key] = status
    return out


def _validation(body: Mapping[str, Any]) -> Declaration:
    """Validated pins (sorted, each once) and rejected pins with their reasons; at least
    one case, none both validated and rejected."""
    unknown = sorted(str(k) for k in body if k not in ("cases", "rejected"))
    if unknown:
        raise DeclarationError(f"unknown key(s) {', '.join(unknown)}")
    cases, rejected = body.get("cases", []), body.get("rejected", {})
    if not isinstance(cases, list) or not isinstance(rejected, Mapping):
        raise DeclarationError("cases is a list and rejected an object")
    if not 0 < len(cases) + len(rejected) <= MAX_CASES:
        raise DeclarationError(f"a validation names 1 to {MAX_CASES} cases")
    pins = [*cases, *rejected]
    if not all(isinstance(c, str) and _CASE_PIN.fullmatch(c) for c in pins):
        raise DeclarationError("a case is named <entry id>#<content digest>")
    if cases != sorted(set(cases)) or set(cases) & set(rejected):
        raise DeclarationError("the cases are listed sorted, each once")
    reasons = {}
    for pin, reason in rejected.items():
        if not isinstance(reason, str) or not reason.strip() or len(reason) > MAX_REASON:
            raise DeclarationError(f"a rejected case needs its reason (at most {MAX_REASON})")
        reasons[pin] = reason
    return Declaration(VALIDATION, {}, None, tuple(cases), reasons)
