"""The pieces date rules are written in, built once per language from its word tables.

A rule's pattern reads like the date it matches: ``f"{v.day}{v.of}{SP}{v.month_lax}"``. Each piece here is one
such part (a day of the month, a month name, a year, a clock time, an amount of time, a shift word …), compiled
from ``LanguageData``, so no rule names a word of any language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

import attrs

from factcheck import lang as languages
from factcheck.lang.base import LanguageData
from factcheck.numbers import word_run_source
from factcheck.patterns import DASH, NONE, OPT_SP, SP, WORD_END, any_case, trie

AMPM = r"(?i:[ap]\.m\.?|[ap]m)(?![\p{L}])"
"""``a.m.``, ``pm``: a period after ``pm`` ends the sentence, not the abbreviation."""
YEAR = r"(?:1[0-9]|20|21)\d\d(?![\p{N}])"


def cased(words: Iterable[str]) -> str:
    """Names a language capitalises: ``Februari`` and ``FEBRUARI`` match, ``februari`` does not."""
    forms = set()
    for w in words:
        forms.add(w[:1].upper() + w[1:])
        forms.add(w.upper())
    return trie(forms)


def _split_abbreviations(table: Mapping[str, int]) -> tuple[list[str], list[str]]:
    """Full forms and abbreviations (a strict prefix of a full form with the same value): only an abbreviation
    may take a period, so the full stop after ``24 Februari.`` stays the sentence's."""
    full: list[str] = []
    short: list[str] = []
    for word, value in table.items():
        longer = [w for w, v in table.items() if v == value and len(w) > len(word) and w.startswith(word)]
        (short if longer else full).append(word)
    return full, short


def names(table: Mapping[str, int], lax_except: frozenset[str] | None = None) -> str:
    """A pattern for month or weekday names; ``lax_except`` also admits lower case (beside a number, where
    ``june`` can only be June) except for the listed words that are common words too (``may``, ``march``)."""
    full, short = _split_abbreviations(table)
    if lax_except is None:
        return f"(?:(?:{cased(short)})\\.?|{cased(full)}){WORD_END}"
    lax_full = [w for w in full if w not in lax_except]
    lax_short = [w for w in short if w not in lax_except]
    return f"(?:(?:{cased(short)}|(?i:{trie(lax_short)}))\\.?|{cased(full)}|(?i:{trie(lax_full)})){WORD_END}"


def holiday_names(data: LanguageData) -> str:
    """Holiday names as news writes them: the first letter a capital, the rest in any case (``Christmas Day``,
    ``Hari Natal``, ``NATAL``, ``Eid al-Fitr``)."""
    return f"(?=\\p{{Lu}})(?i:{trie(data.holidays)})" if data.holidays else NONE


@cache
def day_words(code: str) -> Mapping[str, int]:
    """Days of the month written as ordinal words (``the fourth of July``, ``May twenty-ninth``): 1st to 31st."""
    data = languages.get(code)
    if not data.hundred_words:
        return {}
    words = {w: v for w, v in data.ordinal_words.items() if v <= 31 and not w.startswith(data.ordinal_prefix or "\0")}
    for tens_word, tens in data.digit_words.items():
        if tens in (20, 30):
            for unit_word, unit in data.ordinal_words.items():
                if 1 <= unit <= 9 and tens + unit <= 31:
                    for joint in ("-", " ", ""):
                        words[f"{tens_word}{joint}{unit_word}"] = tens + unit
    return words


@cache
def part_numbers(code: str) -> Mapping[str, int]:
    """The numbers of a quarter or half in words and marked digits: ``ketiga``, ``third``, ``3rd`` → 3."""
    data = languages.get(code)
    out = {w: v for w, v in data.ordinal_words.items() if 1 <= v <= 4}
    for suffix in data.ordinal_suffixes:
        if suffix != ".":
            out.update({f"{n}{suffix}": n for n in range(1, 5)})
    return out


def units_of(data: LanguageData, unit: str) -> list[str]:
    """The words for one unit of time: ``pekan``, ``minggu`` → week."""
    return [w for w, u in data.time_units.items() if u == unit]


