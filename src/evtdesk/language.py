"""Which language EVTDesk speaks: one rule for the app and the command line.

The language chosen in the logbook's settings (Settings ▸ Language) when there is a logbook
and it has one, else the system's: Swedish for a Swedish locale, English for every other
one, including the bare `C`/`POSIX` locale of servers and containers. An explicit
`--language` overrides both.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from typing import Any

LANGUAGES = ("sv", "en")
SETTING_KEY = "language"
"""The logbook setting that holds the trainee's choice (as `ui.settings.LANGUAGE`)."""

RULE_HELP = "default: the logbook's language setting, else the system's"


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """`sv` for a Swedish locale, else `en`. The POSIX variables first, in their order
    of precedence (LC_ALL, LC_MESSAGES, LANG); where none is set (Windows, a macOS app),
    the locale Python finds."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return _of(value)
    try:
        found = locale.getlocale()[0] or ""
    except ValueError:
        found = ""
    return _of(found)


def _of(name: str) -> str:
    return "sv" if name.lower().startswith(("sv", "swedish")) else "en"


def chosen(explicit: str | None, logbook_settings: Mapping[str, Any] | None = None) -> str:
    """The language to speak: `explicit` when given, else the logbook's setting when it
    holds a known one, else the system's."""
    if explicit in LANGUAGES:
        return str(explicit)
    stored = (logbook_settings or {}).get(SETTING_KEY)
    if stored in LANGUAGES:
        return str(stored)
    return system_language()
