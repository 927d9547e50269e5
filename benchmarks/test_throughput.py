"""Throughput against peers on the same text in the same run, cost per character by size, import time and
peak memory.

``pip install -e '.[bench]' && python -m pytest benchmarks/ --benchmark-enable`` prints the tables (MB/s and the
ratio to each peer); in the normal test run each benchmark runs once on a small slice, as a smoke test, and the
peers that are not installed are skipped.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import pytest

import factcheck
from benchmarks.conftest import NOTES, RESULTS
from benchmarks.texts import SEED, article, dense

SMOKE = 20_000
GROUPS: dict[str, tuple[str, Callable[[], str], tuple[str, ...]]] = {
    "seed (3.8 KB)": ("id", lambda: SEED, ("dateparser",)),
    "article-id 1 MB": ("id", lambda: article("id", 1_000_000), ("dateparser",)),
    "article-en 1 MB": ("en", lambda: article("en", 1_000_000), ("dateparser",)),
    "article-en 100 KB": ("en", lambda: article("en", 100_000), ("dateparser", "quantulum3", "recognizers")),
    "dense-id 1 MB": ("id", lambda: dense("id", 1_000_000), ("dateparser",)),
    "dense-en 1 MB": ("en", lambda: dense("en", 1_000_000), ("dateparser",)),
}


def _enabled(request: pytest.FixtureRequest) -> bool:
    """``--benchmark-enable`` on the command line overrides the ``--benchmark-disable`` of the test settings."""
    config = request.config
    return bool(config.getoption("benchmark_enable", False)) or not config.getoption("benchmark_disable", True)


def _text(group: str, request: pytest.FixtureRequest) -> str:
    text = GROUPS[group][1]()
    return text if _enabled(request) else text[:SMOKE]


def _search_dates(lang: str) -> Callable[[str], Any]:
    from dateparser.search import search_dates

    settings = {"PREFER_DATES_FROM": "past"}
    return lambda text: search_dates(text, languages=[lang], settings=settings)


def _quantulum(lang: str) -> Callable[[str], Any]:
    parser = pytest.importorskip("quantulum3.parser")
    return lambda text: parser.parse(text)


def _recognizers(lang: str) -> Callable[[str], Any]:
    suite = pytest.importorskip("recognizers_suite")
    culture = suite.Culture.English

    def run(text: str) -> int:
        found = 0
        for recognize in (suite.recognize_number, suite.recognize_datetime, suite.recognize_currency,
                          suite.recognize_percentage, suite.recognize_dimension):
            found += len(recognize(text, culture))
        return found

    return run


PEERS = {"dateparser": ("dateparser.search_dates (dates only)", _search_dates),
         "quantulum3": ("quantulum3 (quantities)", _quantulum),
         "recognizers": ("Recognizers-Text (5 models)", _recognizers)}


@pytest.mark.parametrize("group", list(GROUPS))
def test_factcheck(group: str, measure: Callable[..., Any], request: pytest.FixtureRequest) -> None:
    lang = GROUPS[group][0]
    text = _text(group, request)
    factcheck.extract_claims(text[:3000], lang=lang)  # patterns compiled before timing
    claims = measure(group, "factcheck (all kinds)", len(text.encode("utf-8")), factcheck.extract_claims, text,
                     lang=lang)
    assert claims


@pytest.mark.parametrize(("group", "peer"), [(g, p) for g, (_, _, peers) in GROUPS.items() for p in peers])
def test_peer(group: str, peer: str, measure: Callable[..., Any], request: pytest.FixtureRequest) -> None:
    if peer != "dateparser" and not _enabled(request):
        pytest.skip("slow peers run only when benchmarking")
    lang = GROUPS[group][0]
    text = _text(group, request)
    name, make = PEERS[peer]
    run = make(lang)
    run(text[:500])  # warm up: first calls load models and language data
    measure(group, name, len(text.encode("utf-8")), run, text)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_ten_megabytes(lang: str, request: pytest.FixtureRequest) -> None:
    """10 MB in one call: throughput, and peak memory measured in a fresh process."""
    size = 10_000_000 if _enabled(request) else 200_000
    script = (
        "import resource, sys, time, tracemalloc, factcheck\n"
        "from benchmarks.texts import article\n"
        f"factcheck.extract_claims(article({lang!r}, 3000), lang={lang!r})\n"
        f"text = article({lang!r}, {size})\n"
        "base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "start = time.perf_counter()\n"
        f"claims = factcheck.extract_claims(text, lang={lang!r})\n"
        "seconds = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "del claims\n"
        "tracemalloc.start()\n"
        f"count = len(factcheck.extract_claims(text, lang={lang!r}))\n"
        "traced = tracemalloc.get_traced_memory()[1]\n"
        "print(len(text.encode()), seconds, (peak - base) * 1024, traced, count)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    size_bytes, seconds, grown, traced, count = int(out[0]), float(out[1]), int(out[2]), int(out[3]), int(out[4])
    assert count > 0
    assert grown < 10 * size_bytes + 50_000_000  # the resident set: the target, 10x the input plus a constant
    assert traced <= 10 * size_bytes, f"the call's peak allocation is {traced / size_bytes:.1f}x the input (target 10x)"
    if _enabled(request):
        RESULTS.append({"group": f"article-{lang} 10 MB", "who": "factcheck (all kinds)", "bytes": size_bytes,
                        "seconds": seconds})
        NOTES.append(f"peak memory, article-{lang} 10 MB: RSS grew {grown / 1e6:.0f} MB over the warmed-up "
                     f"interpreter holding the text ({grown / size_bytes:.1f}x the input); the call itself allocated "
                     f"at most {traced / 1e6:.0f} MB (tracemalloc, {traced / size_bytes:.1f}x)")


TINY = {"date": ("id", "5 Mei, "), "percent": ("id", "5 persen, "), "count": ("id", "12 orang, "),
        "money": ("en", "$5 million, ")}
"""Texts made of one tiny claim repeated: what each claim costs once the scan has found it (target: 50,000 in
under a second)."""


@pytest.mark.parametrize("kind", list(TINY))
def test_fifty_thousand_tiny_claims(kind: str, request: pytest.FixtureRequest) -> None:
    lang, piece = TINY[kind]
    count = 50_000 if _enabled(request) else 2_000
    text = piece * count
    factcheck.extract_claims(piece * 10, lang=lang)
    best = float("inf")
    for _ in range(3 if _enabled(request) else 1):
        start = time.process_time()
        claims = factcheck.extract_claims(text, lang=lang)
        best = min(best, time.process_time() - start)
    assert len(claims) == count
    if _enabled(request):
        NOTES.append(f"{count:,} tiny claims, {piece.strip()!r} x {count:,} ({lang}): {best:.2f} s CPU, best of 3 "
                     f"({best / count * 1e6:.0f} µs a claim; target under 1 s)")


def test_cost_per_character(request: pytest.FixtureRequest) -> None:
    """Seconds per character at 10 KB, 100 KB, 1 MB and 10 MB of news: flat when the total cost is linear."""
    sizes = (10_000, 100_000, 1_000_000, 10_000_000) if _enabled(request) else (10_000, 100_000)
    factcheck.extract_claims(article("id", 3000), lang="id")
    rows = []
    for size in sizes:
        text = article("id", size)
        best = min(_timed(text) for _ in range(3 if size <= 1_000_000 else 1))
        rows.append((size, best))
        if _enabled(request):
            NOTES.append(f"cost per character, article-id {size / 1e6:g} MB: {best / size * 1e6:.3f} µs")
    per_char = [seconds / size for size, seconds in rows]
    assert max(per_char[1:]) < 3 * min(per_char[1:]) + 1e-6


def _timed(text: str) -> float:
    start = time.perf_counter()
    factcheck.extract_claims(text, lang="id")
    return time.perf_counter() - start


def test_import_time(request: pytest.FixtureRequest) -> None:
    """``import factcheck`` in a fresh interpreter (the first call then compiles its language's patterns)."""
    script = ("import time; t = time.perf_counter(); import factcheck; t1 = time.perf_counter() - t; "
              "t = time.perf_counter(); factcheck.extract_claims('Sebanyak 2.000 tentara dikirim.', lang='id'); "
              "import json; print(json.dumps([t1, time.perf_counter() - t]))")
    runs = [json.loads(subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                                      check=True).stdout) for _ in range(3 if _enabled(request) else 1)]
    import_seconds = min(r[0] for r in runs)
    first_call = min(r[1] for r in runs)
    NOTES.append(f"import factcheck: {import_seconds:.3f} s; first call (compiles the language's patterns): "
                 f"{first_call:.3f} s")
    assert import_seconds < 2.0
