"""A part of the day after a day belongs to the day's span: ``Tuesday night``, ``Selasa (10/9/2024) malam``,
``Isnin pagi``. The date stays the day's (the part names no clock time), but the claim's text is what the text
says, and a checker reads ``Tuesday night`` whole."""

from __future__ import annotations

from functools import cache

import attrs
import regex

from factcheck import lang as languages
from factcheck.claims import DateValue
from factcheck.kinds.base import Candidate
from factcheck.kinds.dates.fragments import worded_periods
from factcheck.patterns import WORD_END, any_case, compile_pattern


@cache
def _part_after(code: str) -> regex.Pattern[str] | None:
    data = languages.get(code)
    parts = data.day_parts | {p for p in worded_periods(data) if len(p) > 2}  # not "am", "pm"
    return compile_pattern(f"[ \\u00a0]{{1,3}}+{any_case(parts)}{WORD_END}") if parts else None


def with_day_parts(cands: list[Candidate], text: str, code: str) -> list[Candidate]:
    """Each day (granularity ``day``, no clock time) followed by a part of the day, its span taking the part,
    unless the next claim starts there (``Selasa pagi ini``: ``pagi ini`` is a date of its own)."""
    pattern = _part_after(code)
    if pattern is None:
        return cands
    out: list[Candidate] = []
    for k, c in enumerate(cands):
        value = c.value
        if text[c.end:c.end + 1] in (" ", "\u00a0") and c.kind == "date" and isinstance(value, DateValue) and \
                value.granularity == "day" and \
                "T" not in (value.iso or value.resolved or "") and "/" not in (value.iso or value.resolved or ""):
            m = pattern.match(text, c.end, c.end + 16)
            nxt = cands[k + 1].start if k + 1 < len(cands) else len(text)
            if m is not None and m.end() <= nxt:
                c = attrs.evolve(c, end=m.end())
        out.append(c)
    return out


def compile_all(code: str) -> None:
    """Compile the pattern ahead of time (``factcheck.warm_up``)."""
    _part_after(code)
