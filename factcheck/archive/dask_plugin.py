"""A Dask worker plugin that compiles the patterns when a worker starts, not on its first partition.

Imported only by Dask users (it needs ``distributed``): ``client.register_plugin(WarmUp())``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from distributed import WorkerPlugin

from factcheck.archive.warmup import warm_up


class WarmUp(WorkerPlugin):
    """``warm_up(langs)`` in every worker, once, as it joins the cluster."""

    name = "factcheck-warm-up"

    def __init__(self, langs: Iterable[str] | None = None) -> None:
        self.langs = tuple(langs) if langs is not None else None

    def setup(self, worker: Any) -> None:
        warm_up(self.langs)


__all__ = ["WarmUp"]
