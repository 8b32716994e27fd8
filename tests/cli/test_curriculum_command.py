"""`evtdesk curriculum check FILE` and `list`, as a supervisor writing a file uses them."""

from __future__ import annotations

from pathlib import Path

import pytest

from evtdesk.cli import main
from evtdesk.curriculum import curricula_dir, load_curriculum, loader

GOOD = """
id = "no-evt"
version = "2025.1"
title_sv = "Norsk EVT"
title_en = "Norwegian EVT"

[[parts]]
id = "P"
title_sv = "Del"
title_en = "Part one"

[[parts]]
id = "Q"
title_sv = "Del två"
title_en = "Part two"
opens_when = ["attested:P"]

[[items]]
id = "P1"
part = "P"
title_sv = "t"
title_en = "t"
section = "1"
mandatory = true
[[items.conditions]]
id = "P1"
type = "count"
kinds = ["evt"]
required = 30
label_sv = "EVT"
label_en = "EVT"

[[items]]
id = "P2"
part = "P"
title_sv = "t"
title_en = "t"
section = "2"
mandatory = true
attestation = true

[[items]]
id = "Q1"
part = "Q"
title_sv = "t"
title_en = "t"
section = "3"
mandatory = false
attestation = true
"""


def write(tmp_path: Path, text: str, name: str = "no-evt.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_file_is_summarised_part_by_part(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["curriculum", "check", str(write(tmp_path, GOOD))]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "no-evt.toml: valid"
    assert out[1] == "id no-evt, version 2025.1"
    assert "P    2 items  Part one" in out[3]
    assert "Q    1 item  Part two (opens when: attested:P)" in out[4]
    assert out[-1] == "3 items in 2 parts"


def test_the_shipped_swedish_file_checks_with_every_item_counted(
    capsys: pytest.CaptureFixture[str],
) -> None:
    se = load_curriculum("se-evt")
    assert main(["curriculum", "check", str(curricula_dir() / "se-evt-2024.toml")]) == 0
    out = capsys.readouterr().out
    assert f"id se-evt, version {se.version}" in out
    assert out.rstrip().endswith(f"{len(se.items)} items in {len(se.parts)} parts")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('kinds = ["evt"]', 'kinds = ["evtt"]'), "no-evt.toml: item P1, condition P1: unknown"),
        (('part = "Q"', 'part = "R"'), "no-evt.toml: item Q1: part 'R' is not declared"),
        (("required = 30", "required = 30\nflag_erly = false"), "unknown key(s) flag_erly"),
        (
            ('title_en = "Part two"', 'title_en = "Part two'),
            "no-evt.toml, line 15, column 21: not valid TOML",
        ),
    ],
)
def test_a_mistake_exits_1_and_says_what_and_where(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: tuple[str, str], message: str
) -> None:
    assert main(["curriculum", "check", str(write(tmp_path, GOOD.replace(*change)))]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and message in captured.err


def test_an_unreadable_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["curriculum", "check", str(tmp_path / "missing.toml")]) == 2
    assert "missing.toml: cannot be read" in capsys.readouterr().err
    assert main(["curriculum", "check", str(tmp_path)]) == 2
    binary = tmp_path / "scan.toml"
    binary.write_bytes(b"\xff\xfe\x00id")
    assert main(["curriculum", "check", str(binary)]) == 2
    assert "not UTF-8" in capsys.readouterr().err
    assert main(["curriculum"]) == 2  # no action given


def test_list_shows_what_init_accepts_and_names_a_skipped_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["curriculum", "list"]) == 0
    shipped = capsys.readouterr().out
    assert "se-evt@" in shipped and "us-cast@" in shipped and "uk-rcr-mt@" in shipped
    write(tmp_path, GOOD)
    write(tmp_path, GOOD.replace("evt", "evtt").replace("no-evtt", "broken"), "broken.toml")
    monkeypatch.setattr(loader, "curricula_dir", lambda: tmp_path)
    assert main(["curriculum", "list"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "no-evt@2025.1  Norwegian EVT  (no-evt.toml)\n"
    assert "skipped, does not load: broken.toml: item P1" in captured.err
