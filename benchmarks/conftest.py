"""Throughput bookkeeping: each benchmark records the bytes it read; the terminal summary prints MB/s and, for
each group of runs on the same text, the ratio of factcheck to every peer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

RESULTS: list[dict[str, Any]] = []
NOTES: list[str] = []


@pytest.fixture
def measure(benchmark: Any) -> Iterator[Callable[..., Any]]:
    def run(group: str, who: str, size: int, func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        benchmark.group = group
        benchmark.extra_info["bytes"] = size
        if benchmark.disabled:
            return func(*args, **kwargs)
        result = benchmark.pedantic(func, args=args, kwargs=kwargs, rounds=3, iterations=1, warmup_rounds=0)
        RESULTS.append({"group": group, "who": who, "bytes": size, "seconds": benchmark.stats.stats.median})
        return result

    yield run


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not RESULTS and not NOTES:
        return
    tr = terminalreporter
    tr.section("factcheck throughput (median of 3 rounds, one core)")
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in RESULTS:
        groups.setdefault(r["group"], []).append(r)
    for group, rows in groups.items():
        ours = next((r for r in rows if r["who"].startswith("factcheck")), None)
        for r in rows:
            mbps = r["bytes"] / r["seconds"] / 1e6
            ratio = ""
            if ours is not None and r is not ours:
                ratio = f"   factcheck is {r['seconds'] / ours['seconds']:.1f}x faster"
            tr.write_line(f"{group:<18} {r['who']:<38} {r['bytes'] / 1e6:7.3f} MB {r['seconds']:9.3f} s "
                          f"{mbps:8.3f} MB/s{ratio}")
    for note in NOTES:
        tr.write_line(note)
