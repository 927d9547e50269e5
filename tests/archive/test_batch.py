"""extract_many: in order, the same from a pool as from one process, past poisoned documents and dead workers."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck.archive import batch, workers
from factcheck.archive.batch import CRASHED, Result, extract_many
from tests.archive.news import documents

POISON: list[Any] = [b"bytes, not text", None, 42, {"id": "no-text"}, {"id": "bad-date", "text": "Hari ini.",
                     "reference_date": "kemarin"}, {"id": "bad-lang", "text": "Today.", "lang": "fr"}]


def _expected(docs: list[Any]) -> list[Result]:
    return list(extract_many(docs))


def test_pool_equals_one_process_in_order() -> None:
    docs = documents(40)
    docs[7:7] = POISON
    sequential = _expected(docs)
    assert [r.id for r in sequential[:2]] == ["seed", "en-article"]
    assert sum(len(r.claims) for r in sequential) > 200  # the documents hold many claims (242 on 2026-12-08)
    assert list(extract_many(docs, jobs=2)) == sequential


def test_poisoned_documents_are_errors_and_the_run_goes_on() -> None:
    results = list(extract_many([*POISON, "More than 2,000 troops arrived."], jobs=2))
    errors = [r.error for r in results]
    assert errors[0] is not None and "bytes" in errors[0]
    assert errors[1] == "document has no text"
    assert errors[2] == "text must be str, not int"
    assert errors[3] == "document has no text"
    assert "reference_date 'kemarin'" in str(errors[4])
    assert "unsupported lang 'fr'" in str(errors[5])
    assert results[6].error is None and results[6].claims[0].text == "2,000"
    assert [r.id for r in results] == ["0", "1", "2", "no-text", "bad-date", "bad-lang", "6"]


@pytest.mark.parametrize("size", [
    1_000_000,
    pytest.param(10_000_000, marks=pytest.mark.slow),
])
def test_a_huge_line_among_news(size: int) -> None:
    line = (" ".join(documents(2)[0]["text"].split()) + " ") * (size // 3000)
    line = line[:size]  # one paragraph of news, no line break
    docs: list[Any] = [documents(3)[0], line, None, documents(3)[2]]
    results = list(extract_many(docs, jobs=2))
    assert results == _expected(docs)
    assert results[1].error is None and results[2].error == "document has no text"


def test_dataframe_fields_as_they_come() -> None:
    pd = pytest.importorskip("pandas")
    text = "Kemarin, 2.000 tentara tiba di kota itu dan mereka disambut oleh warga yang sudah menunggu."
    frame = pd.DataFrame({
        "id": [1, 2, 3, 4, 5, 6],
        "text": [text] * 6,
        "lang": ["ID", "id_ID", "id", "id-ID", math.nan, "en-US"],
        "reference_date": [pd.Timestamp("2024-07-04"), "2024-07-04", pd.NaT, dt.date(2024, 7, 4),
                           pd.Timestamp("2024-07-04 23:30", tz="Asia/Jakarta"), None],
    })
    frame["reference_date"] = frame["reference_date"].astype(object)
    results = list(extract_many(frame.to_dict("records")))
    assert [r.id for r in results] == ["1", "2", "3", "4", "5", "6"]
    resolved = [[c.value.to_dict().get("resolved") for c in r.claims if c.kind == "date"] for r in results]
    assert resolved[:5] == [["2024-07-03"], ["2024-07-03"], [None], ["2024-07-03"], ["2024-07-03"]]
    assert results[5].claims and results[5].claims[0].lang == "en"
    assert all(r.error is None for r in results)
    nullable = pd.DataFrame({"id": ["a"], "text": [text], "reference_date": [pd.NA]}).to_dict("records")
    assert next(extract_many(nullable)).error is None


def test_arguments_are_checked_at_once() -> None:
    with pytest.raises(ValueError, match="valid kinds"):
        extract_many(["x"], kinds=["amount"])
    with pytest.raises(ValueError, match="jobs"):
        extract_many(["x"], jobs=-1)


def test_an_endless_stream_is_read_a_window_at_a_time() -> None:
    taken = itertools.count()

    def endless() -> Iterator[str]:
        for i in taken:
            yield f"Sebanyak {i} tentara tiba."

    results = extract_many(endless(), jobs=2)
    first = [next(results) for _ in range(100)]
    assert [r.claims[0].text for r in first[:3]] == ["0", "1", "2"]
    window = 2 * batch.IN_FLIGHT_PER_WORKER * batch.BATCH_DOCUMENTS + batch.BATCH_DOCUMENTS
    assert next(taken) <= 100 + window
    results.close()  # type: ignore[attr-defined]


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="needs workers forked from this process")
def test_a_killed_worker_loses_no_document(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A worker killed while it reads a document (the kernel out of memory, say): the documents it had in flight
    are read again, one at a time, and none is lost. (Killed while it writes its results:
    tests/archive/test_workers.py.)"""
    docs = documents(200)
    expected = _expected(docs)
    busy = tmp_path / "busy"
    marked = docs[100]["text"]
    real = batch.extract_claims

    def slow_once(text: str, **options: Any) -> list[factcheck.Claim]:
        if text == marked and not busy.exists():
            note = tmp_path / "busy.tmp"
            note.write_text(str(os.getpid()))
            note.rename(busy)  # whole, so the test never reads half a process id
            time.sleep(120)
        return real(text, **options)

    rerun: list[str] = []
    send = workers.Workers.send

    def counted(pool: workers.Workers[Result], worker: Any, sequence: int, documents: list[factcheck.Document],
                alone: bool) -> None:
        if alone:
            rerun.extend(document.id for document in documents)
        send(pool, worker, sequence, documents, alone)

    def kill_the_busy_worker() -> None:
        deadline = time.monotonic() + 60
        while not busy.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        pid = int(busy.read_text())
        assert pid in {p.pid for p in multiprocessing.active_children()}
        os.kill(pid, signal.SIGKILL)

    monkeypatch.setattr(batch, "extract_claims", slow_once)  # the workers fork after this, with it
    monkeypatch.setattr(workers.Workers, "send", counted)
    killer = threading.Thread(target=kill_the_busy_worker, daemon=True)
    killer.start()
    got = list(extract_many(docs, jobs=2))
    killer.join(timeout=5)
    monkeypatch.undo()
    assert busy.exists() and got == expected
    assert rerun  # the documents in flight were run again, one at a time


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="needs workers forked from this process")
def test_a_document_that_kills_its_worker_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    real = batch.extract_claims

    def deadly(text: str, **options: Any) -> list[factcheck.Claim]:
        if text == "CRASH":
            os._exit(9)
        return real(text, **options)

    monkeypatch.setattr(batch, "extract_claims", deadly)  # the workers fork after this, with it
    docs: list[Any] = [*documents(20), "CRASH", *documents(5)]
    results = list(extract_many(docs, jobs=2))
    monkeypatch.undo()
    assert results[20].error == CRASHED
    assert results[:20] + results[21:] == _expected(docs[:20] + docs[21:])


def test_warm_up_compiles_what_news_needs() -> None:
    """In a fresh process: after warm_up, extracting news compiles no further pattern."""
    code = (
        "import factcheck, datetime; from factcheck import patterns; from tests.archive.news import documents\n"
        "factcheck.warm_up(); n = len(patterns.COMPILED)\n"
        "for d in documents(12): factcheck.extract_claims(d['text'], lang=d['lang'])\n"
        "print(n, len(patterns.COMPILED))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    before, after = out.split()
    assert int(before) > 100 and before == after
    with pytest.raises(ValueError, match="unsupported lang"):
        factcheck.warm_up(["fr"])
