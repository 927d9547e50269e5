"""``extract_many``: claims of a stream of documents, in input order, in this process or a pool of processes.

The stream may be endless, so at most a fixed window of documents is held at once: documents are read in
batches, a few batches per worker are in flight, and results leave in input order as soon as the oldest batch
is done. Extraction is deterministic, so a pool gives exactly what one process gives.

A failure stays with its document: text that is not a string, a field that cannot be read or an exception in
extraction becomes that document's ``error``. A worker that dies (killed, out of memory, at any instant) takes
only the batches it was given with it (each worker has a channel of its own, ``workers.py``): it is replaced, and
the documents of those batches run again one at a time, so the innocent ones get their claims and the one that
kills a worker again gets an error naming that. The other workers' batches go on untouched.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Generic, Protocol, TypeVar

import attrs

from factcheck.api import extract_claims
from factcheck.archive.documents import Document, read_document
from factcheck.archive.workers import Death, Workers
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
"""Batches read and not given out yet, per worker: the window that bounds memory on an endless stream."""
SENT_PER_WORKER = 2
"""Batches a worker holds at once: one running, the next waiting in the worker so it never waits for the parent.
No more, because a batch sent is that worker's to run: the rest wait in the parent for whichever worker is done
first, so that at the end of the input one worker does not run two batches more while the other has none."""
MAX_CRASHES_IN_A_ROW = 3
"""Worker deaths in a row with no result between them (a document run alone that kills its worker, or a worker that
dies with nothing to do) before the run is stopped: past that, the cause is the pool (workers that cannot start),
not the documents. A worker that dies holding whole batches does not count: its documents are then run alone."""
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


def worker_count(jobs: int | None) -> int:
    """``None`` or 1: this process; 0: one worker per core; n: n workers."""
    if jobs is None:
        return 1
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0:
        raise ValueError(f"jobs must be None or an integer >= 0 (0: one per core), not {jobs!r}")
    return jobs or os.cpu_count() or 1


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


@attrs.define(eq=False)
class _Held(Generic[R]):
    """A batch read and not given out yet: its documents, and their results so far by position."""

    documents: list[Document]
    results: dict[int, R] = attrs.Factory(dict)


@attrs.frozen(eq=False)
class _Job(Generic[R]):
    """What one message to a worker carries: a whole batch, or one of its documents to run ``alone``."""

    held: _Held[R]
    start: int
    documents: list[Document]
    alone: bool


class _Run(Generic[R]):
    """The batches of one ``run_pool``: which worker has which, and what to run again when a worker dies."""

    def __init__(self, task: Task[R], jobs: int, langs: tuple[str, ...] | None) -> None:
        self.task = task
        self.workers: Workers[R] = Workers(task, jobs, SENT_PER_WORKER, langs)
        self.limit = jobs * IN_FLIGHT_PER_WORKER
        self.window: deque[_Held[R]] = deque()
        self.jobs: dict[int, _Job[R]] = {}  # by sequence number, until answered
        self.unsent: deque[int] = deque()
        self.numbers = itertools.count()
        self.crashes_in_a_row = 0

    def add(self, batch: list[Document]) -> None:
        if not self.workers.started:
            self.workers.start()  # at the first batch: the caller's changes until then reach forked workers
        held: _Held[R] = _Held(batch)
        self.window.append(held)
        self._queue([_Job(held, 0, batch, alone=False)])

    def _queue(self, jobs: list[_Job[R]]) -> None:
        numbers = [next(self.numbers) for _ in jobs]
        self.jobs.update(zip(numbers, jobs, strict=True))
        if jobs and jobs[0].alone:
            self.unsent.extendleft(reversed(numbers))  # older than anything unsent: it holds up the window
        else:
            self.unsent.extend(numbers)
        self._dispatch()

    def _dispatch(self) -> None:
        # in order: a document waiting to run alone keeps later batches back until a worker has nothing to do
        while self.unsent:
            job = self.jobs[self.unsent[0]]
            worker = self.workers.free(job.alone)
            if worker is None:
                return
            self.workers.send(worker, self.unsent.popleft(), job.documents, job.alone)

    def look(self, timeout: float | None) -> Iterator[tuple[Document, R]]:
        """Take what the workers have done, waiting up to ``timeout`` seconds, and give out the batches now whole."""
        answers, deaths = self.workers.wait(timeout)
        for sequence, results in answers:
            job = self.jobs.pop(sequence)
            job.held.results.update(enumerate(results, job.start))
            self.crashes_in_a_row = 0
        for death in deaths:
            self._rerun(death)
        self._dispatch()
        while self.window and len(self.window[0].results) == len(self.window[0].documents):
            held = self.window.popleft()
            yield from ((document, held.results[i]) for i, document in enumerate(held.documents))

    def _rerun(self, death: Death) -> None:
        """Only the dead worker's batches are suspects: each of their documents runs again alone, so an innocent
        one gets its result and one that kills its worker again is the one to blame."""
        if death.alone or not death.unanswered:  # a document's own doing, or a worker that died with nothing
            self.crashes_in_a_row += 1
            if self.crashes_in_a_row >= MAX_CRASHES_IN_A_ROW:
                raise RuntimeError("worker processes keep dying, whatever the document: they cannot start (see "
                                   f"the traceback above) or the machine is out of memory (exit code "
                                   f"{death.exitcode})")
        for sequence in death.unanswered:
            job = self.jobs.pop(sequence)
            if job.alone:
                job.held.results[job.start] = self.task.failed(job.documents[0], CRASHED)
            else:
                self._queue([_Job(job.held, job.start + i, [document], alone=True)
                             for i, document in enumerate(job.documents)])


def run_pool(task: Task[R], documents: Iterable[Document], jobs: int,
             langs: tuple[str, ...] | None = None) -> Iterator[tuple[Document, R]]:
    """Each document with ``task``'s result on it, in input order, from ``jobs`` worker processes."""
    run = _Run(task, jobs, langs)
    try:
        for batch in batches(documents):
            while len(run.window) >= run.limit:
                yield from run.look(None)
            run.add(batch)
            yield from run.look(0)
        while run.window:
            yield from run.look(None)
    finally:
        run.workers.close()  # also when the caller stops early, or on Ctrl-C: no worker outlives the run


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
