"""The pool's workers: killed at any instant, idle or writing, none hangs the run or loses a document; a run stopped
early leaves no process behind."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

import attrs
import pytest

from factcheck.archive import batch, workers
from factcheck.archive.batch import CRASHED, run_documents
from factcheck.archive.documents import Document

T = TypeVar("T")
BIG = 8_000_000
"""Bytes of one result: written to the pipe in many pieces, so a worker can be killed in the middle."""
fork_only = pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                               reason="needs workers forked from this process")


def _within(seconds: float, run: Callable[[], T]) -> T:
    """``run()`` in a thread, failing the test if it has not returned after ``seconds`` (a hung pool)."""
    out: list[T] = []
    errors: list[BaseException] = []

    def target() -> None:
        try:
            out.append(run())
        except BaseException as err:  # handed to the test
            errors.append(err)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"the pool hung: no end after {seconds} s"
    if errors:
        raise errors[0]
    return out[0]


def _workers() -> list[multiprocessing.process.BaseProcess]:
    return [p for p in multiprocessing.active_children() if p.name == "factcheck-worker"]


@attrs.frozen
class Who:
    """Each document's id and the process that ran it; ``RAISE`` raises, as a task never should."""

    ran: str | None = None  # a folder where each worker leaves a file named after it once it has a document

    def __call__(self, document: Document) -> tuple[str, int | str]:
        if document.text == "RAISE":
            raise RuntimeError("a task that raises")
        if self.ran is not None:
            (Path(self.ran) / str(os.getpid())).touch()
        return document.id, os.getpid()

    def failed(self, document: Document, error: str) -> tuple[str, int | str]:
        return document.id, error


@attrs.frozen
class BigOnce:
    """The length of each text; ``BIG`` gives a result of ``BIG`` bytes, whose first writing is cut by a kill."""

    folder: str

    def __call__(self, document: Document) -> int | bytes:
        if document.text != "BIG":
            return len(document.text)
        seen = Path(self.folder) / "seen"
        if not seen.exists():
            seen.touch()
            _stall_in_the_next_big_write(Path(self.folder) / "writing")
        return b"x" * BIG

    def failed(self, document: Document, error: str) -> int | bytes:
        return error.encode()


def _stall_in_the_next_big_write(note: Path) -> None:
    """In this worker: the next write of over 1 MB to a pipe writes half, leaves its process id in ``note`` and
    sleeps, for the test to kill it there."""
    whole = Connection._send  # type: ignore[attr-defined]

    def half(self: Connection, buf: bytes, write: Any = os.write) -> None:
        if len(buf) <= 1_000_000:
            whole(self, buf)
            return
        view = memoryview(buf)[: len(buf) // 2]
        while view:
            view = view[write(self.fileno(), view):]
        (note.parent / "tmp").write_text(str(os.getpid()))
        (note.parent / "tmp").rename(note)  # whole, so the test never reads half a process id
        time.sleep(120)

    Connection._send = half  # type: ignore[attr-defined]


def test_a_worker_killed_while_it_writes_its_results(tmp_path: Path) -> None:
    """Killed half-way through writing a batch's results: the standard library's pool waited for ever on the rest
    of the message; here the parent reads end of file in that worker's own pipe, and reruns its batch."""
    texts = [f"document {i}" for i in range(300)]
    texts[150] = "BIG"
    writing = tmp_path / "writing"

    def kill_the_writer() -> None:
        deadline = time.monotonic() + 30
        while not writing.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(int(writing.read_text()), signal.SIGKILL)

    killer = threading.Thread(target=kill_the_writer, daemon=True)
    killer.start()
    got = _within(60, lambda: [r for _, r in run_documents(BigOnce(str(tmp_path)), texts, jobs=2, warm=())])
    killer.join(5)
    assert writing.exists()  # it was killed while writing
    assert got == [BIG * b"x" if t == "BIG" else len(t) for t in texts]  # its documents were run again
    assert not _workers()


@pytest.mark.parametrize("stop", ["close", "interrupt"])
def test_a_run_stopped_early_leaves_no_worker(stop: str) -> None:
    def texts() -> Iterator[str]:
        for i in range(100_000):
            if stop == "interrupt" and i == 1_000:
                raise KeyboardInterrupt  # Ctrl-C while the parent reads the input, workers busy
            yield f"document {i}"

    def run() -> None:
        results = run_documents(Who(), texts(), jobs=2, warm=())
        assert next(results)[1][0] == "0"
        assert len(_workers()) == 2
        if stop == "close":
            results.close()  # type: ignore[attr-defined]
        else:
            with pytest.raises(KeyboardInterrupt):
                list(results)

    _within(30, run)
    assert not _workers()


@fork_only
def test_a_worker_killed_while_idle_is_replaced(tmp_path: Path) -> None:
    size = 6 * batch.BATCH_DOCUMENTS
    first: set[int] = set()
    killed: list[int] = []

    def texts() -> Iterator[str]:
        for i in range(size):
            if i == batch.BATCH_DOCUMENTS:  # the first batch has gone to one worker; the other has had nothing
                while not any(tmp_path.iterdir()):
                    time.sleep(0.01)
                busy = int(next(tmp_path.iterdir()).name)
                first.update(p.pid or 0 for p in _workers())
                idle = next(p for p in _workers() if p.pid != busy)
                killed.append(idle.pid or 0)
                os.kill(idle.pid or 0, signal.SIGKILL)
                idle.join(10)
            yield f"document {i}"

    got = _within(60, lambda: [r for _, r in run_documents(Who(str(tmp_path)), texts(), jobs=2, warm=())])
    assert [i for i, _ in got] == [str(i) for i in range(size)]  # none lost, in order
    ran = {pid for _, pid in got}
    assert len(first) == 2 and killed[0] in first and killed[0] not in ran
    assert ran - first  # its successor took a share of the work
    assert not _workers()


def test_a_task_that_raises_kills_only_its_worker() -> None:
    texts = [f"document {i}" for i in range(200)]
    texts[100] = "RAISE"
    got = _within(60, lambda: [r for _, r in run_documents(Who(), texts, jobs=2, warm=())])
    assert got[100] == ("100", CRASHED)
    assert [i for i, _ in got] == [str(i) for i in range(200)]
    assert all(isinstance(pid, int) for _, pid in got[:100] + got[101:])


@fork_only
def test_workers_that_cannot_start_stop_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    parent = os.getpid()

    def broken(langs: object) -> None:
        if os.getpid() != parent:
            raise OSError("cannot start")

    monkeypatch.setattr(workers, "warm_up", broken)  # the workers fork after this, with it
    with pytest.raises(RuntimeError, match="keep dying"):
        _within(60, lambda: list(run_documents(Who(), [f"d{i}" for i in range(500)], jobs=2, warm=())))
    assert not _workers()
