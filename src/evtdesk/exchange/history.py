"""Does a newer bundle keep what the reader saw in the one he kept before it?

`bundle.freshness` places a bundle by its number and the previous manifest it names. That
is not enough: a trainee who restores a backup from before a case her supervisor saw (or
rewrites her hash chain with the raw database key, recomputing every later hash) can add
entries and export until her bundle's number passes his. By number it is newer, and the
case is gone without a retraction. So the reader's logbook keeps the bytes of each bundle
it remembers (`seen_bundles.data`), and a newer bundle is read against the last one kept:
every entry he saw must still be there with every revision he saw (its id, number and
content), and every retraction he saw with its reason.

A bundle states its chain's head, not the chain's events, so the chain at the old head
cannot be recomputed from the new bundle. The part of the chain a bundle does show is
where each entry was made (`created_seq`): an entry he saw must have been made at the
same event, and an entry he did not see must not be placed inside the history he saw.

Both bundles are someone else's JSON: values are compared as they are, never trusted for
their type, and what is quoted is cut short and unprintable characters escaped.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from evtdesk.bundle.archive import BundleError, member_names, read_archive
from evtdesk.bundle.freshness import HISTORY_CHANGED, NEWER, Freshness
from evtdesk.bundle.manifest import (
    DATA,
    FORMAT,
    FORMAT_1,
    MANIFEST,
    MEMBERS_OF,
    STATEMENTS,
    sha256,
)
from evtdesk.bundle.untrusted_json import UntrustedJson, loads
from evtdesk.exchange.logbook_json import ENTRY_KEYS
from evtdesk.store import SeenBundle

VANISHED, CHANGED, RETRACTION, MOVED, INSERTED = (
    "vanished",
    "changed",
    "retraction",
    "moved",
    "inserted",
)
# what happened since the kept bundle, as a trainee's logbook may: what he has not read yet
NEW, AMENDED, RETRACTED = "new", "amended", "retracted"
NAMED = 20  # changes a sentence names before "and K more"
QUOTED = 40  # characters of an id, kind or date from a bundle a sentence quotes
_CONTENT = ("date", "role", "case_number", "notes", "site_id")


@dataclass(frozen=True)
class Change:
    """One entry whose history differs from what the reader saw (id, kind and date as
    the kept bundle showed them; `revision` the first revision that differs)."""

    entry_id: str
    kind: str
    day: str
    what: str  # VANISHED, CHANGED, RETRACTION, MOVED or INSERTED
    revision: int | None = None


@dataclass(frozen=True)
class History:
    """A new bundle against the last bundle of the same trainee the reader kept."""

    since_bundle: int
    changes: tuple[Change, ...] = ()
    problem: str = ""  # why the bundles could not be compared, if they could not
    # what she did since, as a logbook may (NEW, AMENDED, RETRACTED): what he has not seen
    since: tuple[Change, ...] = ()

    def since_count(self, what: str) -> int:
        return sum(1 for c in self.since if c.what == what)

    @property
    def changed(self) -> bool:
        return bool(self.changes)

    @property
    def sentence(self) -> str:
        """What the reader is told: the changes, the first NAMED by entry."""
        if self.problem:
            return f"its history was not compared with bundle {self.since_bundle}: {self.problem}"
        named = "; ".join(_said(c, self.since_bundle) for c in self.changes[:NAMED])
        more = len(self.changes) - NAMED
        rest = f"; and {more} more" if more > 0 else ""
        return (
            f"history changed since bundle {self.since_bundle} you saw: {named}{rest}. The "
            "trainee's logbook was restored from an older backup or rewritten since; a higher "
            "number does not make this bundle newer"
        )


@dataclass(frozen=True)
class _Entry:
    """One entry as a bundle shows it: each revision's content (kind and date as the
    bundle gives them, quoted only for an entry that is named)."""

    kind: Any
    day: Any
    revisions: dict[int, tuple[Any, ...]]
    retracted: bool
    reason: Any
    created_seq: int | None


def _said(change: Change, since: int) -> str:
    which = f"{change.kind} {change.day} (entry {change.entry_id})"
    return {
        VANISHED: f"{which} is gone",
        CHANGED: f"{which}: revision {change.revision} differs",
        RETRACTION: f"{which}: its retraction is undone or its reason changed",
        MOVED: f"{which}: made at another event of the hash chain",
        INSERTED: f"{which}: not in bundle {since}, yet placed within its hash chain",
    }[change.what]


def quoted(value: Any) -> str:
    """A value from a bundle as a sentence quotes it: at most QUOTED characters, every
    unprintable one escaped (a bundle's id must not steer the reader's terminal)."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text[: QUOTED + 1])
    return text[:QUOTED] + ("…" if len(text) > QUOTED else "")


