"""Sentences and paragraphs as offsets into the untouched text.

A newline always ends a paragraph (and a sentence): news copy puts one paragraph on a line. Inside a paragraph,
``.``, ``!``, ``?`` and ``…`` (with any closing quote or bracket after them) end a sentence when a space and
then a capital letter, a digit or an opening quote follow, unless the word before the period is a known
abbreviation (``Rp.``, ``No.``, ``Dr.``, ``U.S.``) or a single capital (an initial). Decimals (``2.5``) and dates
(``26/8/2025``) have no space after the period, so they never split. The text is never rewritten: every
sentence is a ``Span``.

Both come from one splitter in one pass (``layout``), made once per text before the kinds run
(``factcheck.scan.Scan.layout``), with the line breaks and the quote marks (``“ ” " ' ‘ ’ « » ``…''``) the quotes
kind pairs: the quotes, the context and the placing of claims all read that one layout. The clause ends the
tense of a date reads (``clause_ends``) are cruder (every full stop, semicolon and double quote) and are listed
from the text once, the first time a date asks.
"""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import cache
from typing import overload

from factcheck import lang as languages
from factcheck.claims import Span
from factcheck.patterns import compile_pattern, compile_re

_STOPS = ".!?…"
_NEWLINES = "\r\n\u2028\u2029"
_BREAK = compile_re(
    rf"[{_STOPS}{_NEWLINES}](?:(?<=[{_STOPS}])[{_STOPS}]*+[\"'”’»)\]]*+"
    r"(?=[ \t\u00a0\u2009\u202f]++[\"'“‘«(\[]?+(?P<next>\w))"
    rf"|(?<=[{_NEWLINES}])[{_NEWLINES}]*+)"
)
"""A run of sentence stops (with its closing quotes) before a space and a word, or a run of line breaks. Written
to start with one character class, so the standard ``re`` engine skips to the next stop or line break instead of
trying a match at every character (three times faster than ``regex`` here); it has no ``\\p{Lu}``, so the
word's first character is checked apart (``_opens_sentence``): a capital or a digit."""


