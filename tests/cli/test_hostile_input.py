"""Every reader of outside bytes answers with a message and an exit code, never a
traceback (issue 21, "Hostile bytes"): a self-signed bundle with a type-swapped
logbook.json, a CSV file with odd characters or in no known encoding, a key "file" that
is a pipe, a device or a sparse file of gigabytes."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evtdesk.cli import main
from evtdesk.demo import create_demo
from evtdesk.entries.kinds import KINDS
from evtdesk.exchange import export_bundle, identity_info
from evtdesk.exchange.files import FileRefused
from evtdesk.exchange.keys import MAX_KEY_BYTES, read_key_file
from evtdesk.store import FAST_TEST_KDF, Logbook
from tests.conftest import PASSPHRASE
from tests.exchange.resign import logbook_of, with_logbook

SUPERVISOR_PASS = "supervisor pass"


class Trainee:
    """The demo trainee's bundle, her key file, and what makes a hostile bundle of it."""

    def __init__(self, folder: Path) -> None:
        logbook = create_demo(folder / "trainee.evtlog", kdf=FAST_TEST_KDF)
        self.folder = folder
        self.bundle = export_bundle(logbook, folder / "b.evtbundle").path.read_bytes()
        self.key = logbook.signing_key()
        self.pub = folder / "trainee.pub"
        self.pub.write_text(identity_info(logbook).public_key_text)
        logbook.close(backup=False)

    def with_entry(self, kind: str, changes: dict[str, Any], name: str = "h.evtbundle") -> Path:
        """The bundle, its first entry now one of `kind` with `changes`, re-signed."""
        document = logbook_of(self.bundle)
        first = dict(document["entries"][0])
        for field in next(k for k in KINDS if k.id == first["kind"]).fields:
            first.pop(field.name, None)
        document["entries"][0] = first | {"kind": kind} | changes
        path = self.folder / name
        path.write_bytes(with_logbook(self.bundle, self.key, json.dumps(document).encode()))
        return path


@pytest.fixture(scope="module")
def trainee(tmp_path_factory: pytest.TempPathFactory) -> Trainee:
    return Trainee(tmp_path_factory.mktemp("hostile_cli"))


def _strict_json(text: str) -> Any:
    """JSON as any other program reads it: `Infinity` or `NaN` is not JSON."""

    def refuse(name: str) -> None:
        raise ValueError(f"{name} is not JSON")

    return json.loads(text, parse_constant=refuse)


