"""Throughput bookkeeping: each benchmark records the bytes it read; the terminal summary prints MB/s and the
ratio of every factcheck run to the peer measured on the same text in the same session."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

RESULTS: list[dict[str, Any]] = []


@pytest.fixture
def measure(benchmark: Any) -> Iterator[Callable[..., Any]]:
    def run(group: str, who: str, size: int, func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        benchmark.group = group
        benchmark.extra_info["bytes"] = size
        result = benchmark.pedantic(func, args=args, kwargs=kwargs, rounds=3, iterations=1, warmup_rounds=1) \
            if not benchmark.disabled else func(*args, **kwargs)
        if not benchmark.disabled:
            RESULTS.append({"group": group, "who": who, "bytes": size, "seconds": benchmark.stats.stats.median})
        return result

    yield run


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not RESULTS:
        return
    tr = terminalreporter
    tr.section("throughput (median of 3 rounds)")
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in RESULTS:
        groups.setdefault(r["group"], []).append(r)
    for group, rows in groups.items():
        peer = next((r for r in rows if r["who"] != "factcheck"), None)
        for r in rows:
            mbps = r["bytes"] / r["seconds"] / 1e6
            ratio = ""
            if peer is not None and r is not peer:
                ratio = f"  {peer['seconds'] / r['seconds']:.1f}x {peer['who']}"
            tr.write_line(f"{group:<28} {r['who']:<32} {r['bytes'] / 1e6:7.3f} MB {r['seconds']:8.3f} s "
                          f"{mbps:8.3f} MB/s{ratio}")
