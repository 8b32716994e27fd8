"""Per-logbook settings (JSON values) and secrets (key material, never shown)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evtdesk.store import chain
from evtdesk.store.base import RecordStore
from evtdesk.store.errors import LogbookError
from evtdesk.store.schema import (
    SecretRow,
    Setting,
)


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
