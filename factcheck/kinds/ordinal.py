"""Ordinals: ``pertemuan kedua``, ``ke-3``, ``the third``, ``21st``, ``twenty-first``.

An ordinal ranks something, so the rule keeps the ranked noun and drops the look-alikes that rank nothing:
an Indonesian ``ke-`` word *before* its noun is collective (``kedua negara`` = both countries), a sentence that
opens ``Kedua,`` / ``Second,`` enumerates arguments, a capitalised ordinal inside a sentence belongs to a name
(``First Lady``, ``Second World War``), and ``a third of`` is a fraction.
"""

from __future__ import annotations

from functools import cache

import regex

from factcheck import lang as languages
from factcheck.claims import OrdinalValue
from factcheck.kinds.base import (
    Candidate,
    SpanSet,
    groups,
    is_capitalised,
    next_words,
    previous_word,
    starts_sentence,
    verb_like,
)
from factcheck.lang.base import LanguageData
from factcheck.numbers import read_words
from factcheck.patterns import (
    DASH,
    GATE,
    OPT_SP,
    SP,
    WORD_END,
    admits,
    compile_pattern,
    gate,
    trie,
    upto,
)
from factcheck.scan import Scan, scan

_LETTERS = compile_pattern(r"\p{L}+", scanning=True)
_COMPOUND = compile_pattern(r"\p{L}++")

WORDS = "ordinal.words"
"""``kedua``, ``third``, ``twenty-first``."""
DIGITS = "ordinal.digits"
"""``ke-3``, ``3rd``, ``peringkat 3``."""
RULES = (WORDS, DIGITS)


def _suffix_ok(number: int, suffix: str, data: LanguageData) -> bool:
    """Whether the suffix agrees with the number (``21st``, not ``21th``) where the language says which goes."""
    if not data.ordinal_suffix_by_digit:
        return True
    if 11 <= number % 100 <= 13:
        return suffix == data.ordinal_suffix_default
    return suffix == data.ordinal_suffix_by_digit.get(number % 10, data.ordinal_suffix_default)


@cache
def _pattern(code: str) -> regex.Pattern[str]:
    data = languages.get(code)
    parts = []
    if data.ordinal_suffixes:
        parts.append(f"(?P<digits>\\d++)(?P<suffix>(?i:{trie(data.ordinal_suffixes)})){WORD_END}")
    if data.ordinal_prefix:
        parts.append(f"(?P<prefix>(?i:{data.ordinal_prefix})){DASH}(?P<pdigits>\\d++){WORD_END}")
    if data.rank_words:
        parts.append(f"(?P<rankw>(?i:{trie(data.rank_words)})){SP}(?P<rdigits>\\d{{1,3}})(?![\\p{{N}}]|[.,]\\p{{N}})"
                     f"(?!{OPT_SP}(?:%|(?i:{trie(data.percent_words)}){WORD_END}))")
    scales = [w for w, v in data.ordinal_words.items() if v >= 1000]
    if scales:  # "its 10 millionth passenger": a figure times a scale's ordinal
        parts.append(f"(?<![\\p{{N}}.,])(?P<sdigits>[1-9]\\d{{0,2}}){SP}(?P<sword>(?i:{trie(scales)})){WORD_END}")
    cardinals = trie([*data.digit_words, *data.hundred_words, *data.scale_words, *data.tens_words,
                      *data.teen_words, *data.and_words])
    ordinals = trie(data.ordinal_words)
    tail = trie([*data.teen_words, *data.tens_words])
    lead = f"(?:(?i:{cardinals})(?:{SP}|{DASH})){{0,8}}+" if data.hundred_words else ""
    glued = f"(?:(?i:{trie(w for w, v in data.digit_words.items() if v >= 20 and v % 10 == 0)}))?" \
        if data.hundred_words else ""
    follow = f"(?:{SP}(?i:{tail}){WORD_END}(?:{SP}(?i:{trie(data.digit_words)}){WORD_END})?)?" if tail != "(?!)" \
        and data.tens_words else ""
    parts.append(f"(?P<words>{lead}{glued}(?i:{ordinals}){WORD_END}{follow})")
    return compile_pattern("(?:" + "|".join(parts) + ")")


def _rank(m: regex.Match[str], data: LanguageData) -> int | None:
    group = groups(m)
    if group("digits"):
        number = int(m.group("digits"))
        return number if _suffix_ok(number, m.group("suffix").lower(), data) else None
    if group("pdigits"):
        return int(m.group("pdigits"))
    if group("rdigits"):
        return int(m.group("rdigits"))
    if group("sdigits"):
        return int(m.group("sdigits")) * data.ordinal_words[m.group("sword").lower()]
    words = _LETTERS.findall(m.group("words").lower())
    last = words[-1]
    if last in data.ordinal_words:
        head = words[:-1]
        rank = data.ordinal_words[last]
        if not head:
            return rank
        # "twenty-first", "one hundred twenty fifth": a cardinal, then the ordinal of its last place
        read = read_words(head, data.code)
        if read is None or read[1] != len(head):
            return None
        base = int(read[0])
        if base < 20 and rank < 100:
            return None  # "one third" is a fraction
        return base + rank if rank < 100 else base * rank
    # glued compound ("twentyfirst") or Indonesian "kedua belas", "kedua puluh satu"
    joined = "".join(words)
    for word, value in data.ordinal_words.items():
        if joined.endswith(word) and joined != word:
            head_value = data.digit_words.get(joined[: -len(word)])
            if head_value is not None and head_value >= 20:
                return head_value + value
    first = words[0]
    if first in data.ordinal_words:
        base = data.ordinal_words[first]
        read = read_words([_cardinal_for(base, data), *words[1:]], data.code)
        if read is not None and read[1] == len(words):
            return int(read[0])
    return None


