"""Progress of a run over many documents: a bar on a terminal, and one summary line at the end.

The bar (documents, MB, claims, rate, time left) is drawn with tqdm only when standard error is a terminal and
tqdm is installed (``pip install 'factcheck-claims[progress]'``); a log file or a pipe gets the summary alone.
"""

from __future__ import annotations

import sys
import time
from typing import Any


class Progress:
    """Counts documents, bytes, claims and errors; draws the bar when there is a terminal to draw it on."""

    def __init__(self, total_bytes: int | None) -> None:
        self.documents = self.skipped = self.claims = self.errors = self.bytes = 0
        self.started = time.perf_counter()
        self.bar: Any = None
        if sys.stderr.isatty():
            try:
                from tqdm import tqdm
            except ImportError:
                return
            # no monitor thread: the pool may fork after this, and a fork copies a thread's locks, not the thread
            tqdm.monitor_interval = 0
            self.bar = tqdm(total=total_bytes, unit="B", unit_scale=True, unit_divisor=1000, file=sys.stderr,
                            dynamic_ncols=True, smoothing=0.1)

    def skip(self, size: int) -> None:
        """A document already done in an earlier run."""
        self.skipped += 1
        if self.bar is not None:
            self.bar.update(size)

    def done(self, size: int, claims: int, error: bool) -> None:
        self.documents += 1
        self.bytes += size
        self.claims += claims
        self.errors += error
        if self.bar is not None:
            self.bar.set_postfix_str(f"{self.documents} docs, {self.claims} claims, {self.errors} errors",
                                     refresh=False)
            self.bar.update(size)

    def summary(self) -> str:
        seconds = time.perf_counter() - self.started
        rate = self.bytes / 1e6 / seconds if seconds > 0 else 0.0
        skipped = f" ({self.skipped} skipped: done before)" if self.skipped else ""
        return (f"factcheck: {self.documents} documents{skipped}, {self.claims} claims, {self.errors} errors, "
                f"{self.bytes / 1e6:.1f} MB in {seconds:.1f} s ({rate:.2f} MB/s)")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        print(self.summary(), file=sys.stderr)


__all__ = ["Progress"]
