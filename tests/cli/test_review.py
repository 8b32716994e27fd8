"""A training board's review: every bundle of a folder in one table, judged by the board's
logbook — valid or not and why, whose key and whether it is trusted, against the bundles
the board saw, the part and the approval as the board's view judges them — with the exit
codes a script relies on, and with worker processes that never see the passphrase."""

from __future__ import annotations

import csv
import io
import json
import pickle
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from evtdesk.bundle.attestation import make_attestation
from evtdesk.bundle.manifest import sha256
from evtdesk.bundle.verify import Verdict
from evtdesk.cli import main
from evtdesk.cli.common import PASSPHRASE_ENV
from evtdesk.cli.review_output import csv_cell
from evtdesk.curriculum import evaluate
from evtdesk.curriculum.loader import load_shipped
from evtdesk.demo import create_demo
from evtdesk.exchange import export_bundle, identity_info, import_attestation, trust_key
from evtdesk.exchange.review import COLUMNS, approval_standing, reader_facts, review_bundle
from evtdesk.exchange.supervisor import BundleView
from evtdesk.model import Statement
from evtdesk.signing.identity import new_identity
from evtdesk.signing.minisign import public_key_text, public_of
from evtdesk.store import FAST_TEST_KDF, Logbook
from tests.curriculum.factories import approval, attest, snapshot

BOARD_PASS = "board passphrase"


@dataclass(frozen=True)
class Board:
    """The board's logbook (trusting Karin's key) and the bundles it received."""

    logbook: Path
    valid: Path  # Karin's bundle, signed with the key the board trusts
    tampered: Path  # the same with one byte of logbook.json changed
    untrusted: Path  # Lisa's bundle: a key the board has not trusted
    approved: Path  # Karin's next bundle, carrying Anna's approval of part A
    anna_key: str  # the key of the supervisor who signed it (not trusted by the board)
    demo_supervisor_key: str  # the demo's own supervisor, whose statements it carries


def _one_byte_changed(bundle: Path, out: Path) -> Path:
    with zipfile.ZipFile(bundle) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    data = bytearray(members["logbook.json"])
    data[data.index(b'"entries"') + 30] ^= 1
    members["logbook.json"] = bytes(data)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out


def _approval_signed_by_anna(trainee: Logbook, bundle: Path) -> str:
    """A supervisor the board does not know signs part A about her bundle; she imports it."""
    anna = new_identity()
    key = public_key_text(public_of(anna), "Anna Sjö")
    trust_key(trainee, key, "Anna Sjö", "supervisor")
    with zipfile.ZipFile(bundle) as archive:
        manifest = archive.read("manifest.json")
    statement = Statement("A", True, "Godkänd")
    data = make_attestation(anna, "Anna Sjö", json.loads(manifest), sha256(manifest), [statement])
    import_attestation(trainee, data)
    return key


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Board]:
    made = tmp_path_factory.mktemp("made")
    karin = create_demo(made / "karin.evtlog", kdf=FAST_TEST_KDF)
    lisa = Logbook.create(made / "lisa.evtlog", "lisa passphrase", "Lisa Berg", kdf=FAST_TEST_KDF)
    board = Logbook.create(made / "board.evtlog", BOARD_PASS, "Erik Holm", kdf=FAST_TEST_KDF)
    trust_key(board.logbook, identity_info(karin).public_key_text, "Karin Lindqvist", "trainee")
    valid = export_bundle(karin, made / "karin.evtbundle").path
    demo_supervisor = next(k for k in karin.records.trusted_keys() if k.role == "supervisor")
    anna_key = _approval_signed_by_anna(karin, valid)
    approved = export_bundle(karin, made / "karin-2.evtbundle").path
    untrusted = export_bundle(lisa.logbook, made / "lisa.evtbundle").path
    for logbook in (karin, lisa.logbook, board.logbook):
        logbook.close(backup=False)
    yield Board(
        made / "board.evtlog",
        valid,
        _one_byte_changed(valid, made / "tampered.evtbundle"),
        untrusted,
        approved,
        anna_key,
        demo_supervisor.public_key,
    )


def _folder(tmp_path: Path, *bundles: Path) -> Path:
    folder = tmp_path / "received"
    folder.mkdir(parents=True)
    for bundle in bundles:
        shutil.copy(bundle, folder / bundle.name)
    return folder


def _board_copy(board: Board, tmp_path: Path) -> Path:
    """The board's logbook copied, for a test that changes what it trusts."""
    copy = tmp_path / "board.evtlog"
    for suffix in ("", ".keys"):
        shutil.copy(f"{board.logbook}{suffix}", f"{copy}{suffix}")
    return copy


