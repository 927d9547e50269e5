"""Worker processes, each on a channel of its own, so that a worker's death can break nothing but its channel.

A pool whose workers share one result pipe (the standard library's ``ProcessPoolExecutor``) cannot survive a worker
killed while it writes there: half a message stays in the pipe, the other workers wait for ever on its lock and the
parent for ever on the rest of the message. Here each worker has a pipe of its own, and only the worker holds the
worker's end of it: the parent closes its copy once the worker has started, and a forked process closes the copies
it inherits of the parent's ends (its own and its siblings'). A worker killed at any instant therefore leaves its
pipe at end of file: the parent reads the whole answers it wrote, then an error, and never waits for the rest. In
the other direction, the parent closing a pipe is end of file for its worker, which then exits at once.

A batch, and a batch's results, can each be more than a pipe holds. A worker writing results that the parent has
not read yet while the parent writes the worker's next batch would wait on each other for ever; so a thread in each
worker takes batches as they come, and the parent's writes always finish.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import multiprocessing
import os
import queue
import signal
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from multiprocessing import connection, util
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

import attrs

from factcheck.archive.documents import Document
from factcheck.archive.warmup import warm_up

R = TypeVar("R")

GRACE_SECONDS = 1.0
"""How long a worker may take to exit once told to stop before it is terminated (an idle worker takes a few ms)."""

Answer = tuple[int, list[Any]]


@attrs.frozen
class Death:
    """A worker gone: the batches it had been sent and had not answered, and whether it held one document alone."""

    unanswered: tuple[int, ...]
    alone: bool
    exitcode: int | None


@attrs.define(eq=False)
class _Worker:
    process: BaseProcess
    channel: Connection
    sent: deque[int] = attrs.Factory(deque)
    """Sequence numbers of the batches sent and not answered, oldest first (a worker answers in order)."""
    alone: bool = False
    """It runs one document in isolation and gets nothing more until that is answered."""
    broken: bool = False
    """A write to it failed: it has died, and the next ``wait`` reports it."""
    last: int = -1
    """When it was last sent a batch (a count), so that of workers equally busy the one idle longest gets the next."""


def _serve(channel: Connection, task: Callable[[Document], Any], langs: tuple[str, ...] | None) -> None:
    """A worker's life: (sequence number, batch) in, (sequence number, results) out, until the channel closes."""
    # Ctrl-C is the parent's to handle: it stops taking results and stops the workers in order, where a worker
    # interrupted mid-batch would only print a traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up(langs)  # forked: already done by the parent, and cheap; spawned: the worker compiles here
    inbox: queue.SimpleQueue[tuple[int, list[Document]]] = queue.SimpleQueue()
    threading.Thread(target=_take, args=(channel, inbox), daemon=True).start()
    while True:
        sequence, batch = inbox.get()
        results = [task(document) for document in batch]
        try:
            channel.send((sequence, results))
        except OSError:  # the parent has closed the channel: nobody wants these results
            return


def _take(channel: Connection, inbox: queue.SimpleQueue[tuple[int, list[Document]]]) -> None:
    """Read batches as they come, so that the parent never waits to write one."""
    try:
        while True:
            inbox.put(channel.recv())
    except (EOFError, OSError):
        os._exit(0)  # the parent closed the channel (done, interrupted or dead): stop now, even mid-document
    except BaseException:  # a batch that cannot be read: die, so the parent sees it and reruns the batch
        traceback.print_exc()
        os._exit(1)


