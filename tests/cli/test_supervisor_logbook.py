"""A supervisor's own logbook (issue 24): `evtdesk init --role supervisor` makes a desk
that holds his key and the keys he trusts and no training; commands about the owner's
own training refuse it with what to do instead, and leave it as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from evtdesk.cli import main
from evtdesk.model import PersonRole
from evtdesk.store import SUPERVISOR_LOGBOOK, TRAINEE_LOGBOOK, Logbook, database
from evtdesk.store.check import check_logbook
from evtdesk.store.errors import LogbookError
from tests.conftest import FAST_TEST_KDF, PASSPHRASE


@pytest.fixture(autouse=True)
def passphrase_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVTDESK_PASSPHRASE", PASSPHRASE)


def supervisors(path: Path) -> Path:
    created = Logbook.create(
        path, PASSPHRASE, "Erik Holm", kdf=FAST_TEST_KDF, owner_role=SUPERVISOR_LOGBOOK
    )
    created.logbook.close(backup=False)
    return path


def test_init_makes_a_supervisors_logbook_that_says_what_to_do_next(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "erik.evtlog"
    assert main(["init", str(path), "--name", "Erik Holm", "--role", "supervisor"]) == 0
    out = capsys.readouterr().out
    assert "the supervisor's logbook of Erik Holm" in out and "evtdesk trainees" in out
    with Logbook.open(path, PASSPHRASE) as logbook:
        assert logbook.owner_role == SUPERVISOR_LOGBOOK and logbook.is_supervisors
        assert logbook.owner_name == "Erik Holm"
        assert [(p.name, p.role) for p in logbook.records.people()] == [
            ("Erik Holm", PersonRole.SUPERVISOR)
        ]
        assert check_logbook(logbook).problems == ()
    # a trainee's logbook stays as it was
    trainee = tmp_path / "karin.evtlog"
    assert main(["init", str(trainee), "--name", "Karin Ek"]) == 0
    with Logbook.open(trainee, PASSPHRASE) as logbook:
        assert logbook.owner_role == TRAINEE_LOGBOOK and logbook.owner_name == "Karin Ek"


@pytest.mark.parametrize(
    "command",
    [
        ["progress", "{path}"],
        ["export", "{path}", "--out", "{dir}/b.evtbundle"],
        ["period", "add", "{path}", "--part", "PREP", "--start", "2026-01-01"],
        ["exam-week", "start", "{path}", "--site", "1", "--start", "2026-01-05"],
        ["quality", "{path}"],
    ],
    ids=lambda c: c[0],
)
def test_commands_about_his_own_training_refuse_his_logbook_and_change_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    path = supervisors(tmp_path / "erik.evtlog")
    with Logbook.open(path, PASSPHRASE) as logbook:
        before = logbook.snapshot().chain_seq
    args = [a.replace("{path}", str(path)).replace("{dir}", str(tmp_path)) for a in command]
    code = main(args)
    err = capsys.readouterr().err
    assert code != 0
    assert "is a supervisor's logbook: it holds no training of its own" in err
    assert "Traceback" not in err
    assert not (tmp_path / "b.evtbundle").exists()
    with Logbook.open(path, PASSPHRASE) as logbook:
        assert logbook.snapshot().chain_seq == before


def test_his_desk_commands_work_on_his_logbook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = supervisors(tmp_path / "erik.evtlog")
    assert main(["identity", str(path)]) == 0
    assert main(["trainees", str(path)]) == 0
    assert "No trainee's key is trusted" in capsys.readouterr().out


def test_whose_logbook_it_is_cannot_be_changed_behind_check(tmp_path: Path) -> None:
    """Whose logbook it is decides what it offers; a raw edit of it is named by check."""
    path = supervisors(tmp_path / "erik.evtlog")
    with Logbook.open(path, PASSPHRASE) as logbook:
        key = logbook.database_key()
    engine = database.open_engine(path, key)
    with engine.begin() as connection:
        connection.execute(text("UPDATE meta SET value = 'trainee' WHERE key = 'owner_role'"))
    engine.dispose()
    with Logbook.open(path, PASSPHRASE) as logbook:
        assert any("owner_role" in p for p in check_logbook(logbook).problems)


def test_a_logbook_is_a_trainees_or_a_supervisors(tmp_path: Path) -> None:
    with pytest.raises(LogbookError, match="a trainee's or a supervisor's"):
        Logbook.create(tmp_path / "x.evtlog", PASSPHRASE, "Erik", owner_role="board")
    assert not (tmp_path / "x.evtlog").exists()