def _cardinal_for(value: int, data: LanguageData) -> str:
    for word, v in data.digit_words.items():
        if v == value and not (data.one_prefix and word.startswith(data.one_prefix)):
            return word
    return ""


@cache
def _suffix_heads(code: str) -> frozenset[str]:
    """The gate of the suffixes a digit ordinal ends in (``st``, ``nd``, ``th``): none where the language writes
    none, so its digit runs are never ordinals (``ke-3`` and ``peringkat 3`` start at their word)."""
    return gate(languages.get(code).ordinal_suffixes)


@cache
def _scale_ordinals(code: str) -> frozenset[str]:
    """The ordinals of a scale (``millionth``), which a figure may stand before (``10 millionth``): words the scan
    finds, as every ordinal word."""
    return frozenset(w.lower() for w, v in languages.get(code).ordinal_words.items() if v >= 1000)


@cache
def _cardinals_only(code: str) -> frozenset[str]:
    """The start words that are only cardinals (``two``, ``million``): an ordinal that starts at one goes on
    through at most eight more cardinals to an ordinal word (``one hundred and first``), which the scan finds too
    (``_ordinal_ahead``)."""
    data = languages.get(code)
    cardinals = {w.lower() for w in [*data.digit_words, *data.tens_words, *data.hundred_words, *data.scale_words,
                                     *data.teen_words]}
    others = {w.lower().split()[0] for w in [*data.ordinal_words, *data.rank_words, data.ordinal_prefix] if w}
    return frozenset(cardinals - others)


_LEAD = 9
"""Scan hits an ordinal started by a cardinal may span: the pattern's lead takes up to eight cardinals."""


def _ordinal_ahead(tokens: list[str], i: int, vocabulary: frozenset[str], cardinals: frozenset[str]) -> bool:
    """Whether a hit within ``_LEAD`` after ``i`` is a start word that is no mere cardinal (an ordinal word)."""
    return any(t in vocabulary and t not in cardinals for t in tokens[i + 1:i + 1 + _LEAD])


@cache
def _vocabulary(code: str) -> frozenset[str]:
    """Words an ordinal can start with: ordinal words, the cardinals of a compound (``twenty-first``), ``ke``."""
    data = languages.get(code)
    words = [*data.ordinal_words, *data.digit_words, *data.tens_words, *data.hundred_words, *data.scale_words,
             *data.teen_words]
    if data.ordinal_prefix:
        words.append(data.ordinal_prefix)
    words.extend(data.rank_words)
    return frozenset(w.lower() for w in words)


def worth_trying(read: Scan, i: int) -> bool:
    """Whether the ordinal pattern may match at the scan's hit ``i`` (a digit run or a start word): not at digits
    with no ordinal suffix glued to them and no scale's ordinal after them (most figures), nor at a mere cardinal
    with no ordinal word in the hits after it (``two``, ``million``). ``tests/test_ordinal_gate.py`` checks that
    no match is left out."""
    hits, code = read.hits, read.code
    token = hits.tokens[i]
    if hits.digits[i]:
        if not token.isdecimal():
            return True
        end = hits.ends[i]
        suffix = read.lower[end:end + GATE]
        k = i + 1
        scaled = k < len(hits.tokens) and hits.tokens[k] in _scale_ordinals(code) and \
            read.lower[end:hits.starts[k]].isspace()  # "10 millionth"
        return not suffix.isascii() or admits(suffix, _suffix_heads(code)) or scaled
    cardinals = _cardinals_only(code)
    return token not in cardinals or _ordinal_ahead(hits.tokens, i, _vocabulary(code), cardinals)


