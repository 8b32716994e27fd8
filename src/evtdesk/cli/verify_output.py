"""What `evtdesk verify` prints: the verdict first, the bundle's facts, then every
statement with its standing and the progress as the reader sees it (text or JSON).

The JSON is documented in docs/bundle-format.md; a script relies on its keys, so the
same keys are there (with nulls) for a file that is not a bundle at all.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from evtdesk.bundle.manifest import utc_text
from evtdesk.bundle.standing import JudgedStatement
from evtdesk.cli.verify_words import standing_word, vsay
from evtdesk.curriculum import progress_to_json
from evtdesk.curriculum.vocabulary import word
from evtdesk.exchange import BundleView
from evtdesk.exchange.attestations import proposals_of
from evtdesk.exchange.history import AMENDED, NEW, RETRACTED, history_json
from evtdesk.model.declarations import REPORT
from evtdesk.model.statements import DECIDES, NO_AUTHORITY

FROM_COMMAND_LINE = "the key given with --trust"
_FACTS = ("format", "created", "sequence", "previous_manifest_sha256")


def printable(text: str) -> str:
    """Text from a file someone else wrote, safe to print on a terminal: control and
    format characters (escape sequences, carriage returns, bidirectional overrides) are
    shown as `\\u001b` and the like, so a name cannot rewrite the verdict above it."""
    return "".join(
        f"\\u{ord(c):04x}" if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c
        for c in text
    )


def say(text: str) -> None:
    print(printable(text))


def _facts(manifest: dict[str, Any]) -> dict[str, Any]:
    found = manifest.get("chain")
    chain: dict[str, Any] = found if isinstance(found, dict) else {}
    return {key: manifest.get(key) for key in _FACTS} | {
        "entry_count": chain.get("entry_count"),
        "chain_head": chain.get("head"),
        "chain_seq": chain.get("seq"),
    }


def terms_text(required: Any, waived: bool) -> str:
    """An adaptation's terms as a person reads them: `NI2.independent → 20; waived`."""
    changes = [f"{cid} → {value:g}" for cid, value in dict(required).items()]
    if waived:
        changes.append("waived: the item is not required")
    return "; ".join(changes) or "no number changed"


def statement_line(statement: Any) -> str:
    """One statement as it is signed: subject, decision, comment, and an adaptation's terms."""
    decision = "approved" if statement.approved else "NOT approved"
    line = f"{statement.subject} {decision}"
    if statement.comment:
        line += f": {statement.comment}"
    if statement.subject.startswith("ADAPT:") and statement.approved:
        line += f" [{terms_text(statement.required, statement.waived)}]"
    return line


def statement_json(statement: JudgedStatement) -> dict[str, Any]:
    out: dict[str, Any] = {
        "subject": statement.subject,
        "approved": statement.approved,
        "comment": statement.comment,
        "by": statement.by,
        "claimed_by": statement.claimed_by,
        "fingerprint": statement.fingerprint or None,
        "signed_at": utc_text(statement.signed_at) if statement.signed_at else None,
        "standing": statement.standing,
        "role": statement.role,
        # whether it counts in the progress shown: it stands and its signer may decide
        "counted": statement.decides,
        "authority": statement.authority or (DECIDES if statement.counted else NO_AUTHORITY),
        "problem": statement.problem or None,
        "attestation_id": statement.attestation_id or None,
        "answers": {"bundle_sequence": statement.bundle_sequence, "chain_seq": statement.basis_seq},
        "carried": statement.carried,
    }
    if statement.subject.startswith("ADAPT:") and statement.approved:
        out["adaptation"] = {"required": dict(statement.required), "waived": statement.waived}
    return out


def view_json(view: BundleView) -> dict[str, Any]:
    verdict = view.verdict
    manifest = verdict.manifest or {}
    fresh = view.freshness
    return {
        "valid": verdict.valid,
        "state": verdict.state,
        "trusted": verdict.trusted,
        "reasons": list(verdict.reasons),
        "fingerprint": verdict.fingerprint or None,
        "signer": verdict.signer_name,
        "signer_role": verdict.signer_role,
        "manifest_sha256": verdict.manifest_sha256 or None,
        "bundle_id": manifest.get("bundle_id"),
        "trainee": (manifest.get("trainee") or {}).get("name"),
        "curriculum": manifest.get("curriculum"),
        **_facts(manifest),
        "warnings": list(view.warnings),
        "freshness": (
            {"state": fresh.state, "message": fresh.message, "last_seen": fresh.last_seen}
            if fresh
            else None
        ),
        "history": history_json(view.history),
        "statements": [statement_json(s) for s in view.statements],
        "proposals": [
            {
                "item": p.item_id,
                "note": p.note,
                "required": dict(p.required),
                "waived": p.waived,
                "proposed_on": p.proposed_on.isoformat() if p.proposed_on else None,
            }
            for p in proposals_of(view)
        ],
        "progress": progress_to_json(view.progress) if view.progress is not None else None,
        "problem": view.problem or None,
    }


def error_json(state: str, message: str) -> dict[str, Any]:
    """The same keys as a verdict, for a file that is not a bundle or a usage error."""
    empty = dict.fromkeys(
        (
            "fingerprint",
            "signer",
            "signer_role",
            "manifest_sha256",
            "bundle_id",
            "trainee",
            "curriculum",
            "freshness",
            "history",
            "progress",
            "problem",
            *_FACTS,
            "entry_count",
            "chain_head",
            "chain_seq",
        )
    )
    return {
        "valid": False,
        "state": state,
        "trusted": None,
        "reasons": [message],
        "error": message,
        "warnings": [],
        "statements": [],
        "proposals": [],
    } | empty


