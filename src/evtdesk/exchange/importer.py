"""Importing entries from a JSON list or a CSV spreadsheet export.

Every row is validated before anything is written, and the rows go in as one
transaction: a file with one bad row imports nothing, and the error names each bad row
(numbered as the user sees them: JSON from 1, CSV counting the header as line 1).
"""

from __future__ import annotations

import csv
import io
import json
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from evtdesk.bundle.untrusted_json import UntrustedJson, loads
from evtdesk.entries.validation import EntryData, ValidationError, validate_entry
from evtdesk.exchange.files import FileRefused, read_limited

MAX_IMPORT_BYTES = 50 * 1024 * 1024
CHUNK = 1000  # rows validated between two progress reports (and Cancel checks)


class ImportFileError(Exception):
    """The file cannot be read as an import file at all (CLI exit 2)."""


class ImportCancelled(Exception):
    """The user stopped the import while the file was being checked; nothing was written."""


class ImportRejected(Exception):
    """Some rows are invalid; nothing was imported. `errors` lists them by row."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        shown = "\n".join(errors[:50])
        more = f"\n… and {len(errors) - 50} more" if len(errors) > 50 else ""
        super().__init__(f"Nothing was imported; {len(errors)} problem(s):\n{shown}{more}")


@dataclass(frozen=True)
class Row:
    label: str  # "entry" (JSON, counted from 1) or "line" (CSV, header is line 1)
    number: int
    values: Mapping[str, Any]


_SPACE = re.compile(r"[ \t\n\r]*")


def parse_json(text: str, decoder: json.JSONDecoder) -> Any:
    """`decoder.decode(text)`, with a top-level list decoded one element at a time.

    Decoding a 50 000-entry file in one C call held the GIL for a third of a second,
    freezing the app's window while the import ran on a worker thread; element by
    element, other threads run in between. Anything that is not a well-formed list is
    decoded whole, so a malformed file gets exactly its error."""
    start = _SPACE.match(text).end()  # type: ignore[union-attr]
    if not text.startswith("[", start):
        return decoder.decode(text)
    items: list[Any] = []
    pos = _SPACE.match(text, start + 1).end()  # type: ignore[union-attr]
    try:
        if not text.startswith("]", pos):
            while True:
                item, pos = decoder.raw_decode(text, pos)
                items.append(item)
                pos = _SPACE.match(text, pos).end()  # type: ignore[union-attr]
                if not text.startswith(",", pos):
                    break
                pos = _SPACE.match(text, pos + 1).end()  # type: ignore[union-attr]
        end = _SPACE.match(text, pos + 1).end()  # type: ignore[union-attr]
        if not text.startswith("]", pos) or end != len(text):
            raise json.JSONDecodeError("not one well-formed list", text, pos)
    except json.JSONDecodeError:
        return decoder.decode(text)
    return items


def _json_rows(text: str, name: str = "The file") -> list[Row]:
    try:
        data = loads(text, name, parse=parse_json)
    except UntrustedJson as error:
        raise ImportFileError(f"{error}.") from None
    if isinstance(data, dict) and isinstance(data.get("entries"), list):
        data = data["entries"]
    if not isinstance(data, list):
        raise ImportFileError("A JSON import file must hold a list of entries.")
    rows = []
    for index, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise ImportFileError(f"Entry {index} is not a JSON object.")
        rows.append(Row("entry", index, item))
    return rows


_DELIMITERS = ",;\t"


def _delimiter(text: str) -> str:
    """The delimiter the header row uses: the candidate it holds most of, outside quotes.
    (csv.Sniffer looks for consistency across rows, so one row with an extra cell made
    it give up and the file was misread as one column.)"""
    line = text.split("\n", 1)[0]
    outside = "".join(part for index, part in enumerate(line.split('"')) if index % 2 == 0)
    counts = {d: outside.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_rows(text: str) -> list[Row]:
    """Rows of a spreadsheet export; strict quoting, so a quote left open is named rather
    than swallowing the rest of the file into one cell."""
    dialect: Any = csv.excel
    reader = csv.DictReader(
        io.StringIO(text), dialect=dialect, delimiter=_delimiter(text), strict=True
    )
    rows = []
    try:
        if not reader.fieldnames or "kind" not in [f.strip() for f in reader.fieldnames]:
            raise ImportFileError(
                "A CSV import file needs a header row with at least a 'kind' column."
            )
        for record in reader:
            if None in record:
                raise ImportFileError(f"Line {reader.line_num} has more cells than the header.")
            values = {
                k.strip(): v for k, v in record.items() if k is not None and v not in (None, "")
            }
            if values:
                rows.append(Row("line", reader.line_num, values))
    except csv.Error as error:  # a cell over csv's size limit, a quote left open, …
        raise ImportFileError(
            f"Line {reader.line_num} cannot be read as CSV ({error}); nothing was imported."
        ) from None
    return rows


SAVE_AS_UTF8 = 'in Excel, choose File ▸ Save As ▸ "CSV UTF-8 (comma delimited)"'


def _decode(raw: bytes, path: Path, notes: list[str] | None) -> str:
    """The file's text. UTF-8 (with or without Excel's byte-order mark) as documented; a
    CSV that is not, as Windows-1252, which is what Excel in Swedish (and most Western
    languages) saves as plain "CSV" — with a note saying so, since a file in another
    encoding would then show wrong letters rather than be refused."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if path.suffix.lower() == ".json" or raw.lstrip().startswith((b"[", b"{")):
        raise ImportFileError(f"{path.name} is not UTF-8 text; JSON must be UTF-8.")
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        raise ImportFileError(
            f"{path.name} is not UTF-8 text; save it as UTF-8 ({SAVE_AS_UTF8})."
        ) from None
    if notes is not None:
        notes.append(
            f"{path.name} is not UTF-8; it was read as Windows-1252, the encoding Excel "
            f"saves plain CSV in. Check that å, ä and ö came out right, or save it as "
            f"UTF-8 ({SAVE_AS_UTF8})."
        )
    return text


def read_rows(path: Path, notes: list[str] | None = None) -> list[Row]:
    """Parse a .json or .csv file into rows; raise ImportFileError if it is unreadable.
    What the user should know about how it was read (an encoding guessed) is appended to
    `notes`."""
    try:
        raw = read_limited(path, "import file", MAX_IMPORT_BYTES)
    except FileRefused as refusal:
        raise ImportFileError(f"{str(refusal)[0].upper()}{str(refusal)[1:]}.") from None
    text = _decode(raw, path, notes)
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("[", "{")):
        return _json_rows(text, path.name)
    return _csv_rows(text)


def validate_rows(
    rows: list[Row],
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> list[EntryData]:
    """All rows checked; ImportRejected lists every problem of every bad row.

    A 50 000-row file takes seconds, so `progress(done, total)` is told every CHUNK rows,
    and a set `cancel` stops with ImportCancelled."""
    checked: list[EntryData] = []
    errors: list[str] = []
    for number, row in enumerate(rows):
        if number % CHUNK == 0 and number:
            if progress is not None:
                progress(number, len(rows))
            if cancel is not None and cancel.is_set():
                raise ImportCancelled()
        try:
            data = validate_entry(row.values)
            checked.append(replace(data, source=f"{row.label} {row.number}"))
        except ValidationError as error:
            errors.extend(f"{row.label} {row.number}: {problem}" for problem in error.problems)
        except (ValueError, TypeError, OverflowError):
            # A check that tripped over a value it did not foresee: the row is named, but
            # not the text of the error, which quotes the cell (and may be long or odd).
            errors.append(
                f"{row.label} {row.number}: a value cannot be read; check that each cell "
                "holds plain digits, dates and words"
            )
    if errors:
        raise ImportRejected(errors)
    if not checked:
        raise ImportRejected(["the file holds no entries"])
    return checked


def load_entries(
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    notes: list[str] | None = None,
) -> list[EntryData]:
    return validate_rows(read_rows(path, notes), progress, cancel)
