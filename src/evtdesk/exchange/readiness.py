"""Reading a site's readiness from a logbook, recording it, and writing it as a signed PDF.

The PDF is signed with the logbook's own PDF certificate (the one that signs the report),
so a reader checks it as they check a report: one PAdES signature over the whole file,
issued under the logbook's CA. The signed revision names the document and the site in its
information dictionary, so a readiness checklist cannot pass for a report or for another
site's checklist.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from evtdesk.bundle.writer import _write_atomically
from evtdesk.curriculum import load_curriculum
from evtdesk.curriculum.authority import judge
from evtdesk.curriculum.declared import readiness_statuses
from evtdesk.entries.privacy import IdentityNumberFound, screen
from evtdesk.exchange.export import pdf_identity
from evtdesk.exchange.targets import PDF, check_target
from evtdesk.model import Site
from evtdesk.quality.readiness import (
    READINESS_PART,
    Declared,
    SiteReadiness,
    readiness_setting,
    record_criterion,
    site_readiness,
)
from evtdesk.report.readiness import ReadinessInputs, build_readiness
from evtdesk.signing.pdf import ca_sha256, sign_pdf
from evtdesk.store import Logbook, LogbookError

DOCUMENT = "readiness"


@dataclass(frozen=True)
class ReadinessWritten:
    path: Path
    ca_sha256: str


def _site(logbook: Logbook, site_id: int) -> Site:
    sites = logbook.records.sites()
    for site in sites:
        if site.id == site_id:
            return site
    known = ", ".join(f"{s.id} ({s.hospital})" for s in sites) or "none yet (evtdesk site add)"
    raise LogbookError(f"There is no site {site_id}; the logbook's sites: {known}.")


def readiness_of(logbook: Logbook, site_id: int, language: str = "en") -> SiteReadiness:
    """The site's criteria as recorded; refused when the curriculum has no hospital part."""
    items = load_curriculum(logbook.curriculum_id).items
    if not any(i.part == READINESS_PART for i in items):
        raise LogbookError("This logbook's curriculum states no requirements on a hospital.")
    site = _site(logbook, site_id)
    recorded = logbook.records.setting(readiness_setting(site_id))
    return site_readiness(site, items, recorded, language, declared_readiness(logbook, site))


def declared_readiness(logbook: Logbook, site: Site) -> Declared | None:
    """The site's readiness as a signed declaration that decides states it, judged by
    the same rules as every view (the signer's role on the signing day, the curriculum's
    authority); None while none stands."""
    curriculum = load_curriculum(logbook.curriculum_id)
    judged = judge(curriculum, logbook.snapshot())
    found = readiness_statuses(site, judged.attestations)
    if found is None:
        return None
    statuses, statement = found
    return statuses, statement.supervisor_name, statement.signed_at.date()


def record_readiness(
    logbook: Logbook,
    site_id: int,
    item_id: str,
    status: str,
    evidence: str | None = None,
    notes: str | None = None,
) -> SiteReadiness:
    """Record one criterion's status (evidence and notes kept unless given). Evidence or
    notes holding a personal identity number are refused and nothing is recorded."""
    _screen(item_id, evidence, notes)
    readiness_of(logbook, site_id)  # the site and the curriculum's H part exist
    items = load_curriculum(logbook.curriculum_id).items
    key = readiness_setting(site_id)
    try:
        changed = record_criterion(
            logbook.records.setting(key), item_id, status, evidence, notes, items
        )
    except ValueError as error:
        raise LogbookError(str(error)) from None
    logbook.records.set_setting(key, changed)
    return readiness_of(logbook, site_id)


def _screen(
    item_id: str, evidence: str | None, notes: str | None, outcome: str = "Nothing was recorded."
) -> None:
    """Refuse a criterion's evidence or notes that hold a personal identity number; the
    message names the criterion and the field, never the number."""
    for field, text in (("evidence", evidence), ("notes", notes)):
        try:
            screen(text or "", f"{item_id} {field}")
        except IdentityNumberFound as error:
            raise LogbookError(f"{error} {outcome}") from None


def readiness_pdf(logbook: Logbook, site_id: int, language: str, now: datetime) -> bytes:
    """The site's checklist, built and signed (PAdES) with the logbook's certificate.
    Refused while a criterion's evidence or notes (recorded before they were screened)
    hold a personal identity number: a signed checklist never carries one."""
    readiness = readiness_of(logbook, site_id, language)
    for c in readiness.criteria:
        _screen(c.item.id, c.evidence, c.notes, "Record it without. No checklist was written.")
    curriculum = load_curriculum(logbook.curriculum_id)
    title = curriculum.title(language)
    inputs = ReadinessInputs(
        readiness,
        language,
        logbook.owner_name,
        now.astimezone(UTC).replace(tzinfo=None, microsecond=0),
        f"{title} ({curriculum.id} {curriculum.version})",
    )
    return sign_pdf(
        build_readiness(inputs),
        pdf_identity(logbook),
        reason=f"EVTDesk readiness checklist, site {site_id}",
        name=logbook.owner_name,
        facts={"Document": DOCUMENT, "Site": str(site_id), "Hospital": readiness.site.hospital},
    )


def write_readiness(
    logbook: Logbook, site_id: int, out_path: Path, language: str, now: datetime | None = None
) -> ReadinessWritten:
    """Write the signed checklist to `out_path`, replacing only an earlier PDF there
    (never a logbook, its key file or any other file: `exchange.targets`); nothing is left
    behind when it cannot be written."""
    out_path = check_target(out_path, PDF, replace=True)
    signed = readiness_pdf(logbook, site_id, language, now or datetime.now(UTC))

    def write(target: BinaryIO) -> None:
        target.write(signed)

    try:
        _write_atomically(out_path, write)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise LogbookError(
            f"Could not write the checklist to {out_path}: {reason}. Nothing was written."
        ) from None
    return ReadinessWritten(out_path, ca_sha256(pdf_identity(logbook)))