def _signed_by(view: BundleView, language: str = "en") -> str:
    name = view.verdict.signer_name
    if name == FROM_COMMAND_LINE:
        return vsay(language, "from_command_line")
    return vsay(language, "trusted_as", name=name)


def print_view(view: BundleView, language: str = "en") -> None:
    """The verdict, facts, statements and progress, in `language` (sv or en)."""
    verdict = view.verdict
    manifest = verdict.manifest or {}
    who = (manifest.get("trainee") or {}).get("name", "?")
    bundle_id = manifest.get("bundle_id")
    if verdict.state == "valid":
        say(vsay(language, "valid", id=bundle_id, who=who, signer=_signed_by(view, language)))
    elif verdict.state == "untrusted":
        say(vsay(language, "untrusted", id=bundle_id, who=who))
    else:
        say(vsay(language, "invalid"))
    for reason in verdict.reasons:
        say(f"  - {reason}")
    if verdict.fingerprint and verdict.state == "invalid":
        trust = _signed_by(view, language) if verdict.trusted else vsay(language, "not_trusted")
        say(vsay(language, "named_key", fp=verdict.fingerprint, trust=trust))
    elif verdict.fingerprint:
        say(vsay(language, "fingerprint", fp=verdict.fingerprint))
    if verdict.state == "invalid":
        return
    facts = _facts(manifest)
    say(
        vsay(
            language,
            "facts",
            sequence=facts["sequence"],
            created=facts["created"],
            count=facts["entry_count"],
            head=str(facts["chain_head"])[:16],
            seq=facts["chain_seq"],
        )
    )
    if view.freshness is not None and not view.freshness.warning:
        say(vsay(language, "seen", message=view.freshness.message))
    if view.history is not None and not view.history.problem:
        history = view.history
        counts = {w: history.since_count(w) for w in (NEW, AMENDED, RETRACTED)}
        say(vsay(language, "since", n=history.since_bundle, **counts))
    for warning in view.warnings:
        say(vsay(language, "warning", warning=warning))
    _print_statements(view.statements, language)
    proposals = proposals_of(view)
    if proposals:
        say(vsay(language, "proposals"))
    for proposal in proposals:
        terms = terms_text(proposal.required, proposal.waived)
        say(f"  ADAPT:{proposal.item_id}: {proposal.note} [{terms}]")
    if view.problem:
        say(vsay(language, "no_contents", problem=view.problem))
    elif view.progress is not None:
        parts = ", ".join(f"{p.id} {word(p.state, language)}" for p in view.progress.parts)
        say(vsay(language, "progress", parts=parts))


def _print_statements(statements: tuple[JudgedStatement, ...], language: str = "en") -> None:
    if not statements:
        say(vsay(language, "no_statements"))
        return
    counted = sum(1 for s in statements if s.decides)
    rest = len(statements) - counted
    say(vsay(language, "statements", n=len(statements), counted=counted, rest=rest))
    for s in statements:
        decision = vsay(language, "approved" if s.approved else "not_approved")
        when = utc_text(s.signed_at)[:10] if s.signed_at else vsay(language, "undated")
        reports = s.counted and not s.decides
        mark = vsay(language, "counts" if s.decides else "reports" if reports else "not_counted")
        if s.counted:
            role = (s.role or "").replace("_", "-")
            who = vsay(language, "you") if s.standing == "own" else f"{s.by} ({role})"
        else:
            who = vsay(language, "claims", name=s.claimed_by or "?")
        line = f"  {mark}  {s.subject} {decision} — {who}, {when}"
        if s.declaration is not None and s.subject == REPORT:  # what the report covers
            facts = s.declaration.facts
            unit = f", {facts['unit']}" if facts.get("unit") else ""
            line += f" [{facts['from']} – {facts['until']}{unit}]"
        if s.comment:
            line += f": {s.comment}"
        say(line)
        if reports:
            say("               " + vsay(language, "report_only"))
        elif not s.counted:
            detail = s.problem or standing_word(s.standing, language)
            key = vsay(language, "key", fp=s.fingerprint) if s.fingerprint else ""
            say(f"               {key}{detail}")
        elif not s.carried:
            say("               " + vsay(language, "left_out"))


def print_entries(view: BundleView, language: str, kind: str = "") -> None:
    """The bundle's live entries (of `kind`), oldest first, each with its id, day, kind,
    role and case number, and the last validation signed on it as it stands now: what a
    supervisor reads before `attest --validate-case` (the bundle's text is plain text)."""
    assert view.snapshot is not None
    from evtdesk.curriculum.authority import judge
    from evtdesk.curriculum.validation import validations
    from evtdesk.exchange.supervisor import curriculum_made_for

    curriculum = curriculum_made_for(view.snapshot.curriculum_id, view.manifest)
    found = validations(judge(curriculum, view.snapshot))
    live = [e for e in view.snapshot.entries if not e.retracted and kind in ("", e.kind)]
    if not live:
        print("No entries" + (f" of kind {kind}" if kind else "") + ".")
        return
    for entry in sorted(live, key=lambda e: (e.date, e.id)):
        said = found.get(entry.id)
        state = f"{said.state} ({said.by}, {said.on.isoformat()})" if said else "-"
        cells = (entry.id, entry.date.isoformat(), entry.kind, entry.role or "-")
        print("  ".join(cells) + f"  {entry.case_number or '-'}  {state}")
