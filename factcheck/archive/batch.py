"""``extract_many``: claims of a stream of documents, in input order, in this process or a pool of processes.

The stream may be endless, so at most a fixed window of documents is held at once: documents are read in
batches, a few batches per worker are in flight, and results leave in input order as soon as the oldest batch
is done. Extraction is deterministic, so a pool gives exactly what one process gives.

A failure stays with its document: text that is not a string, a field that cannot be read or an exception in
extraction becomes that document's ``error``. A worker that dies (killed, out of memory) breaks the whole pool,
and every batch in flight with it; those documents are then run again one at a time in a fresh pool, so the
innocent ones get their claims and the one that kills a worker again gets an error naming that.
"""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Generic, Protocol, TypeVar

import attrs

from factcheck.api import extract_claims
from factcheck.archive.documents import Document, read_document
from factcheck.archive.warmup import warm_up
from factcheck.claims import Claim

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

BATCH_DOCUMENTS = 64
"""Documents sent to a worker at once: enough that a round trip (a few ms of pickling, pipes and threads across
the processes) costs about 2 % of the batch's work at ~3 ms per news story (with 16, two workers spent 10-15 %
more CPU than one process; with 64, 5-7 %), few enough that the last batches still spread over the workers."""
BATCH_CHARACTERS = 250_000
"""A batch closes early at this many characters (about 0.2 s of work), so long documents do not make a batch
that one worker holds for long, and a window of batches holds a bounded amount of text."""
IN_FLIGHT_PER_WORKER = 3
"""Batches in flight per worker: one running, the next ones queued so no worker waits for the parent."""
MAX_CRASHES_IN_A_ROW = 3
"""Documents that each kill a fresh worker, one after another, before the run is stopped: past that, the cause is
the pool (workers that cannot start), not the documents."""
CRASHED = "the worker process died while extracting this document (killed, or out of memory)"


@attrs.frozen
class Result:
    """What one document gave: its ``claims``, or an ``error`` that says why it gave none."""

    id: str
    claims: tuple[Claim, ...] = ()
    error: str | None = None


class Task(Protocol[R_co]):
    """What runs on each document in a worker; picklable, and never raising for a bad document."""

    def __call__(self, document: Document) -> R_co: ...

    def failed(self, document: Document, error: str) -> R_co: ...


@attrs.frozen
class ExtractTask:
    """Claims of a document as a ``Result``; an exception in extraction is that document's error."""

    kinds: tuple[str, ...] | None = None
    min_score: float | None = None

    def __call__(self, document: Document) -> Result:
        if document.error is not None:
            return self.failed(document, document.error)
        try:
            claims = extract_claims(document.text, lang=document.lang, reference_date=document.reference_date,
                                    kinds=self.kinds, min_score=self.min_score)
        except Exception as err:  # one document's failure is its result, never the run's end
            return self.failed(document, f"{type(err).__name__}: {err}")
        return Result(document.id, tuple(claims))

    def failed(self, document: Document, error: str) -> Result:
        return Result(document.id, (), error)


def checked_task(*, lang: str | None, reference_date: dt.date | None, kinds: Iterable[str] | None,
                 min_score: float | None) -> ExtractTask:
    """The task for these options, after ``extract_claims`` has checked them: a bad option fails the call at
    once, not every document one by one."""
    if isinstance(kinds, str):
        raise TypeError("kinds must be an iterable of kind names, not a str: e.g. kinds=['money']")
    wanted = None if kinds is None else tuple(kinds)
    extract_claims("", lang=lang, reference_date=reference_date, kinds=wanted, min_score=min_score)
    return ExtractTask(wanted, min_score)


def _run_batch(task: Task[R], batch: Sequence[Document]) -> list[R]:
    return [task(document) for document in batch]


def _start_worker(langs: tuple[str, ...] | None) -> None:
    # Ctrl-C is the parent's to handle: it stops taking results and shuts the pool down in order, where a
    # worker interrupted mid-batch would only print a traceback and break the pool
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up(langs)


def worker_count(jobs: int | None) -> int:
    """``None`` or 1: this process; 0: one worker per core; n: n workers."""
    if jobs is None:
        return 1
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0:
        raise ValueError(f"jobs must be None or an integer >= 0 (0: one per core), not {jobs!r}")
    return jobs or os.cpu_count() or 1


