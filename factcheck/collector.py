"""The cyclic garbage collector, paused while claims are extracted.

Extraction builds many small objects that live until the call returns (a token, a candidate, a value and a claim
per figure) and no reference cycles: reference counting frees everything it drops. Python's collector still
walks the young objects every few hundred allocations and, as the claims pile up, the old ones too; on a text of
dense figures that walk was 14 % of the time (``benchmarks/test_throughput.py``, tiny claims). So the collector
is paused for the call and resumed after it, as it was.

Calls may overlap in threads: the first to enter pauses (if the collector is on), the last to leave resumes it.
Cycles other threads make meanwhile are collected once the last call returns.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_resume = False
"""Whether the collector was on when the outermost call paused it."""


@contextmanager
def paused() -> Iterator[None]:
    """Run the body with the cyclic collector off, then put it back as it was."""
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()
