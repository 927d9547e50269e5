"""The one pass over a text that every kind starts from.

A rule-based extractor that tries its patterns at every character is slow, and the slowness grows with the
number of rules. Here the text is lower-cased once (length kept, so offsets hold) and read once by a single
pattern: runs of digits, and the words any rule can begin with (number words, month and weekday names, units,
cues, identifier keywords …), as one trie. Each kind then runs its own patterns anchored at the places this pass
found, and nowhere else, so the cost per character is that of this one scan.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from sys import intern

import attrs

from factcheck import lang as languages
from factcheck.lang.base import LanguageData
from factcheck.patterns import compile_re, trie

_DIGITS = r"\d(?:[\d.,\u00a0\u2009\u202f]*\d)?"


@cache
def _one_to_one_lower() -> dict[int, int]:
    """Lower-case mapping for characters whose lower case is one character (``İ`` lowers to two)."""
    table = {}
    for cp in range(0x110000):
        ch = chr(cp)
        low = ch.lower()
        if low != ch and len(low) == 1 and unicodedata.category(ch) != "Cs":
            table[cp] = ord(low)
    return table


_CHUNK = 1 << 16


def _lower_piece(piece: str) -> str:
    low = piece.lower()
    return low if len(low) == len(piece) else piece.translate(_one_to_one_lower())


def lower_same_length(text: str) -> str:
    """``text`` in lower case, one character for one, so offsets hold. Long texts are lowered in pieces cut at
    whitespace: ``str.lower`` on non-ASCII text allocates four bytes per character for its work, twelve times
    the input for Latin text with a few curly quotes."""
    if len(text) <= _CHUNK:
        return _lower_piece(text)
    pieces = []
    start = 0
    while start < len(text):
        end = start + _CHUNK
        if end < len(text):
            space = text.find(" ", end)
            end = len(text) if space < 0 else space
        pieces.append(_lower_piece(text[start:end]))
        start = end
    return "".join(pieces)


def trigger_words(data: LanguageData) -> frozenset[str]:
    """Every word that can begin a rule of some kind in ``data``'s language (lower case, first word only)."""
    from factcheck.kinds.dates.finder import start_words  # the rules say where they start; they read scans
    from factcheck.kinds.proportions import start_words as proportion_words

    words: set[str] = set()
    tables = (
        data.digit_words, data.tens_words, data.hundred_words, data.scale_words, data.one_scale_words,
        data.fraction_words, data.dozen_words, data.ordinal_words, data.months, data.weekdays, data.relative_days,
        data.relative_periods,
        data.shift_after, data.shift_before, data.time_units, data.part_words, data.one_unit_words,
        data.identifier_words, data.attribution_cues, data.holidays,
    )
    for table in tables:
        words.update(table)
    words.update(data.teen_words | data.point_words | data.article_words | data.negative_words)
    words.update(data.identifier_words_cased | data.quarter_words | data.half_words | data.year_words)
    words.update(data.clock_words | data.report_verbs | data.hedges | data.cues_before_quote)
    words.update(data.ahead_before + data.ago_before)
    words.update(data.rank_words)
    words.update(data.passive_speech_verbs)
    words.update(data.interval_connectors)
    words.update(data.idioms)
    words.update(start_words(data))
    words.update(proportion_words(data.code))
    if data.ordinal_prefix:
        words.add(data.ordinal_prefix)
    out = set()
    for w in words:
        first = re.split(r"[\s/]", w.lower(), maxsplit=1)[0]
        first = first.rstrip(".")
        if first and re.fullmatch(r"[^\W\d_][\w'’\-]*", first):
            out.add(first)
    return frozenset(out)


@cache
def _pattern(code: str) -> re.Pattern[str]:
    data = languages.get(code)
    words = trie(trigger_words(data)).replace("{1,3}+", "{1,3}")
    # "Tuesday's" is Tuesday; Turkish "Ağustos'ta" is August
    ending = r"(?!\w)" if data.suffix_after_apostrophe else r"(?!\w|['’](?!s\b))"
    return compile_re(rf"(?P<d>{_DIGITS}|[½¼¾⅐-⅞])|\b(?P<w>{words}){ending}")


@attrs.define
class Scan:
    """A text read once: its lower-case twin and the places where some rule may begin.

    ``hits`` holds ``(start, end, token, is_digits)`` in text order: a digit run as written, or a trigger word
    in lower case."""

    text: str
    code: str
    lower: str
    hits: list[tuple[int, int, str, bool]]

    def words(self, vocabulary: frozenset[str]) -> list[tuple[int, int, str, bool]]:
        """The hits that are words of ``vocabulary``."""
        return [h for h in self.hits if not h[3] and h[2] in vocabulary]

    def digits(self) -> list[tuple[int, int, str, bool]]:
        return [h for h in self.hits if h[3]]


def scan(text: str, code: str) -> Scan:
    """Read ``text`` once for every kind."""
    lower = lower_same_length(text)
    hits = [
        (m.start(), m.end(), text[m.start():m.end()], True) if m.lastgroup == "d" else
        (m.start(), m.end(), intern(m.group("w")), False)  # one string per trigger word, not per hit
        for m in _pattern(code).finditer(lower)
    ]
    return Scan(text, code, lower, hits)