def test_verify_names_the_wrong_field_in_words_and_in_json(
    trainee: Trainee, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = trainee.with_entry("cme", {"title": "Stroke day", "hours": "lots"})
    trust = ["--trust", str(trainee.pub), "--language", "en"]
    code = main(["verify", str(bundle), *trust])
    out = capsys.readouterr().out
    assert code in (0, 1) and "The contents cannot be shown: logbook.json is malformed" in out
    assert "hours is not a number from 0 to 500" in out
    assert main(["verify", str(bundle), *trust, "--json"]) in (0, 1)
    document = _strict_json(capsys.readouterr().out)
    assert "hours is not a number" in document["problem"] and document["valid"] is True


def test_verify_exits_non_zero_when_the_contents_cannot_be_read(
    trainee: Trainee, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = trainee.with_entry("cme", {"title": "Stroke day", "hours": "lots"})
    assert main(["verify", str(bundle), "--trust", str(trainee.pub), "--json"]) == 1


def test_attest_refuses_a_bundle_whose_contents_cannot_be_read(
    trainee: Trainee, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    supervisor = tmp_path / "s.evtlog"
    Logbook.create(supervisor, SUPERVISOR_PASS, "Erik Holm", kdf=FAST_TEST_KDF).logbook.close(
        backup=False
    )
    monkeypatch.setenv("EVTDESK_PASSPHRASE", SUPERVISOR_PASS)
    trust = ["trust", str(supervisor), str(trainee.pub), "--name", "Karin", "--role", "trainee"]
    assert main([*trust, "--yes"]) == 0
    bundle = trainee.with_entry("evt", {"sich": "no", "role": "first_operator"})
    out = tmp_path / "a.evtattest"
    code = main(["attest", str(supervisor), str(bundle), "--approve", "NI1=Bra", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and "its contents cannot be read, so there is nothing to attest" in err
    assert "sich is not true or false" in err and not out.exists()


_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**17), max_value=10**17),
    st.floats(),
    st.text(max_size=20),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    where=st.sampled_from([(k.id, f.name) for k in KINDS for f in k.fields]),
    value=_VALUES,
)
def test_verify_json_always_answers_with_an_exit_code_and_json(
    trainee: Trainee, capsys: pytest.CaptureFixture[str], where: tuple[str, str], value: Any
) -> None:
    kind, field = where
    bundle = trainee.with_entry(kind, {field: value})  # NaN is written as NaN: not JSON
    capsys.readouterr()
    code = main(["verify", str(bundle), "--trust", str(trainee.pub), "--json"])
    assert code in (0, 1, 2)
    document = _strict_json(capsys.readouterr().out)
    assert isinstance(document, dict)


# --- CSV import --------------------------------------------------------------------


@pytest.fixture
def empty_logbook(logbook: Logbook, logbook_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A logbook holding one entry, closed, its passphrase in the environment."""
    logbook.entries.add(
        {"kind": "stroke_alarm", "date": "2026-01-02", "case_number": "S0", "thrombolysis": True}
    )
    logbook.close(backup=False)
    monkeypatch.setenv("EVTDESK_PASSPHRASE", PASSPHRASE)
    return logbook_path


def _count(path: Path) -> int:
    with Logbook.open(path, PASSPHRASE) as reopened:
        return reopened.entries.count()


def test_a_cp1252_csv_with_a_superscript_in_number_cells_names_row_and_column(
    empty_logbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Excel's plain CSV with "²" where a site's number goes: `"²".isdigit()` is true and
    `int("²")` then raised a ValueError quoting the cell, out of `evtdesk import`."""
    source = tmp_path / "excel.csv"
    source.write_bytes(
        "kind;date;case_number;thrombolysis;site_id;nihss;notes\n"
        "stroke_alarm;2026-01-03;S1;ja;²;3²;Åsa\n".encode("cp1252")
    )
    assert main(["import", str(empty_logbook), str(source)]) == 1
    err = capsys.readouterr().err
    assert "line 2: site_id: must be a site number" in err
    assert "line 2: nihss: must be a whole number" in err
    assert "²" not in err and "Traceback" not in err
    assert _count(empty_logbook) == 1


def test_a_csv_in_no_known_encoding_is_a_usage_error_that_says_what_to_do(
    empty_logbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "odd.csv"  # 0x81 and 0x9d are neither UTF-8 nor Windows-1252
    source.write_bytes(b"kind;date;notes\nstroke_alarm;2026-01-03;\x81\x9d\n")
    assert main(["import", str(empty_logbook), str(source)]) == 2
    err = capsys.readouterr().err
    assert "is not UTF-8 text; save it as UTF-8" in err and "\\x81" not in err
    assert _count(empty_logbook) == 1


def test_a_check_tripping_over_a_cell_names_the_row_not_the_cell(
    empty_logbook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """Whatever a later check trips over, the import answers with the row and exit 1."""
    import evtdesk.exchange.importer as importer

    def trips(_values: Any) -> Any:
        raise ValueError("invalid literal for int() with base 10: 'SECRET²'")

    monkeypatch.setattr(importer, "validate_entry", trips)
    source = tmp_path / "in.csv"
    source.write_text("kind;date\nstroke_alarm;2026-01-03\n", encoding="utf-8")
    assert main(["import", str(empty_logbook), str(source)]) == 1
    err = capsys.readouterr().err
    assert "line 2: a value cannot be read" in err and "SECRET" not in err
    assert _count(empty_logbook) == 1


# --- key files ---------------------------------------------------------------------


def _within(seconds: float, work: Callable[[], Any], unblock: Callable[[], None]) -> Any:
    """`work()`'s result or exception, failing (not hanging) if it is still blocked after
    `seconds`; `unblock` then releases it so the test run can end."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as error:  # handed to the test below
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        unblock()
        thread.join(5)
        pytest.fail(f"still blocked after {seconds} s")
    return outcome[0]


def _release(fifo: Path) -> Callable[[], None]:
    def unblock() -> None:
        with open(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK), "wb"):
            pass

    return unblock


needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


@needs_fifo
def test_a_key_file_that_is_a_pipe_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "karin.pub"
    os.mkfifo(fifo)
    result = _within(5, lambda: read_key_file(fifo), _release(fifo))
    assert isinstance(result, FileRefused) and "is not a file (a device or a pipe)" in str(result)


@needs_fifo
def test_trust_and_verify_refuse_a_pipe_for_a_key_with_exit_2(
    trainee: Trainee, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    fifo = tmp_path / "key"  # no suffix, no slash given: it used to be read as a key line
    os.mkfifo(fifo)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EVTDESK_PASSPHRASE", "whatever")
    trust = ["trust", str(tmp_path / "s.evtlog"), "key", "--name", "K", "--role", "trainee"]
    assert _within(10, lambda: main([*trust, "--yes"]), _release(fifo)) == 2
    assert "key is not a file (a device or a pipe)" in capsys.readouterr().err
    verify = ["verify", str(trainee.folder / "b.evtbundle"), "--trust", "key", "--json"]
    assert _within(10, lambda: main(verify), _release(fifo)) == 2
    assert "not a file (a device or a pipe)" in _strict_json(capsys.readouterr().out)["error"]


def test_a_device_or_a_folder_is_not_a_key_file(tmp_path: Path) -> None:
    if Path("/dev/null").exists():  # a device (not /dev/zero: a regression would read it forever)
        with pytest.raises(FileRefused, match="a device or a pipe"):
            read_key_file("/dev/null")
    with pytest.raises(FileRefused, match="is a folder"):
        read_key_file(tmp_path)
    with pytest.raises(FileRefused, match="there is no key file"):
        read_key_file(tmp_path / "missing.pub")


def test_a_sparse_key_file_of_gigabytes_is_refused_unread(
    trainee: Trainee, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.pub"
    with open(big, "wb") as handle:
        handle.truncate(256 * 1024 * 1024)  # claims 256 MB, holds none on disk
    with pytest.raises(FileRefused, match="too large for a key file"):
        read_key_file(big)
    assert main(["verify", str(trainee.folder / "b.evtbundle"), "--trust", str(big)]) == 2
    assert "too large for a key file" in capsys.readouterr().err
    just_over = tmp_path / "over.pub"
    just_over.write_bytes(trainee.pub.read_bytes() + b"\n" * MAX_KEY_BYTES)
    with pytest.raises(FileRefused, match="too large"):
        read_key_file(just_over)
    assert read_key_file(trainee.pub) == trainee.pub.read_text()
