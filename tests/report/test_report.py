"""What a supervisor relies on when signing on the report's word: it opens, every page
says whose logbook and which bundle it is and where it sits, the text is Swedish (or
English) throughout, fonts travel with the file, and nothing the trainee changed or
withdrew is hidden."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader

from evtdesk.curriculum import load_curriculum
from evtdesk.report import build_report
from tests.report.report_helpers import BUNDLE_ID, Demo, page_count, pages_text


def test_the_report_opens_and_has_several_pages(report_sv: bytes) -> None:
    assert report_sv.startswith(b"%PDF-")
    assert page_count(report_sv) > 1
    assert report_sv.count(b"%%EOF") == 1, "one clean revision, ready to be signed"


def test_every_page_names_trainee_bundle_and_position(report_sv: bytes, demo: Demo) -> None:
    pages = pages_text(report_sv)
    assert len(pages) == page_count(report_sv)
    total = len(pages)
    for number, text in enumerate(pages, start=1):
        assert demo.inputs.trainee_name in text, f"header missing on page {number}"
        assert BUNDLE_ID in text, f"bundle id missing on page {number}"
        assert f"Sida {number} av {total}" in text, f"page number missing on page {number}"


def test_cover_states_people_curriculum_key_and_signatures(report_sv: bytes, demo: Demo) -> None:
    cover = pages_text(report_sv)[0]
    assert "Loggbok – utbildning till EVT-interventionist" in cover
    assert "Handledare" in cover and "Erik Holm" in cover
    assert "Bihandledare" in cover and "Sara Nyberg" in cover
    assert "se-evt" in cover
    assert "RWQf 6LRC GA9i" in cover, "the key fingerprint is grouped in fours"
    assert "Länssjukhuset Ryhov" in cover and "Sahlgrenska universitetssjukhuset" in cover
    first = min(e.date for e in demo.inputs.snapshot.entries).isoformat()
    assert first in cover
    assert "Vad signaturerna betyder" in cover


def test_the_cover_says_truly_what_signs_the_pdf_and_what_binds_it(demo: Demo) -> None:
    """The PDF is signed by a certificate from the logbook's own CA, not by the Ed25519 key;
    the manifest binds the two by the CA's hash, which the cover shows to compare."""
    ca = "c0ffee" + "0" * 58
    for language, says, hash_label in (
        (
            "sv",
            [
                "certifikat (ECDSA P-256) som loggbokens eget CA-certifikat har utfärdat",
                "anger CA-certifikatets SHA-256",
                "logbook.json anger i sin tur SHA-256 för varje bifogat intyg",
            ],
            "PDF-signaturens CA",
        ),
        (
            "en",
            [
                "certificate (ECDSA P-256) issued by the logbook's own CA certificate",
                "states the CA certificate's SHA-256",
                "logbook.json in turn states the SHA-256 of every attached",
            ],
            "PDF signature's CA",
        ),
    ):
        pdf = build_report(replace(demo.inputs, language=language, pdf_ca_sha256=ca))
        cover = " ".join(pages_text(pdf)[0].split())
        for sentence in says:
            assert sentence in cover, sentence
        assert "med nyckeln ovan" not in cover and "with the key above" not in cover
        assert f"{hash_label} SHA-256 c0ff ee00 0000" in cover


def test_swedish_text_renders(report_sv: bytes) -> None:
    text = "\n".join(pages_text(report_sv))
    for word in (
        "Måluppfyllelse",
        "Strokelarm",
        "Försteoperatör",
        "Självständig försteoperatör",
        "återkallad",
        "Ålder",
    ):
        assert word in text
    assert re.search(r"\bJa\b", text) and re.search(r"\bNej\b", text)
    assert re.search(r"\b\d\d:\d\d\b", text), "EVT times are shown as HH:MM"


def _fonts(pdf: bytes) -> list[generic.DictionaryObject]:
    """The font dictionaries the report's own pages use (not those inside appended PDFs)."""
    reader = PdfFileReader(io.BytesIO(pdf))
    found: dict[int, generic.DictionaryObject] = {}
    for index in range(page_count(pdf)):
        _, resources = reader.find_page_for_modification(index)
        fonts = resources.get("/Font")
        for name in fonts.get_object() if fonts is not None else ():
            font = fonts.get_object().raw_get(name)
            key = font.idnum if isinstance(font, generic.IndirectObject) else id(font)
            found[key] = font.get_object()
    return list(found.values())


def test_every_font_is_embedded(report_sv: bytes) -> None:
    fonts = _fonts(report_sv)
    assert fonts
    for font in fonts:
        descendants = font.get("/DescendantFonts")
        target = descendants[0].get_object() if descendants is not None else font
        descriptor = target.get("/FontDescriptor")
        assert descriptor is not None, f"{font.get('/BaseFont')} is a non-embedded standard font"
        assert "/FontFile2" in descriptor.get_object(), f"{font.get('/BaseFont')} is not embedded"


def test_amended_entry_is_marked_with_its_previous_value(report_sv: bytes, demo: Demo) -> None:
    text = "\n".join(pages_text(report_sv))
    case = demo.amended.case_number
    assert case is not None
    row = next(line for line in text.splitlines() if case in line and "ändrad" in line)
    assert "ändrad ×1" in row
    new = int(demo.amended.fields["passes"])
    assert re.search(rf"Antal passager: {demo.original_passes} → {new}", re.sub(r"\s+", " ", text))
    assert "Fel antal passager" in text, "the reason for the amendment is given"


def test_retracted_entry_stays_with_its_reason(report_sv: bytes, demo: Demo) -> None:
    text = "\n".join(pages_text(report_sv))
    case = demo.retracted.case_number
    assert case is not None
    assert any(case in line and "återkallad" in line for line in text.splitlines())
    assert demo.retraction_reason in re.sub(r"\s+", " ", text)


