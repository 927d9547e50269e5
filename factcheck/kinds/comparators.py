"""Comparators: the words that bound a figure (``lebih dari 20``, ``more than two hours``, ``500 lebih``).

Shared by every kind with an amount: quantities, money and percentages (``factcheck.kinds.numeric``) and
durations (``factcheck.kinds.dates``). The words and their codes (``gt``, ``lt``, ``approx`` …) are the
language's ``comparators_before`` and ``comparators_after``.
"""

from __future__ import annotations

from functools import cache

import attrs
import regex

from factcheck import lang as languages
from factcheck.claims import DurationValue, QuantityValue
from factcheck.kinds.base import Candidate, previous_word
from factcheck.lang.base import LanguageData
from factcheck.patterns import (
    OPT_SP,
    WORD_END,
    WORD_START,
    admits,
    admits_tail,
    compile_pattern,
    gate,
    head_after,
    longest_first,
    tail_before,
    trie,
)


@attrs.frozen
class Comparators:
    data: LanguageData
    before: regex.Pattern[str]
    after: regex.Pattern[str]
    codes: dict[str, str]
    before_gate: frozenset[str]
    """The tails of the words ``before`` reads (``factcheck.patterns.gate``)."""
    after_gate: frozenset[str]


@cache
def comparators(code: str) -> Comparators:
    data = languages.get(code)
    listed = [k for k in data.comparators_before if k.split()[0] not in data.range_alternatives]
    words = longest_first(listed)
    before = compile_pattern(f"(?r){WORD_START}(?P<cmp>(?i:{words})){OPT_SP}")
    difference = f"(?!{OPT_SP}(?i:{trie(data.comparative_words)}){WORD_END})" if data.comparative_words else ""
    after = compile_pattern(
        f"(?:{OPT_SP}(?P<cmp>(?i:{trie(k for k in data.comparators_after if not k.startswith(('-', '+')))}))"
        f"{WORD_END}{difference}"
        f"|(?P<glued>(?i:{trie(k for k in data.comparators_after if k.startswith(('-', '+')))})){WORD_END})"
    )
    codes = {k.lower(): v for k, v in {**data.comparators_before, **data.comparators_after}.items()}
    return Comparators(data, before, after, codes, gate(listed, last=True), gate(data.comparators_after))


def read_before(text: str, code: str, pos: int) -> tuple[str, int, bool] | None:
    """The comparator phrase right before ``pos``: its code (``lebih dari`` → gt), where it starts, and whether it
    means just below (``hampir``, ``nearly``); None when there is none, or when it is a verb's particle."""
    return read_before_tail(text, code, pos, tail_before(text, pos))


def read_before_tail(text: str, code: str, pos: int, tail: str | None) -> tuple[str, int, bool] | None:
    """``read_before`` where the caller has read the text's ``tail_before`` at ``pos`` already."""
    c = comparators(code)
    if not admits_tail(tail, c.before_gate):
        return None
    m = c.before.match(text, max(0, pos - 40), pos)
    if m is None:
        return None
    word = " ".join(m.group("cmp").lower().split())
    blockers = c.data.comparator_blockers.get(word)
    if blockers:
        prev = previous_word(text, m.start())
        if prev is not None and prev.group().lower() in blockers:
            return None  # "ticked up to 4.2%": a verb's particle, not a bound
    found = c.codes.get(word)
    return (found, m.start(), word in c.data.nearly_words) if found else None


def comparator_before(text: str, code: str, pos: int) -> tuple[str, bool] | None:
    """The comparator of the words right before ``pos`` (``lebih dari`` → gt) and whether it means just below."""
    found = read_before(text, code, pos)
    return (found[0], found[2]) if found is not None else None


def read_after(text: str, code: str, pos: int) -> tuple[str | None, int]:
    """The comparator right after a figure ending at ``pos`` (``500 lebih``, ``20-plus``) and where it ends."""
    return read_after_head(text, code, pos, head_after(text, pos))


def read_after_head(text: str, code: str, pos: int, head: str | None) -> tuple[str | None, int]:
    """``read_after`` where the caller has read the text's ``head_after`` at ``pos`` already."""
    c = comparators(code)
    if not admits(head, c.after_gate):
        return None, pos
    m = c.after.match(text, pos, pos + 24)
    if m is None:
        return None, pos
    word = " ".join((m.group("cmp") or m.group("glued") or "").lower().split())
    return c.codes.get(word), m.end()


def bounded(cand: Candidate, text: str, code: str) -> Candidate:
    """``cand`` with the comparator before it (``lebih dari 20 tahun``, ``almost half of``), when there is one."""
    found = comparator_before(text, code, cand.start)
    if found is None or not isinstance(cand.value, (DurationValue, QuantityValue)):
        return cand
    return attrs.evolve(cand, value=attrs.evolve(cand.value, comparator=found[0], nearly=found[1]))