def _opens_sentence(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category == "Lu" or category[0] == "N"


_MARKS = "“”„«»‘’\"'「」‹›`"
"""The quote marks; ````…''`` and ```…'`` are how newswire corpora store “…” and ‘…’."""
_CLAUSE_ENDS = ".!?;\n\"“”"
_WORD_BEFORE = compile_pattern(r"(?r)[\p{L}.]*+\p{L}")


@cache
def _abbreviations(code: str) -> frozenset[str]:
    return languages.get(code).abbreviations


def _is_abbreviation(text: str, dot: int, code: str) -> bool:
    m = _WORD_BEFORE.match(text, max(0, dot - 20), dot)
    if m is None:
        return False
    word = m.group()
    low = word.lower()
    if low in languages.get(code).closing_abbreviations:
        return False
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. K. Rowling"
    return low in _abbreviations(code) or (
        "." in word and all(len(part) <= 2 for part in word.split(".")))  # "U.S", "S.H", "a.n"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class Pairs:
    """``(start, end)`` pairs in text order, kept as two arrays of offsets: a megabyte of news has some 40,000
    sentences, paragraphs, line breaks and quote marks, and a tuple of two integers costs 120 bytes where the
    arrays cost 16. A pair is made a tuple only while it is read."""

    def __init__(self) -> None:
        self.starts: array[int] = array("q")
        self.ends: array[int] = array("q")

    def __len__(self) -> int:
        return len(self.starts)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.starts, self.ends, strict=True)

    @overload
    def __getitem__(self, i: int) -> tuple[int, int]: ...
    @overload
    def __getitem__(self, i: slice) -> list[tuple[int, int]]: ...
    def __getitem__(self, i: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
        if isinstance(i, slice):
            return list(zip(self.starts[i], self.ends[i], strict=True))
        return self.starts[i], self.ends[i]


class Layout:
    """A text's paragraphs and sentences, in order, trimmed: their bounds as plain offsets, and a ``Span`` made
    only for the ones a claim stands in. With them: the line breaks (each run of newlines, as ``(start, end)``)
    and the quote marks (``(start, end)`` of each, ````…''`` as one mark)."""

    def __init__(self, text: str, paragraphs: Pairs, sentences: Pairs, breaks: Pairs, marks: Pairs) -> None:
        self.text = text
        self.paragraph_starts = paragraphs.starts
        self.paragraph_ends = paragraphs.ends
        self.sentence_starts = sentences.starts
        self.sentence_ends = sentences.ends
        self.breaks = breaks
        self.marks = marks
        self._clause_ends: array[int] | None = None
        self._spans: dict[tuple[int, int], Span] = {}

    @property
    def paragraphs(self) -> list[Span]:
        return [self._span(a, b) for a, b in zip(self.paragraph_starts, self.paragraph_ends, strict=True)]

    @property
    def sentences(self) -> list[Span]:
        return [self._span(a, b) for a, b in zip(self.sentence_starts, self.sentence_ends, strict=True)]

    def _span(self, start: int, end: int) -> Span:
        span = self._spans.get((start, end))
        if span is None:
            span = self._spans[(start, end)] = Span(start, end)
        return span

    def paragraph_number(self, pos: int) -> int:
        """The index of the paragraph holding ``pos`` (or the last one before it; 0 before the first)."""
        return max(0, bisect_right(self.paragraph_starts, pos) - 1)

    def paragraph_at(self, pos: int) -> Span:
        """The paragraph holding ``pos``; an empty span at ``pos`` when it stands between paragraphs."""
        return self._containing(self.paragraph_starts, self.paragraph_ends, pos)

    def sentence_at(self, pos: int) -> Span:
        """The sentence holding ``pos``; an empty span at ``pos`` when it stands between sentences."""
        return self._containing(self.sentence_starts, self.sentence_ends, pos)

    def places(self, positions: Sequence[int]) -> tuple[list[Span], list[Span]]:
        """The sentence and the paragraph holding each of ``positions``, which come sorted: one walk along the
        sentences and paragraphs instead of two binary searches a claim (``sentence_at``, ``paragraph_at``)."""
        return (self._walk(self.sentence_starts, self.sentence_ends, positions),
                self._walk(self.paragraph_starts, self.paragraph_ends, positions))

    def _walk(self, starts: array[int], ends: array[int], positions: Sequence[int]) -> list[Span]:
        out: list[Span] = []
        i, last, n = -1, len(starts) - 1, len(starts)
        held: Span | None = None
        for pos in positions:
            if i < last and starts[i + 1] <= pos:
                i = bisect_right(starts, pos, i + 1, n) - 1
                held = None
            if i >= 0 and starts[i] <= pos < max(ends[i], starts[i] + 1):
                held = held or self._span(starts[i], ends[i])
                out.append(held)
            else:
                out.append(Span(pos, pos))
        return out

    def _containing(self, starts: array[int], ends: array[int], pos: int) -> Span:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and starts[i] <= pos < max(ends[i], starts[i] + 1):
            return self._span(starts[i], ends[i])
        return Span(pos, pos)

    def clause_ends(self) -> array[int]:
        """Where a clause may end, in order: every ``.``, ``!``, ``?``, ``;``, ``\\n`` and double quote mark
        (``"``, ``“``, ``”``), decimals and abbreviations included (``factcheck.tense`` reads a date's clause
        between two of them). Listed on first use: only a yearless date read with a reference date asks."""
        if self._clause_ends is None:
            self._clause_ends = array("q", _positions(self.text, _CLAUSE_ENDS))
        return self._clause_ends


def layout(text: str, code: str) -> Layout:
    """The paragraphs (each non-blank line), sentences, line breaks and quote marks of ``text``."""
    return _split(text, code)


def _split(text: str, code: str | None) -> Layout:
    """The splitter's one pass; with no language (``code`` None) an abbreviation's period ends a sentence."""
    sents, paras, breaks = Pairs(), Pairs(), Pairs()
    sent_start, sent_end = sents.starts.append, sents.ends.append
    start = 0
    para_start = 0
    for m in _BREAK.finditer(text):
        at = m.start()
        newline = text[at] in _NEWLINES
        if not newline:
            if not _opens_sentence(m.group("next")) or (  # a lone period may close an abbreviation
                    text[at] == "." and text[at + 1:at + 2] not in _STOPS and code is not None
                    and _is_abbreviation(text, at, code)):
                continue
            cut = m.end()
        else:
            cut = m.start()
            breaks.starts.append(cut)
            breaks.ends.append(m.end())
        a, b = _trim(text, start, cut)
        if b > a:
            sent_start(a)
            sent_end(b)
        if newline:
            a, b = _trim(text, para_start, m.start())
            if b > a:
                paras.starts.append(a)
                paras.ends.append(b)
            para_start = m.end()
        start = m.end() if newline else cut
    a, b = _trim(text, start, len(text))
    if b > a:
        sent_start(a)
        sent_end(b)
    a, b = _trim(text, para_start, len(text))
    if b > a:
        paras.starts.append(a)
        paras.ends.append(b)
    return Layout(text, paras, sents, breaks, _quote_marks(text))


def _quote_marks(text: str) -> Pairs:
    """Each quote mark as ``(start, end)``, in order; two backticks or two apostrophes in a row are one mark."""
    marks = Pairs()
    pair = -1  # the second half of a doubled mark
    for i in _positions(text, _MARKS):
        if i == pair:
            continue
        ch = text[i]
        marks.starts.append(i)
        if ch in "`'" and text.startswith(ch, i + 1):
            marks.ends.append(i + 2)
            pair = i + 1
        else:
            marks.ends.append(i + 1)
    return marks


def paragraphs(text: str) -> list[Span]:
    """Each non-blank line, trimmed: the layout's paragraphs, which no language's abbreviations change."""
    return _split(text, None).paragraphs


def sentences(text: str, code: str) -> list[Span]:
    """The sentences of ``text``, in order, trimmed, covering every non-space character."""
    return layout(text, code).sentences


def _positions(text: str, chars: str) -> list[int]:
    """Where any of ``chars`` stands in ``text``, in order. Looked up one character at a time with ``str.find``,
    which skips the text between them several times faster than a pattern reads every character."""
    found: list[int] = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            found.append(i)
            i = text.find(ch, i + 1)
    found.sort()
    return found
