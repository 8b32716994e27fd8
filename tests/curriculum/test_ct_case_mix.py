"""K3c-CT's case mix: the 100 CT cases "bör täcka" the kinds the guidance lists, so a
kind none of the counted cases has is flagged by name, and the cases still count. The
mix is data (`mix_field`, `[[items.conditions.mix]]`), checked on loading."""

from __future__ import annotations

from pathlib import Path

import pytest

from evtdesk.curriculum import ItemProgress, evaluate, load_curriculum, progress_to_json
from evtdesk.curriculum.parse import CurriculumError
from evtdesk.model import Entry
from tests.curriculum.factories import DAY, entry, many, retracted, snapshot

SE = load_curriculum("se-evt")
FILE = Path(__file__).parents[2] / "resources" / "curricula" / "se-evt-2024.toml"
# one case of each kind the guidance lists (ischaemic stroke as an acute occlusion)
EVERY_KIND = ["occlusion", "haemorrhage", "stenosis", "mimic", "avm", "aneurysm"]
EVERY_KIND += ["chronic_occlusion"]


def ct(finding: str | None) -> Entry:
    fields = {"ncct": True} | ({"finding": finding} if finding else {})
    return entry("ct_case", DAY, **fields)


def k3c(entries: list[Entry], language: str = "en") -> ItemProgress:
    return evaluate(SE, snapshot(entries), DAY, language).item("K3c-CT")


def mix_flags(item: ItemProgress) -> list[str]:
    return [f.message for f in item.flags if f.kind == "case_mix"]


def test_the_file_quotes_the_guidance_for_the_mix() -> None:
    body = FILE.read_text(encoding="utf-8")
    assert "Fallen bör täcka alla vanliga stroketyper, ischemisk och" in body
    assert 'mix_field = "finding"' in body


def test_a_hundred_normal_cts_are_met_and_every_kind_is_named_missing() -> None:
    item = k3c(many(100, "ct_case", ncct=True, finding="normal"))
    assert item.met and item.state == "met"
    [message] = mix_flags(item)
    assert message.startswith("The cases should cover more kinds: none of the 100 counted has")
    for kind in ("ischaemic stroke", "haemorrhagic stroke", "stroke mimic", "chronic occlusion"):
        assert kind in message


def test_every_kind_once_is_enough_and_one_missing_is_named_alone() -> None:
    full = [ct(k) for k in EVERY_KIND] + many(93, "ct_case", ncct=True, finding="normal")
    item = k3c(full)
    assert item.met and mix_flags(item) == []
    assert "The cases: ischaemic stroke 1, haemorrhagic stroke 1" in item.details[0]
    short = [ct(k) for k in EVERY_KIND if k != "avm"] + many(94, "ct_case", ncct=True)
    item = k3c(short)
    [message] = mix_flags(item)
    assert message.endswith("none of the 100 counted has arteriovenous malformation.")
    assert "94 case(s) with no finding recorded." in item.details
    assert item.met  # advice: the hundred still count


def test_a_group_is_covered_by_any_of_its_values() -> None:
    with_ischaemia = [ct("ischaemia") if k == "occlusion" else ct(k) for k in EVERY_KIND]
    assert mix_flags(k3c(with_ischaemia)) == []


def test_a_retracted_case_does_not_cover_its_kind() -> None:
    cases = [ct(k) for k in EVERY_KIND]
    cases[4] = retracted(cases[4], 10**6)
    [message] = mix_flags(k3c(cases))
    assert "arteriovenous malformation" in message and "of the 6 counted" in message


def test_no_case_no_flag_and_swedish_words() -> None:
    assert mix_flags(k3c([])) == []
    item = k3c([ct("normal")], "sv")
    [flag] = [f for f in item.flags if f.kind == "case_mix"]
    assert flag.message.startswith("Fallen bör täcka fler slag: bland de 1 räknade finns inget")
    assert "kronisk kärlocklusion" in flag.message
    shown = progress_to_json(evaluate(SE, snapshot([ct("normal")]), DAY))
    [row] = [i for i in shown["items"] if i["id"] == "K3c-CT"]
    assert "case_mix" in [f["kind"] for f in row["flags"]]


HEAD = """id = "x"\nversion = "1"\ntitle_sv = "x"\ntitle_en = "x"\n
[[parts]]\nid = "P"\ntitle_sv = "P"\ntitle_en = "P"\n
[[items]]\nid = "X1"\npart = "P"\ntitle_sv = "x"\ntitle_en = "x"\nsection = "s"\nmandatory = true
[[items.conditions]]\nid = "X1"\ntype = "count"\nkinds = ["ct_case"]\nrequired = 3
label_sv = "x"\nlabel_en = "x"\n"""
GROUP = '[[items.conditions.mix]]\nvalues = ["avm"]\nlabel_sv = "AVM"\nlabel_en = "AVM"\n'


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('mix_field = "finding"\n', "'mix' must be one or more"),
        ('mix_field = "ncct"\n' + GROUP, "field 'ncct' of 'ct_case' is not a choice"),
        ('mix_field = "findings"\n' + GROUP, "entry kind 'ct_case' has no field 'findings'"),
        ('mix_field = "finding"\n' + GROUP.replace('"avm"', '"avn"'), "'avn' is not a value"),
        ('mix_field = "finding"\n' + GROUP.replace("label_en", "label"), "unknown key"),
        (GROUP, "'mix' and 'mix_field'"),
        ('window = "calendar_year"\nmix_field = "finding"\n' + GROUP, "without a window"),
        ("max_gap_months = 6\n", "'max_gap_months' goes with a duration condition"),
        ('logged_kinds = ["evt"]\n', "'logged_kinds' goes with a duration counted since"),
    ],
)
def test_a_mix_written_wrong_is_refused_in_plain_words(
    tmp_path: Path, extra: str, message: str
) -> None:
    path = tmp_path / "x.toml"
    path.write_text(HEAD + extra, encoding="utf-8")
    with pytest.raises(CurriculumError, match=message):
        load_curriculum(path)


def test_a_mix_written_right_loads(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text(HEAD + 'mix_field = "finding"\n' + GROUP, encoding="utf-8")
    [condition] = load_curriculum(path).item("X1").conditions
    assert condition.mix_field == "finding" and condition.mix[0].values == ("avm",)


DURATION = HEAD.replace(
    'type = "count"\nkinds = ["ct_case"]\nrequired = 3',
    'type = "duration"\npart = "P"\nrequired = 12\nsince_attested = "P"',
)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('logged_kinds = ["evt", "evts"]\n', "unknown kind 'evts'"),
        ("logged_kinds = []\n", "'logged_kinds' must be a list of entry kinds"),
        ('logged_kinds = "evt"\n', "'logged_kinds' must be a list of entry kinds"),
    ],
)
def test_logged_kinds_written_wrong_are_refused_in_plain_words(
    tmp_path: Path, extra: str, message: str
) -> None:
    path = tmp_path / "x.toml"
    path.write_text(DURATION + extra, encoding="utf-8")
    with pytest.raises(CurriculumError, match=message):
        load_curriculum(path)
    path.write_text(DURATION + 'logged_kinds = ["evt"]\n', encoding="utf-8")
    assert load_curriculum(path).item("X1").conditions[0].logged_kinds == ("evt",)