@attrs.frozen
class Fragments:
    """The parts of date patterns for one language (each a regular-expression source)."""

    data: LanguageData
    day: str
    last_day: str
    month: str
    month_lax: str
    weekday: str
    year_after: str
    year_mark: str
    year_word: str
    year_link: str
    spaced_numeric: str
    day_after: str
    of: str
    of_year: str
    article: str
    opt_comma: str
    tz: str
    clock: str
    join_time: str
    past_after: str
    shift_after: str
    shift_before: str
    units: str
    unit_words: str
    year_units: str
    week_units: str
    one_unit: str
    amount: str
    simple_amount: str
    range_low: str
    """``simple_amount`` as the group ``low``: the lower end of a range of lengths (``5 to 10 years``)."""
    digits_glued: str
    number_words: str
    ago: str
    ahead: str
    ahead_before: str
    ago_before: str
    ago_closing: str
    not_after_span: str
    part: str
    quarter_or_half: str
    part_number: str
    conn: str
    between: str
    fraction: str
    half_of: str
    pair_and: str
    modifiers: str
    age_after: str
    day_month_cue: str


def _amount(data: LanguageData, numbers: str, vague: bool, group: str = "amount") -> str:
    """An amount of time's count: digits, a fraction, number words, an article (``a year``) or a vague word."""
    articles = f"|(?i:{trie(data.article_words)}){WORD_END}" if data.article_words else ""
    vague_words = f"|(?i:{trie(data.vague_amounts)}){WORD_END}" if vague and data.vague_amounts else ""
    return (rf"(?P<{group}>\d{{1,3}}/\d{{1,3}}(?![\p{{N}}/])|\p{{N}}+(?:[.,]\p{{N}}+)?[½¼¾]?(?![\p{{N}}])|[½¼¾]"
            f"|(?i:{numbers}){articles}{vague_words})")


def worded_periods(data: LanguageData) -> list[str]:
    """The parts of the day written as words (``pagi``, ``malam``, ``am``), not abbreviated with points (``a.m.``)."""
    return [p for p in data.day_periods if p[:1].isalpha() and "." not in p]


def parted_days(data: LanguageData) -> list[str]:
    """Relative days that open with a part of the day (``pagi ini``, ``petang semalam``): a bare hour before one is
    a clock time of that day."""
    return [d for d in data.relative_days if " " in d and d.split()[0] in data.day_periods]


def units_of_the(v: Fragments, unit: str) -> str:
    """The optional word of a unit before what it names: ``awal tahun 2024``, ``akhir bulan Juni``."""
    return f"(?:(?i:{trie(units_of(v.data, unit))}){SP})?"


def the(v: Fragments) -> str:
    """The optional definite article before a unit of time: ``the end of the year``."""
    return f"(?:(?i:{trie(v.data.definite_articles)}){SP})?" if v.data.definite_articles else ""


def _clock(data: LanguageData, tz: str, zones: str) -> str:
    """A clock time: after a clock word, or written with a colon, or with am/pm or a zone. After a clock word, a
    relative day that opens with a part of the day is read whole (``jam 4.45 pagi tadi``, ``pukul 8 pagi ini``):
    its part of the day is the hour's, its day the time's."""
    day_periods = any_case(data.day_periods, "ampm")
    parted = parted_days(data)
    relday = f"{SP}{any_case(parted, 'relday')}|" if parted else ""
    periods = f"(?:{OPT_SP}(?P<ampm>{AMPM})|{relday}{SP}{day_periods})?"
    clock_word = f"{any_case(data.clock_words, 'clockw', end='')}{SP}"
    hhmm = r"(?P<hh>[01]?\d|2[0-3])[.:](?P<mm>[0-5]\d)(?:[.:][0-5]\d)?(?![\p{N}]|[.,]\p{N})"
    hh = r"(?P<hh>[01]?\d|2[0-3])(?![\p{N}]|[.:,]\p{N})"
    return (f"(?:{clock_word}(?:{hhmm}|{hh}){periods}{tz}"
            f"|{hhmm}(?:{OPT_SP}(?P<ampm>{AMPM}){tz}|{SP}(?P<tz>{zones}){WORD_END})"
            f"|(?P<hh>[01]?\\d|2[0-3]):(?P<mm>[0-5]\\d)(?![\\p{{N}}]){tz}"
            f"|{hh}{OPT_SP}(?P<ampm>{AMPM}){tz}"
            f"|(?P<hh>[01]\\d|2[0-3])(?P<mm>[0-5]\\d){SP}(?P<tz>{zones}){WORD_END})")


