"""Who says what: speaker names around speech verbs, and the cues that attribute a sentence to a source.

Shared by quotes (the speaker of ``"…," ujar Putin``) and attribution (the source of ``menurut laporan pejabat
Gedung Putih, …``). A name is read word by word from the cue outwards, so no pattern can run away: after a
cue it runs to the first stop word or punctuation (``kata Xi saat membacakan`` → Xi); before a cue it runs back to
the clause boundary and keeps the part from the first capitalised word (``Dalam keterangannya, Kapolda Metro Jaya
Irjen Karyoto mengatakan`` → Kapolda Metro Jaya Irjen Karyoto; ``the minister said`` → minister).
"""

from __future__ import annotations

import unicodedata
from functools import cache

import attrs
import regex

from factcheck import lang as languages
from factcheck.lang.base import LanguageData
from factcheck.patterns import SP, WORD_END, WORD_START, compile_pattern, trie

_MAX_NAME_WORDS = 8
_DETERMINERS = frozenset({"the", "a", "an", "sang", "si", "para"})
_NAME_WORD = compile_pattern(r"[\p{L}\p{M}][\p{L}\p{M}\p{N}.'’\-]*+")
_SPACE = " \t\u00a0\u2009\u202f"


@attrs.frozen
class Name:
    text: str
    start: int
    end: int
    pronoun: bool = False


def _clean_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ".,;:'’\"”)":
        end -= 1
    return end


def name_after(text: str, pos: int, data: LanguageData, limit: int | None = None) -> Name | None:
    """The speaker or source that follows a cue at ``pos``: words up to a stop word or punctuation."""
    stop = len(text) if limit is None else limit
    words: list[tuple[int, int]] = []
    i = pos
    while len(words) < _MAX_NAME_WORDS:
        j = i
        while j < stop and text[j] in _SPACE:
            j += 1
        if j == i and words:
            break
        m = _NAME_WORD.match(text, j, stop)
        if m is None:
            break
        word = m.group().lower().rstrip(".")
        if word in data.speaker_stopwords and words:
            break
        if word in data.speaker_stopwords:
            return None
        end = _clean_end(text, m.start(), m.end())
        dotted = end < m.end() and text[end] == "."
        if dotted and (word in data.abbreviations or len(word) == 1):
            end = m.end()  # "Dr.", "H.", an initial: part of the name
        words.append((m.start(), end))
        if end < m.end() and text[end] in ",;:.":
            break  # "said John Smith, the minister", "kata Gubernur Ridwan. Harga …"
        i = m.end()
        if i < stop and text[i] in ",;:.!?()\"“”":
            break
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    first = text[start:words[0][1]].lower()
    if len(words) == 1 and first in data.pronouns:
        return Name(text[start:end], start, end, pronoun=True)
    while len(words) > 1 and text[words[0][0]:words[0][1]].lower() in _DETERMINERS:
        words = words[1:]
    start = words[0][0]
    return Name(text[start:end], start, end)


def name_before(text: str, pos: int, data: LanguageData, floor: int = 0) -> Name | None:
    """The speaker or source that precedes a cue at ``pos``, within its clause."""
    words: list[tuple[int, int]] = []
    i = pos
    lo = max(floor, pos - 200)
    while len(words) < _MAX_NAME_WORDS + 4:
        j = i
        while j > lo and text[j - 1] in _SPACE:
            j -= 1
        k = j
        while k > lo and (text[k - 1].isalnum() or text[k - 1] in ".'’-"
                          or unicodedata.category(text[k - 1]).startswith("M")):
            k -= 1
        if k == j:
            break
        word = text[k:j].rstrip(".")
        if not word or word.lower() in data.speaker_stopwords or (word.lower() in data.noun_stopwords and \
                word.lower() not in _DETERMINERS and not word[:1].isupper()):
            break
        words.append((k, k + len(word)))
        i = k
        if k > lo and text[k - 1] not in _SPACE:
            break  # punctuation before the word: the clause starts here
    if not words:
        return None
    words.reverse()
    capitalised = [n for n, (a, _) in enumerate(words) if text[a].isupper()]
    words = words[capitalised[0]:] if capitalised else words[-2:]
    while len(words) > 1 and text[words[0][0]:words[0][1]].lower() in _DETERMINERS:
        words = words[1:]
    start, end = words[0][0], words[-1][1]
    if len(words) == 1 and text[start:end].lower() in data.pronouns:
        return Name(text[start:end], start, end, pronoun=True)
    if text[start:end].lower() in _DETERMINERS:
        return None
    return Name(text[start:end], start, end)


def _first_words(phrases: list[str]) -> frozenset[str]:
    return frozenset(p.split()[0].lower() for p in phrases if p)


@attrs.frozen
class CuePatterns:
    after_quote: regex.Pattern[str]
    before_quote: regex.Pattern[str]
    speech: regex.Pattern[str]
    attribution_words: frozenset[str]
    """First words of the attribution cues, report verbs and hedges: where ``attribution`` is tried."""
    speech_words: frozenset[str]
    attribution: regex.Pattern[str]


@cache
def cue_patterns(code: str) -> CuePatterns:
    data = languages.get(code)
    after = trie([*data.cues_after_quote, *data.cues_with_pronoun])
    before = trie(data.cues_before_quote)
    sources = trie(data.attribution_cues)
    reports = trie(data.report_verbs)
    hedges = trie(data.hedges)
    return CuePatterns(
        after_quote=compile_pattern(f"[\\s,.]{{0,3}}+(?P<cue>(?i:{after})){WORD_END}"),
        before_quote=compile_pattern(
            f"(?r){WORD_START}(?P<cue>(?i:{before})){WORD_END}"
            f"(?:[\\s]{{1,2}}(?:\\p{{Lu}}[\\p{{L}}’']*|the|a|an|reporters|wartawan)){{0,4}}[\\s,:]{{0,3}}+"
        ),
        speech=compile_pattern(f"(?P<cue>(?i:{trie([*data.report_verbs, *data.cues_before_quote])})){WORD_END}"),
        attribution=compile_pattern(
            f"(?:(?P<source>(?i:{sources}))|(?P<report>(?i:{reports}))|(?P<hedge>(?i:{hedges})))"
            f"{WORD_END}"
        ),
        attribution_words=_first_words([*data.attribution_cues, *data.report_verbs, *data.hedges]),
        speech_words=_first_words([*data.report_verbs, *data.cues_before_quote]),
    )


_ = SP
