"""The supervisor's side: open a trainee's bundle, verdict first, then the contents.

The archive is verified before anything in it is used; only a bundle whose files check
out has its `logbook.json` turned into a snapshot and evaluated against the curriculum
it names (which the supervisor's EVTDesk must have). What supervisors said is judged
statement by statement against the reader's keys (`evtdesk.bundle.standing`): only the
reader's own statements and those of keys the reader trusts as supervisor count in the
progress shown, whatever names the bundle carries. With the reader's logbook, the bundle
is also placed among the trainee's bundles seen before (`evtdesk.bundle.freshness`), and
a newer one is read against the last of them the reader kept (`evtdesk.exchange.history`).
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from evtdesk.bundle.attestation import AttestationRefused, parse_attestation
from evtdesk.bundle.freshness import (
    FIRST,
    HISTORY_CHANGED,
    NEWER,
    UNLINKED,
    Freshness,
    freshness,
)
from evtdesk.bundle.standing import (
    JudgedStatement,
    Reader,
    counted_attestations,
    fingerprint_of,
    judge_statements,
    unverifiable_statements,
)
from evtdesk.bundle.verify import Verdict, verify_bundle
from evtdesk.curriculum import Curriculum, CurriculumError, evaluate
from evtdesk.curriculum.authority import authority_of, judge
from evtdesk.curriculum.loader import load_shipped
from evtdesk.curriculum.progress import Progress
from evtdesk.curriculum.site_rules import acting_main_supervisors
from evtdesk.exchange.history import History, accepted_changes, history_since, judged
from evtdesk.exchange.keys import own_role, trusted_for_bundles
from evtdesk.exchange.logbook_json import snapshot_from_logbook_json
from evtdesk.model import LogbookSnapshot, TrustedKey
from evtdesk.model.statements import NO_AUTHORITY
from evtdesk.signing.minisign import public_key_line, public_of
from evtdesk.store import Logbook, SeenBundle
from evtdesk.store.exports import KeptStatement


@dataclass(frozen=True)
class BundleView:
    verdict: Verdict
    snapshot: LogbookSnapshot | None
    progress: Progress | None
    manifest: dict[str, Any] | None
    problem: str = ""  # why the contents could not be shown, if they could not
    statements: tuple[JudgedStatement, ...] = ()
    freshness: Freshness | None = None  # None without the reader's logbook
    history: History | None = None  # None unless a newer bundle met a kept one
    # the keys that decide as main supervisor in this view, as "name (fingerprint)": the
    # guidance has one, so two are said (`acting_main_supervisors`)
    main_supervisors: tuple[str, ...] = ()

    @property
    def manifest_sha256(self) -> str:
        return self.verdict.manifest_sha256

    @property
    def warnings(self) -> tuple[str, ...]:
        """What the reader must see beside the verdict: a name that differs from the one
        the key was trusted as, an older or unlinked bundle, statements left out."""
        found = list(self.verdict.warnings)
        if self.freshness is not None and self.freshness.warning:
            found.append(self.freshness.message)
        if len(self.main_supervisors) > 1:
            found.append(
                f"{len(self.main_supervisors)} keys decide as main supervisor: "
                f"{'; '.join(self.main_supervisors)}. The guidance has one: either a "
                "hand-over you have not seen (the one leaving signs it with attest "
                "--hand-over-to, or the one taking over with --take-over-from), or end one "
                "key's term (trust --retire)"
            )
        left_out = [s for s in self.statements if not s.carried]
        if left_out:
            found.append(
                f"the bundle leaves out {len(left_out)} statement(s) you signed or kept from "
                "an earlier bundle; they are counted from your own logbook"
            )
        return tuple(found)


def open_bundle(
    data: bytes,
    logbook: Logbook | None,
    language: str = "sv",
    today: date | None = None,
    extra_trusted: tuple[TrustedKey, ...] = (),
    remember: bool = True,
    now: datetime | None = None,
    accept_history: bool = False,
) -> BundleView:
    """Verify `data` against the logbook's trusted keys (and `extra_trusted`); raises
    UnreadableBundle for a file that is not a bundle at all. With a logbook, a valid
    bundle is remembered (unless `remember` is False) after its freshness is judged.
    `accept_history`: the reader has read what a history-changed bundle no longer keeps
    and takes it as the one the next is read against (`_place`)."""
    trusted = [*extra_trusted, *(trusted_for_bundles(logbook) if logbook is not None else [])]
    moment = now or datetime.now(UTC)
    verdict = verify_bundle(data, trusted, moment)
    reader = Reader(
        own_key=public_of(logbook.signing_key()) if logbook is not None else None,
        own_name=logbook.owner_name if logbook is not None else "",
        trusted=trusted,
        now=moment.astimezone(UTC).replace(tzinfo=None),
        own_role=(
            own_role(logbook, public_key_line(verdict.signer))
            if logbook is not None and verdict.signer is not None
            else "supervisor"
        ),
    )
    remembered: list[bytes] = []
    kept: list[bytes] = []
    fresh, history = None, None
    if logbook is not None and verdict.signer is not None and verdict.logbook is not None:
        trainee_key = public_key_line(verdict.signer)
        remembered = [i.source for i in logbook.records.issued_attestations(trainee_key)]
        kept = [k.source for k in logbook.records.kept_statements(trainee_key)]
        if verdict.valid:
            fresh, history = _place(logbook, verdict, trainee_key, remember, data, accept_history)
    view = view_of(verdict, language, today, reader, remembered, fresh, kept)
    return replace(view, history=history)


def remember_bundle(logbook: Logbook, verdict: Verdict, data: bytes) -> None:
    """Remember (and keep) a valid bundle that continues the ones seen, after the fact: the
    command line verifies without remembering and remembers once it has signed, so a
    refused `attest` leaves the supervisor's logbook as it was."""
    if verdict.valid and verdict.signer is not None and verdict.manifest is not None:
        _place(logbook, verdict, public_key_line(verdict.signer), True, data)