def year_shift(v: Fragments) -> str:
    """A year shift after a month (``tahun lalu``, ``last year``), in groups ``yshb``/``ysha``
    (``Reader.year_shift_of``); a pattern that never matches in a language with no shifts."""
    if not (v.data.shift_before or v.data.shift_after):
        return NONE
    return (f"(?:{any_case(v.data.shift_before, 'yshb', end='')}{SP}(?i:{v.year_units}){WORD_END}"
            f"|(?i:{v.year_units}){SP}{any_case(v.data.shift_after, 'ysha')})")


def year_shift_after(v: Fragments) -> str:
    """Another way to end a month than a year: a year shift, as an alternative (``|…``)."""
    return f"|{v.opt_comma}{year_shift(v)}" if v.data.shift_before or v.data.shift_after else ""


@cache
def fragments(code: str) -> Fragments:
    data = languages.get(code)
    # names a language writes in lower case match in any case beside a day or a year, and alone unless they are
    # ambiguous (abbreviations such as "mar", the sea in Spanish)
    month_lax = names(data.months, frozenset() if data.lower_case_names else data.ambiguous_months)
    month = names(data.months, data.ambiguous_months) if data.lower_case_names else names(data.months)
    weekday = names(data.weekdays, frozenset() if data.lower_case_names else None)
    suffix = f"(?:{trie(data.ordinal_suffixes)})" if data.ordinal_suffixes else NONE
    spelled = day_words(code)
    day_word = f"|(?P<dword>(?i:{trie(spelled)})){WORD_END}" if spelled else ""
    day = (rf"(?:(?<![\p{{N}}$€£¥₹][.,]?|[.,]\p{{N}}?)(?:0?[1-9]|[12]\d|3[01])(?:{suffix})?"
           rf"(?![\p{{N}}\p{{L}}]|[.,]\p{{N}}){day_word})")
    # a day that ends the date ("Juni 17."): a period after it is the sentence's, not an ordinal mark
    plain = [s for s in data.ordinal_suffixes if s != "."]
    last_day = day.replace(f"(?:{suffix})?", f"(?:{trie(plain) if plain else NONE})?", 1)
    # "24. veljače 2022.", "29.11.2023.": a year written as an ordinal keeps its period
    period = r"\.(?![\p{N}])" if data.year_period else ""
    # "24 lutego 2022 r.", "24 февраля 2022 года": the word for year after a year is the date's
    year_word = (f"{SP}(?i:{trie(data.year_after_words)})(?:(?<=\\.)|{WORD_END})" if data.year_after_words else "")
    links = [*data.year_links, *data.month_year_words]
    zones = trie(data.timezones)
    tz = f"(?:{SP}(?P<tz>{zones}){WORD_END})?"
    clock = _clock(data, tz, zones)
    opt_comma = f"(?:{OPT_SP},)?{OPT_SP}"
    past = [word for word, shift in data.shift_after.items() if shift == -1]
    unit_words = trie(data.time_units)
    numbers = word_run_source(code)
    value_words = trie([*data.digit_words, *data.tens_words, *data.teen_words, *data.hundred_words,
                        *data.scale_words, *data.one_scale_words, *data.fraction_words])
    plain_words = f"{value_words}{WORD_END}(?:(?:{SP}|{DASH}){value_words}{WORD_END}){{0,6}}+"
    connectors = [c for c in data.interval_connectors if any(ch.isalpha() for ch in c) and c not in data.part_joiners]
    openers = [k for k, pairs in data.interval_openers.items() if set(pairs) & data.part_joiners]
    quarter_or_half = f"(?:{any_case(data.quarter_words, 'qw')}|{any_case(data.half_words, 'hw')})"
    roman = r"(?P<roman>IV|I{1,3}|iv|i{1,3})(?![\p{L}])"
    return Fragments(
        data=data,
        day=day,
        last_day=last_day,
        month=month,
        month_lax=month_lax,
        weekday=weekday,
        year_after=f"(?:{'|'.join(p for p in (period, year_word) if p)})?" if period or year_word else "",
        year_mark=f"(?:{period})?" if period else "",
        year_word=year_word,
        year_link=f"(?:(?i:{trie(links)}){SP})?" if links else "",
        # "14. 3. 2024": where day numbers are ordinals with a period, so is the month's
        spaced_numeric=(f"|(?<![\\p{{N}}/.\\-,])(?P<a>\\d{{1,2}})\\.{SP}(?P<b>\\d{{1,2}})\\.{SP}(?P<y>\\d{{4}})"
                        f"(?![\\p{{N}}]){f'(?:{period})?' if period else ''}" if "." in data.ordinal_suffixes else ""),
        # "2022 m. vasario 24 d.": the word for day after a day of a year-first date
        day_after=(f"{SP}(?i:{trie(data.day_after_words)})(?:(?<=\\.)|{WORD_END})" if data.day_after_words
                   else NONE),
        of=f"(?:{SP}(?i:{trie(data.date_of_words)}))?" if data.date_of_words else "",
        of_year=f"(?:{SP}(?i:{trie(data.month_year_words)}))?" if data.month_year_words else "",
        article=f"(?:(?i:{trie(data.definite_articles)}){SP})?" if data.definite_articles else "",
        opt_comma=opt_comma,
        tz=tz,
        clock=clock,
        join_time=f"(?:{opt_comma}{clock})?",
        past_after=f"{SP}{any_case(past)}",  # "12 Agustus lalu"
        shift_after=any_case(data.shift_after, "shift"),
        shift_before=any_case(data.shift_before, "shiftb"),
        units=f"(?P<unit>(?i:{unit_words})){WORD_END}",
        unit_words=unit_words,
        year_units=trie(units_of(data, "year")),
        week_units=any_case(units_of(data, "week"), "wkunit"),
        one_unit=any_case(data.one_unit_words, "oneunit"),
        amount=_amount(data, numbers, vague=True),
        # for lengths of time, "one and a half" is a number and a fraction: the number stops before "and"
        simple_amount=_amount(data, plain_words, vague=False),
        range_low=_amount(data, plain_words, vague=False, group="low"),
        digits_glued=rf"(?P<amount>\p{{N}}+(?:[.,]\p{{N}}+)?)(?P<unit>(?i:{unit_words}))(?![\p{{L}}\p{{N}}])",
        number_words=numbers,
        ago=any_case(data.ago_words, "ago"),
        ahead=any_case(data.ahead_words, "ahead"),
        ahead_before=f"{any_case(data.ahead_before, 'aheadb', end='')}{SP}",
        ago_before=f"{any_case(data.ago_before, 'ago', end='')}{SP}",
        # "för 3 dagar sedan", "for 3 dage siden": a word before the amount and one after it
        ago_closing=f"(?:{SP}{any_case(data.ago_words)})?" if data.ago_words else "",
        not_after_span=f"(?!{SP}(?:{any_case(data.ago_words)}|(?i:{trie(data.narrative_words) or NONE})))",
        part=f"(?P<part>(?i:{trie(data.part_words)}))(?:{SP}|{DASH})",
        quarter_or_half=quarter_or_half,
        part_number=(f"(?:{roman}|{any_case(part_numbers(code), 'qord')}|(?P<qdig>[1-4])(?![\\p{{N}}]))"),
        conn=f"(?:{OPT_SP}{DASH}{OPT_SP}|{SP}(?i:{trie(connectors) or NONE}){SP})",
        between=trie(openers) if openers else NONE,
        fraction=any_case(data.time_fractions, end=""),
        half_of=any_case(data.half_of_words, "halfof", end="") + (
            f"|{any_case(data.fraction_of_words, 'fracof', end='')}" if data.fraction_of_words else ""),
        pair_and=f"{SP}(?i:{trie(data.part_joiners) or NONE}){SP}",
        modifiers=f"(?:(?i:{trie(data.duration_modifiers)}){SP})?" if data.duration_modifiers else "",
        age_after=(f"(?![\\-‐](?i:{trie(data.age_suffixes)})(?![\\p{{L}}]))" if data.age_suffixes else ""),
        day_month_cue=(f"(?<=(?i:\\b{trie(data.day_month_cues)}){SP})" if data.day_month_cues else "(?<!)"),
    )
