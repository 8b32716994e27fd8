"""A second and third curriculum run on the same engine with no new Python."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from evtdesk.curriculum import CurriculumError, available_curricula, evaluate, load_curriculum
from tests.curriculum.factories import attest, entry, many, period, snapshot

TODAY = date(2026, 6, 1)
PRIMARY = "first_operator"


def test_three_curricula_are_shipped_and_listed() -> None:
    assert {c.id for c in available_curricula()} >= {"se-evt", "us-cast", "uk-rcr-mt"}


def test_cast_counts_its_case_mix() -> None:
    cast = load_curriculum("us-cast")
    cases = (many(9, "complication_technique", PRIMARY, technique="coiling", indication="aneurysm_ruptured")
             + many(31, "complication_technique", PRIMARY, technique="coiling", indication="aneurysm_unruptured")
             + many(30, "evt", PRIMARY) + many(5, "evt", "observer"))
    progress = evaluate(cast, snapshot(cases, curriculum="us-cast"), TODAY)
    aneurysm = progress.item("CAST.ANEURYSM")
    assert [(c.done, c.required) for c in aneurysm.conditions] == [(40, 40), (9, 10)]
    assert not aneurysm.met
    assert progress.item("CAST.STROKE").met
    assert progress.item("CAST.IV").conditions[0].done == 70
    cases.append(entry("complication_technique", role=PRIMARY, technique="coiling", indication="aneurysm_ruptured"))
    assert evaluate(cast, snapshot(cases, curriculum="us-cast"), TODAY).item("CAST.ANEURYSM").met


def test_uk_items_are_satisfied_by_attestation_and_its_one_confirmed_number() -> None:
    uk = load_curriculum("uk-rcr-mt")
    numbers = [c.required for i in uk.items for c in i.conditions]
    assert numbers == [24]  # ≥ 2 years for an IR converting to INR; counts are unconfirmed
    progress = evaluate(uk, snapshot([], [attest("UK.SIGNOFF")], [period("UK", date(2024, 1, 1), 24)], curriculum="uk-rcr-mt"), TODAY)
    assert progress.item("UK.SIGNOFF").state == "attested"
    assert progress.item("UK.CENTRES").state == "open"
    assert progress.item("UK.TIME").met


def test_a_curriculum_file_with_a_mistake_is_refused_with_its_place(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "x"\nversion = "1"\ntitle_sv = "x"\ntitle_en = "x"\n'
                   '[[parts]]\nid = "P"\ntitle_sv = "p"\ntitle_en = "p"\n'
                   '[[items]]\nid = "X1"\npart = "P"\ntitle_sv = "t"\ntitle_en = "t"\nsection = "s"\nmandatory = true\n'
                   '[[items.conditions]]\nid = "X1"\ntype = "count"\nkinds = ["evtt"]\nrequired = 3\n'
                   'label_sv = "a"\nlabel_en = "a"\n', encoding="utf-8")
    with pytest.raises(CurriculumError, match=r"bad.toml: item X1, condition X1: unknown entry kind 'evtt'"):
        load_curriculum(bad)
    with pytest.raises(CurriculumError, match="no curriculum with id 'nope'"):
        load_curriculum("nope")
