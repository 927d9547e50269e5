"""Dates and durations, found by named rules built from each language's word tables.

- ``fragments``: the pieces patterns are written in (a day, a month name, a year, a clock time …), per language;
- ``calendar_dates``, ``clock``, ``years``, ``lists``, ``relative_dates``, ``periods``, ``holidays``,
  ``durations``: the rules, each a name, a pattern and a reader;
- ``reader``: turning a match's groups into a ``When`` and its EDTF (``factcheck.calendar``);
- ``joins``: rules that join two claims (an interval, a day and its time);
- ``finder``: where the rules are tried and in which order.
"""

from __future__ import annotations

from factcheck.kinds.dates import durations, finder
from factcheck.kinds.dates.finder import RULES, find, start_words
from factcheck.kinds.dates.joins import JOIN_RULES


def compile_all(code: str) -> None:
    """Compile every pattern the date rules of ``code`` can ask for: the combined rule patterns, and those a
    reader keeps apart (what ``factcheck.warm_up`` pays before a pool forks)."""
    finder.compile_all(code)
    durations.compile_all(code)


__all__ = ["JOIN_RULES", "RULES", "compile_all", "find", "start_words"]