def find(text: str, code: str, blocked: SpanSet, read: Scan | None = None) -> list[Candidate]:
    """Ordinal candidates, tried where the text's scan found a digit run or a word an ordinal starts with."""
    data = languages.get(code)
    pattern = _pattern(code)
    vocabulary = _vocabulary(code)
    out: list[Candidate] = []
    done = 0
    read = read or scan(text, code)
    hits = read.hits
    tokens, digits = hits.tokens, hits.digits
    for i in [k for k, is_digits in enumerate(digits) if is_digits or tokens[k] in vocabulary]:
        at = hits.starts[i]
        if at < done or not worth_trying(read, i):
            continue
        m = pattern.match(text, at, upto(text, at))
        if m is None:
            continue
        start, end = m.span()
        done = end
        if blocked.overlaps(start, end):
            continue
        rank = _rank(m, data)
        if rank is None or rank <= 0:
            continue
        word = m.group()
        if m.group("words") is not None:
            if is_capitalised(word) and not starts_sentence(text, start) and not _titled_rank(text, start, data):
                continue  # First Lady, Second World War, Piala Dunia Kedua? names
            after = text[end:end + 2]
            if starts_sentence(text, start) and after[:1] in (",", ":"):
                continue  # "Kedua, ..." / "Second, ..." enumerates arguments
        joined = _COMPOUND.match(text, end + 1, upto(text, end + 1, 24)) if text[end:end + 1] in "-‐" else None
        if joined is not None and joined.group().lower() in data.ordinal_compounds:
            continue  # "first-time buyers", "second-hand cars", "third-party": adjectives, not ranks
        if groups(m)("rankw"):
            ranks, noun = True, m.group("rankw")  # "peringkat 3": the rank word is what is ranked
        else:
            ranks, noun = _ranked_noun(text, start, end, data)
        if not ranks:
            continue
        out.append(Candidate("ordinal", start, end, OrdinalValue(rank, noun),
                             WORDS if m.group("words") else DIGITS))
    return out


def _titled_rank(text: str, start: int, data: LanguageData) -> bool:
    """Whether a capitalised ordinal ranks the capitalised noun before it (``Penggal Keempat``, ``Mesyuarat
    Pertama``): an official name that counts its sittings (``data.ordinal_title_nouns``)."""
    prev = previous_word(text, start)
    return prev is not None and is_capitalised(prev.group()) and prev.group().lower() in data.ordinal_title_nouns


def _ranked_noun(text: str, start: int, end: int, data: LanguageData) -> tuple[bool, str | None]:
    """Whether the ordinal ranks anything here (not a collective or a fraction), and the noun it ranks."""
    following = next_words(text, end, 2)
    nxt = following[0].group().lower() if following else ""
    if data.ordinal_noun_first:
        prev = previous_word(text, start)
        prev_low = prev.group().lower() if prev else ""
        if nxt in data.ordinal_sequence_words and _adjacent(text, end, following[0].start()):
            # "bulan kelima berturut-turut": a place in a run, whatever stands before it
            return True, str(prev.group()) if prev is not None and prev_low not in data.function_words else None
        content_before = prev is not None and (prev_low not in data.noun_stopwords or _counted_unit(
            text, prev, data)) and prev_low not in data.function_words
        word = text[start:end].lower()
        collective_form = data.ordinal_words.get(word) != 1 and "-" not in word and not any(
            c.isdigit() for c in word)
        if collective_form and not content_before and following and nxt not in data.noun_stopwords:
            return False, None  # "kedua negara", "ketiga tersangka": both / the three
        if content_before and prev is not None:
            return True, str(prev.group())
        return True, None
    if nxt in data.fraction_links and (len(following) < 2 or following[1].group().lower()
                                       not in data.definite_articles):
        prev = previous_word(text, start)
        if prev is None or prev.group().lower() not in data.definite_articles:
            return False, None  # "a third of voters": a fraction
    if following and _adjacent(text, end, following[0].start()) and text[start:end].lower() in \
            data.ordinal_adverbs and verb_like(nxt, data) and nxt not in data.hundred_words and \
            not _after_article(text, start, data):
        return False, None  # "than first planned", "was first reported": order in time, not a rank
    prev = previous_word(text, start)
    prev_low = prev.group().lower() if prev is not None else ""
    if following and _adjacent(text, end, following[0].start()) and (
            nxt not in data.noun_stopwords or (nxt in data.time_units and prev_low not in data.ordinal_time_cues)):
        return True, str(following[0].group())  # "second term", "its first year" (not "every second year")
    if prev_low in data.article_words | data.ordinal_time_cues:
        return False, None  # "in a second", "per second": time, not a rank
    if prev is not None and text[start:end].lower() in data.ordinal_adverbs and \
            prev_low not in data.definite_articles and prev_low not in data.ordinal_place_words:
        return False, None  # "see the details first", "she spoke first": order, not a placing
    return True, None


def _counted_unit(text: str, prev: regex.Match[str], data: LanguageData) -> bool:
    """Whether the unit of time before an ordinal is one it ranks (``hari ketiga``), not one a number, a frequency
    or a vague amount counts (``dua tahun kedua pihak``, ``setiap tahun kedua negara``, ``beberapa tahun kedua
    negara``): then the ordinal is collective."""
    if prev.group().lower() not in data.ordinal_unit_nouns:
        return False
    at = prev.start()
    while at > 0 and text[at - 1] in " \t\u00a0":
        at -= 1
    if at and text[at - 1].isdigit():
        return False
    before = previous_word(text, prev.start())
    low = before.group().lower() if before is not None else ""
    return low not in data.digit_words and low not in data.frequency_words and low not in data.vague_amounts


def _after_article(text: str, start: int, data: LanguageData) -> bool:
    prev = previous_word(text, start)
    return prev is not None and prev.group().lower() in data.article_words | data.definite_articles


def _adjacent(text: str, end: int, at: int) -> bool:
    """Whether only spaces stand between an ordinal and the next word (no comma or full stop)."""
    return not text[end:at].strip()

