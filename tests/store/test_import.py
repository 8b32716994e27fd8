"""The import file's rows as a spreadsheet writes them: delimiters, extra cells, row numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from evtdesk.exchange.importer import ImportFileError, ImportRejected, load_entries, read_rows
from evtdesk.store import Logbook, LogbookError


def test_a_semicolon_csv_with_an_extra_cell_names_that_line(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("kind;date;title;hours\ncme;2026-01-03;t;1\ncme;2026-01-04;t;1;extra\n")
    with pytest.raises(ImportFileError, match="Line 3 has more cells than the header"):
        load_entries(source)


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_each_spreadsheet_delimiter_is_read(tmp_path: Path, delimiter: str) -> None:
    source = tmp_path / "in.csv"
    rows = [
        ["kind", "date", "title", "hours", "notes"],
        ["cme", "2026-01-03", "Stroke day", "4.5", '"a, b; c"'],
    ]
    source.write_text("\n".join(delimiter.join(row) for row in rows) + "\n")
    [entry] = load_entries(source)
    assert entry.fields == {"title": "Stroke day", "hours": 4.5} and entry.notes == "a, b; c"


def test_a_missing_kind_is_reported_with_its_row(tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text(
        '[{"kind": "cme", "date": "2026-01-03", "title": "t", "hours": 1}, {"date": "2026-01-03"}]'
    )
    with pytest.raises(ImportRejected) as caught:
        load_entries(source)
    kinds = caught.value.errors[0].split("one of ")[1]
    assert caught.value.errors == [f"entry 2: kind: is missing: every entry needs one of {kinds}"]
    assert "unknown kind" not in str(caught.value)


def test_an_unknown_site_is_refused_with_its_row_and_nothing_is_saved(
    logbook: Logbook, tmp_path: Path
) -> None:
    site = logbook.records.add_site("Ryhov", "Radiologi")
    source = tmp_path / "in.csv"
    source.write_text(
        f"kind,date,title,hours,site_id\ncme,2026-01-03,t,1,{site.id}\ncme,2026-01-03,t,1,99\n"
    )
    with pytest.raises(LogbookError) as caught:
        logbook.entries.add_many(load_entries(source))
    assert "line 3: site_id: there is no site 99" in str(caught.value)
    assert "foreign key" not in str(caught.value).lower()
    assert logbook.entries.count() == 0


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested more than 64 levels deep"),
        ('[{"kind": "cme", "date": "2026-01-05", "hours": ' + "9" * 5000 + "}]", "5000 digits"),
        ('[{"kind": "cme", "date": "2026-01-05", "title": "\\ud800"}]', "broken character"),
        ('[{"kind": "cme", "date": "2026-01-05", "hours": NaN}]', "NaN"),
    ],
)
def test_a_hostile_json_file_is_refused_with_a_message(
    tmp_path: Path, content: str, said: str
) -> None:
    """Each used to end in a traceback: RecursionError, a ValueError about integer string
    conversion, a UnicodeEncodeError in the database."""
    path = tmp_path / "cases.json"
    path.write_text(content)
    with pytest.raises(ImportFileError, match=said):
        read_rows(path)


@pytest.mark.parametrize(
    "text",
    [
        '[{"kind": "evt", "notes": "åäö \\u2192"}, 1, [2, {"a": null}], "x"]',
        " \n [ ] \n",
        "[]",
        '{"entries": [{"kind": "evt"}]}',
        "[1, 2",
        "[1, 2,]",
        "[1 2]",
        "[1] x",
        "[NaN, -Infinity, 1e400]",
        "",
    ],
)
def test_a_list_read_element_by_element_is_what_json_loads_reads(text: str) -> None:
    import json

    from evtdesk.exchange.importer import parse_json

    decoder = json.JSONDecoder()
    try:
        expected: object = json.loads(text)
    except json.JSONDecodeError as error:
        with pytest.raises(json.JSONDecodeError) as caught:
            parse_json(text, decoder)
        assert (caught.value.msg, caught.value.pos) == (error.msg, error.pos)
        return
    got = parse_json(text, decoder)
    assert json.dumps(got) == json.dumps(expected)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("kind,title\ncme," + "x" * 200_000 + "\n", "cannot be read as CSV"),
        ('kind,title\ncme,"open quote\ncme,next\n', "cannot be read as CSV"),
    ],
)
def test_a_csv_file_csv_cannot_read_is_a_message(tmp_path: Path, content: str, said: str) -> None:
    path = tmp_path / "cases.csv"
    path.write_text(content)
    with pytest.raises(ImportFileError, match=said):
        read_rows(path)


def test_a_device_or_a_pipe_is_not_read_at_all(tmp_path: Path) -> None:
    """stat() says 0 bytes for /dev/zero, which would otherwise be read until memory runs
    out; a named pipe would block for ever."""
    import os

    with pytest.raises(ImportFileError, match="not a file"):
        read_rows(Path("/dev/zero"))
    fifo = tmp_path / "cases.json"
    os.mkfifo(fifo)
    with pytest.raises(ImportFileError, match="not a file"):
        read_rows(fifo)