def _review(
    capsys: pytest.CaptureFixture[str], folder: Path, logbook: Path, *more: str
) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["review", str(folder), "--logbook", str(logbook), *more])
    out, err = capsys.readouterr()
    return code, out, err


def _rows(capsys: pytest.CaptureFixture[str], folder: Path, logbook: Path, *more: str) -> Any:
    code, out, _err = _review(capsys, folder, logbook, "--json", *more)
    return code, {row["file"]: row for row in json.loads(out)}


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, BOARD_PASS)


def test_a_valid_a_tampered_and_an_untrusted_bundle_each_get_a_row_that_says_so(
    board: Board, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path, board.valid, board.tampered, board.untrusted)
    code, out, _err = _review(capsys, folder, board.logbook, "--jobs", "1", "--language", "en")
    assert code == 1, "not every bundle is valid and trusted"
    lines = {line.split()[0]: line for line in out.splitlines() if ".evtbundle" in line}
    assert " valid " in lines["karin.evtbundle"] and " yes " in lines["karin.evtbundle"]
    assert "Karin Lindqvist " in lines["karin.evtbundle"]
    assert "INVALID" in lines["tampered.evtbundle"]
    assert "(unconfirmed)" in lines["tampered.evtbundle"], "an invalid bundle proves no name"
    assert "not trusted" in lines["lisa.evtbundle"] and " no " in lines["lisa.evtbundle"]
    assert "Lisa Berg (unconfirmed)" in lines["lisa.evtbundle"]
    assert "logbook.json does not match its hash in the manifest" in out
    assert "signed by a key you have not marked as trusted" in out
    assert "3 bundles: 1 valid and trusted, 1 not trusted, 1 invalid" in out

    only_valid = _folder(tmp_path / "ok", board.valid)
    assert _review(capsys, only_valid, board.logbook, "--jobs", "1")[0] == 0


def test_json_has_the_documented_keys_and_says_valid_trusted_and_why(
    board: Board, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path, board.valid, board.tampered, board.untrusted)
    code, rows = _rows(capsys, folder, board.logbook, "--jobs", "1")
    assert code == 1
    assert all(list(row) == list(COLUMNS) for row in rows.values())
    documented = (Path(__file__).parents[2] / "docs" / "review-format.md").read_text()
    assert all(f"`{key}`" in documented for key in COLUMNS)
    karin, tampered, lisa = (
        rows[n] for n in ("karin.evtbundle", "tampered.evtbundle", "lisa.evtbundle")
    )
    assert (karin["state"], karin["valid"], karin["trusted"]) == ("valid", True, True)
    assert (karin["trainee"], karin["trainee_confirmed"]) == ("Karin Lindqvist", True)
    assert karin["reasons"] == [] and karin["freshness"] == "first"
    assert (karin["current_part"], karin["approval"]) == ("PREP", "not_approved")
    assert (tampered["state"], tampered["valid"], tampered["trainee_confirmed"]) == (
        "invalid",
        False,
        False,
    )
    assert tampered["fingerprint"] == karin["fingerprint"] and tampered["freshness"] is None
    assert any("logbook.json does not match" in r for r in tampered["reasons"])
    assert (lisa["state"], lisa["valid"], lisa["trusted"]) == ("untrusted", True, False)
    assert (lisa["trainee"], lisa["trainee_confirmed"]) == ("Lisa Berg", False)


def test_csv_has_the_same_columns_and_no_cell_a_spreadsheet_would_run(
    board: Board, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path, board.valid, board.untrusted)
    (folder / "=HYPERLINK(1).evtbundle").write_text("not a bundle")
    code, out, _err = _review(capsys, folder, board.logbook, "--csv", "--jobs", "1")
    assert code == 1
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == list(COLUMNS) and len(rows) == 3
    by_state = {row["state"]: row for row in rows}
    assert by_state["unreadable"]["file"] == "'=HYPERLINK(1).evtbundle"
    assert by_state["valid"]["trusted"] == "true" and by_state["valid"]["reasons"] == ""
    assert by_state["untrusted"]["trainee_confirmed"] == "false"
    for text in ("=1+1", "+1", "-1", "@SUM(A1)", "\t=1"):
        assert csv_cell(text) == "'" + text
    assert csv_cell("Karin") == "Karin" and csv_cell(None) == "" and csv_cell(["a", "b"]) == "a | b"


