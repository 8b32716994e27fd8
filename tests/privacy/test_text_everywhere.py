"""Free text that reaches a signed document is screened where it is recorded (issue 21,
"Privacy everywhere text enters or leaves"): the readiness checklist's evidence and notes,
a reference value's source, and the owner's name of a new logbook. A number is refused
with a message that names the field, never the number, and nothing is saved or created."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from evtdesk.cli import main
from evtdesk.curriculum.outcomes.references import REFERENCES_SETTING
from evtdesk.exchange.readiness import readiness_of, record_readiness, write_readiness
from evtdesk.quality.readiness import readiness_setting
from evtdesk.store import FAST_TEST_KDF, Logbook, LogbookError
from evtdesk.store.settings import FREE_TEXT_SETTINGS
from tests.conftest import PASSPHRASE

NUMBER = "811218-9876"  # a valid date and Luhn digit (a test number, not a person)
HIDDEN = "pnr 8\u200b1121 8\u20139876"  # the same, spaced, with a zero-width space and en dash
DIGITS = "8112189876"


@pytest.fixture(autouse=True)
def passphrase_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVTDESK_PASSPHRASE", PASSPHRASE)


def without_number(text: str) -> bool:
    plain = "".join(c for c in text if c.isdigit())
    return DIGITS not in plain and NUMBER not in text


@pytest.fixture
def site_book(logbook: Logbook, logbook_path: Path) -> Path:
    logbook.records.add_site("Sunderby sjukhus", "Röntgen", evt_per_year=62)
    logbook.close(backup=False)
    return logbook_path


def settings_of(path: Path) -> dict[str, object]:
    with Logbook.open(path, PASSPHRASE) as opened:
        return opened.records.settings()


# --- the readiness checklist ---------------------------------------------------------------


@pytest.mark.parametrize("field", ["--evidence", "--notes"])
@pytest.mark.parametrize("text", [NUMBER, HIDDEN])
def test_readiness_cli_refuses_a_number_and_records_nothing(
    site_book: Path, capsys: pytest.CaptureFixture[str], field: str, text: str
) -> None:
    before = settings_of(site_book)
    code = main(["readiness", str(site_book), "--site", "1", "--set", "H5=partly", field, text])
    err = capsys.readouterr().err
    assert code == 1
    assert f"H5 {field.lstrip('-')}" in err and "identity" in err
    assert without_number(err)
    assert settings_of(site_book) == before
    assert readiness_setting(1) not in before


def test_readiness_core_refuses_for_the_app_too(logbook: Logbook) -> None:
    """The app's dialog calls `record_readiness`, as the command line does."""
    logbook.records.add_site("Sunderby sjukhus", "Röntgen", evt_per_year=62)
    with pytest.raises(LogbookError) as refused:
        record_readiness(logbook, 1, "H5", "met", "CT 24/7", f"ask {NUMBER}")
    assert "H5 notes" in str(refused.value) and without_number(str(refused.value))
    assert "Nothing was recorded" in str(refused.value), "refused before the store is asked"
    assert logbook.records.setting(readiness_setting(1)) is None
    record_readiness(logbook, 1, "H5", "met", "CT 24/7", "MRI weekdays")  # clean text is kept
    h5 = {c.item.id: c for c in readiness_of(logbook, 1).criteria}["H5"]
    assert (h5.status, h5.evidence, h5.notes) == ("met", "CT 24/7", "MRI weekdays")


def test_a_number_recorded_before_the_screen_is_never_printed_in_the_checklist(
    logbook: Logbook, tmp_path: Path
) -> None:
    """A checklist whose evidence was saved unscreened (by an older version) is refused,
    and the message names the criterion, so she can record it again without."""
    logbook.records.add_site("Sunderby sjukhus", "Röntgen", evt_per_year=62)
    key = readiness_setting(1)
    with logbook._write() as session:  # as an older version left it: no screen at all
        from evtdesk.store.schema import Setting

        session.add(Setting(key=key, value=json.dumps({"H3": {"status": "met", "notes": NUMBER}})))
    out = tmp_path / "ready.pdf"
    with pytest.raises(LogbookError) as refused:
        write_readiness(logbook, 1, out, "en", datetime(2026, 5, 1, tzinfo=UTC))
    assert "H3 notes" in str(refused.value) and without_number(str(refused.value))
    assert not out.exists()
    record_readiness(logbook, 1, "H3", "met", None, "")
    assert write_readiness(logbook, 1, out, "en").path == out


