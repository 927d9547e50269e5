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
from array import array
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import compress
from sys import intern
from typing import overload

import attrs
import regex

from factcheck import lang as languages
from factcheck.lang.base import LanguageData
from factcheck.patterns import compile_re, re_trie
from factcheck.sentences import Layout, layout

_DIGITS = r"[\d½¼¾⅐-⅞](?:(?<=\d)[\d.,\u00a0\u2009\u202f]*\d)?"
"""A run of digits with the marks inside it, or a fraction character alone. Written to start with one class, so
the ``re`` engine skips to the next digit without trying a match at every character (twice as fast)."""


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


def pieces(text: str) -> Iterator[tuple[int, int]]:
    """``text`` cut at spaces into pieces of some 64,000 characters: long texts are worked through piece by
    piece where a whole-text step would hold many times the text at once. No word or digit run spans a cut."""
    start = 0
    while start < len(text):
        end = start + _CHUNK
        if end < len(text):
            space = text.find(" ", end)
            end = len(text) if space < 0 else space
        else:
            end = len(text)
        yield start, end
        start = end


def lower_same_length(text: str) -> str:
    """``text`` in lower case, one character for one, so offsets hold. Long texts are lowered in pieces:
    ``str.lower`` on non-ASCII text allocates four bytes per character for its work, twelve times the input for
    Latin text with a few curly quotes."""
    if len(text) <= _CHUNK:
        return _lower_piece(text)
    return "".join(_lower_piece(text[start:end]) for start, end in pieces(text))


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


def phrase_words(phrase: str) -> list[str]:
    """A phrase's words as the scan reads them: lower case, split at spaces and slashes, the first word without
    its abbreviation period."""
    parts = regex.split(r"[\s/]", str(phrase).lower())
    return [parts[0].rstrip("."), *parts[1:]]


def openers(phrases: Iterable[str]) -> dict[str, re.Pattern[str]]:
    """For a first word that only opens phrases (``the`` of ``the one``, ``the past year``), what may follow it:
    a hit on such a word is worth a pattern only when one of its phrases' second words does, so the commonest
    words of a language cost one look at the next word (``second_word_follows``)."""
    seconds: dict[str, set[str]] = {}
    single: set[str] = set()
    for phrase in phrases:
        parts = phrase_words(phrase)
        if len(parts) == 1:
            single.add(parts[0])
        else:
            seconds.setdefault(parts[0], set()).add(parts[1])
    return {w: _followed_by(s) for w, s in seconds.items() if w not in single}


def _followed_by(words: set[str]) -> re.Pattern[str]:
    body = re_trie(words)
    return compile_re(rf"[\s\u00a0]{{1,8}}(?:{body})(?![\w'’\-])")  # bounded: linear wherever it is tried


def second_word_follows(lower: str, end: int, followers: re.Pattern[str]) -> bool:
    """Whether the word after ``end`` (where a hit ends) in the lower-case twin is one that ``followers`` (from
    ``openers``) admits."""
    return followers.match(lower, end, min(len(lower), end + 40)) is not None


@attrs.frozen
class _Patterns:
    """The scan's two patterns: trigger words and digit runs. Two simple scans, merged by position, cost less
    than one alternation of both (the ``re`` engine finds the first character of a plain word trie fast)."""

    words: re.Pattern[str]
    digits: re.Pattern[str]
    with_digits: frozenset[str]
    """Trigger words with a digit in them (``q1``, ``h2``): the digits inside are no run of their own."""


@cache
def _pattern(code: str) -> _Patterns:
    data = languages.get(code)
    triggers = trigger_words(data)
    words = re_trie(triggers)
    # "Tuesday's" is Tuesday, "10 years' jail" ten years; Turkish "Ağustos'ta" is August
    ending = r"(?!\w)" if data.suffix_after_apostrophe else r"(?!\w|['’](?=\w)(?!s\b))"
    return _Patterns(compile_re(rf"\b(?:{words}){ending}"), compile_re(_DIGITS),
                     frozenset(w for w in triggers if any(ch.isdigit() for ch in w)))


Hit = tuple[int, int, str, bool]
"""``(start, end, token, is_digits)``: a digit run as written, or a trigger word in lower case."""


@attrs.define
class Hits:
    """A scan's hits in text order, kept as columns: English news has some 40,000 hits a megabyte, and a tuple
    of four with its two integers costs 136 bytes where the columns cost 33. A hit is made a tuple only while a
    kind reads it."""

    starts: array[int] = attrs.field(factory=lambda: array("q"))
    ends: array[int] = attrs.field(factory=lambda: array("q"))
    tokens: list[str] = attrs.field(factory=list)
    digits: list[bool] = attrs.field(factory=list)

    def extend(self, hits: list[Hit]) -> None:
        """Add ``hits``, which follow the ones held, in text order."""
        if hits:
            starts, ends, tokens, digits = zip(*hits, strict=True)
            self.starts.extend(starts)
            self.ends.extend(ends)
            self.tokens.extend(tokens)
            self.digits.extend(digits)

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[Hit]:
        return zip(self.starts, self.ends, self.tokens, self.digits, strict=True)

    @overload
    def __getitem__(self, i: int) -> Hit: ...
    @overload
    def __getitem__(self, i: slice) -> list[Hit]: ...
    def __getitem__(self, i: int | slice) -> Hit | list[Hit]:
        if isinstance(i, slice):
            return list(zip(self.starts[i], self.ends[i], self.tokens[i], self.digits[i], strict=True))
        return self.starts[i], self.ends[i], self.tokens[i], self.digits[i]


@attrs.define
class Scan:
    """A text read once: its lower-case twin and the places where some rule may begin (``hits``)."""

    text: str
    code: str
    lower: str
    hits: Hits
    _layout: Layout | None = attrs.field(default=None, init=False, repr=False)

    def layout(self) -> Layout:
        """The text's paragraphs and sentences, split once for every kind and the context."""
        if self._layout is None:
            self._layout = layout(self.text, self.code)
        return self._layout

    def words(self, vocabulary: frozenset[str]) -> list[Hit]:
        """The hits that are words of ``vocabulary``: picked from the token column in C, a tuple made only for
        each one kept."""
        hits = self.hits
        kept = compress(range(len(hits.tokens)), map(vocabulary.__contains__, hits.tokens))
        return [(hits.starts[i], hits.ends[i], hits.tokens[i], False) for i in kept if not hits.digits[i]]

    def digits(self) -> list[Hit]:
        return [h for h in self.hits if h[3]]


def scan(text: str, code: str) -> Scan:
    """Read ``text`` once for every kind, piece by piece (``pieces``)."""
    lower = lower_same_length(text)
    patterns = _pattern(code)
    hits = Hits()
    for lo, hi in pieces(lower):
        hits.extend(_piece_hits(text, lower, lo, hi, patterns))
    return Scan(text, code, lower, hits)


def _piece_hits(text: str, lower: str, lo: int, hi: int, patterns: _Patterns) -> list[Hit]:
    found = [(m.start(), m.end(), intern(m.group()), False)  # one string per trigger word, not per hit
             for m in patterns.words.finditer(lower, lo, hi)]
    inside = {i for start, end, token, _ in found if token in patterns.with_digits for i in range(start, end)}
    found += [(m.start(), m.end(), text[m.start():m.end()], True) for m in patterns.digits.finditer(lower, lo, hi)
              if m.start() not in inside]
    found.sort(key=_position)
    return found


def _position(hit: Hit) -> int:
    return hit[0]
