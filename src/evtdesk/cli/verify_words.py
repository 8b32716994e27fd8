"""The words of `evtdesk verify`'s text output, in Swedish and English.

Apart from `words` (the other commands' lines) because there are many and they are read
together: the verdict, the facts, the statements with their standing. The reasons a
bundle is refused come from the bundle checks and are printed as they are.
"""

from __future__ import annotations

from typing import Any

_TEXT: dict[str, tuple[str, str]] = {
    "valid": (
        "GILTIGT: paket {id} från {who}, signerat med {signer}; alla kontroller godkändes.",
        "VALID: bundle {id} of {who}, signed with {signer}; every check passed.",
    ),
    "untrusted": (
        "INTE BETROTT: paket {id} från {who} är oskadat men inte verifierat:",
        "NOT TRUSTED: bundle {id} of {who} is intact but not verified:",
    ),
    "invalid": ("OGILTIGT: paketet avvisas:", "INVALID: the bundle is refused:"),
    "from_command_line": ("nyckeln som gavs med --trust", "the key given with --trust"),
    "trusted_as": ("nyckeln du litar på som {name}", "the key you trust as {name}"),
    "not_trusted": (
        "ingen nyckel du har markerat som betrodd",
        "not a key you have marked as trusted",
    ),
    "named_key": (
        "Manifestet anger nyckeln {fp}, som är {trust}; ett ogiltigt paket bevisar inget om "
        "vem som gjorde det.",
        "The manifest names the key {fp}, which is {trust}; an invalid bundle proves nothing "
        "about who made it.",
    ),
    "fingerprint": (
        "Signerarens nyckels fingeravtryck: {fp}",
        "Signer's key fingerprint: {fp}",
    ),
    "facts": (
        "Paket {sequence}, skapat {created}: {count} registreringar, kedjehuvud {head}… "
        "(händelse {seq})",
        "Bundle {sequence}, made {created}: {count} entries, chain head {head}… (event {seq})",
    ),
    "seen": ("Sett tidigare: {message}.", "Seen before: {message}."),
    "since": (
        "Sedan paket {n} som du såg: {new} nya, {amended} ändrade och {retracted} "
        "återkallade registreringar (--json listar dem).",
        "Since bundle {n} you saw: {new} new, {amended} amended and {retracted} retracted "
        "entries (--json lists them).",
    ),
    "warning": ("VARNING: {warning}.", "WARNING: {warning}."),
    "proposals": (
        "Aspiranten föreslår dessa anpassningar (signera en med: evtdesk attest … --adapt DELMÅL):",
        "The trainee proposes these adaptations (sign one with: evtdesk attest … --adapt ITEM):",
    ),
    "no_contents": (
        "Innehållet kan inte visas: {problem}",
        "The contents cannot be shown: {problem}",
    ),
    "progress": (
        "Måluppfyllelse som du ser den (bara intyg som gäller för dig räknas): {parts}",
        "Progress as you see it (counting only statements that count for you): {parts}",
    ),
    "no_statements": ("Inga intyg från handledare.", "No supervisor's statements."),
    "statements": (
        "Intyg ({n}): {counted} gäller för dig, {rest} gäller inte",
        "Statements ({n}): {counted} count for you, {rest} do not",
    ),
    "approved": ("godkänt", "approved"),
    "not_approved": ("INTE godkänt", "NOT approved"),
    "undated": ("odaterat", "undated"),
    "counts": ("gäller     ", "counts     "),
    "not_counted": ("gäller inte", "not counted"),
    "reports": ("rapport    ", "report     "),
    "report_only": (
        "en rapport: undertecknarens roll får inte avgöra detta (huvudhandledaren avgör); "
        "räknas inte",
        "a report: the signer's role may not decide this (the main supervisor decides); "
        "not counted",
    ),
    "you": ("du", "you"),
    "claims": ("utger sig för att vara {name}", "claims to be {name}"),
    "left_out": (
        "utelämnat ur paketet; räknat från din egen loggbok",
        "left out of the bundle; counted from your own logbook",
    ),
    "key": ("nyckel {fp}: ", "key {fp}: "),
    # a statement's standing (`bundle.standing`)
    "own": ("ditt", "yours"),
    "trusted": ("betrott", "trusted"),
    "wrong_role": ("nyckeln är betrodd bara som aspirants", "key trusted only as a trainee's"),
    "unknown_key": ("nyckel du inte litar på", "key you do not trust"),
    "out_of_term": (
        "signerat utanför den period du litar på nyckeln",
        "signed outside the term you trust the key for",
    ),
    "invalid_standing": ("OGILTIGT", "INVALID"),
    "unverifiable": (
        "kan inte kontrolleras (paket av format 1)",
        "cannot be checked (format 1 bundle)",
    ),
}


def vsay(language: str, key: str, **values: Any) -> str:
    """The sentence `key` of the verify output in `language`, filled with `values`."""
    swedish, english = _TEXT[key]
    return (swedish if language == "sv" else english).format(**values)


def standing_word(standing: str, language: str) -> str:
    key = "invalid_standing" if standing == "invalid" else standing
    return vsay(language, key) if key in _TEXT else standing
