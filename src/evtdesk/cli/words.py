"""What the commands themselves say, in Swedish and English (`evtdesk.language` picks).

One table, so a translator sees every sentence at once. A sentence about a count has a
`_one` variant for exactly one ("1 entry", not "1 entries"). The refusals the store and
the bundle checks make come with their own words and are passed on as they are.
"""

from __future__ import annotations

from typing import Any

from evtdesk.language import RULE_HELP as _RULE_HELP

_TEXT: dict[str, tuple[str, str]] = {
    "imported": ("{n} registreringar importerades.", "Imported {n} entries."),
    "imported_one": ("1 registrering importerades.", "Imported 1 entry."),
    "listed": ("{n} registreringar", "{n} entries"),
    "listed_one": ("1 registrering", "1 entry"),
    "note": ("obs", "note"),
    "fingerprint": ("Fingeravtryck: {fingerprint}", "Fingerprint: {fingerprint}"),
    "exists": (
        "{path} finns redan; lägg till --force för att ersätta den.",
        "{path} already exists; add --force to replace it.",
    ),
    "written": ("Paket {n} skrivet: {path}", "Bundle {n} written: {path}"),
    "bundle_id": ("Paketets id: {id}", "Bundle id: {id}"),
    "manifest": ("Manifestets SHA-256: {sha}", "Manifest SHA-256: {sha}"),
    "signed_by": (
        "Signerat med nyckeln med fingeravtrycket: {fingerprint}",
        "Signed by key with fingerprint: {fingerprint}",
    ),
    "interrupted": (
        "avbrutet; inget halvskrivet sparades.",
        "interrupted; nothing half-written was kept.",
    ),
    "language_help": (
        "sv eller en (standard: loggbokens språkinställning, annars systemets)",
        f"sv or en ({_RULE_HELP})",
    ),
}


def say(language: str, key: str, **values: Any) -> str:
    """The sentence `key` in `language` (sv or en), filled with `values`; with `n=1`,
    its singular form when it has one."""
    if values.get("n") == 1 and f"{key}_one" in _TEXT:
        key = f"{key}_one"
    swedish, english = _TEXT[key]
    return (swedish if language == "sv" else english).format(**values)


LANGUAGE_HELP = _TEXT["language_help"][1]
"""The `--language` option's help (argparse's help is English, like its own words)."""