def _place(
    logbook: Logbook,
    verdict: Verdict,
    trainee_key: str,
    remember: bool,
    data: bytes,
    accept_history: bool = False,
) -> tuple[Freshness, History | None]:
    """Judge the bundle against those seen before, and a newer or unlinked one's contents
    against the last one kept, then remember it (and keep its bytes) if it continues them
    (an older, forked, unlinked or history-changed bundle is not remembered, so the next
    one is still judged against the line and the contents the reader first saw; the
    statements it carried are kept all the same, since they were shown to him).

    A trainee who lost her disk and restored an old backup honestly makes every later
    bundle "history changed" against the last one he kept, for ever. So the reader may
    accept one (`accept_history`, only a history-changed bundle, only remembering): it
    is kept as the one the next is read against, and the changes he accepted (each
    vanished or changed entry) go into his logbook's hash chain with it, so his logbook
    says what he let go and when."""
    manifest = verdict.manifest
    assert manifest is not None and verdict.created is not None
    seen = logbook.records.seen_bundles(trainee_key)
    fresh, history = freshness(manifest, verdict.manifest_sha256, seen), None
    if fresh.state in (NEWER, UNLINKED) and verdict.logbook is not None:
        history = history_since(logbook.records.last_received(trainee_key), verdict.logbook)
        fresh = judged(fresh, history)
    accepting = accept_history and fresh.state == HISTORY_CHANGED and history is not None
    if remember and (fresh.state in (FIRST, NEWER) or accepting):
        logbook.records.record_seen_bundle(
            SeenBundle(
                signer_key=trainee_key,
                bundle_id=manifest["bundle_id"],
                format=manifest["format"],
                sequence=manifest["sequence"],
                manifest_sha256=verdict.manifest_sha256,
                previous_manifest_sha256=manifest.get("previous_manifest_sha256"),
                chain_seq=manifest["chain"]["seq"],
                chain_head=manifest["chain"]["head"],
                entry_count=manifest["chain"]["entry_count"],
                created=verdict.created.replace(tzinfo=None),
            ),
            data,  # kept in his encrypted logbook: the Trainees view stands offline
            accepted=accepted_changes(history) if accepting and history is not None else None,
            statements=statements_to_keep(verdict.statement_files or (), trainee_key),
        )
    elif remember:  # not the one the next is read against; what it carried stands all the same
        logbook.records.keep_statements(
            trainee_key,
            manifest["sequence"],
            statements_to_keep(verdict.statement_files or (), trainee_key),
        )
    return fresh, history


