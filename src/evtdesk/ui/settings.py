"""Every preference the app knows, with its default, declared once.

Preferences that belong to the trainee (language, auto-lock, backup folder, default
site) are stored *in the logbook* through `records.set_setting`, so they travel with it
and are encrypted with it. Only what describes this computer (window geometry, the list
of recent logbooks, the language of the start screen) lives in QSettings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from evtdesk.store import Logbook

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"


@dataclass(frozen=True)
class Preference:
    key: str
    default: Any
    kind: type

    def coerce(self, value: Any) -> Any:
        """The stored value as the declared type, or the default if it does not fit."""
        if value is None:
            return self.default
        try:
            if self.kind is int:
                number = int(value)
                return number if number >= 1 else self.default
            if self.kind is str:
                return str(value)
        except (TypeError, ValueError):
            return self.default
        return value


LANGUAGE = Preference("language", DEFAULT_LANGUAGE, str)
AUTOLOCK_MINUTES = Preference("autolock_minutes", 5, int)
BACKUP_FOLDER = Preference("backup.folder", "", str)
DEFAULT_SITE = Preference("default_site_id", None, int)

PREFERENCES: tuple[Preference, ...] = (LANGUAGE, AUTOLOCK_MINUTES, BACKUP_FOLDER, DEFAULT_SITE)

# QSettings keys (this computer, not this logbook)
QS_RECENT = "recent_logbooks"
# the recent logbooks that are supervisors' (learnt when each is unlocked): a double-
# clicked bundle is for one of these, an attestation for a trainee's
QS_SUPERVISOR_LOGBOOKS = "supervisor_logbooks"
# for each of those, the trainee keys (public key lines, nothing secret) it trusted when
# last unlocked here: a double-clicked bundle is offered to the one that trusts its signer
QS_TRAINEE_KEYS = "trainee_keys_by_logbook"
QS_GEOMETRY = "window/geometry"
QS_STATE = "window/state"
QS_LANGUAGE = "ui/language"
RECENT_LIMIT = 8


def read(logbook: Logbook) -> dict[str, Any]:
    """All preferences of the logbook, defaults filled in."""
    stored = logbook.records.settings()
    values = {p.key: p.coerce(stored.get(p.key)) for p in PREFERENCES}
    if values[LANGUAGE.key] not in LANGUAGES:
        values[LANGUAGE.key] = DEFAULT_LANGUAGE
    return values


def write(logbook: Logbook, values: dict[str, Any]) -> list[str]:
    """Store the values that differ from what the logbook holds; return their keys.

    Each setting written is a link in the hash chain, so values already stored are
    skipped; a value equal to the default is still stored when the logbook has none
    (the trainee chose it, e.g. Swedish while the app was showing English)."""
    stored = logbook.records.settings()
    changed = []
    for pref in PREFERENCES:
        if pref.key in values:
            value = pref.coerce(values[pref.key]) if values[pref.key] is not None else None
            if pref.key not in stored or pref.coerce(stored[pref.key]) != value:
                logbook.records.set_setting(pref.key, value)
                changed.append(pref.key)
    return changed
