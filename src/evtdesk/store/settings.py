"""Per-logbook settings (JSON values) and secrets (key material, never shown)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evtdesk.entries.privacy import IdentityNumberFound, screen
from evtdesk.store import chain
from evtdesk.store.base import RecordStore
from evtdesk.store.errors import LogbookError
from evtdesk.store.schema import (
    SecretRow,
    Setting,
)

# Settings that hold what a person typed and signed documents print: a site's readiness
# checklist (`quality.readiness.readiness_setting`, its evidence and notes) and the
# reference values (`quality.references.REFERENCES_SETTING`, each one's source). The store
# may not import `quality`: tests/privacy/test_text_everywhere.py checks the names agree.
FREE_TEXT_SETTINGS = {"readiness.site.": "readiness checklist", "quality.references": "reference"}


def _screen_strings(value: Any, where: str) -> None:
    """Every string in a setting's value (keys too), or LogbookError naming where it is."""
    if isinstance(value, str):
        try:
            screen(value, where)
        except IdentityNumberFound as error:
            raise LogbookError(f"{error} Nothing was saved.") from None
    elif isinstance(value, dict):
        for key, inner in value.items():
            _screen_strings(key, where)
            _screen_strings(inner, f"{where} {key}")
    elif isinstance(value, (list, tuple)):
        for inner in value:
            _screen_strings(inner, where)


def settings_in(session: Session) -> dict[str, Any]:
    return {row.key: json.loads(row.value) for row in session.scalars(select(Setting))}


class SettingStore(RecordStore):
    """Settings read and changed (each change an event); secrets written once."""

    def setting(self, key: str, default: Any = None) -> Any:
        with self._read() as session:
            return settings_in(session).get(key, default)

    def settings(self) -> dict[str, Any]:
        with self._read() as session:
            return settings_in(session)

    def set_setting(self, key: str, value: Any) -> None:
        """Keep `value` under `key`; a free-text setting holding a personal identity number
        is refused (`FREE_TEXT_SETTINGS`) and nothing is saved."""
        for prefix, label in FREE_TEXT_SETTINGS.items():
            if key.startswith(prefix):
                _screen_strings(value, label)
        with self._write() as session:
            row = session.get(Setting, key)
            before = json.loads(row.value) if row else None
            if row is None:
                session.add(Setting(key=key, value=json.dumps(value)))
            else:
                row.value = json.dumps(value)
            chain.append(session, "setting.set", key, {"before": before, "after": value})

    def secret(self, name: str) -> bytes | None:
        with self._read() as session:
            row = session.get(SecretRow, name)
            return row.value if row else None

    def set_secret(self, name: str, value: bytes) -> None:
        """Key material stays inside the encrypted file; the chain records only its name."""
        with self._write() as session:
            if session.get(SecretRow, name) is not None:
                raise LogbookError(f"The secret {name} exists and is never replaced.")
            session.add(SecretRow(name=name, value=value))
            chain.append(session, "secret.create", name, {})
