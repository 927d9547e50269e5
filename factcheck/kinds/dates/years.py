"""Rules for a year alone: written in digits (``tahun 2050``, ``pada 2014``, ``Reformasi 1998``), clipped
(``'98``, ``tahun '98``), or spoken (``nineteen ninety-eight``, ``two thousand and five``, ``October two thousand
and five``).

A bare number is a year only where a reader takes it for one: after a cue word, in brackets, at the head of a
sentence before a comma, in a list of years, or naming an event (``Euro 2024``, ``Pemilu 2024``). A clipped or
spoken year needs such a cue too: ``the song '98`` and ``two thousand and twenty cases`` are no dates.
"""

from __future__ import annotations

from functools import cache

import regex

from factcheck.calendar import When
from factcheck.claims import DateValue
from factcheck.kinds.base import before_spaces, groups, next_words, opens_line, previous_word, starts_sentence
from factcheck.kinds.dates.calendar_dates import CLIPPED
from factcheck.kinds.dates.fragments import YEAR, Fragments
from factcheck.kinds.dates.reader import Reader, year
from factcheck.kinds.rule import Rule
from factcheck.lang import get as language
from factcheck.lang.base import LanguageData
from factcheck.numbers import read_words
from factcheck.patterns import SP, WORD_END, any_case, compile_pattern, trie

DateRule = Rule[Fragments, Reader]


def _year_context(text: str, start: int, end: int, data: LanguageData) -> bool:
    """A bare four-digit number is a year after a cue, in brackets, at the head of a sentence before a comma, or
    in a list whose first year is one of these (``pada 2014, 2019, dan 2024``)."""
    for _ in range(12):
        if _year_cued(text, start, end, data):
            return True
        earlier = _listed_year(text, start, data)
        if earlier is None:
            return False
        start, end = earlier
    return False


def _year_cued(text: str, start: int, end: int, data: LanguageData) -> bool:
    """A bare four-digit number is a year after a cue (``pada``, ``sejak``, ``in``), in brackets, or at the
    head of a sentence before a comma; otherwise it may be a count (``2014 orang``) or part of a name."""
    prev = previous_word(text, start)
    if prev is not None and (prev.group().lower() in data.year_cues or prev.group().lower() in data.year_event_words):
        return True  # "pada 2014"; "Pemilu 2024", "Euro 2024" at the head of a sentence
    if prev is not None and prev.group().lower() in data.compared_year_cues and \
            _after_change(text, prev.start(), data) and _no_count_after(text, end, data):
        return True  # "up 4% on 2022", "12% higher on 2019 levels"
    if text[max(0, start - 1):start] == "(" and text[end:end + 1] == ")":
        return True
    if starts_sentence(text, start) and text[end:end + 1] == ",":
        return True
    if _labels_a_row(text, start, end):
        return True
    named = prev is not None and prev.group()[:1].isupper() and not starts_sentence(text, prev.start()) and \
        prev.group().lower() not in data.weekdays and prev.group().lower() not in data.months
    return named and "1900" <= text[start:end] <= "2099"  # "Krisis 1998", "Euro 2024": a year naming an event


def _no_count_after(text: str, end: int, data: LanguageData) -> bool:
    """Whether no counted noun follows a year compared against: ``on 2023 levels`` is a year, ``on 2000 stores``
    a count."""
    after = next_words(text, end, 1)
    if not after or not _NEXT_IS_WORD.match(text, end):
        return True
    return after[0].group().lower() in data.compared_year_nouns


_FIGURE_BEFORE = compile_pattern(r"(?r)\p{N}[\p{N}.,]*(?:%|(?:[ \t\u00a0]?\p{L}{1,10}){1,2})?[ \t\u00a0]*")
"""A figure and its unit right before a point, read backwards over a window of a few characters (``4% ``,
``2.1bn ``, ``1.6 percentage points ``, ``12 per cent ``)."""


def _after_change(text: str, cue: int, data: LanguageData) -> bool:
    """Whether a change stands right before a comparison cue at ``cue``: a change word or a comparative
    (``up on 2019``, ``higher on 2019``), or a figure after one (``up 4% on 2022``, ``down 2.1 points on``)."""
    changes = data.change_words | data.comparatives
    word = previous_word(text, cue)
    if word is not None and word.group().lower() in changes:
        return True
    figure = _FIGURE_BEFORE.match(text, max(0, cue - 40), cue)
    if figure is None:
        return False
    word = previous_word(text, figure.start())
    return word is not None and word.group().lower() in changes


_YEAR_BEFORE = compile_pattern(r"(?r)(?<![\p{N}.,])(?:1[5-9]|20)\d\d")
_ROW_FIGURE = compile_pattern(r"[ \t\u00a0]*+[-\u2013\u2014:][ \t\u00a0]++(?P<figure>\p{N}[\p{N}.,]*+)")


def _labels_a_row(text: str, start: int, end: int) -> bool:
    """Whether a year opens its line, set off by a dash or colon and a space from a figure that is no later year: a
    row of a table turned into text (``2022 - 1,028 kes``, ``2023: 2,114``), not a range (``2000 - 3000 orang``)."""
    if not opens_line(text, start):
        return False
    m = _ROW_FIGURE.match(text, end, end + 40)
    if m is None:
        return False
    figure = m.group("figure")
    return not (figure.isdigit() and int(figure) > int(text[start:end]))


