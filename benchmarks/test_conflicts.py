"""``find_conflicts`` over an archive: the cost per document must stay flat from 1,000 to 10,000 documents.

The archive is the 26 test articles (floods, quakes, budgets, elections, in Indonesian and English) copied as a
wire service's stories are syndicated: every story appears hundreds of times under other ids, which is the worst
case for grouping, since each group holds hundreds of figures. Claims are extracted once beforehand, as an
archive job does, so the figure is the cost of grouping and comparing; the peer in the same run is extracting
the same documents, so the ratio says what finding conflicts adds to extraction.

``python -m pytest benchmarks/test_conflicts.py --benchmark-enable`` prints the table; in the normal test run
each case runs once on 260 documents as a smoke test.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from functools import cache
from typing import Any

import pytest

import factcheck
from benchmarks.conftest import NOTES
from tests.verify.articles import DOCUMENTS

SIZES = (1_000, 10_000)
SMOKE = 260


@cache
def _extracted() -> tuple[dict[str, Any], ...]:
    out = []
    for document in DOCUMENTS:
        reference = document.get("reference_date")
        day = dt.date.fromisoformat(reference) if isinstance(reference, str) else None
        claims = factcheck.extract_claims(document["text"], lang=document.get("lang"), reference_date=day)
        out.append({**document, "claims": claims})
    return tuple(out)


def _archive(size: int, *, with_claims: bool) -> list[dict[str, Any]]:
    stories = _extracted()
    out = []
    for number in range(size):
        story = stories[number % len(stories)]
        document = {**story, "id": f"{story['id']}-{number}"}
        if not with_claims:
            del document["claims"]
        out.append(document)
    return out


def _extract_all(documents: list[dict[str, Any]]) -> int:
    found = 0
    for document in documents:
        reference = document.get("reference_date")
        day = dt.date.fromisoformat(reference) if isinstance(reference, str) else None
        found += len(factcheck.extract_claims(document["text"], lang=document.get("lang"), reference_date=day))
    return found


def _timed(func: Callable[[], Any]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


@pytest.mark.parametrize("size", SIZES)
def test_find_conflicts(size: int, benchmark: Any) -> None:
    benchmark.group = f"find_conflicts, {size:,} documents"
    if benchmark.disabled:
        size = SMOKE
    documents = _archive(size, with_claims=True)
    report = benchmark.pedantic(factcheck.find_conflicts, args=(documents,), rounds=1, iterations=1) \
        if not benchmark.disabled else factcheck.find_conflicts(documents)
    assert report.documents == size and not report.errors
    assert len(report) == 7, "the planted conflicts, found however many copies of each story there are"
    if benchmark.disabled:
        return
    seconds = benchmark.stats.stats.median
    extraction = _timed(lambda: _extract_all(_archive(size, with_claims=False)))
    NOTES.append(f"find_conflicts on {size:,} documents (claims extracted beforehand): {seconds:.2f} s, "
                 f"{seconds / size * 1e3:.3f} ms a document; extracting the same documents: {extraction:.2f} s "
                 f"(finding conflicts adds {seconds / extraction:.0%} to extraction)")
