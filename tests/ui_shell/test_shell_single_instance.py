"""A second start of EVTDesk hands its files to the running window and ends."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from evtdesk.ui import single_instance
from evtdesk.ui.single_instance import SingleInstance, server_name

unix_only = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="Unix sockets")


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A private runtime folder, so the test's instance is not the developer's app."""
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


@pytest.fixture
def first(qapp, runtime: Path):  # type: ignore[no-untyped-def]
    instance = SingleInstance()
    assert instance.listen()
    yield instance
    instance.close()


def send_raw(path: str, data: bytes) -> threading.Thread:
    """Send `data` from a plain socket in a thread (the GUI thread must keep serving)."""

    def talk() -> None:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(5)
            client.connect(path)
            client.sendall(data)
            with contextlib.suppress(OSError):  # the answer, or the server hanging up
                client.recv(16)

    thread = threading.Thread(target=talk, daemon=True)
    thread.start()
    return thread


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_RUNTIME_DIR naming")
def test_a_second_start_hands_its_file_to_the_first(qtbot, first, runtime, tmp_path):
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), QT_QPA_PLATFORM="offscreen")
    with qtbot.waitSignal(first.files_received, timeout=30_000) as received:
        second = subprocess.Popen(
            [sys.executable, "-m", "evtdesk.ui.app", "karin.evtbundle"],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
    # The relative name was made absolute in the second process: the first runs elsewhere.
    assert received.args == [[str(tmp_path / "karin.evtbundle")]]
    _out, err = second.communicate(timeout=30)
    assert second.returncode == 0, err.decode()  # it ended instead of opening a window


def test_without_a_running_instance_the_hand_over_says_so(qapp, runtime):
    assert SingleInstance().hand_over(["/x.evtbundle"], timeout_ms=500) is False


@unix_only
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_RUNTIME_DIR naming")
def test_a_socket_left_by_a_crash_does_not_stop_the_next_start(qapp, runtime):
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(server_name())  # a socket file nobody listens on any more
    stale.close()
    assert Path(server_name()).exists()
    instance = SingleInstance()
    try:
        assert instance.listen()
    finally:
        instance.close()


@unix_only
def test_a_message_not_from_evtdesk_is_ignored(qtbot, first):
    with qtbot.assertNotEmitted(first.files_received, wait=200):
        clients = [
            send_raw(first.name, b'{"files": "not a list"}\n'),
            send_raw(first.name, b"\xff\xfe garbage\n"),
        ]
        qtbot.waitUntil(lambda: not any(c.is_alive() for c in clients), timeout=5000)


@unix_only
def test_a_well_formed_message_opens_its_files(qtbot, first):
    with qtbot.waitSignal(first.files_received, timeout=5000) as received:
        send_raw(first.name, single_instance.encode(["/a.evtlog", "/b.evtattest"]))
    assert received.args == [["/a.evtlog", "/b.evtattest"]]


def test_each_user_has_a_name_of_their_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(single_instance.getpass, "getuser", lambda: "anna")
    anna = server_name()
    monkeypatch.setattr(single_instance.getpass, "getuser", lambda: "erik")
    assert server_name() != anna
    assert anna.startswith("evtdesk-") and "anna" not in anna  # no user name in /tmp
