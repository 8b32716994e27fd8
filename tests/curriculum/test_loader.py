"""Curriculum files: found next to the package, chosen by id or id@version, and refused
with the file, item and condition named when they are wrong."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from evtdesk.curriculum import (
    CurriculumError,
    available_curricula,
    curricula_dir,
    load_curriculum,
    loader,
)

PACKAGE = Path(loader.__file__).parent
GOOD_ITEM = (
    '[[items]]\nid = "X1"\npart = "P"\ntitle_sv = "t"\ntitle_en = "t"\n'
    'section = "s"\nmandatory = true\n'
    '[[items.conditions]]\nid = "X1"\ntype = "count"\nkinds = ["evt"]\nrequired = 3\n'
    'label_sv = "a"\nlabel_en = "a"\n'
)
HEAD = (
    'id = "x"\nversion = "1"\ntitle_sv = "x"\ntitle_en = "x"\n'
    '[[parts]]\nid = "P"\ntitle_sv = "p"\ntitle_en = "p"\n'
)


def write(tmp_path: Path, text: str, name: str = "bad.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_resources_are_found_relative_to_the_package() -> None:
    assert curricula_dir() == PACKAGE.parents[2] / "resources" / "curricula"
    listed = {(c.id, c.version) for c in available_curricula()}
    assert {c[0] for c in listed} >= {"se-evt", "us-cast", "uk-rcr-mt"}
    info = next(c for c in available_curricula() if c.id == "se-evt")
    assert (
        info.title_sv.startswith("Utbildning till EVT-interventionist")
        and info.path.name == "se-evt-2024.toml"
    )
    assert load_curriculum(f"se-evt@{info.version}").version == info.version
    assert load_curriculum(info.path).id == "se-evt"


def test_a_good_file_loads(tmp_path: Path) -> None:
    curriculum = load_curriculum(write(tmp_path, HEAD + GOOD_ITEM, "good.toml"))
    assert [c.required for c in curriculum.item("X1").conditions] == [3]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ('kinds = ["evt"]', 'kinds = ["evtt"]'),
            "bad.toml: item X1, condition X1: unknown entry kind 'evtt'",
        ),
        (
            ('kinds = ["evt"]', 'kinds = ["evt"]\nrole = ["observer"]'),
            "item X1, condition X1: unknown key.s. role",
        ),
        (
            ('kinds = ["evt"]', 'kinds = ["evt"]\nroles = ["boss"]'),
            "item X1, condition X1: unknown role 'boss'",
        ),
        (
            ('kinds = ["evt"]', 'kinds = ["evt"]\nwhere = { thrombolysis = true }'),
            "item X1, condition X1: entry kind 'evt' has no field 'thrombolysis'",
        ),
        (
            ('type = "count"', 'type = "sum"\nfield = "mtici"'),
            "item X1, condition X1: field 'mtici' of 'evt' is not a number",
        ),
        (('type = "count"', 'type = "tally"'), "item X1, condition X1: type must be one of"),
        (("required = 3\n", ""), "item X1, condition X1: a count condition needs 'required'"),
        (
            ("required = 3", "required = 3\nplan_required = { ct_primary = 9 }"),
            "plan_required names 'ct_primary'",
        ),
        (('part = "P"', 'part = "Q"'), "bad.toml: item X1: part 'Q' is not declared"),
        (
            ("mandatory = true", 'mandatory = "yes"'),
            "item X1: 'mandatory' and 'attestation' must be true or false",
        ),
        (
            ("mandatory = true", 'mandatory = true\nopens_when = ["done:X9"]'),
            "X1: gate 'done:X9' names an unknown item",
        ),
        (
            ("mandatory = true", 'mandatory = true\nopens_when = ["after:P"]'),
            "gate 'after:P' must be attested:X or done:ITEM",
        ),
        (
            ("mandatory = true", 'mandatory = true\nconcerns = "nurse"'),
            "item X1: concerns must be one of",
        ),
        (('section = "s"\n', ""), "bad.toml: item X1: 'section' is missing"),
        (
            ('type = "count"', 'type = "followup_evt"'),
            "a followup_evt condition chooses its own cases; drop kinds",
        ),
        (
            ('type = "count"\nkinds = ["evt"]\nrequired = 3', 'type = "followup_evt"'),
            "a followup_evt condition needs 'required'",
        ),
    ],
)
def test_a_mistake_is_refused_naming_the_file_item_and_condition(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    text = HEAD + GOOD_ITEM.replace(*change)
    with pytest.raises(CurriculumError, match=message):
        load_curriculum(write(tmp_path, text))


def test_duplicate_ids_and_broken_toml_are_refused(tmp_path: Path) -> None:
    with pytest.raises(CurriculumError, match="item id X1 is used twice"):
        load_curriculum(write(tmp_path, HEAD + GOOD_ITEM + GOOD_ITEM))
    with pytest.raises(CurriculumError, match="bad.toml, line 9, column 8: not valid TOML: "):
        load_curriculum(write(tmp_path, HEAD + "[[items]\n"))
    with pytest.raises(CurriculumError, match="no curriculum with id 'nope'"):
        load_curriculum("nope")
    with pytest.raises(CurriculumError, match="no curriculum with id 'se-evt@0.0'"):
        load_curriculum("se-evt@0.0")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('kinds = ["evt"]', 'kinds = "evt"'), "condition X1: 'kinds' must be a list of strings"),
        (('kinds = ["evt"]', 'kinds = ["evt"]\nwhere = 5'), "X1: 'where' must be a table"),
        (("required = 3", 'required = "3"'), "condition X1: 'required' must be a number"),
        (("required = 3", "required = 3\nflag_early = 0"), "'flag_early' must be true or false"),
        (("required = 3", "required = 3\nmin_cases = -1"), "'min_cases' must be a number ≥ 0"),
        (('id = "X1"\npart', "id = 1\npart"), "item no. 1 .* 'id' must be a non-empty string"),
        (("mandatory = true", 'mandatory = true\nopens_when = "done:X1"'), "'opens_when' must"),
        (
            ('type = "count"', 'type = "duration"\npart = "NI"'),
            "a duration condition needs 'part', one of the \\[\\[parts\\]\\] ids \\(P\\)",
        ),
        (
            (
                'type = "count"',
                'type = "ratio"\nnumerator = { thrombolysis = true }\nthreshold = 5\n'
                'since_attested = "A"',
            ),
            "X1: 'since_attested' \\(a subject\\) goes with a count, sum or duration condition",
        ),
        (
            ('type = "count"', 'type = "duration"\npart = "P"\nsince_attested = 1'),
            "'since_attested' \\(a subject\\) goes with a count, sum or duration condition",
        ),
        (
            ('type = "count"', 'type = "duration"\npart = "P"\nmax_gap_months = 0'),
            "'max_gap_months' must be a number > 0",
        ),
    ],
)
def test_a_value_of_the_wrong_shape_is_refused_in_plain_words(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    """Not a TypeError from deep inside: the writer learns which key to fix."""
    with pytest.raises(CurriculumError, match=message):
        load_curriculum(write(tmp_path, HEAD + GOOD_ITEM.replace(*change)))


def test_a_broken_file_is_skipped_and_reported_without_breaking_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    write(tmp_path, HEAD + GOOD_ITEM, "good.toml")
    write(tmp_path, HEAD + "[[items]\n", "draft.toml")
    other = HEAD.replace('id = "x"', 'id = "y"') + GOOD_ITEM.replace("evt", "evtt")
    write(tmp_path, other, "y.toml")
    monkeypatch.setattr(loader, "curricula_dir", lambda: tmp_path)
    listing = loader.scan_curricula()
    assert [i.id for i in listing.found] == ["x"]
    assert [str(e).split(":")[0].split(",")[0] for e in listing.broken] == ["draft.toml", "y.toml"]
    with caplog.at_level("WARNING"):
        assert [i.id for i in available_curricula()] == ["x"]
    assert "draft.toml, line 9" in caplog.text and "unknown entry kind 'evtt'" in caplog.text
    assert load_curriculum("x").id == "x"
    with pytest.raises(CurriculumError, match=r"'y' \(available: x@1\); skipped as broken: "):
        load_curriculum("y")


def test_an_unreadable_file_is_told_apart_from_a_wrong_one(tmp_path: Path) -> None:
    with pytest.raises(loader.CurriculumUnreadable, match="cannot be read"):
        loader.load_file(tmp_path / "missing.toml")
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes((HEAD + GOOD_ITEM).replace('"t"', '"Förberedande"').encode("latin-1"))
    with pytest.raises(loader.CurriculumUnreadable, match="not UTF-8"):
        loader.load_file(latin1)
    with pytest.raises(CurriculumError) as wrong:
        loader.load_file(write(tmp_path, HEAD))
    assert not isinstance(wrong.value, loader.CurriculumUnreadable)


def test_the_newest_version_wins_when_two_files_share_an_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, HEAD.replace('version = "1"', 'version = "2024.9"') + GOOD_ITEM, "a.toml")
    write(tmp_path, HEAD.replace('version = "1"', 'version = "2024.10"') + GOOD_ITEM, "b.toml")
    monkeypatch.setattr(loader, "curricula_dir", lambda: tmp_path)
    assert load_curriculum("x").version == "2024.10"
    assert load_curriculum("x@2024.9").version == "2024.9"


def test_every_catalogue_item_is_in_the_swedish_curriculum_with_its_section() -> None:
    catalogue = PACKAGE.parents[3] / "shared" / "guidance" / "requirements.md"
    if not catalogue.exists():
        pytest.skip("the requirement catalogue (shared/guidance) is not beside this checkout")
    ids = re.findall(r"^- ([A-Z][A-Za-z0-9.\-]+) ", catalogue.read_text(encoding="utf-8"), re.M)
    se = load_curriculum("se-evt")
    assert len(ids) == 54 and set(ids) <= {i.id for i in se.items}, set(ids) - {
        i.id for i in se.items
    }
    assert all(i.section and i.title_sv and i.title_en for i in se.items)


def test_no_python_in_the_engine_names_a_curriculum_item() -> None:
    ids = {i.id for info in available_curricula() for i in load_curriculum(info.path).items}
    ids |= {p.id for info in available_curricula() for p in load_curriculum(info.path).parts}
    for source in PACKAGE.glob("*.py"):
        text = source.read_text(encoding="utf-8")
        # Short ids ("A", "C") are ordinary words, so for them only a string literal counts.
        named = {
            i
            for i in ids
            if re.search(rf"(?<![\w.\-]){re.escape(i)}(?![\w.\-])", text)
            and (len(i) > 2 or re.search(rf"[\"']{re.escape(i)}[\"']", text))
        }
        assert not named, f"{source.name} names {sorted(named)}"


def test_the_swedish_file_cites_the_guidance_s_own_sub_numbering() -> None:
    """3c is split into i (CT) and ii (MRI) in the source, so the two items cite them."""
    guidance = PACKAGE.parents[3] / "shared" / "guidance"
    sources = sorted(guidance.glob("000_*.txt"))
    if not sources:
        pytest.skip("the guidance text (shared/guidance) is not beside this checkout")
    text = sources[0].read_text(encoding="utf-8")
    assert re.search(r"^\s*i\. DT: minst 100 fall", text, re.M)
    assert re.search(r"^\s*ii\. MRT:", text, re.M)
    se = load_curriculum("se-evt")
    assert se.item("K3c-CT").section.endswith("mål 3c i")
    assert se.item("K3c-MR").section.endswith("mål 3c ii")


def test_a_count_of_one_the_guidance_does_not_number_says_so() -> None:
    se = load_curriculum("se-evt")
    for item_id in ("PREP.COURSE", "C3"):
        item = se.item(item_id)
        assert [c.required for c in item.conditions] == [1]
        assert "gives no number" in item.note_en and "inget antal" in item.note_sv
