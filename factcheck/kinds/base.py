"""What every kind module produces, and the small text helpers they share."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable

import attrs
import regex

from factcheck.claims import Value
from factcheck.lang.base import LanguageData
from factcheck.patterns import compile_pattern, group_numbers, upto


@attrs.define
class Candidate:
    """A claim before sentences, attribution and scoring are attached. Never changed once built, yet not frozen:
    a frozen attrs class costs twice as much to build, and a text of dense figures builds one per figure."""

    kind: str
    start: int
    end: int
    value: Value
    rule: str


WORD = compile_pattern(r"[\p{L}\p{M}][\p{L}\p{M}\p{N}'’\-]*+")
"""A word as the context rules see it: letters first, then letters, digits, apostrophes and hyphens."""
_BOUNDARY_BEFORE = frozenset('.!?:;"“”‘’\'()[]\n\r\u2029•–—-|')


def groups(m: regex.Match[str]) -> Callable[[str], str | None]:
    """A match's groups by name, None for one it did not take or does not have. ``m.groupdict()`` would build a
    dict of every group of a combined pattern (hundreds) for each match; a group is read by its number
    (``group_numbers``), which costs a third of a read by name."""
    numbers = group_numbers(m.re)

    def get(name: str) -> str | None:
        number = numbers.get(name)
        if number is None:
            return None
        found: str | None = m.group(number)
        return found

    return get


def previous_word(text: str, pos: int, limit: int = 60) -> regex.Match[str] | None:
    """The word that ends right before ``pos`` (only spaces between), or None."""
    i = pos
    lo = max(0, pos - limit)
    while i > lo and text[i - 1] in " \t\u00a0\u2009\u202f":
        i -= 1
    if i == pos and pos > 0 and text[pos - 1].isalpha():
        return None  # glued to the number: not a separate word
    j = i
    while j > lo and (text[j - 1].isalpha() or text[j - 1] in "'’-" or unicode_mark(text[j - 1])):
        j -= 1
    if j == i:
        return None
    return WORD.match(text, j, i)


def unicode_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M")


def opens_line(text: str, pos: int) -> bool:
    """Whether only a bullet or spaces (at most four characters) stand between the line's start and ``pos``: a
    label of a row, a table turned into text (``2022 - 1,028 kes``)."""
    head = text[max(0, pos - 4):pos]
    cut = head.rfind("\n")
    return (cut >= 0 or pos < 4) and not head[cut + 1:].strip(" \t-\u2022*")


def before_spaces(text: str, pos: int) -> int:
    """Where the white space just before ``pos`` begins: ``len(text[:pos].rstrip())`` without copying the text
    before ``pos`` (a copy per call made long texts quadratic)."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def starts_sentence(text: str, pos: int) -> bool:
    """True when only spaces and sentence punctuation stand between ``pos`` and the previous sentence."""
    i = pos
    while i > 0 and text[i - 1] in " \t\u00a0\u2009\u202f":
        i -= 1
    return i == 0 or text[i - 1] in _BOUNDARY_BEFORE


def verb_like(word: str, data: LanguageData) -> bool:
    """Whether a lower-case word is a verb by its affixes (``dikirim``, ``mengatakan``, ``berkata``): the
    language's ``verb_prefixes`` on a word of six letters or more, or its ``verb_suffixes`` on one of five."""
    if len(word) >= 6 and bool(data.verb_prefixes) and word.startswith(data.verb_prefixes):
        return True
    return len(word) >= 5 and bool(data.verb_suffixes) and word.endswith(data.verb_suffixes)


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def next_words(text: str, pos: int, count: int) -> list[regex.Match[str]]:
    """Up to ``count`` words after ``pos``, separated by single spaces only (punctuation stops the run)."""
    out: list[regex.Match[str]] = []
    i = pos
    n = len(text)
    while len(out) < count:
        j = i
        while j < n and j - i < 3 and text[j] in " \u00a0\u2009\u202f":
            j += 1
        if j == i and out:
            break
        if j == i and not out and i < n and text[i].isalpha():
            break  # glued to what came before
        m = WORD.match(text, j, upto(text, j, 80))
        if m is None:
            break
        out.append(m)
        i = m.end()
    return out


class SpanSet:
    """Spans kept merged and sorted, so asking whether a span overlaps any of them is a binary search."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            self._append(start, end)

    def _append(self, start: int, end: int) -> None:
        if self._ends and start <= self._ends[-1]:
            self._ends[-1] = max(self._ends[-1], end)
        else:
            self._starts.append(start)
            self._ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, max(start, end - 1)) - 1
        return i >= 0 and self._ends[i] > start

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none already held (callers check ``overlaps`` first)."""
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)

    def spans(self) -> list[tuple[int, int]]:
        return list(zip(self._starts, self._ends, strict=True))