def test_every_entry_appears(report_sv: bytes, demo: Demo) -> None:
    text = "\n".join(pages_text(report_sv))
    for entry in demo.inputs.snapshot.entries:
        if entry.case_number:
            assert entry.case_number in text


def test_english_report_has_english_headings(report_en: bytes) -> None:
    pages = pages_text(report_en)
    text = "\n".join(pages)
    assert "Logbook – EVT interventionist training" in pages[0]
    assert "Supervisor" in pages[0] and "Co-supervisor" in pages[0]
    for heading in (
        "Entries by kind",
        "Stroke alarm",
        "Thrombectomy (EVT)",
        "Attestations received",
    ):
        assert heading in text
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert "amended ×1" in text and "retracted" in text
    assert "Sida " not in text and "Måluppfyllelse" not in text


def test_attestations_are_listed(report_sv: bytes, demo: Demo) -> None:
    text = "\n".join(pages_text(report_sv))
    section = text[text.index("Mottagna intyg") :]
    assert "Erik Holm" in section and "Godkänt" in section
    assert "Godkänd enligt intyg (demo)." in section
    seen = demo.inputs.snapshot.attestations[0].bundle_manifest_sha256.upper()
    assert " ".join(seen[i : i + 4] for i in range(0, 16, 4)) in section.upper(), (
        "the hash of what the supervisor saw"
    )


def test_same_inputs_give_the_same_bytes(report_sv: bytes, demo: Demo) -> None:
    assert build_report(demo.inputs) == report_sv


def test_a_logbook_without_entries_still_reports(demo: Demo) -> None:
    snapshot = replace(demo.inputs.snapshot, entries=(), attestations=())
    pdf = build_report(replace(demo.inputs, snapshot=snapshot, histories={}))
    text = "\n".join(pages_text(pdf))
    assert "Inga poster" in text and "Inga intyg har tagits emot." in text


def test_without_dejavu_the_bundled_vera_fonts_are_embedded(
    demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    from evtdesk.report import fonts

    monkeypatch.setattr(fonts, "DEJAVU_DIRS", ())
    fonts.register_fonts.cache_clear()
    try:
        assert fonts.register_fonts().source == "Vera"
        pdf = build_report(demo.inputs)
    finally:
        fonts.register_fonts.cache_clear()
    test_every_font_is_embedded(pdf)
    text = "\n".join(pages_text(pdf))
    assert "Måluppfyllelse" in text and "Antal passager" in text
    assert "->" in text, "U+2192 is missing in Vera, so amendments use an ASCII arrow"


def test_cover_and_pdf_subject_name_the_evaluated_curriculum_and_version(
    report_evaluated: bytes,
) -> None:
    """A supervisor signs against one version of the guidance: the cover and the PDF's
    metadata must say which, as the engine evaluated it (not the bare id)."""
    curriculum = load_curriculum("se-evt")
    cover = " ".join(pages_text(report_evaluated)[0].split())
    assert f"{curriculum.title('sv')}, version {curriculum.version} (id se-evt)" in cover
    info = PdfFileReader(io.BytesIO(report_evaluated)).trailer["/Info"]
    assert str(info["/Subject"]) == f"{curriculum.title('sv')} (se-evt {curriculum.version})"


def _lines(page: str) -> list[str]:
    return [" ".join(line.split()) for line in page.splitlines() if line.strip()]


def test_a_kinds_heading_is_never_left_at_the_foot_of_a_page(demo: Demo) -> None:
    """Wherever the previous table ends, a kind's heading is followed by its table."""
    alarms = [e for e in demo.inputs.snapshot.entries if e.kind == "stroke_alarm"]
    visit = next(e for e in demo.inputs.snapshot.entries if e.kind == "observation_visit")
    for n in range(28, 46):  # moves the heading down the page, row by row
        snapshot = replace(demo.inputs.snapshot, entries=(*alarms[:n], visit), attestations=())
        pages = pages_text(build_report(replace(demo.inputs, snapshot=snapshot, histories={})))
        page = next(p for p in pages if "Auskultation" in _lines(p))
        after = _lines(page)[_lines(page).index("Auskultation") :]
        assert len(after) > 3 and after[2].startswith("Nr Datum"), (
            f"stranded with {n} alarms: {after}"
        )


def test_the_observation_visit_table_tells_the_unit_visited_from_the_trainees_own(
    report_sv: bytes,
) -> None:
    text = "\n".join(pages_text(report_sv))
    section = text[text.index("Auskultation\n") :]
    header = next(line for line in _lines(section) if line.startswith("Nr Datum"))
    assert header.count("Enhet") == 1 and "Egen enhet" in header, header  # not "Enhet" twice


def test_columns_empty_in_every_entry_are_left_out_and_named(report_sv: bytes, demo: Demo) -> None:
    angio = [e for e in demo.inputs.snapshot.entries if e.kind == "angiography"]
    empty = [
        f
        for f in ("complications", "age", "sex")
        if all(e.fields.get(f) in (None, "") for e in angio)
    ]
    assert empty, "the demo leaves some angiography fields empty"
    labels = {"complications": "Komplikationer", "age": "Ålder", "sex": "Kön"}
    text = "\n".join(pages_text(report_sv))
    section = text[text.index("Angiografi hals/hjärna\n") :]
    count = " ".join(section.split("\n")[1].split())
    assert count.startswith(f"{len(angio)} poster") and "Inget värde i någon post:" in count
    header = next(line for line in _lines(section) if line.startswith("Nr Datum"))
    for field in empty:
        assert labels[field] in count and labels[field] not in header
    assert "Enhet" in header and "Sahlgrenska universitetssjukhuset" in section.split("\n")[3], (
        "site on one line"
    )
