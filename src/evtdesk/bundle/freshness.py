"""Is this the newest bundle of the trainee the reader has seen, and does it follow it?

A trainee could send an older bundle again (one from before a refusal), or a bundle from a
logbook restored from a backup. Bundles of one logbook are numbered and each names the
previous one's manifest hash, so a reader who remembers what they verified can say so, as
a software updater refuses a rolled-back update. Nothing here makes a bundle invalid: it
is still what the trainee signed; the reader is told what it is. A number can be passed
by exporting again, so a newer bundle is also read against the contents of the last one
the reader kept (`evtdesk.exchange.history`): one that lost what he saw is
HISTORY_CHANGED.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

FIRST, SEEN, NEWER, OLDER, UNLINKED, FORKED, DOWNGRADED = (
    "first",
    "seen",
    "newer",
    "older",
    "unlinked",
    "forked",
    "downgraded",
)
# numbered newer, but it does not keep every entry the reader saw in the last bundle he
# kept: decided from both bundles' contents, by `evtdesk.exchange.history`
HISTORY_CHANGED = "history_changed"
WARNINGS = (OLDER, UNLINKED, FORKED, DOWNGRADED, HISTORY_CHANGED)
FORMAT_1 = "evtdesk-bundle/1"


class Remembered(Protocol):
    """What the reader's logbook remembers of a bundle it verified (store.SeenBundle)."""

    @property
    def sequence(self) -> int: ...
    @property
    def manifest_sha256(self) -> str: ...
    @property
    def chain_seq(self) -> int: ...
    @property
    def created(self) -> datetime: ...
    @property
    def format(self) -> str: ...


@dataclass(frozen=True)
class Freshness:
    state: str
    message: str
    last_seen: int | None = None  # the highest bundle number seen before

    @property
    def warning(self) -> bool:
        return self.state in WARNINGS


def _day(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d")


def freshness(
    manifest: Mapping[str, Any], manifest_sha256: str, seen: Sequence[Remembered]
) -> Freshness:
    """This bundle against the bundles of the same trainee key seen before."""
    sequence, previous = manifest["sequence"], manifest.get("previous_manifest_sha256")
    chain_seq = manifest["chain"]["seq"]
    if not seen:
        return Freshness(FIRST, "the first bundle of this trainee you have verified")
    latest = max(seen, key=lambda b: (b.sequence, b.chain_seq))
    if manifest.get("format") == FORMAT_1 and any(b.format != FORMAT_1 for b in seen):
        return Freshness(
            DOWNGRADED,
            "this is a format 1 bundle, but you had format 2 bundles from this trainee: "
            "its statements cannot be checked and its report is not tied to it; an EVTDesk "
            "that writes format 2 never writes format 1, so it was made by hand",
            latest.sequence,
        )
    same = next((b for b in seen if b.manifest_sha256 == manifest_sha256), None)
    if same is not None:
        newest = "" if same is latest else f"; you have since seen bundle {latest.sequence}"
        return Freshness(
            OLDER if newest else SEEN,
            f"you verified this bundle (number {sequence}) before{newest}",
            latest.sequence,
        )
    twin = next((b for b in seen if b.sequence == sequence), None)
    if twin is not None:
        return Freshness(
            FORKED,
            f"you saw another bundle numbered {sequence} (made {_day(twin.created)}), which "
            "differs from this one: the trainee's logbook was copied or restored from a "
            "backup since",
            latest.sequence,
        )
    if sequence < latest.sequence or chain_seq < latest.chain_seq:
        return Freshness(
            OLDER,
            f"this is bundle {sequence}, older than bundle {latest.sequence} you already saw "
            f"(made {_day(latest.created)}): a newer one exists",
            latest.sequence,
        )
    if sequence == latest.sequence + 1 and previous != latest.manifest_sha256:
        return Freshness(
            UNLINKED,
            f"it does not follow bundle {latest.sequence} you saw last (it names another "
            "previous bundle): the trainee's logbook was copied or restored since",
            latest.sequence,
        )
    skipped = (
        ""
        if sequence == latest.sequence + 1
        else f"; bundles {latest.sequence + 1}–{sequence - 1} were not shown to you"
    )
    return Freshness(
        NEWER, f"it follows bundle {latest.sequence} you saw last{skipped}", latest.sequence
    )
