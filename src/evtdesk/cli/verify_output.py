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
from evtdesk.curriculum import progress_to_json
from evtdesk.exchange import BundleView
from evtdesk.exchange.attestations import proposals_of

FROM_COMMAND_LINE = "the key given with --trust"
_FACTS = ("format", "created", "sequence", "previous_manifest_sha256")
STANDING_WORDS = {
    "own": "yours",
    "trusted": "trusted",
    "wrong_role": "key trusted only as a trainee's",
    "unknown_key": "key you do not trust",
    "invalid": "INVALID",
    "unverifiable": "cannot be checked (format 1 bundle)",
}


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
        "counted": statement.counted,
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


def _signed_by(view: BundleView) -> str:
    name = view.verdict.signer_name
    if name == FROM_COMMAND_LINE:
        return "the key given with --trust"
    return f"the key you trust as {name}"


def print_view(view: BundleView, language: str = "en") -> None:
    verdict = view.verdict
    manifest = verdict.manifest or {}
    who = (manifest.get("trainee") or {}).get("name", "?")
    if verdict.state == "valid":
        say(
            f"VALID: bundle {manifest.get('bundle_id')} of {who}, signed with "
            f"{_signed_by(view)}; every check passed."
        )
    elif verdict.state == "untrusted":
        say(f"NOT TRUSTED: bundle {manifest.get('bundle_id')} of {who} is intact but not verified:")
    else:
        say("INVALID: the bundle is refused:")
    for reason in verdict.reasons:
        say(f"  - {reason}")
    if verdict.fingerprint and verdict.state == "invalid":
        trust = _signed_by(view) if verdict.trusted else "not a key you have marked as trusted"
        say(
            f"The manifest names the key {verdict.fingerprint}, which is {trust}; an invalid "
            "bundle proves nothing about who made it."
        )
    elif verdict.fingerprint:
        say(f"Signer's key fingerprint: {verdict.fingerprint}")
    if verdict.state == "invalid":
        return
    facts = _facts(manifest)
    say(
        f"Bundle {facts['sequence']}, made {facts['created']}: {facts['entry_count']} "
        f"entries, chain head {str(facts['chain_head'])[:16]}… (event {facts['chain_seq']})"
    )
    if view.freshness is not None and not view.freshness.warning:
        say(f"Seen before: {view.freshness.message}.")
    for warning in view.warnings:
        say(f"WARNING: {warning}.")
    _print_statements(view.statements)
    proposals = proposals_of(view)
    if proposals:
        say(
            "The trainee proposes these adaptations (sign one with: evtdesk attest … --adapt ITEM):"
        )
    for proposal in proposals:
        terms = terms_text(proposal.required, proposal.waived)
        say(f"  ADAPT:{proposal.item_id}: {proposal.note} [{terms}]")
    if view.problem:
        say(f"The contents cannot be shown: {view.problem}")
    elif view.progress is not None:
        parts = ", ".join(f"{p.id} {p.state}" for p in view.progress.parts)
        say(f"Progress as you see it (counting only statements that count for you): {parts}")


def _print_statements(statements: tuple[JudgedStatement, ...]) -> None:
    if not statements:
        say("No supervisor's statements.")
        return
    counted = sum(1 for s in statements if s.counted)
    say(
        f"Statements ({len(statements)}): {counted} count for you, "
        f"{len(statements) - counted} do not"
    )
    for s in statements:
        decision = "approved" if s.approved else "NOT approved"
        when = utc_text(s.signed_at)[:10] if s.signed_at else "undated"
        mark = "counts     " if s.counted else "not counted"
        if s.counted:
            who = "you" if s.standing == "own" else f"{s.by} ({(s.role or '').replace('_', '-')})"
        else:
            who = f"claims to be {s.claimed_by or '?'}"
        line = f"  {mark}  {s.subject} {decision} — {who}, {when}"
        if s.comment:
            line += f": {s.comment}"
        say(line)
        if not s.counted:
            detail = s.problem or STANDING_WORDS.get(s.standing, s.standing)
            key = f"key {s.fingerprint}: " if s.fingerprint else ""
            say(f"               {key}{detail}")
        elif not s.carried:
            say("               left out of the bundle; counted from your own logbook")
