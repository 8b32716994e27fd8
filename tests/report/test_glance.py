"""The cover says at a glance what is met and what is missing (issue 16): per part its
state in the app's words, its mandatory requirements met, and which are still open."""

from __future__ import annotations

from dataclasses import replace

from evtdesk.curriculum.vocabulary import word
from evtdesk.report import build_report
from tests.report.report_helpers import Demo, pages_text


def _cover(pdf: bytes) -> str:
    return " ".join(pages_text(pdf)[0].split())


def test_the_cover_names_what_is_met_and_what_is_missing(demo: Demo) -> None:
    for language, heading in (("sv", "I korthet"), ("en", "At a glance")):
        inputs = replace(demo.evaluated, language=language)
        cover = _cover(build_report(inputs))
        assert heading in cover
        progress = inputs.progress
        assert progress is not None
        for part in progress.parts:
            mandatory = [i for i in progress.items if i.part == part.id and i.mandatory]
            if not mandatory:
                continue
            missing = [i.id for i in mandatory if i.state not in ("met", "attested")]
            done = len(mandatory) - len(missing)
            of = "av" if language == "sv" else "of"
            state = word(part.state, language, capital=True)
            row = f"{part.title(language)} {state} {done} {of} {len(mandatory)}"
            assert row in cover, row
            for item_id in missing[:3]:
                assert item_id in cover