@attrs.define
class _Pool(Generic[R]):
    """A process pool that can be replaced when a dead worker breaks it."""

    task: Task[R]
    jobs: int
    langs: tuple[str, ...] | None
    executor: ProcessPoolExecutor | None = None
    crashes_in_a_row: int = 0

    def submit(self, batch: list[Document]) -> Future[list[R]]:
        if self.executor is not None:
            return self.executor.submit(_run_batch, self.task, batch)
        # the platform's default start method: fork on Linux up to Python 3.13, which lets workers share what the
        # parent already compiled; spawn or forkserver elsewhere, where the initializer compiles
        context = multiprocessing.get_context()
        forked = context.get_start_method() == "fork"
        if forked:
            warm_up(self.langs)  # once, here: the workers inherit the compiled patterns instead of each compiling
            gc.freeze()  # the workers' collector then never writes to what they inherit, so those pages stay shared
        try:
            self.executor = ProcessPoolExecutor(self.jobs, context, _start_worker, (self.langs,))
            return self.executor.submit(_run_batch, self.task, batch)  # the workers are forked here
        finally:
            if forked:
                gc.unfreeze()  # this process collects as before

    def replace(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = None

    def isolated(self, document: Document) -> R:
        """Run one document alone, so that a dead worker can only be its doing."""
        try:
            result = self.submit([document]).result()[0]
        except BrokenProcessPool as err:
            self.replace()
            self.crashes_in_a_row += 1
            if self.crashes_in_a_row >= MAX_CRASHES_IN_A_ROW:
                raise RuntimeError("worker processes keep dying, whatever the document: they cannot start "
                                   "(see the traceback above) or the machine is out of memory") from err
            return self.task.failed(document, CRASHED)
        self.crashes_in_a_row = 0
        return result


def batches(documents: Iterable[Document]) -> Iterator[list[Document]]:
    """Consecutive documents, grouped by ``BATCH_DOCUMENTS`` and ``BATCH_CHARACTERS``."""
    batch: list[Document] = []
    size = 0
    for document in documents:
        batch.append(document)
        size += len(document.text)
        if len(batch) >= BATCH_DOCUMENTS or size >= BATCH_CHARACTERS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def run_pool(task: Task[R], documents: Iterable[Document], jobs: int,
             langs: tuple[str, ...] | None = None) -> Iterator[tuple[Document, R]]:
    """Each document with ``task``'s result on it, in input order, from ``jobs`` worker processes."""
    pool: _Pool[R] = _Pool(task, jobs, langs)
    window: deque[tuple[list[Document], Future[list[R]]]] = deque()

    def recover(unsent: list[Document] | None = None) -> Iterator[tuple[Document, R]]:
        # every batch in flight failed with the dead worker: run them again, one document at a time
        suspects = [b for b, _ in window] + ([unsent] if unsent else [])
        window.clear()
        pool.replace()
        for held in suspects:
            for document in held:
                yield document, pool.isolated(document)

    def oldest() -> Iterator[tuple[Document, R]]:
        batch, future = window[0]
        try:
            results = future.result()
        except BrokenProcessPool:
            yield from recover()
            return
        window.popleft()
        yield from zip(batch, results, strict=True)

    try:
        for batch in batches(documents):
            while len(window) >= jobs * IN_FLIGHT_PER_WORKER:
                yield from oldest()
            try:
                window.append((batch, pool.submit(batch)))
            except BrokenProcessPool:  # a worker died since the last look: the pool refuses new work
                yield from recover(batch)
        while window:
            yield from oldest()
    finally:
        pool.replace()


def run_documents(task: Task[R], documents: Iterable[object], *, jobs: int | None = None,
                  lang: str | None = None, reference_date: dt.date | None = None,
                  warm: Iterable[str] | None = None) -> Iterator[tuple[Document, R]]:
    """``task`` over ``documents`` (strings, mappings or ``Document``s), each paired with the document read."""
    read = (read_document(item, position, lang=lang, reference_date=reference_date)
            for position, item in enumerate(documents))
    workers = worker_count(jobs)
    if workers == 1 and (jobs is None or jobs == 1):
        return ((document, task(document)) for document in read)
    return run_pool(task, read, workers, tuple(warm) if warm is not None else None)


def extract_many(
    documents: Iterable[object],
    *,
    jobs: int | None = None,
    lang: str | None = None,
    reference_date: dt.date | None = None,
    kinds: Iterable[str] | None = None,
    min_score: float | None = None,
) -> Iterator[Result]:
    """One ``Result`` per document, in input order, lazily: an endless iterator is read as results are taken.

    ``documents`` are strings (their id is their position) or mappings with ``id``, ``text`` and optionally
    ``lang`` and ``reference_date`` in any of the forms a dataframe holds (see ``docs/archives.md``).
    ``lang`` and ``reference_date`` here are the defaults for documents that do not give theirs. ``jobs``
    greater than 1 (0: one per core) runs that many worker processes, each compiling its patterns once.
    Arguments are checked at once; a problem with one document is that document's ``error``.
    """
    task = checked_task(lang=lang, reference_date=reference_date, kinds=kinds, min_score=min_score)
    worker_count(jobs)
    pairs = run_documents(task, documents, jobs=jobs, lang=lang, reference_date=reference_date)
    return (result for _, result in pairs)



__all__ = ["CRASHED", "ExtractTask", "Result", "Task", "checked_task", "extract_many", "run_documents", "run_pool",
           "worker_count"]