def test_a_file_that_is_not_a_bundle_gets_a_row_and_the_others_theirs(
    board: Board, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path, board.valid)
    (folder / "notes.evtbundle").write_text("hello")
    (folder / "empty.evtbundle").write_bytes(b"")
    (folder / "cut.evtbundle").write_bytes(board.valid.read_bytes()[:4000])  # truncated
    (folder / "a-folder.evtbundle").mkdir()
    (folder / "readme.txt").write_text("not looked at: not a bundle's name")
    code, rows = _rows(capsys, folder, board.logbook, "--jobs", "1")
    assert code == 1 and len(rows) == 5
    assert rows["karin.evtbundle"]["state"] == "valid"
    for name in ("notes.evtbundle", "empty.evtbundle", "a-folder.evtbundle"):
        assert rows[name]["state"] == "unreadable" and rows[name]["reasons"], name
    assert rows["cut.evtbundle"]["state"] in ("unreadable", "invalid")
    assert rows["cut.evtbundle"]["valid"] is False and rows["cut.evtbundle"]["reasons"]
    assert "is a folder" in rows["a-folder.evtbundle"]["reasons"][0]


def test_a_check_that_fails_in_itself_is_a_row_not_a_traceback(
    board: Board, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import evtdesk.exchange.review as review

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("a bug in a check")

    monkeypatch.setattr(review, "verify_bundle", broken)
    with Logbook.open(board.logbook, BOARD_PASS) as logbook:
        facts = reader_facts(logbook)
    row = review_bundle(board.valid, facts)
    assert (row.state, row.accepted) == ("error", False)
    assert row.reasons == ("it could not be checked: RuntimeError: a bug in a check",)


def test_two_jobs_give_the_same_rows_as_one(
    board: Board, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Including what only the board's logbook knows: a supervisor it trusts (the approval
    then judged in its view) and the bundle it remembers (freshness)."""
    logbook = _board_copy(board, tmp_path)
    with Logbook.open(logbook, BOARD_PASS) as opened:
        trust_key(opened, board.anna_key, "Anna Sjö", "supervisor")
    folder = _folder(tmp_path, board.valid, board.tampered, board.untrusted, board.approved)
    (folder / "notes.evtbundle").write_text("hello")
    assert main(["verify", str(board.valid), "--logbook", str(logbook)]) == 0  # remembered
    one = _rows(capsys, folder, logbook, "--jobs", "1")
    two = _rows(capsys, folder, logbook, "--jobs", "2")
    assert one == two
    code, rows = one
    assert code == 1 and rows["karin.evtbundle"]["freshness"] == "seen"
    assert rows["karin-2.evtbundle"]["freshness"] == "newer"
    assert rows["karin-2.evtbundle"]["approval"] == "unheld"


def test_the_approval_and_the_part_are_as_the_boards_view_judges_them(
    board: Board, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Statements count only from keys the board trusts as supervisors'."""
    folder = _folder(tmp_path, board.approved)
    logbook = _board_copy(board, tmp_path)
    code, rows = _rows(capsys, folder, logbook, "--jobs", "1")
    row = rows["karin-2.evtbundle"]
    assert code == 0 and (row["approval"], row["current_part"]) == ("not_approved", "PREP")
    with Logbook.open(logbook, BOARD_PASS) as opened:
        trust_key(opened, board.anna_key, "Anna Sjö", "supervisor")
    row = _rows(capsys, folder, logbook, "--jobs", "1")[1]["karin-2.evtbundle"]
    assert (row["approval"], row["approval_signed_by"]) == ("unheld", "Anna Sjö")
    assert "does not stand" in row["approval_note"]
    assert row["approval_signed_on"] == date.today().isoformat()
    with Logbook.open(logbook, BOARD_PASS) as opened:
        trust_key(opened, board.demo_supervisor_key, "Erik Holm (demo)", "supervisor")
    row = _rows(capsys, folder, logbook, "--jobs", "1")[1]["karin-2.evtbundle"]
    assert row["current_part"] != "PREP", "the demo supervisor's approval of PREP now counts"


def test_the_approval_stands_only_as_the_curriculum_judges_it() -> None:
    curriculum = load_shipped("se-evt")
    today = date(2026, 6, 1)
    signed = date(2026, 3, 10)
    order = [attest("PREP", date(2025, 1, 1)), attest("NI", date(2025, 9, 1))]

    def standing(statements: list[Any]) -> dict[str, Any]:
        found = snapshot(attestations=statements)
        progress = evaluate(curriculum, found, today)
        view = BundleView(Verdict(True, True, ()), found, progress, {})
        return approval_standing(view, today)

    assert standing([*order, *approval(signed)])["approval"] == "stands"
    assert standing([*order, *approval(signed)])["approval_signed_on"] == signed.isoformat()
    assert standing([*order, attest("A", signed)])["approval"] == "unheld"  # no week passed
    assert standing(order) == {"approval": "not_approved"}
    assert (
        approval_standing(BundleView(Verdict(False, None, ("x",)), None, None, None), today) == {}
    )


def test_a_review_remembers_nothing(
    board: Board, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    logbook = _board_copy(board, tmp_path)
    folder = _folder(tmp_path, board.valid)
    for _ in range(2):
        code, rows = _rows(capsys, folder, logbook, "--jobs", "1")
        assert code == 0 and rows["karin.evtbundle"]["freshness"] == "first"
    with Logbook.open(logbook, BOARD_PASS) as opened:
        key = next(k.public_key for k in opened.records.trusted_keys())
        assert opened.records.seen_bundles(key) == []


@pytest.mark.parametrize("what", ["missing", "empty", "a file", "only other files"])
def test_a_folder_that_is_not_there_or_holds_no_bundle_is_exit_2(
    board: Board,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    what: str,
) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV)  # said before any passphrase is asked
    folder = tmp_path / "received"
    if what == "a file":
        folder.write_text("x")
    elif what != "missing":
        folder.mkdir()
    if what == "only other files":
        (folder / "karin.zip").write_bytes(board.valid.read_bytes())
    code, out, err = _review(capsys, folder, board.logbook)
    assert code == 2 and out == ""
    expected = {
        "missing": "there is no folder",
        "empty": "holds no bundle (*.evtbundle)",
        "a file": "is not a folder",
        "only other files": "holds no bundle",
    }[what]
    assert expected in err and "passphrase" not in err


def test_the_table_speaks_swedish(
    board: Board, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path, board.valid, board.tampered)
    code, out, _err = _review(capsys, folder, board.logbook, "--jobs", "1", "--language", "sv")
    assert code == 1
    assert out.startswith("FIL ") and "ASPIRANT" in out and "GODKÄNNANDE (A)" in out
    assert "giltigt" in out and "OGILTIGT" in out and "obekräftat" in out


def test_workers_get_neither_the_passphrase_nor_the_key(
    board: Board, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The facts handed to workers hold no secret, and the workers start fresh (spawn)
    with the passphrase's variable out of the environment."""
    import evtdesk.exchange.review_pool as pool

    with Logbook.open(board.logbook, BOARD_PASS) as logbook:
        facts = reader_facts(logbook)
        seed = logbook.signing_key().seed
    handed = pickle.dumps(facts)
    assert seed not in handed and BOARD_PASS.encode() not in handed
    seen: dict[str, Any] = {}

    class Recording:
        """Runs the work here, recording how the pool was made and the environment."""

        def __init__(self, workers: int, mp_context: Any, initializer: Any, initargs: Any):
            seen.update(method=mp_context.get_start_method(), initargs=initargs)
            seen["passphrase"] = pool.os.environ.get(PASSPHRASE_ENV)
            initializer(*initargs)

        def __enter__(self) -> Recording:
            return self

        def __exit__(self, *_exc: object) -> None:
            return None

        def submit(self, function: Any, path: str) -> Any:
            from concurrent.futures import Future

            seen["submitted"] = pool.os.environ.get(PASSPHRASE_ENV)
            future: Future[Any] = Future()
            future.set_result(function(path))
            return future

    monkeypatch.setattr(pool, "ProcessPoolExecutor", Recording)
    rows = pool.review_all([board.valid, board.untrusted], facts, 2, (PASSPHRASE_ENV,))
    assert [r.state for r in rows] == ["valid", "untrusted"]
    assert seen["method"] == "spawn" and seen["initargs"] == (facts,)
    assert seen["passphrase"] is None and seen["submitted"] is None
    assert pool.os.environ[PASSPHRASE_ENV] == BOARD_PASS, "put back afterwards"


def test_jobs_is_at_least_one_and_json_and_csv_do_not_go_together(
    board: Board, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path, board.valid)
    code, _out, err = _review(capsys, folder, board.logbook, "--jobs", "0")
    assert code == 2 and "--jobs is at least 1" in err
    assert _review(capsys, folder, board.logbook, "--json", "--csv")[0] == 2


def test_a_long_review_in_one_process_does_not_keep_each_bundles_garbage(
    board: Board, tmp_path: Path
) -> None:
    """The command runs with the cyclic collector paused; a bundle's cycles are freed
    after it, or a year's thousand bundles would keep some 600 MiB."""
    import gc

    from evtdesk import gc_pause
    from evtdesk.exchange.review_pool import review_all

    with Logbook.open(board.logbook, BOARD_PASS) as logbook:
        facts = reader_facts(logbook)
    paths = [board.untrusted] * 8
    with gc_pause.paused():
        review_all(paths[:2], facts, 1)
        before = len(gc.get_objects())
        review_all(paths, facts, 1)
        grown = len(gc.get_objects()) - before
    assert grown < 2000, f"{grown} objects more after 8 bundles"