# --- reference values ----------------------------------------------------------------------


@pytest.mark.parametrize("text", [f"Riksstroke, {NUMBER}", HIDDEN])
def test_reference_source_with_a_number_is_refused_by_the_cli(
    site_book: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    before = settings_of(site_book)
    code = main(["quality", str(site_book), "--set-reference", "arrival_to_puncture=62",
                 "--source", text, "--source-year", "2024"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert "--source" in err and "identity" in err and without_number(err)
    assert settings_of(site_book) == before
    assert REFERENCES_SETTING not in before


def test_the_store_refuses_a_reference_source_with_a_number(logbook: Logbook) -> None:
    """The app's reference dialog saves the references as the setting itself: the store
    refuses there, so no path keeps a source holding a number."""
    value = {"arrival_to_puncture": {"minutes": 62.0, "source": HIDDEN, "year": 2024}}
    with pytest.raises(LogbookError) as refused:
        logbook.records.set_setting(REFERENCES_SETTING, value)
    assert "arrival_to_puncture source" in str(refused.value)
    assert without_number(str(refused.value))
    assert logbook.records.setting(REFERENCES_SETTING) is None
    value["arrival_to_puncture"]["source"] = "Riksstroke 2024"
    logbook.records.set_setting(REFERENCES_SETTING, value)
    assert logbook.records.setting(REFERENCES_SETTING) == value


def test_the_store_refuses_a_readiness_setting_with_a_number(logbook: Logbook) -> None:
    with pytest.raises(LogbookError) as refused:
        logbook.records.set_setting(readiness_setting(4), {"H2": {"evidence": NUMBER}})
    assert "H2 evidence" in str(refused.value) and without_number(str(refused.value))
    assert logbook.records.setting(readiness_setting(4)) is None


def test_other_settings_are_not_screened(logbook: Logbook) -> None:
    """A path or a digest in another setting is no free text: it must not be refused."""
    logbook.records.set_setting("backup.folder", f"/media/{DIGITS}")
    assert logbook.records.setting("backup.folder") == f"/media/{DIGITS}"


def test_the_store_names_the_settings_that_quality_keeps() -> None:
    """The store may not import `quality`; the names it screens must still be its own."""
    assert readiness_setting(7).startswith("readiness.site.")
    assert set(FREE_TEXT_SETTINGS) == {"readiness.site.", REFERENCES_SETTING}


# --- a new logbook's name ------------------------------------------------------------------


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("name", [NUMBER, f"Anna {HIDDEN}"])
def test_init_with_a_number_in_the_name_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    folder = tmp_path / "books"
    folder.mkdir()
    code = main(["init", str(folder / "trainee.evtlog"), "--name", name])
    err = capsys.readouterr().err
    assert code == 1
    assert "name" in err and "identity" in err and without_number(err)
    assert leftovers(folder) == []


@pytest.mark.parametrize("name", [NUMBER, "   "])
def test_logbook_create_checks_the_name_before_any_file(tmp_path: Path, name: str) -> None:
    """The app's start screen calls `Logbook.create`: the check there is what keeps a
    refused name from leaving a logbook, its .keys or anything else behind."""
    with pytest.raises(LogbookError) as refused:
        Logbook.create(tmp_path / "trainee.evtlog", PASSPHRASE, name, kdf=FAST_TEST_KDF)
    assert without_number(str(refused.value))
    assert leftovers(tmp_path) == []


def test_init_refuses_the_name_before_asking_for_a_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No passphrase is asked (twice) for a logbook that will not be made."""
    monkeypatch.delenv("EVTDESK_PASSPHRASE")
    code = main(["init", str(tmp_path / "trainee.evtlog"), "--name", NUMBER])
    err = capsys.readouterr().err
    assert code == 1 and "name" in err and "passphrase" not in err and without_number(err)
    assert leftovers(tmp_path) == []
