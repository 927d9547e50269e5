"""Where in a sentence to look for what a figure measures: windows of words around it that stop at a clause
joiner or a punctuation mark, the nearest phrase of a table inside one, and the place a sentence names.

The key reader (``factcheck.verify.keys``) asks; this module only reads words. Every word list is language data.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from factcheck.claims import Claim, QuantityValue
from factcheck.lang.base import LanguageData
from factcheck.patterns import compile_pattern

WORD = compile_pattern(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*+", scanning=True)
AFTER = 5
"""Words read after a figure for what it measures (``12 people were killed``)."""
BEFORE = 16
"""Words read before a figure for what it measures (``the death toll from floods … rose to 16``)."""


def plain_words(text: str, lo: int, hi: int) -> list[str]:
    return [m.group() for m in WORD.finditer(text, lo, hi)]


def nearest(text: str, claim: Claim, lo: int, hi: int, pattern: regex.Pattern[str], data: LanguageData,
             *, after: int = AFTER, before: int = BEFORE, before_first: bool = False) -> tuple[str, int, int] | None:
    """The table phrase nearest the figure, lower case, with its span: one starting in the few words after it
    (``12 orang tewas``, ``12 people were killed``), else the last one before it (``korban tewas mencapai 12``),
    never across a clause joiner (``and``, ``dan``) or, after the figure, a punctuation mark. A date looks
    before itself first: ``the quake struck on Monday``."""
    after_end = reach(text, claim.end, hi, after, data, forward=True)
    following = next((m for m in pattern.finditer(text, claim.end, hi) if m.start() < after_end), None)
    before_start = reach(text, lo, claim.start, before, data, forward=False)
    preceding = None
    for m in pattern.finditer(text, before_start, claim.start):
        preceding = m
    order = (preceding, following) if before_first else (following, preceding)
    found = next((m for m in order if m is not None), None)
    return (" ".join(found.group().lower().split()), found.start(), found.end()) if found else None


def within(text: str, claim: Claim, pattern: regex.Pattern[str]) -> tuple[str, int, int] | None:
    """A table phrase inside the claim's own span: a unit written before the figure (``magnitudo 6,2``)."""
    m = pattern.search(text, claim.start, claim.end)
    return (" ".join(m.group().lower().split()), m.start(), m.end()) if m else None


def reach(text: str, lo: int, hi: int, count: int, data: LanguageData, *, forward: bool) -> int:
    """How far ``count`` words reach from ``lo`` forward (or from ``hi`` back), stopping at a clause joiner and,
    forward, at punctuation."""
    tokens = list(WORD.finditer(text, lo, hi))
    if forward:
        edge = lo
        for k, m in enumerate(tokens):
            if k >= count or m.group().lower() in data.clause_joiners or punctuated(text[edge:m.start()]):
                break
            edge = m.end()
        return edge
    edge = hi
    for k, m in enumerate(reversed(tokens)):
        if k >= count or m.group().lower() in data.clause_joiners:
            break
        edge = m.start()
    return edge


def punctuated(gap: str) -> bool:
    return any(ch in ",.;:!?()\"“”" for ch in gap)


def clause(text: str, claim: Claim, lo: int, hi: int) -> tuple[int, int]:
    """The part of the window between the punctuation marks around the figure: what qualifies it."""
    start = max((text.rfind(mark, lo, claim.start) for mark in ",;:"), default=-1)
    ends = [i for i in (text.find(mark, claim.end, hi) for mark in ",;:") if i >= 0]
    return (start + 1 if start >= lo else lo), min(ends, default=hi)


def words_end(text: str, start: int, hi: int, count: int) -> int:
    end = start
    for k, m in enumerate(WORD.finditer(text, start, hi)):
        if k >= count:
            break
        end = m.end()
    return end


def words_start(text: str, lo: int, end: int, count: int) -> int:
    starts = [m.start() for m in WORD.finditer(text, lo, end)]
    return starts[-count] if len(starts) >= count else lo


def place(text: str, claim: Claim, sentence: tuple[int, int], data: LanguageData) -> str | None:
    """The place nearest the figure in its sentence: a capitalised name after ``di``/``in`` (``di Kota Bekasi`` →
    bekasi, ``in the Indonesian city of Bekasi`` → bekasi)."""
    tokens = list(WORD.finditer(text, *sentence))
    best: tuple[int, str] | None = None
    for k, token in enumerate(tokens):
        if token.group().lower() not in data.place_prepositions:
            continue
        name = name_after(tokens[k + 1:k + 8], text, data)
        if name is None:
            continue
        distance = abs(token.start() - claim.start)
        if best is None or distance < best[0]:
            best = (distance, name)
    return best[1] if best else None


def name_after(tokens: Sequence[regex.Match[str]], text: str, data: LanguageData) -> str | None:
    """The last run of capitalised words among the next few words, up to punctuation or a figure, without the
    words of a place's kind."""
    runs: list[list[str]] = []
    current: list[str] = []
    previous_end = tokens[0].start() if tokens else 0
    lowercase = 0
    for token in tokens:
        if any(ch in ",.;:!?()\n" for ch in text[previous_end:token.start()]) or token.group()[:1].isdigit():
            break
        previous_end = token.end()
        word = token.group()
        low = word.lower()
        if low in data.place_prefixes:
            continue
        if word[:1].isupper() and low not in data.months and low not in data.weekdays:
            current.append(word)
            continue
        if current:
            runs.append(current)
            current = []
        lowercase += 1
        if lowercase > 2 and not runs:
            break
    if current:
        runs.append(current)
    return " ".join(runs[-1]).lower() if runs else None


def increment(text: str, claim: Claim, data: LanguageData) -> bool:
    """An addition to a count: ``four more bodies``, ``empat jasad lagi``, ``another 4``."""
    after = [m.group().lower() for m in WORD.finditer(text, claim.end, min(len(text), claim.end + 40))][:3]
    before = [m.group().lower() for m in WORD.finditer(text, max(0, claim.start - 20), claim.start)][-1:]
    if after and after[0] in data.increment_words:
        return True
    noun = claim.value.noun if isinstance(claim.value, QuantityValue) else None
    if noun and len(after) > len(noun.split()) and after[len(noun.split())] in data.increment_words:
        return True
    return bool(before) and before[0] in data.increment_words and claim.kind == "quantity"
