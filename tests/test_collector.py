"""The cyclic collector is paused only for the length of a call, and left as the caller had it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

import factcheck
from factcheck import collector


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_during_a_call_and_resumed_after(collector_on: None) -> None:
    seen = []
    with collector.paused():
        seen.append(gc.isenabled())
    assert seen == [False]
    assert gc.isenabled()
    factcheck.extract_claims("Sebanyak 2.000 tentara dikirim.", lang="id")
    assert gc.isenabled()


def test_left_off_when_the_caller_had_it_off(collector_on: None) -> None:
    gc.disable()
    factcheck.extract_claims("Sebanyak 2.000 tentara dikirim.", lang="id")
    assert not gc.isenabled()
    gc.enable()


def test_resumed_after_an_error(collector_on: None) -> None:
    with pytest.raises(RuntimeError), collector.paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_overlapping_calls_in_threads_resume_it_once_all_are_done(collector_on: None) -> None:
    """The first call in pauses it, the last call out resumes it, whatever order they leave in."""
    inside, release = threading.Barrier(3), threading.Event()
    states: list[bool] = []

    def call() -> None:
        with collector.paused():
            inside.wait(timeout=5)
            release.wait(timeout=5)
            states.append(gc.isenabled())

    threads = [threading.Thread(target=call) for _ in range(2)]
    for thread in threads:
        thread.start()
    inside.wait(timeout=5)
    assert not gc.isenabled()
    release.set()
    for thread in threads:
        thread.join(timeout=5)
    assert states == [False, False]
    assert gc.isenabled()