def statements_to_keep(files: tuple[bytes, ...], trainee_key: str) -> list[KeptStatement]:
    """The statement files of a bundle worth keeping: each signature verifies, is addressed
    to this trainee and is not hers. Whether a kept one counts is judged each time it is
    read, against the keys and terms he trusts then (`judge_statements`)."""
    found = []
    for data in files:
        try:
            signed = parse_attestation(data)
        except AttestationRefused:
            continue
        if (
            not signed.signature_problem
            and signed.trainee_key == trainee_key
            and signed.signer_line != trainee_key
        ):
            found.append(KeptStatement(signed.payload_sha256, signed.attestation_id, data))
    return found


def view_of(
    verdict: Verdict,
    language: str = "sv",
    today: date | None = None,
    reader: Reader | None = None,
    remembered: list[bytes] | None = None,
    fresh: Freshness | None = None,
    kept: list[bytes] | None = None,
) -> BundleView:
    """The contents as the reader sees them: the trainee's logbook, with the statements
    that stand for the reader in place of the trainee's copies, and those he kept from
    her earlier bundles that this one leaves out."""
    if verdict.logbook is None or verdict.manifest is None or verdict.signer is None:
        return BundleView(verdict, None, None, verdict.manifest, freshness=fresh)
    reader = reader or Reader(None, "", (), datetime.now(UTC).replace(tzinfo=None))
    statements = judge_statements(
        verdict.statement_files or (),
        bundle_signer=verdict.signer,
        manifest=verdict.manifest,
        reader=reader,
        remembered=remembered or [],
        kept=kept or [],
    )
    if verdict.statement_files is None:  # a format 1 bundle: only the trainee's copies
        statements = unverifiable_statements(verdict.logbook) + statements
    try:
        trainee = snapshot_from_logbook_json(verdict.logbook)
        curriculum = curriculum_made_for(trainee.curriculum_id, verdict.manifest)
    except (ValueError, CurriculumError) as error:
        return BundleView(verdict, None, None, verdict.manifest, str(error), statements, fresh)
    statements = tuple(
        replace(
            s,
            authority=authority_of(curriculum, s.signer_role, s.subject)
            if s.counted
            else NO_AUTHORITY,
        )
        for s in statements
    )
    snapshot = judge(curriculum, replace(trainee, attestations=counted_attestations(statements)))
    # what each decides as the whole judge reads it (a hand-over takes later ones back)
    judged = {(a.id, a.subject): a.authority for a in snapshot.attestations}
    statements = tuple(
        replace(s, authority=judged.get((s.attestation_id, s.subject), s.authority))
        for s in statements
    )
    progress = evaluate(curriculum, snapshot, today or date.today(), language)
    day = today or date.today()
    acting = deciding_on(acting_main_supervisors(snapshot.attestations, day), reader, day)
    return BundleView(
        verdict,
        snapshot,
        progress,
        verdict.manifest,
        "",
        statements,
        fresh,
        main_supervisors=tuple(f"{name} ({fingerprint_of(key)})" for key, name in acting.items()),
    )


def deciding_on(acting: dict[str, str], reader: Reader, day: date) -> dict[str, str]:
    """The keys of `acting` that may still decide on `day`: a key whose term the reader
    ended (`trust --retire`) decides no more, though what it signed within its term stands."""
    own = public_key_line(reader.own_key) if reader.own_key is not None else None
    terms = {k.public_key: k for k in reader.trusted}
    return {
        key: name
        for key, name in acting.items()
        if key == own or key not in terms or terms[key].in_term(day)
    }


def curriculum_made_for(curriculum_id: str, manifest: dict[str, Any] | None) -> Curriculum:
    """The curriculum version the bundle was made for, where this EVTDesk ships it;
    otherwise the newest of that id (the view names the version it was made for). Only
    shipped curricula: an id that reads like a path is not looked up on the reader's disk."""
    version = ((manifest or {}).get("curriculum") or {}).get("version")
    if version:
        with suppress(CurriculumError):
            return load_shipped(f"{curriculum_id}@{version}")
    return load_shipped(curriculum_id)