def _whole(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _content(kind: Any, values: Mapping[str, Any], fields: Any) -> tuple[Any, ...]:
    """One revision: what the engine counts and the report shows, compared as JSON values
    (1 and 1.0 are one number; `true` for 1 is a type the typed reading of logbook.json
    refuses before anything is counted). The revision's reason and time are left out: a
    revision recorded again is the same case."""
    return (kind, fields, *(values.get(name) for name in _CONTENT))


def _entry(item: Mapping[str, Any]) -> _Entry:
    """Every revision the entry shows: its `history` (amended entries), then the current
    one, which is what counts where the two disagree."""
    kind = item.get("kind")
    revisions: dict[int, tuple[Any, ...]] = {}
    history = item.get("history")
    for old in history if isinstance(history, list) else []:
        number = _whole(old.get("revision")) if isinstance(old, dict) else None
        if number is not None:
            revisions[number] = _content(kind, old, old.get("fields"))
    fields = {k: v for k, v in item.items() if k not in ENTRY_KEYS}
    current = _whole(item.get("revision"))
    if current is not None:
        revisions[current] = _content(kind, item, fields)
    return _Entry(
        kind=kind,
        day=item.get("date"),
        revisions=revisions,
        retracted=item.get("retracted") is True,
        reason=item.get("retraction_reason"),
        created_seq=_whole(item.get("created_seq")),
    )


def _entries(logbook: Mapping[str, Any]) -> dict[str, dict[str, Any] | None]:
    """The entries as the bundle gives them, by id; None for an id given twice (an
    EVTDesk never writes that, and the reader cannot tell which of the two he is shown)."""
    found: dict[str, dict[str, Any] | None] = {}
    items = logbook.get("entries")
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        found[item["id"]] = None if item["id"] in found else item
    return found


def _difference(seen: _Entry, now: _Entry | None) -> tuple[str, int | None] | None:
    """The first way the entry he saw differs in the new bundle, if it does: what, and
    for a changed one the first revision that differs (None: the new bundle gives its id
    twice)."""
    if now is None:
        return CHANGED, max(seen.revisions, default=None)
    for number in sorted(seen.revisions):
        if now.revisions.get(number) != seen.revisions[number]:
            return CHANGED, number
    if seen.retracted and not (now.retracted and now.reason == seen.reason):
        return RETRACTION, None
    if None not in (seen.created_seq, now.created_seq) and seen.created_seq != now.created_seq:
        return MOVED, None
    return None


def _named(entry_id: str, entry: _Entry, what: str, revision: int | None = None) -> Change:
    return Change(quoted(entry_id), quoted(entry.kind), quoted(entry.day), what, revision)


def _changes(
    before: dict[str, dict[str, Any] | None], after: dict[str, dict[str, Any] | None]
) -> list[Change]:
    """Each entry he saw that is gone or not as he saw it. An entry given exactly as it
    was is passed at once (most are, and 50 000 are read on each side); an id the kept
    bundle gave twice is not compared: nothing certain was seen under it."""
    changes = []
    for entry_id, item in before.items():
        if item is None or (entry_id in after and after[entry_id] == item):
            continue
        seen = _entry(item)
        if entry_id not in after:
            changes.append(_named(entry_id, seen, VANISHED))
            continue
        now = after[entry_id]
        found = _difference(seen, None if now is None else _entry(now))
        if found is not None:
            changes.append(_named(entry_id, seen, *found))
    return changes


def compare(
    kept: Mapping[str, Any], new: Mapping[str, Any], since: int, since_chain_seq: int
) -> History:
    """The new bundle's logbook.json against the kept one's (bundle `since`, whose chain
    ended at event `since_chain_seq`): what he saw that changed, then what he did not see
    placed within that chain."""
    before, after = _entries(kept), _entries(new)
    inserted = [
        _named(entry_id, _entry(item), INSERTED)
        for entry_id, item in after.items()
        if entry_id not in before
        and item is not None
        and (made := _whole(item.get("created_seq"))) is not None
        and 0 < made <= since_chain_seq
    ]
    changes = _changes(before, after) + inserted
    unsure = {c.entry_id for c in changes}
    return History(since, tuple(changes), since=tuple(_done_since(before, after, unsure)))


def _done_since(
    before: dict[str, dict[str, Any] | None],
    after: dict[str, dict[str, Any] | None],
    unsure: set[str],
) -> list[Change]:
    """What the new bundle adds to what he saw, as a trainee's logbook may add it: entries
    he has not seen, a revision he has not seen, a retraction since. An entry whose
    history changed (`unsure`) is said among the changes instead."""
    found = []
    for entry_id, item in after.items():
        seen = before.get(entry_id)
        if item is None or item == seen or quoted(entry_id) in unsure:
            continue
        now = _entry(item)
        if entry_id not in before:
            found.append(_named(entry_id, now, NEW))
        elif seen is not None:
            was = _entry(seen)
            if now.retracted and not was.retracted:
                found.append(_named(entry_id, now, RETRACTED))
            elif max(now.revisions, default=0) > max(was.revisions, default=0):
                found.append(_named(entry_id, now, AMENDED, max(now.revisions)))
    return found


def kept_logbook(data: bytes, manifest_sha256: str) -> Mapping[str, Any]:
    """The logbook.json of a bundle the reader kept, from its bytes; ValueError says why
    it cannot be read (the archive damaged, or not the bundle that was remembered)."""
    try:
        names = member_names(data)
        members = read_archive(data, MEMBERS_OF[FORMAT if STATEMENTS in names else FORMAT_1])
        if sha256(members[MANIFEST]) != manifest_sha256:
            raise ValueError("the kept bytes are not the bundle you verified")
        manifest = loads(members[MANIFEST], "the kept manifest")
        files = manifest.get("files") if isinstance(manifest, dict) else None
        listed = [f for f in files if isinstance(f, dict)] if isinstance(files, list) else []
        if not any(
            f.get("name") == DATA and f.get("sha256") == sha256(members[DATA]) for f in listed
        ):
            raise ValueError("the kept logbook.json does not match its manifest")
        logbook = loads(members[DATA], "the kept logbook.json", unique_keys=False)
    except (BundleError, UntrustedJson) as error:
        raise ValueError(f"the kept bundle cannot be read ({error})") from None
    if not isinstance(logbook, dict):
        raise ValueError("the kept logbook.json is not an object")
    return logbook


def history_since(kept: tuple[SeenBundle, bytes] | None, new: Mapping[str, Any]) -> History | None:
    """The new bundle's logbook.json against the last bundle kept (`last_received`); None
    when none was kept. A kept bundle that cannot be read is said, and not compared."""
    if kept is None:
        return None
    seen, data = kept
    try:
        logbook = kept_logbook(data, seen.manifest_sha256)
    except ValueError as error:
        return History(seen.sequence, problem=str(error))
    return compare(logbook, new, seen.sequence, seen.chain_seq)


def judged(fresh: Freshness, history: History | None) -> Freshness:
    """The freshness with the history said: a bundle numbered newer that does not keep
    what the reader saw is HISTORY_CHANGED, a warning however high its number."""
    if history is None:
        return fresh
    if history.changed and fresh.state == NEWER:
        return replace(fresh, state=HISTORY_CHANGED, message=history.sentence)
    if history.changed or history.problem:
        return replace(fresh, message=f"{fresh.message}; {history.sentence}")
    return fresh


ACCEPTED_LISTED = 500  # changes named one by one in the acceptance's event, then counted


def accepted_changes(history: History) -> dict[str, Any]:
    """What a reader accepts with a history-changed bundle, for his logbook's chain: the
    bundle it was compared with, how many entries changed, and each (id, what, revision),
    the first ACCEPTED_LISTED of them (a restore can lose thousands; the count says so)."""
    return {
        "since_bundle": history.since_bundle,
        "count": len(history.changes),
        "changes": [
            [quoted(c.entry_id), c.what, c.revision] for c in history.changes[:ACCEPTED_LISTED]
        ],
    }


def _listed(history: History, whats: tuple[str, ...], detailed: bool) -> list[dict[str, Any]]:
    return [
        {"id": c.entry_id, "kind": c.kind, "date": c.day}
        | ({"what": c.what, "revision": c.revision} if detailed else {})
        for c in history.changes
        if c.what in whats
    ]


def history_json(history: History | None) -> dict[str, Any] | None:
    """`history` in `verify --json` (docs/bundle-format.md): every change, not only the
    ones the sentence names."""
    if history is None:
        return None
    return {
        "changed": history.changed,
        "since_bundle": history.since_bundle,
        "vanished": _listed(history, (VANISHED,), detailed=False),
        "changed_entries": _listed(history, (CHANGED, RETRACTION, MOVED), detailed=True),
        "inserted": _listed(history, (INSERTED,), detailed=False),
        "problem": history.problem or None,
        "since": {
            what: [
                {"id": c.entry_id, "kind": c.kind, "date": c.day}
                for c in history.since
                if c.what == what
            ]
            for what in (NEW, AMENDED, RETRACTED)
        },
    }
