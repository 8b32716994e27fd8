"""Bulk work pauses the cyclic collector and always gives it back as it found it."""

from __future__ import annotations

import gc
import threading

import pytest

from evtdesk import gc_pause


@pytest.fixture(autouse=True)
def _collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def test_a_pause_turns_the_collector_off_and_back_on() -> None:
    with gc_pause.paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_nested_and_failing_pauses_restore_only_at_the_end() -> None:
    with pytest.raises(KeyError), gc_pause.paused():
        with gc_pause.paused():
            pass
        assert not gc.isenabled()  # the inner pause ended; the outer one still holds
        raise KeyError
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    with gc_pause.paused():
        pass
    assert not gc.isenabled()


def test_overlapping_pauses_in_two_threads() -> None:
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with gc_pause.paused():
            inside.set()
            assert leave.wait(5)

    thread = threading.Thread(target=other)
    with gc_pause.paused():
        thread.start()
        assert inside.wait(5)
    assert not gc.isenabled()  # the other thread's work still runs
    leave.set()
    thread.join(5)
    assert gc.isenabled()