def _listed_year(text: str, start: int, data: LanguageData) -> tuple[int, int] | None:
    """The year before this one in a list (``2014, 2019, dan 2024``, ``2009, 2015 and 2020``), if any."""
    k = start
    prev = previous_word(text, k)
    if prev is not None and prev.group().lower() in data.part_joiners:
        k = prev.start()
    k = before_spaces(text, k)
    if text[k - 1:k] == ",":
        k = before_spaces(text, k - 1)
    elif k == start or prev is None:
        return None
    m = _YEAR_BEFORE.match(text, max(0, k - 4), k)
    return m.span() if m is not None else None


def _clip_cued(text: str, start: int, data: LanguageData) -> bool:
    """A clipped year needs a year cue before it (``in '05``, ``of ’88``) or an event's name (``Reformasi '98``)."""
    prev = previous_word(text, start)
    if prev is None:
        return False
    word = prev.group()
    return word.lower() in data.year_cues or (word[:1].isupper() and not starts_sentence(text, prev.start())
                                              and word.lower() not in data.weekdays)


def _read_year(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    g = groups(m)
    start, end = m.span(group)
    if g("clip"):  # "tahun '98", "the floods of ’88", "in '05"; not "the song '98"
        clipped = year(g("clip"), r.ref)
        if clipped is None or not (g("yword") or _clip_cued(r.text, start, r.data)):
            return None
        return r.date(When(clipped))
    if not (g("yword") or g("yago") or _year_context(r.text, start, end, r.data)):
        return None
    y = int(g("y") or 0)
    if not 1500 <= y <= 2100 and not g("yword"):
        return None  # "dari 1000 rupiah"
    return r.date(When(y))


YEAR_ALONE = DateRule(
    "date.year",
    lambda v: (
        f"(?:{any_case(v.data.year_words, 'yword', end='')}{SP})?(?:(?P<y>{YEAR})|{CLIPPED})"
        f"(?:{SP}{any_case(v.data.ago_words, 'yago')})?"
    ),
    _read_year,
    starts=lambda data: list(data.year_words),
    digits=True,
)




# ---------------------------------------------------------------- nineteen ninety-eight · October two thousand and five
@cache
def _spoken_source(code: str) -> str:
    """A year said aloud: a century and its two digits (``nineteen ninety-eight``, ``twenty twenty-four``), a
    century of hundreds (``seventeen hundred thirty three``), or two thousands and a rest (``two thousand and
    five``). Only where a language says years so (``spoken_years``)."""
    data = language(code)
    if not data.spoken_years:
        return "(?!)"
    values = data.digit_words

    def words(low: int, high: int, step: int = 1) -> str:
        return f"(?i:{trie(w for w, v in values.items() if low <= v <= high and v % step == 0)}){WORD_END}"

    pair = f"(?:{words(20, 90, 10)}(?:{SP}|-){words(1, 9)}|{words(10, 99)})"
    rest = f"(?:{SP}(?i:{trie(data.and_words)}){WORD_END})?{SP}(?:{pair}|{words(1, 9)})"
    hundred = f"(?i:{trie(data.hundred_words)}){WORD_END}"
    thousand = f"(?i:{trie(w for w, v in data.scale_words.items() if v == 1000)}){WORD_END}"
    return (f"(?P<spoken>{words(11, 20)}{SP}(?:{pair}|{hundred}(?:{rest})?)"
            f"|{words(2, 2)}{SP}{thousand}(?:{rest})?)")


def spoken_year(text: str, data: LanguageData) -> int | None:
    """The year a spoken one names: ``nineteen ninety-eight`` → 1998, ``two thousand and five`` → 2005."""
    words = [w for w in regex.split(r"[\s\-]+", text.lower()) if w and w not in data.and_words]
    if any(w in data.hundred_words or w in data.scale_words for w in words):
        read = read_words(words, data.code)
        return int(read[0]) if read is not None and read[1] == len(words) and 1000 <= read[0] <= 2099 else None
    rest = read_words(words[1:], data.code)
    if rest is None or rest[1] != len(words) - 1 or not 10 <= rest[0] <= 99:
        return None
    return data.digit_words[words[0]] * 100 + int(rest[0])


def _number_word(word: str, data: LanguageData) -> bool:
    return word in data.digit_words or word in data.hundred_words or word in data.scale_words


_NEXT_IS_WORD = compile_pattern(r"[ \t\u00a0]++[\p{L}]")


def _read_spoken(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    g = groups(m)
    found = spoken_year(g("spoken") or "", r.data)
    if found is None:
        return None
    if not g("month"):
        prev = previous_word(r.text, m.start(group))
        if prev is None or prev.group().lower() not in r.data.year_cues:
            return None  # "nineteen ninety-eight" needs "in", "since", "of" … before it
        before = previous_word(r.text, prev.start())
        if before is not None and _number_word(before.group().lower(), r.data):
            return None  # "two hundred and two thousand": the end of a count
    after = next_words(r.text, m.end(group), 1)
    if after and _NEXT_IS_WORD.match(r.text, m.end(group)) and after[0].group().lower() not in (
            r.data.year_cues | r.data.part_joiners):
        return None  # "in two thousand and twenty cases": a count
    return r.date(When(found, r.month(g("month"))))


SPOKEN_YEAR = DateRule(
    "date.spoken_year",
    lambda v: f"(?:(?P<month>{v.month_lax}){SP}{v.year_link})?{_spoken_source(v.data.code)}{WORD_END}",
    _read_spoken,
    starts=lambda data: [*data.months, *(w for w, v in data.digit_words.items() if v == 2 or 11 <= v <= 20)]
    if data.spoken_years else [],
)