class Workers(Generic[R]):
    """``size`` worker processes running ``task``; a dead one is replaced and reported with what it held."""

    def __init__(self, task: Callable[[Document], R], size: int, depth: int,
                 langs: tuple[str, ...] | None) -> None:
        self._task = task
        self._size = size
        self._depth = depth
        self._langs = langs
        # the platform's default start method: fork on Linux up to Python 3.13, which lets workers share what the
        # parent has compiled; spawn or forkserver elsewhere, where each worker compiles in ``_serve``
        self._context = multiprocessing.get_context()
        self._workers: list[_Worker] = []
        self._sends = itertools.count()
        self.started = False

    def start(self) -> None:
        self.started = True
        with self._forking():
            while len(self._workers) < self._size:
                self._workers.append(self._launch())

    @contextlib.contextmanager
    def _forking(self) -> Iterator[None]:
        forked = self._context.get_start_method() == "fork"
        if forked:
            warm_up(self._langs)  # here, once: the workers inherit the compiled patterns instead of each compiling
            gc.freeze()  # the workers' collector then never writes to what they inherit, so those pages stay shared
        try:
            yield
        finally:
            if forked:
                gc.unfreeze()  # this process collects as before

    def _launch(self) -> _Worker:
        mine, theirs = self._context.Pipe()
        util.register_after_fork(mine, Connection.close)  # a process forked later must not hold this end open
        try:
            process = self._context.Process(target=_serve, args=(theirs, self._task, self._langs), daemon=True,
                                            name="factcheck-worker")
            process.start()
        except BaseException:
            mine.close()
            raise
        finally:
            theirs.close()  # the worker holds the only copy now: its death is end of file here
        return _Worker(process, mine)

    def free(self, alone: bool) -> _Worker | None:
        """The least busy worker that can take a batch now, or (``alone``) one with nothing to do at all."""
        best: _Worker | None = None
        for worker in self._workers:
            if worker.alone or worker.broken or len(worker.sent) >= (1 if alone else self._depth):
                continue
            if best is None or (len(worker.sent), worker.last) < (len(best.sent), best.last):
                best = worker
        return best

    def send(self, worker: _Worker, sequence: int, batch: list[Document], alone: bool) -> None:
        """Give ``batch`` to ``worker``; if it has died, the next ``wait`` reports it with this batch."""
        worker.sent.append(sequence)
        worker.alone = alone
        worker.last = next(self._sends)
        try:
            worker.channel.send((sequence, batch))
        except OSError:  # BrokenPipeError, ConnectionResetError: its end is closed, so it is dead
            worker.broken = True

    def wait(self, timeout: float | None) -> tuple[list[Answer], list[Death]]:
        """Answers that have come, and the workers that have died (each replaced already), waiting up to
        ``timeout`` seconds (``None``: until there is one or the other)."""
        if any(worker.broken for worker in self._workers):
            timeout = 0
        handles: list[Any] = []
        for worker in self._workers:
            handles += [worker.channel, worker.process.sentinel]
        ready = set(connection.wait(handles, timeout)) if handles else set()
        answers: list[Answer] = []
        deaths: list[Death] = []
        for index, worker in enumerate(self._workers):
            dead = worker.broken or worker.process.sentinel in ready
            if (dead or worker.channel in ready) and not self._receive(worker, answers, dead):
                deaths.append(self._replace(index))
        return answers, deaths

    def _receive(self, worker: _Worker, answers: list[Answer], dead: bool) -> bool:
        """Read the whole answers waiting from ``worker`` (all of them if it is ``dead``): False if it has died."""
        if dead:
            worker.process.kill()  # if not gone yet, so that its channel ends
        try:
            while True:
                sequence, results = worker.channel.recv()
                worker.sent.remove(sequence)
                worker.alone = worker.alone and bool(worker.sent)
                answers.append((sequence, results))
                if not dead and not worker.channel.poll():  # end of file makes poll true, then recv raises
                    return True
        except (EOFError, OSError):  # end of file, or in the middle of a message: the worker died
            return False

    def _replace(self, index: int) -> Death:
        old = self._workers[index]
        old.channel.close()
        old.process.kill()
        old.process.join(GRACE_SECONDS)
        with self._forking():
            self._workers[index] = self._launch()
        return Death(tuple(old.sent), old.alone, old.process.exitcode)

    def close(self) -> None:
        """Stop every worker and wait for it: told first (its channel closes), terminated if it lingers."""
        workers, self._workers = self._workers, []
        for worker in workers:
            worker.channel.close()
        deadline = time.monotonic() + GRACE_SECONDS
        for worker in workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
        for worker in workers:
            if worker.process.is_alive():
                worker.process.terminate()
        for worker in workers:
            worker.process.join(GRACE_SECONDS)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()


__all__ = ["Death", "Workers"]
