"""The supervisor's side: open a trainee's bundle, verdict first, then the contents.

The archive is verified before anything in it is used; only a bundle whose files check
out has its `logbook.json` turned into a snapshot and evaluated against the curriculum
it names (which the supervisor's EVTDesk must have).
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from typing import Any

from evtdesk.bundle.verify import Verdict, verify_bundle
from evtdesk.curriculum import Curriculum, CurriculumError, evaluate, load_curriculum
from evtdesk.curriculum.progress import Progress
from evtdesk.exchange.keys import trusted_for_bundles
from evtdesk.logbook_json import snapshot_from_logbook_json
from evtdesk.model import LogbookSnapshot
from evtdesk.store import Logbook


@dataclass(frozen=True)
class BundleView:
    verdict: Verdict
    snapshot: LogbookSnapshot | None
    progress: Progress | None
    manifest: dict[str, Any] | None
    problem: str = ""  # why the contents could not be shown, if they could not

    @property
    def manifest_sha256(self) -> str:
        return self.verdict.manifest_sha256


def open_bundle(
    data: bytes, logbook: Logbook | None, language: str = "sv", today: date | None = None
) -> BundleView:
    """Verify `data` against the logbook's trusted keys; raises UnreadableBundle for a
    file that is not a bundle at all."""
    trusted = trusted_for_bundles(logbook) if logbook is not None else []
    verdict = verify_bundle(data, trusted)
    return view_of(verdict, language, today)


def view_of(verdict: Verdict, language: str = "sv", today: date | None = None) -> BundleView:
    if verdict.logbook is None:
        return BundleView(verdict, None, None, verdict.manifest)
    try:
        snapshot = snapshot_from_logbook_json(verdict.logbook)
        curriculum = curriculum_made_for(snapshot.curriculum_id, verdict.manifest)
    except (ValueError, CurriculumError) as error:
        return BundleView(verdict, None, None, verdict.manifest, str(error))
    progress = evaluate(curriculum, snapshot, today or date.today(), language)
    return BundleView(verdict, snapshot, progress, verdict.manifest)


def curriculum_made_for(curriculum_id: str, manifest: dict[str, Any] | None) -> Curriculum:
    """The curriculum version the bundle was made for, where this EVTDesk ships it;
    otherwise the newest of that id (the view names the version it was made for)."""
    version = ((manifest or {}).get("curriculum") or {}).get("version")
    if version:
        with suppress(CurriculumError):
            return load_curriculum(f"{curriculum_id}@{version}")
    return load_curriculum(curriculum_id)
