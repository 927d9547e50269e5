"""Dates and durations, found by one pattern per language built from its word tables.

Each alternative of the pattern is a rule (``date.day_month_year``, ``date.relative_amount``, ``duration.amount``
…); the reader for the rule that matched turns its groups into a ``When`` (or an interval, or duration parts),
and ``factcheck.calendar`` writes the EDTF. Rules are ordered from the most specific to the least, so
``Selasa (26/8/2025) pukul 10.00 WIB`` is one claim and ``dua hari lalu`` is a date, not the duration inside it.
When a rule's reader rejects what its pattern matched (``31 Februari``), the rules after it are tried at the
same place before the scan moves on.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import cache

import attrs
import regex

from factcheck import lang as languages
from factcheck.calendar import (
    Interval,
    When,
    duration_iso,
    holiday_date,
    holiday_near,
    interval_iso,
    iso,
    resolve,
    resolve_interval,
)
from factcheck.claims import DateValue, DurationValue
from factcheck.kinds.base import Candidate, SpanSet, next_words, previous_word, starts_sentence
from factcheck.lang.base import LanguageData
from factcheck.numbers import ascii_digits, read_words, word_run_source
from factcheck.patterns import DASH, OPT_SP, SP, WORD_END, compile_pattern, compile_re, trie, upto
from factcheck.scan import Scan, scan
from factcheck.tense import tense_at

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_ORDINAL_PART = {"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "first": 1, "second": 2,
                 "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_VULGAR = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}
_AMPM = r"(?i:a\.?m\.?|p\.?m\.?)(?![\p{L}])"
_DECIMAL = compile_pattern(r"\d+(?:[.,]\d+)?")
_LETTERS = compile_pattern(r"\p{L}+", scanning=True)


def _cased(words: Iterable[str]) -> str:
    """Names a language capitalises: ``Februari`` and ``FEBRUARI`` match, ``februari`` does not."""
    forms = set()
    for w in words:
        forms.add(w[:1].upper() + w[1:])
        forms.add(w.upper())
    return trie(forms)


def _split_abbreviations(table: dict[str, int]) -> tuple[list[str], list[str]]:
    """Full forms and abbreviations (a strict prefix of a full form with the same value): only an abbreviation
    may take a period, so the full stop after ``24 Februari.`` stays the sentence's."""
    full: list[str] = []
    short: list[str] = []
    for word, value in table.items():
        longer = [w for w, v in table.items() if v == value and len(w) > len(word) and w.startswith(word)]
        (short if longer else full).append(word)
    return full, short


def _names(table: dict[str, int], lax_except: frozenset[str] | None = None) -> str:
    """A pattern for month or weekday names; ``lax_except`` also admits lower case (beside a number, where
    ``june`` can only be June) except for the listed words that are common words too (``may``, ``march``)."""
    full, short = _split_abbreviations(table)
    if lax_except is None:
        return f"(?:(?:{_cased(short)})\\.?|{_cased(full)}){WORD_END}"
    lax_full = [w for w in full if w not in lax_except]
    lax_short = [w for w in short if w not in lax_except]
    return (f"(?:(?:{_cased(short)}|(?i:{trie(lax_short)}))\\.?|{_cased(full)}|(?i:{trie(lax_full)})){WORD_END}")


def _holiday_names(data: LanguageData) -> str:
    """Holiday names as news capitalises them (``Christmas Day``, ``Hari Natal``, ``NATAL``)."""
    forms = set()
    for name in data.holidays:
        words = name.split()
        forms.add(" ".join(w[:1].upper() + w[1:] for w in words))
        forms.add(name[:1].upper() + name[1:])
        forms.add(name.upper())
    return trie(forms) if forms else "(?!)"


def _day_words(data: LanguageData) -> dict[str, int]:
    """Days of the month written as ordinal words (``the fourth of July``, ``May twenty-ninth``): 1st to 31st."""
    return dict(_day_words_of(data.code))


@cache
def _day_words_of(code: str) -> tuple[tuple[str, int], ...]:
    data = languages.get(code)
    words = {w: v for w, v in data.ordinal_words.items() if v <= 31 and not w.startswith(data.ordinal_prefix or "\0")}
    if not data.hundred_words:
        return ()
    for tens_word, tens in data.digit_words.items():
        if tens in (20, 30):
            for unit_word, unit in data.ordinal_words.items():
                if 1 <= unit <= 9 and tens + unit <= 31:
                    for joint in ("-", " ", ""):
                        words[f"{tens_word}{joint}{unit_word}"] = tens + unit
    return tuple(words.items())


def _sources(data: LanguageData) -> dict[str, str]:
    months = dict(data.months)
    # names a language writes in lower case match in any case beside a day or a year, and alone unless they are
    # ambiguous (abbreviations such as "mar", the sea in Spanish)
    month_lax = _names(months, frozenset() if data.lower_case_names else data.ambiguous_months)
    month = _names(months, data.ambiguous_months) if data.lower_case_names else _names(months)
    weekday = _names(dict(data.weekdays), frozenset() if data.lower_case_names else None)
    suffix = f"(?:{trie(data.ordinal_suffixes)})" if data.ordinal_suffixes else "(?!)"
    day_words = _day_words(data)
    day_word = f"|(?P<dword>(?i:{trie(day_words)})){WORD_END}" if day_words else ""
    day = (rf"(?:(?<![\p{{N}}$€£¥₹][.,]?|[.,]\p{{N}}?)(?:0?[1-9]|[12]\d|3[01])(?:{suffix})?"
           rf"(?![\p{{N}}\p{{L}}]|[.,]\p{{N}}){day_word})")
    # a day that ends the date ("Juni 17."): a period after it is the sentence's, not an ordinal mark
    plain_suffix = f"(?:{trie(s for s in data.ordinal_suffixes if s != '.')})" if data.ordinal_suffixes else "(?!)"
    last_day = day.replace(f"(?:{suffix})?", f"(?:{plain_suffix})?", 1)
    # "24. veljače 2022.", "29.11.2023.": a year written as an ordinal keeps its period
    period = r"\.(?![\p{N}])" if data.year_period else ""
    year_mark = f"(?:{period})?" if period else ""
    # "24 lutego 2022 r.", "24 февраля 2022 года": the word for year after a year is the date's
    year_word = (f"{SP}(?i:{trie(data.year_after_words)})(?:(?<=\\.)|{WORD_END})" if data.year_after_words
                 else "")
    year_after = f"(?:{'|'.join(p for p in (period, year_word) if p)})?" if period or year_word else ""
    # "14. 3. 2024": where day numbers are ordinals with a period, so is the month's, with a space after each
    spaced_numeric = (f"|(?<![\\p{{N}}/.\\-,])(?P<a>\\d{{1,2}})\\.{SP}(?P<b>\\d{{1,2}})\\.{SP}(?P<y>\\d{{4}})"
                      f"(?![\\p{{N}}]){year_mark}" if "." in data.ordinal_suffixes else "")
    # "2022 m. vasario 24 d.": the word for day after a day of a year-first date
    day_after = (f"{SP}(?i:{trie(data.day_after_words)})(?:(?<=\\.)|{WORD_END})" if data.day_after_words
                 else "(?!)")
    year = r"(?:1[0-9]|20|21)\d\d(?![\p{N}])"
    of = f"(?:{SP}(?i:{trie(data.date_of_words)}))?" if data.date_of_words else ""
    opt_comma = f"(?:{OPT_SP},)?{OPT_SP}"
    month_year = f"|{trie(data.month_year_words)}" if data.month_year_words else ""
    of_year = f"(?:{SP}(?i:{trie(data.month_year_words)}))?" if data.month_year_words else ""
    zones = trie(data.timezones)
    tz = f"(?:{SP}(?P<tz>{zones}){WORD_END})?"
    periods = f"(?:{OPT_SP}(?P<ampm>{_AMPM})|{SP}(?P<ampm>(?i:{trie(data.day_periods)})){WORD_END})?"
    clock_word = f"(?P<clockw>(?i:{trie(data.clock_words)})){SP}"
    hhmm = r"(?P<hh>[01]?\d|2[0-3])[.:](?P<mm>[0-5]\d)(?:[.:][0-5]\d)?(?![\p{N}]|[.,]\p{N})"
    hh = r"(?P<hh>[01]?\d|2[0-3])(?![\p{N}]|[.:,]\p{N})"
    # a clock time: after a clock word, or written with a colon, or with am/pm or a zone
    clock = (
        f"(?:{clock_word}(?:{hhmm}|{hh}){periods}{tz}"
        f"|{hhmm}(?:{OPT_SP}(?P<ampm>{_AMPM}){tz}|{SP}(?P<tz>{zones}){WORD_END})"
        f"|(?P<hh>[01]?\\d|2[0-3]):(?P<mm>[0-5]\\d)(?![\\p{{N}}]){tz}"
        f"|{hh}{OPT_SP}(?P<ampm>{_AMPM}){tz}"
        f"|(?P<hh>[01]\\d|2[0-3])(?P<mm>[0-5]\\d){SP}(?P<tz>{zones}){WORD_END})"
    )
    join_time = f"(?:{opt_comma}{clock})?"
    past_words = [word for word, shift in data.shift_after.items() if shift == -1]
    past_after = f"{SP}(?i:{trie(past_words)}){WORD_END}" if past_words else "(?!)"  # "12 Agustus lalu"
    shift_after = f"(?P<shift>(?i:{trie(data.shift_after)})){WORD_END}" if data.shift_after else "(?P<shift>(?!))"
    shift_before = (f"(?P<shiftb>(?i:{trie(data.shift_before)})){WORD_END}" if data.shift_before
                    else "(?P<shiftb>(?!))")
    unit_words = trie(data.time_units)
    year_units = trie(w for w, unit in data.time_units.items() if unit == "year")
    units = f"(?P<unit>(?i:{unit_words})){WORD_END}"
    one_unit = (f"(?P<oneunit>(?i:{trie(data.one_unit_words)})){WORD_END}" if data.one_unit_words
                else "(?P<oneunit>(?!))")
    words = word_run_source(data.code)
    vague = trie(("beberapa", "several", "few", "a few", "some"))
    article = f"|(?i:{trie(data.article_words)}){WORD_END}" if data.article_words else ""
    amount = (rf"(?P<amount>\d{{1,3}}/\d{{1,3}}(?![\p{{N}}/])|\p{{N}}+(?:[.,]\p{{N}}+)?[½¼¾]?(?![\p{{N}}])|[½¼¾]"
              f"|(?i:{words}){article}"
              f"|(?i:{vague}){WORD_END})")
    value_words = trie([*data.digit_words, *data.tens_words, *data.teen_words, *data.hundred_words,
                        *data.scale_words, *data.one_scale_words, *data.fraction_words])
    plain_words = f"{value_words}{WORD_END}(?:(?:{SP}|{DASH}){value_words}{WORD_END}){{0,6}}+"
    # for lengths of time, "one and a half" is a number and a fraction: the number stops before "and"
    simple_amount = (rf"(?P<amount>\d{{1,3}}/\d{{1,3}}(?![\p{{N}}/])|\p{{N}}+(?:[.,]\p{{N}}+)?[½¼¾]?(?![\p{{N}}])|[½¼¾]"
                     f"|(?i:{plain_words}){article})")
    digits_glued = rf"(?P<amount>\p{{N}}+(?:[.,]\p{{N}}+)?)(?P<unit>(?i:{unit_words}))(?![\p{{L}}\p{{N}}])"
    ago = f"(?P<ago>(?i:{trie(data.ago_words)})){WORD_END}"
    ahead = f"(?P<ahead>(?i:{trie(data.ahead_words)})){WORD_END}"
    ahead_before = f"(?P<aheadb>(?i:{trie(data.ahead_before)})){SP}" if data.ahead_before else "(?P<aheadb>(?!))"
    ago_before = f"(?P<ago>(?i:{trie(data.ago_before)})){SP}" if data.ago_before else "(?P<ago>(?!))"
    # "för 3 dagar sedan", "for 3 dage siden": a word before the amount and one after it
    ago_closing = f"(?:{SP}(?i:{trie(data.ago_words)}){WORD_END})?" if data.ago_words else ""
    narrative = trie(data.narrative_words) if data.narrative_words else "(?!)"
    part = f"(?P<part>(?i:{trie(data.part_words)}))(?:{SP}|{DASH})"
    quarter_word = f"(?P<qw>(?i:{trie(data.quarter_words)})){WORD_END}"
    half_word = f"(?P<hw>(?i:{trie(data.half_words)})){WORD_END}"
    roman = r"(?P<roman>IV|I{1,3}|iv|i{1,3})(?![\p{L}])"
    qnum = f"(?:{roman}|(?P<qord>(?i:{trie(_ORDINAL_PART)})){WORD_END}|(?P<qdig>[1-4])(?![\\p{{N}}]))"
    # "kuartal III tahun lalu": a quarter or half of a year shifted from the reference
    year_shift = (f"|{SP}(?i:{year_units}){SP}(?P<qysha>(?i:{trie(data.shift_after)})){WORD_END}"
                  if data.shift_after else "")
    qyear = f"(?:(?:{SP}|{OPT_SP}[/\\-]{OPT_SP}|{SP}(?i:tahun|of|in){SP})(?P<y>{year}){year_shift})?"
    connectors = trie(c for c in data.interval_connectors if not regex.fullmatch(r"\W+", c) and c not in
                      ("and", "dan"))
    conn = f"(?:{OPT_SP}{DASH}{OPT_SP}|{SP}(?i:{connectors}){SP})"
    between = trie(k for k, pairs in data.interval_openers.items() if "and" in pairs or "dan" in pairs)
    fraction = f"(?i:(?:(?:a|an|one|two|three|satu|dua|tiga){SP})?(?:half|quarters?|setengah|seperempat))"
    pair_and = f"{SP}(?i:and|dan){SP}"
    return {
        # Selasa (26/8/2025) · Selasa, 26 Agustus 2025 · Tuesday, Aug. 26, 2025 · Friday 7.6
        "r_wdate": (
            f"(?P<wd>{weekday}){opt_comma}\\({OPT_SP}(?P<a>[0-3]?\\d)[/.\\-](?P<b>[01]?\\d)"
            f"(?:[/.\\-](?P<y>\\d{{4}}|\\d{{2}}))?{OPT_SP}\\){join_time}"
            f"|(?P<wd>{weekday}){opt_comma}(?:the{SP})?(?P<d>{day}){of}{SP}(?P<month>{month_lax})"
            f"(?:{of_year}{opt_comma}(?P<y>{year}){year_after})?{join_time}"
            f"|(?P<wd>{weekday}){opt_comma}(?P<month>{month_lax}){OPT_SP}[\\-/]?{OPT_SP}(?P<d>{day})"
            f"(?:{opt_comma}(?P<y>{year}))?{join_time}"
            f"|(?P<wd>{weekday}){opt_comma}(?P<a>[0-3]?\\d)[/.](?P<b>[01]?\\d)(?:[/.](?P<y>\\d{{4}}))?"
            f"(?![\\p{{N}}]){join_time}"
            f"|(?P<wd>{weekday}){opt_comma}(?:(?i:the){SP})?(?P<dom>{last_day.replace('dword', 'domword')})"
            f"(?!{OPT_SP}[/.\\-]?{OPT_SP}(?:{month_lax}|\\p{{N}}))"
        ),
        # 24 Februari 2022 · 1-3 Juli 2024 · 1 Juli - 3 Agustus 2024 · 4th of July · 05-Aug-2016
        "r_dmy": (
            f"(?P<d>{day})(?:{OPT_SP}(?:{DASH}|(?i:s\\.d\\.?|s/d|hingga|sampai|to|and|dan)){OPT_SP}(?P<d2>{day}))?"
            f"{of}(?:{SP}|{OPT_SP}[\\-/]{OPT_SP})(?P<month>{month_lax})"
            f"(?:{OPT_SP}{DASH}{OPT_SP}(?P<d3>{day}){SP}(?P<month2>{month_lax}))?"
            f"(?:(?:{opt_comma}|{OPT_SP}[\\-/]{OPT_SP})(?:(?i:of|in|tahun{month_year}){SP})?(?:(?P<y>{year}){year_after}|(?P<y>'\\d\\d))|{past_after})?"
            f"{join_time}"
        ),
        # February 24, 2022 · Feb. 24 · May 4th · June 18-19 · Sep-23-2020
        "r_mdy": (
            f"(?P<month>{month_lax})(?:{OPT_SP}[\\-/]{OPT_SP}|{SP}(?:the{SP})?)(?P<d>{last_day})(?:{day_after})?"
            f"(?:{OPT_SP}{DASH}{OPT_SP}(?P<d2>{last_day}))?(?:(?:{opt_comma}|{OPT_SP}[\\-/]{OPT_SP})"
            f"(?:(?i:of){SP})?(?P<y>{year}){year_after})?(?![.,]?\\p{{N}}){join_time}"
        ),
        # 26/8/2025 · 26-08-2025 · 08/26/2025 · 26.08.2025 · (26/8) · on 11/20
        "r_numeric": (
            f"(?<![\\p{{N}}/.\\-,])(?P<a>\\d{{1,2}})(?P<sep>[/.\\-])(?P<b>\\d{{1,2}})(?P=sep)(?P<y>\\d{{4}}|\\d{{2}})"
            f"(?![\\p{{N}}]|[/.\\-]\\p{{N}}){year_mark}{join_time}"
            f"|(?<=\\({OPT_SP})(?P<a>\\d{{1,2}})/(?P<b>\\d{{1,2}})(?={OPT_SP}\\))"
            f"|(?<=(?i:\\bon|\\bpada|\\btanggal|\\btgl\\.?){SP})(?P<a>\\d{{1,2}})/(?P<b>\\d{{1,2}})(?![\\p{{N}}/])"
            f"{spaced_numeric}"
        ),
        # 2022-02-24 · 2022-02-24T10:00 · 2019/aug/01 · 2015-12
        "r_iso": (
            f"(?<![\\p{{N}}])(?P<y>{year})-(?P<m>[01]\\d)-(?P<d>[0-3]\\d)(?![\\p{{N}}])"
            f"(?:T(?P<hh>[01]\\d|2[0-3]):(?P<mm>[0-5]\\d)(?::[0-5]\\d)?(?P<tzo>Z|[+\\-]\\d\\d:?\\d\\d)?)?"
            f"|(?<![\\p{{N}}])(?P<y>{year})[/\\-](?P<month>{month_lax})[/\\-](?P<d>{day})"
            f"|(?<![\\p{{N}}\\-/.])(?P<y>{year})-(?P<m>0?[1-9]|1[0-2])(?![\\p{{N}}\\-/])"
            f"|(?<![\\p{{N}}\\-/.,])(?P<m>0?[1-9]|1[0-2])[\\-/](?P<y>{year})(?![\\p{{N}}\\-/])"
        ),
        # 2022. február 24 · 2022 m. vasario 24 d. · 2022. gada 24. februārī · 2022. aasta augustis
        "r_ymd": (
            f"(?<![\\p{{N}}.])(?P<y>{year})\\.?(?:{year_word})?{SP}"
            f"(?:(?P<month>{month_lax})(?:{SP}(?P<d>{last_day})(?:{day_after})?)?"
            f"|(?P<d>{day}){SP}(?P<month>{month_lax}))"
        ) if data.year_first_dates else "(?!)",
        # Januari-Maret 2024 · March to May · dari Januari hingga Maret
        "r_month_range": f"(?P<month>{month}){conn}(?P<month2>{month})(?:{opt_comma}(?P<y>{year}))?",
        # between March and May · antara Januari dan Maret 2024
        "r_between": (
            f"(?<=(?i:{between}){SP})(?:(?P<month>{month}){pair_and}(?P<month2>{month})(?:{opt_comma}(?P<y>{year}))?"
            f"|(?P<y>{year}){pair_and}(?P<y2>{year}))"
        ),
        # Desember 2009 · December 2009 · Dec/2018
        "r_month_year": (
            f"(?P<month>{month_lax})(?:{opt_comma}|{OPT_SP}/{OPT_SP}|{OPT_SP}{DASH}{OPT_SP})"
            f"(?:(?i:of|tahun{month_year}){SP})?(?P<y>{year}){year_after}"
        ),
        # Agustus tahun lalu · 17 Agustus tahun lalu · August last year · May this year
        "r_month_yshift": (
            f"(?:(?P<d>{day}){of}{SP})?(?P<month>{month}){opt_comma}"
            f"(?:(?P<yshb>(?i:{trie(data.shift_before)})){SP}(?i:{year_units}){WORD_END}"
            f"|(?i:{year_units}){SP}(?P<ysha>(?i:{trie(data.shift_after)})){WORD_END})"
        ) if data.shift_before or data.shift_after else "(?!)",
        # September lalu · last September · this September
        "r_month_shift": f"(?P<month>{month}){SP}{shift_after}|{shift_before}{SP}(?P<month>{month})",
        # akhir 2024 · awal tahun ini · pertengahan Juli · late 2024 · mid-2023 · the end of 1989
        "r_part": (
            f"{part}(?:(?P<dec>(?:1[0-9]|20)\\d0|'?[1-9]0)(?:{OPT_SP}'?s|-?an)(?![\\p{{L}}])|(?P<y>{year})|(?P<month>{month})(?:{opt_comma}(?P<y>{year}))?"
            f"|{units}(?:{SP}{shift_after})?|{shift_before}{SP}{units})"
        ),
        # kuartal III 2025 · kuartal ketiga 2025 · Q3 2025 · third quarter of 2025 · semester I 2025 · H1 2025
        "r_quarter": (
            f"(?:{quarter_word}|{half_word}){SP}{qnum}{qyear}"
            f"|(?P<qord>(?i:{trie(_ORDINAL_PART)}))(?:{SP}|-)(?:{quarter_word}|{half_word})(?:{SP}(?:(?i:of|tahun){SP})?"
            f"(?P<y>{year}))?"
            f"|(?P<q>[QqHh])(?P<qdig>[1-4]){OPT_SP}(?:[/\\-]{OPT_SP})?(?P<y>{year}|'?\\d\\d)?(?![\\p{{N}}\\p{{L}}])"
            f"|(?P<y>{year}){OPT_SP}[\\-/]?{OPT_SP}(?P<q>[QqHh])(?P<qdig>[1-4])(?![\\p{{N}}\\p{{L}}])"
            f"|(?:{quarter_word}|{half_word}){SP}{shift_after}|{shift_before}{SP}(?:{quarter_word}|{half_word})"
        ),
        # 1990-an · tahun 90-an · the 1990s · the '90s
        "r_decade": (
            f"(?:(?i:tahun|era|dekade){SP})?(?P<dec>(?:1[0-9]|20)\\d0|[1-9]0)(?:-an|an)(?![\\p{{L}}])"
            f"|(?P<dec>(?:1[0-9]|20)\\d0|'?[1-9]0){OPT_SP}'?s(?![\\p{{L}}])"
        ),
        # 2006-2012 · 2019/2020 · 2006 hingga 2012 · from 2019 to 2021
        "r_year_range": f"(?<![\\p{{N}}\\-/])(?P<y>{year})(?:{conn}|/)(?P<y2>{year}|\\d\\d(?![\\p{{N}}]))",
        # dua hari lalu · 4 tahun lalu · setahun silam · three years ago · in two weeks
        "r_rel_amount": (
            f"(?:{amount}{SP}{units}|{one_unit}|{digits_glued})"
            f"(?:{SP}(?i:and|dan){SP}(?P<amount3>\\d+){SP}(?P<unit3>(?i:{unit_words})){WORD_END})?{SP}(?:{ago}|{ahead})"
            f"|{ahead_before}(?:{amount}{SP}{units}|{one_unit})(?!{SP}(?i:{trie(data.ago_words)}|{narrative}))"
            f"|{ago_before}(?:{amount}{SP}{units}|{one_unit}){ago_closing}"
        ),
        # next week Monday · Monday next week · tuesday of last week
        "r_week_weekday": (
            f"{shift_before}{SP}(?P<wkunit>(?i:week)){WORD_END}(?:{OPT_SP}[\\-,]?{OPT_SP}(?i:on{SP})?|{SP})(?P<wd>{weekday})"
            f"|(?P<wd>{weekday}){SP}(?:(?i:of){SP}(?:the{SP})?)?{shift_before}{SP}(?P<wkunit>(?i:week)){WORD_END}"
        ),
        # tahun lalu · pekan ini · minggu depan · last week · next month · the past year
        "r_unit_shift": f"{units}{SP}{shift_after}|{shift_before}{SP}{units}",
        # kemarin · hari ini · besok · yesterday · today
        "r_rel_day": (f"(?P<relday>(?i:{trie(data.relative_days)})){WORD_END}{join_time}"
                      f"|(?P<relper>(?i:{trie(data.relative_periods)})){WORD_END}"),
        # Senin · Senin lalu · next Monday · Jumat pekan lalu
        "r_weekday": (
            f"(?:{shift_before}{SP})?(?P<wd>{weekday})"
            f"(?:{SP}(?P<wkunit>(?i:pekan|minggu)){SP}{shift_after}|{SP}{shift_after})?{join_time}"
        ),
        # Natal · Christmas Day 2023 · last Easter · Paskah tahun lalu
        "r_holiday": (
            f"(?:{shift_before}{SP})?(?P<hol>{_holiday_names(data)}){WORD_END}"
            f"(?:{opt_comma}(?P<y>{year})|{SP}{shift_after}|{SP}(?P<wkunit>(?i:tahun)){SP}{shift_after})?"
        ),
        # pada September · in September · bulan Maret
        "r_month_cue": f"(?P<month>{month})",
        # tahun 2050 · pada 2014 · 2014 lalu · year 2008
        "r_year": (
            f"(?:(?P<yword>(?i:{trie(data.year_words)})){SP})?(?P<y>{year})"
            f"(?:{SP}(?P<yago>(?i:{trie(data.ago_words)})){WORD_END})?"
        ),
        # pukul 14.00 WIB · at 3 p.m. · 10:30
        "r_time": clock,
        # dua hari · selama 5 tahun · 2,5 jam · three weeks · a decade · 1 jam 30 menit · two and a half years
        "r_duration": (
            f"(?:(?:{simple_amount}(?:{OPT_SP}|-)(?:(?i:and|dan){SP}(?P<half>{fraction})(?:{SP}(?i:of))?(?:{SP}|{DASH}))?"
            f"(?:(?i:more|additional|extra|less|fewer|consecutive|straight|successive|full|whole){SP})?{units}"
            f"(?![\\-‐](?i:old|olds)(?![\\p{{L}}]))"
            f"|{digits_glued}|{one_unit}"
            f"|(?P<halfof>(?i:half{SP}an?|setengah|half)){SP}{units})"
            f"(?:(?:{OPT_SP},{OPT_SP}|{SP})(?:(?i:and|dan){SP})?(?P<amount2>\\p{{N}}+(?:[.,]\\p{{N}}+)?|(?i:{words}))"
            f"{SP}(?P<unit2>(?i:{unit_words})){WORD_END})*+"
            f"(?:{SP}(?i:and|dan){SP}(?P<andhalf>{fraction}){WORD_END})?"
            f"(?P<minutes>{SP}(?:(?i:and){SP})?(?P<mins>[1-5]\\d|(?i:{words}))(?![\\p{{L}}\\p{{N}}])"
            f"(?!{SP}(?i:{unit_words})))?)"
            f"(?!{SP}(?i:{trie(data.ago_words)}){WORD_END})"
        ),
    }


_RULES = ("r_wdate", "r_ymd", "r_month_yshift", "r_dmy", "r_mdy", "r_numeric", "r_iso", "r_month_range", "r_between",
          "r_month_year", "r_month_shift", "r_part", "r_quarter", "r_decade", "r_year_range", "r_rel_amount",
          "r_week_weekday", "r_unit_shift", "r_rel_day", "r_weekday", "r_holiday", "r_month_cue", "r_year", "r_time",
          "r_duration")


@attrs.frozen
class _Patterns:
    data: LanguageData
    sources: dict[str, str]
    rules: dict[str, regex.Pattern[str]]
    starts: dict[str, tuple[str, ...]]
    zone_after: regex.Pattern[str]
    counting: frozenset[tuple[str, ...]]
    """Rule sets of words that only count (``a``, ``two``, ``several``): tried only with a unit of time near."""
    units: frozenset[str]


_DIGIT_RULES = ("r_ymd", "r_month_yshift", "r_dmy", "r_numeric", "r_iso", "r_between", "r_quarter", "r_decade",
                "r_year_range", "r_rel_amount", "r_year", "r_time", "r_duration")


def _rule_starts(data: LanguageData) -> dict[str, tuple[str, ...]]:
    """For each word a rule can start with (lower case), the rules that can start with it, in rule order: the
    rules are tried only where the text's scan found such a word or a digit, and only those rules."""
    starts: dict[str, set[str]] = {}

    def add(words: object, *rules: str) -> None:
        assert isinstance(words, (dict, set, frozenset, tuple, list)) or hasattr(words, "keys")
        for w in words:  # type: ignore[attr-defined]
            starts.setdefault(str(w).split()[0].lower().rstrip("."), set()).update(rules)

    add(data.weekdays, "r_wdate", "r_week_weekday", "r_weekday")
    add(_day_words(data), "r_month_yshift", "r_dmy")
    add(data.months, "r_month_yshift", "r_mdy", "r_month_range", "r_between", "r_month_year", "r_month_shift",
        "r_month_cue")
    add(data.shift_before, "r_month_shift", "r_quarter", "r_week_weekday", "r_unit_shift", "r_weekday", "r_holiday")
    add(data.part_words, "r_part")
    add(data.quarter_words | data.half_words, "r_quarter")
    add(_ORDINAL_PART, "r_quarter")
    add(("q1", "q2", "q3", "q4", "h1", "h2"), "r_quarter")
    add(("tahun", "era", "dekade"), "r_decade")
    add(data.year_words, "r_year")
    add(data.time_units, "r_unit_shift")
    add({**data.relative_days, **data.relative_periods}, "r_rel_day")
    add(data.holidays, "r_holiday")
    add(data.clock_words, "r_time")
    amounts = [*data.digit_words, *data.tens_words, *data.hundred_words, *data.scale_words,
               *data.one_scale_words, *data.fraction_words, *data.article_words, "beberapa", "several", "few",
               "some", "a"]
    add(amounts, "r_rel_amount", "r_duration")
    add(data.one_unit_words, "r_rel_amount", "r_duration")
    add(data.ahead_before + data.ago_before, "r_rel_amount")
    add(("half", "setengah"), "r_duration")
    return {w: tuple(r for r in _RULES if r in rules) for w, rules in starts.items()}


@cache
def _patterns(code: str) -> _Patterns:
    data = languages.get(code)
    sources = _sources(data)
    rules = {name: compile_pattern(f"(?P<{name}>{sources[name]})") for name in _RULES}
    zone_after = compile_pattern(f"{SP}{trie(data.timezones)}{WORD_END}")
    starts = _rule_starts(data)
    counting = frozenset(names for names in starts.values() if set(names) <= {"r_rel_amount", "r_duration"})
    units = frozenset([*data.time_units, *data.one_unit_words, "half", "setengah", "quarter", "quarters"])
    return _Patterns(data, sources, rules, starts, zone_after, counting, units)


def compile_all(code: str) -> None:
    """Compile every combined pattern the scan can ask for in ``code``: one per set of rules that start with the
    same word, and the digit rules (what ``factcheck.warm_up`` pays before a pool forks)."""
    for names in {*_patterns(code).starts.values(), _DIGIT_RULES}:
        _combined(code, names)


@cache
def _combined(code: str, names: tuple[str, ...]) -> regex.Pattern[str]:
    sources = _patterns(code).sources
    return compile_pattern("|".join(f"(?P<{name}>{sources[name]})" for name in names))


# ------------------------------------------------------------------------------------------------ reading


def _day(g: Callable[[str], str | None], data: LanguageData, name: str = "d") -> int | None:
    """The day of the month in group ``name``, written in digits or as an ordinal word."""
    text = g(name)
    if text is None:
        return None
    word = " ".join(text.lower().replace("-", " ").split())
    for key, value in _day_words(data).items():
        if " ".join(key.replace("-", " ").split()) == word:
            return value
    return _int(text)


def _int(text: str | None) -> int | None:
    if text is None:
        return None
    digits = "".join(ch for ch in text.translate(ascii_digits()) if ch.isdigit())
    return int(digits) if digits else None


def _year(text: str | None, ref: dt.date | None) -> int | None:
    if text is None:
        return None
    bare = text.strip("'")
    if len(bare) == 2:
        two = int(bare)
        pivot = ((ref or dt.date.today()).year + 10) % 100
        return (2000 if two <= pivot else 1900) + two
    return int(bare)


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    """Whether the parts can name a real day (29 February needs a leap year only when the year is given)."""
    if month is None or not 1 <= month <= 12:
        return month is None and (day is None or 1 <= day <= 31)
    if day is None:
        return True
    return 1 <= day <= calendar.monthrange(year if year is not None else 2000, month)[1]


def _key(word: str) -> str:
    return str(" ".join(word.lower().rstrip(".").split())).replace("'at", "at")


class _Reader:
    """Reads the groups of one match into a claim."""

    def __init__(self, text: str, data: LanguageData, ref: dt.date | None) -> None:
        self.text = text
        self.data = data
        self.ref = ref
        self.at = 0
        """Where the match being read starts: the tense around it picks the year of a yearless date."""

    def leaning(self, w: When) -> When:
        """``w`` with the tense of its clause, when the reference date must pick its year (or its week)."""
        if self.ref is None or w.year is not None or w.unit is not None or w.shift is not None:
            return w
        if w.month is None and w.weekday is None:
            return w
        day = w.day is not None or w.weekday is not None
        return attrs.evolve(w, lean=tense_at(self.text, self.at, self.data, day=day))

    def month(self, word: str | None) -> int | None:
        return self.data.months.get(_key(word)) if word else None

    def weekday(self, word: str | None) -> int | None:
        return self.data.weekdays.get(_key(word)) if word else None

    def unit(self, word: str | None) -> str | None:
        return self.data.time_units.get(_key(word)) if word else None

    def one_unit(self, word: str | None) -> str | None:
        return self.data.one_unit_words.get(_key(word)) if word else None

    def unit_shift(self, g: Callable[[str], str | None]) -> int | None:
        """A shift for a unit or a month: "this coming" and "this past" are just next and last."""
        shift = self.shift(g)
        return None if shift is None else max(-1, min(1, shift))

    def shift(self, g: Callable[[str], str | None]) -> int | None:
        if g("shift"):
            return self.data.shift_after.get(_key(g("shift") or ""))
        if g("shiftb"):
            return self.data.shift_before.get(_key(g("shiftb") or ""))
        return None

    def clock(self, g: Callable[[str], str | None]) -> tuple[int | None, int | None, str | None]:
        if g("hh") is None:
            return None, None, None
        hour = int(g("hh") or 0)
        minute = int(g("mm") or 0)
        half = (g("ampm") or "").lower().replace(".", "")
        period = self.data.day_periods.get(half, half if half in ("am", "pm") else "")
        if period == "pm" and hour < 12:
            hour += 12
        elif period == "am" and hour == 12:
            hour = 0
        tz = self.data.timezones.get(g("tz") or "")
        raw = g("tzo")
        if raw:
            tz = "Z" if raw == "Z" else raw[:3] + ":" + raw[-2:]
        return hour, minute, tz

    def amount(self, text: str | None) -> Decimal | None:
        if text is None:
            return None
        low = " ".join(text.lower().split())
        if low in ("a", "an"):
            return Decimal(1)
        if low in ("beberapa", "several", "few", "a few", "some"):
            return None
        ascii_text = text.translate(ascii_digits())
        if "/" in ascii_text:
            top, _, bottom = ascii_text.partition("/")
            if not (top.isdigit() and bottom.isdigit()) or int(bottom) == 0:
                return None
            value = Decimal(top) / Decimal(bottom)
            return value if value == value.quantize(Decimal("0.0001")) else None  # 1/2, 3/4: exact only
        vulgar = _VULGAR.get(ascii_text[-1:], Decimal(0))
        if vulgar:
            ascii_text = ascii_text[:-1]
            if not ascii_text:
                return vulgar
        if _DECIMAL.fullmatch(ascii_text):
            return Decimal(ascii_text.replace(",", ".")) + vulgar
        words = _LETTERS.findall(text)
        read = read_words(words, self.data.code)
        if read is None or read[1] != len(words):
            return None
        return read[0]


def _date(w: When, r: _Reader) -> DateValue:
    return DateValue(iso(w), resolve(r.leaning(w), r.ref), w.relative, w.granularity, w.modifier)


def _interval(start: When, finish: When, r: _Reader) -> DateValue:
    ref = r.ref
    start, finish = r.leaning(start), r.leaning(finish)
    if start.year is None and finish.year is not None:
        start = attrs.evolve(start, year=finish.year)
    if start.month is None and finish.month is not None and start.day is not None:
        start = attrs.evolve(start, month=finish.month)
    span = Interval(start, finish)
    return DateValue(interval_iso(span), resolve_interval(span, ref), start.relative or finish.relative,
                     finish.granularity)


def _year_context(text: str, start: int, end: int, data: LanguageData) -> bool:
    """A bare four-digit number is a year after a cue (``pada``, ``sejak``, ``in``), in brackets, or at the
    head of a sentence before a comma; otherwise it may be a count (``2014 orang``) or part of a name."""
    prev = previous_word(text, start)
    if prev is not None and prev.group().lower() in data.year_cues:
        return True
    before = text[max(0, start - 1):start]
    after = text[end:end + 1]
    if before == "(" and after == ")":
        return True
    return starts_sentence(text, start) and after == ","


def _read(rule: str, m: regex.Match[str], r: _Reader) -> Candidate | None:
    groups = m.groupdict()
    g = groups.get
    ref, data, text = r.ref, r.data, r.text
    start, end = m.span(rule)
    hour, minute, tz = r.clock(g)

    def date(w: When, name: str) -> Candidate:
        return Candidate("date", start, end, _date(w, r), f"date.{name}")

    def day_month(a: int, b: int) -> tuple[int, int]:
        """Numeric day and month in the language's order, swapped when only the other order is valid."""
        return (b, a) if data.numeric_date_order == "mdy" and a <= 12 else (a, b)

    if rule == "r_wdate":
        wd = r.weekday(g("wd"))
        if g("month"):
            month, day = r.month(g("month")), _day(g, data)
        elif g("dom"):
            following = next_words(text, end, 1)
            if "," in text[m.start("wd"):m.start("dom")] and following and following[0].group()[:1].isalpha() \
                    and r.month(following[0].group()) is None:
                return None  # "on Sunday, the first in nearly two weeks": an aside, not the 1st
            dom = _day(g, data, "dom")
            return date(When(day=dom, weekday=wd, shift=0, hour=hour, minute=minute, tz=tz), "weekday_day")
        else:
            day, month = day_month(_int(g("a")) or 0, _int(g("b")) or 0)
        year = _year(g("y"), ref)
        if not _valid(year, month, day):
            if not _valid(year, day, month):
                return None
            day, month = month, day
        return date(When(year, month, day, wd, hour=hour, minute=minute, tz=tz), "weekday_date")
    if rule == "r_ymd":
        month, year = r.month(g("month")), _year(g("y"), ref)
        day = _day(g, data) if g("d") else None
        if month is None or not _valid(year, month, day):
            return None
        return date(When(year, month, day), "year_month_day" if day else "month_year")
    if rule == "r_dmy":
        day, month, year = _day(g, data), r.month(g("month")), _year(g("y"), ref)
        if month is None or not _valid(year, month, day):
            return None
        if g("d2") or g("d3"):
            end_day = _int(g("d3") or g("d2"))
            end_month = r.month(g("month2")) if g("month2") else month
            if not _valid(year, end_month, end_day) or (end_month == month and (end_day or 0) <= (day or 0)):
                return None
            value = _interval(When(year, month, day), When(year, end_month, end_day), r)
            return Candidate("date", start, end, value, "date.day_range")
        return date(When(year, month, day, hour=hour, minute=minute, tz=tz), "day_month_year")
    if rule == "r_mdy":
        month, day, year = r.month(g("month")), _day(g, data), _year(g("y"), ref)
        if month is None or not _valid(year, month, day):
            return None
        if g("d2"):
            if (_int(g("d2")) or 0) <= (day or 0):
                return None
            value = _interval(When(year, month, day), When(year, month, _int(g("d2"))), r)
            return Candidate("date", start, end, value, "date.day_range")
        return date(When(year, month, day, hour=hour, minute=minute, tz=tz), "month_day_year")
    if rule == "r_numeric":
        year = _year(g("y"), ref) if g("y") else None
        if g("sep") == "." and (g("y") is None or len(g("y") or "") != 4):
            return None  # "1.2.3" is a version, "14.30.45" a time
        day, month = day_month(_int(g("a")) or 0, _int(g("b")) or 0)
        if not _valid(year, month, day):
            day, month = month, day
            if not _valid(year, month, day):
                return None
        return date(When(year, month, day, hour=hour, minute=minute, tz=tz), "numeric")
    if rule == "r_iso":
        year = _year(g("y"), ref)
        month = r.month(g("month")) if g("month") else _int(g("m"))
        day = _int(g("d"))
        if not _valid(year, month, day):
            return None
        return date(When(year, month, day, hour=hour, minute=minute, tz=tz), "iso")
    if rule in ("r_month_range", "r_between"):
        year = _year(g("y"), ref)
        if g("y2"):
            y2 = int(g("y2") or 0)
            if not year or not 0 < y2 - year <= 200:
                return None
            return Candidate("date", start, end, _interval(When(year), When(y2), r), "date.year_range")
        value = _interval(When(year, r.month(g("month"))), When(year, r.month(g("month2"))), r)
        return Candidate("date", start, end, value, "date.month_range")
    if rule == "r_month_year":
        return date(When(_year(g("y"), ref), r.month(g("month"))), "month_year")
    if rule == "r_month_yshift":
        offset = data.shift_before.get(_key(g("yshb") or "")) if g("yshb") else \
            data.shift_after.get(_key(g("ysha") or ""))
        month = r.month(g("month"))
        day = _day(g, data) if g("d") or g("dword") else None
        if offset is None or abs(offset) > 1 or month is None or not _valid(None, month, day):
            return None
        return date(When(month=month, day=day, year_offset=offset), "month_year_shift")
    if rule == "r_month_shift":
        shift = r.unit_shift(g)
        if shift is None:
            return None
        return date(When(month=r.month(g("month")), shift=shift), "month_shift")
    if rule == "r_part":
        modifier = data.part_words.get(_key(g("part") or ""))
        if g("unit"):
            unit, shift = r.unit(g("unit")), r.unit_shift(g)
            if unit is None or shift is None or unit in ("hour", "minute", "second"):
                return None
            return date(When(unit=unit, offset=shift, modifier=modifier), "part")
        if g("dec"):
            decade = _decade(g("dec") or "0", text, start, data)
            return None if decade is None else date(When(decade=decade, modifier=modifier), "part")  # early 2000s
        month, year = r.month(g("month")), _year(g("y"), ref)
        if month is None and year is None:
            return None
        return date(When(year, month, modifier=modifier), "part")
    if rule == "r_quarter":
        is_half = bool(g("hw")) or (g("q") or "").lower() == "h"
        shift = r.unit_shift(g)
        if shift is not None:
            unit = "half" if is_half else "quarter"
            return date(When(unit=unit, offset=shift), "half" if is_half else "quarter")
        number = (_ROMAN.get((g("roman") or "").lower()) or _ORDINAL_PART.get((g("qord") or "").lower())
                  or _int(g("qdig")))
        if number is None or (is_half and number > 2):
            return None
        if g("qysha"):
            offset = data.shift_after.get(_key(g("qysha") or ""))
            if offset is None or abs(offset) > 1:
                return None
            w = When(half=number, year_offset=offset) if is_half else When(quarter=number, year_offset=offset)
            return date(w, "half" if is_half else "quarter")
        year = _year(g("y"), ref)
        w = When(year, half=number) if is_half else When(year, quarter=number)
        return date(w, "half" if is_half else "quarter")
    if rule == "r_decade":
        decade = _decade(g("dec") or "0", text, start, data)
        return None if decade is None else date(When(decade=decade), "decade")
    if rule == "r_year_range":
        y1, raw2 = int(g("y") or 0), g("y2") or ""
        y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
        if not 0 < y2 - y1 <= 200:
            return None
        return Candidate("date", start, end, _interval(When(y1), When(y2), r), "date.year_range")
    if rule == "r_rel_amount":
        unit = r.unit(g("unit")) if g("unit") else r.one_unit(g("oneunit"))
        count = r.amount(g("amount")) if g("amount") else Decimal(1)
        if unit is None or count is None or count != count.to_integral_value():
            return None
        if g("amount") and g("amount").split()[0].lower() in data.scale_words:
            return None  # "Rp 2,88 triliun tahun lalu": the scale ends a sum of money; "million years ago"
        if unit in ("hour", "minute", "second"):
            return None  # "dua jam lalu": the day of writing, nothing to check
        sign = -1 if g("ago") else 1
        if g("aheadb") and _comparison_before(text, start, data):
            # "the highest in four years", "terendah dalam tiga tahun": a span looked back over, not a date ahead
            begin = m.start("aheadb") + len(g("aheadb") or "")
            while begin < end and text[begin].isspace():
                begin += 1
            iso_text = duration_iso([(count, unit)])
            if iso_text is None:
                return None
            return Candidate("duration", begin, end, DurationValue(iso_text, count, unit, None), "duration.span")
        if g("unit3"):
            more, unit3 = _int(g("amount3")), r.unit(g("unit3"))
            per = {"day": 1, "week": 7}
            if more is None or unit not in per or unit3 not in per:
                return None
            return date(When(unit="day", offset=sign * (int(count) * per[unit] + more * per[unit3])),
                        "relative_amount")
        return date(When(unit=unit, offset=sign * int(count)), "relative_amount")
    if rule == "r_week_weekday":
        shift = r.unit_shift(g)
        if shift is None:
            return None
        return date(When(unit="week", offset=shift, weekday=r.weekday(g("wd"))), "week_weekday")
    if rule == "r_unit_shift":
        unit, shift = r.unit(g("unit")), r.unit_shift(g)
        if unit is None or shift is None or unit in ("hour", "minute", "second", "night"):
            return None
        prev = previous_word(text, start)
        if shift == -1 and (g("shiftb") or "").lower() in ("past", "last") and prev is not None and \
                prev.group().lower() == "the":
            iso_text = duration_iso([(Decimal(1), unit)])  # "over the past decade": the stretch up to now
            if iso_text is not None:
                return Candidate("duration", start, end, DurationValue(iso_text, Decimal(1), unit, None),
                                 "duration.past")
        return date(When(unit=unit, offset=shift), "unit_shift")
    if rule == "r_rel_day":
        if g("relper"):
            period = data.relative_periods.get(_key(g("relper") or ""))
            return None if period is None else date(When(unit=period[0], offset=period[1]), "unit_shift")
        days = data.relative_days.get(_key(g("relday") or ""))
        if days is None:
            return None
        return date(When(unit="day", offset=days, hour=hour, minute=minute, tz=tz), "relative_day")
    if rule == "r_weekday":
        wd, shift = r.weekday(g("wd")), r.shift(g)
        following = next_words(text, end, 1)
        if not shift and following and following[0].group()[:1].isupper() and r.month(following[0].group()) is None:
            return None  # "The Sunday Times", "Black Friday Sale": a name
        if (g("wd") or "").lower() in data.week_words_like_weekdays and g("shift") and not g("wkunit"):
            return None  # "Minggu ini" is this week: the unit rule reads it
        if g("wkunit"):
            return date(When(unit="week", offset=shift, weekday=wd, hour=hour, minute=minute, tz=tz), "weekday")
        if shift == -1 and data.last_weekday_is_previous_week:
            return date(When(unit="week", offset=-1, weekday=wd, hour=hour, minute=minute, tz=tz), "weekday")
        return date(When(weekday=wd, shift=shift, hour=hour, minute=minute, tz=tz), "weekday")
    if rule == "r_holiday":
        holiday = data.holidays.get(" ".join((g("hol") or "").lower().split()))
        if holiday is None:
            return None
        shift = r.unit_shift(g)
        year = _year(g("y"), ref)
        if year is not None:
            on = holiday_date(holiday, year)
            return date(When(on.year, on.month, on.day), "holiday") if on else None
        fixed = holiday[:2].isdigit()
        text_iso = f"XXXX-{holiday[:5]}" if fixed and shift is None else None
        near = holiday_near(holiday, ref, shift) if ref is not None else None
        value = DateValue(text_iso, near.isoformat() if near else None, shift is not None, "day")
        return Candidate("date", start, end, value, "date.holiday")
    if rule == "r_month_cue":
        prev = previous_word(text, start)
        if prev is None:
            return None
        cue = prev.group().lower()
        if cue not in data.year_cues and cue not in ("bulan", "month", "on", "tanggal"):
            return None
        if _key(g("month") or "") in data.ambiguous_months and cue not in (
                "in", "since", "until", "by", "during", "bulan", "of", "early", "late", "mid"):
            return None
        return date(When(month=r.month(g("month"))), "month")
    if rule == "r_year":
        if not (g("yword") or g("yago") or _year_context(text, start, end, data)):
            return None
        year = int(g("y") or 0)
        if not 1500 <= year <= 2100 and not g("yword"):
            return None  # "dari 1000 rupiah"
        return date(When(year), "year")
    if rule == "r_time":
        if g("mm") is None and not (g("ampm") or g("tz") or g("clockw")):
            return None
        if g("clockw") and _key(g("clockw") or "") not in ("pukul", "pkl", "pk", "jam") and not (
                g("ampm") or g("tz") or ":" in text[start:end]):
            return None  # "by 10", "around 5": a clock time only with am/pm, a zone or a colon
        return date(When(hour=hour, minute=minute, tz=tz), "time")
    if rule == "r_duration":
        return _duration(m, g, r, start, end)
    return None


def _duration(m: regex.Match[str], g: Callable[[str], str | None], r: _Reader, start: int,
              end: int) -> Candidate | None:
    prefix = r.data.ordinal_prefix or ""
    lead = r.text[max(0, start - len(prefix) - 2):start].lower()
    if prefix and lead.endswith(prefix + "-") and not lead[:-len(prefix) - 1][-1:].isalpha():
        return None  # "pekan ke-33 tahun 2025": a rank, not thirty-three years
    parts: list[tuple[Decimal, str]] = []
    if g("oneunit"):
        unit = r.one_unit(g("oneunit"))
        if unit is None:
            return None
        parts.append((Decimal(1), unit))
    elif g("halfof"):
        unit = r.unit(g("unit"))
        if unit is None:
            return None
        parts.append((Decimal("0.5"), unit))
    else:
        amount, unit = r.amount(g("amount")), r.unit(g("unit"))
        if amount is None or unit is None:
            return None
        word = (g("unit") or "").lower()
        if word == "second" and not (g("amount") or "1")[:1].isdigit() and (g("amount") or "").lower() != "one":
            return None  # "a second term", "twenty second": an ordinal, not a second of time
        if unit == "quarter":
            return None  # "a quarter of", "four quarters": a fraction or coins far more often than 9 months
        if g("half"):
            amount += _fraction(g("half") or "")
        parts.append((amount, unit))
    for amount_text, unit_text in zip(m.captures("amount2"), m.captures("unit2"), strict=False):
        amount2, unit2 = r.amount(amount_text), r.unit(unit_text)
        if amount2 is None or unit2 is None:
            return None
        parts.append((amount2, unit2))
    if g("andhalf"):
        amount, unit = parts[-1]
        parts[-1] = (amount + _fraction(g("andhalf") or ""), unit)
    if g("minutes"):
        minutes = r.amount(g("mins"))
        if parts[-1][1] == "hour" and minutes is not None and minutes < 60:
            parts.append((minutes, "minute"))  # "1 hour thirty", "2 hours and 10"
        else:
            end = m.start("minutes")
    before = _words_before(r.text, start, 3)
    cue = before[0] if before else ""
    if cue in r.data.frequency_words and cue not in ("a", "an", "dalam"):
        return None  # "per tahun", "setiap hari": a rate, not a length of time
    one = g("oneunit") or (g("amount") or "").lower() in r.data.article_words
    if one and len(parts) == 1 and _after_a_figure(r.text, start, r.data):
        return None  # "$10,000 a day", "7,000 steps a day", "tiga kali sehari": the rate of a figure
    after = next_words(r.text, end, 2)
    follows = after[0].group().lower() if after else ""
    counted_from = follows in r.data.later_words or (
        len(after) == 2 and (follows in r.data.narrative_words or follows in r.data.counted_from_words)
        and _names_a_day(after[1].group(), r))
    if counted_from and not set(before) & r.data.duration_cues:
        return None  # "2 weeks before Christmas", "three weeks later": a date counted from another one
    # "dua pekan setelah rekapitulasi", "three weeks later": the time between two events, a length of time
    iso_text = duration_iso(parts)
    if iso_text is None:
        return None
    amount, unit = parts[0] if len(parts) == 1 else (None, None)
    return Candidate("duration", start, end, DurationValue(iso_text, amount, unit, None), "duration.amount")


_FIGURE_BEFORE = compile_pattern(r"(?r)(?:[\p{N}%]|\p{Sc})[\p{L}.\-]*+(?:[\s\u00a0]++[\p{L}\-]++){0,1}+[\s\u00a0]*+")


def _decade(written: str, text: str, start: int, data: LanguageData) -> int | None:
    """The decade of ``1990s``, ``'90s``, ``90-an``; None for an age (``in her 40s``, ``usia 40-an``)."""
    decade = int(written.strip("'"))
    if decade >= 100:
        return decade
    if not written.startswith("'") and set(_words_before(text, start, 2)) & data.age_words:
        return None
    return decade + 1900




def _names_a_day(word: str, r: _Reader) -> bool:
    """Whether ``word`` starts a date: a digit, a month, a weekday, a holiday, ``tomorrow``/``kemarin``."""
    low = word.lower()
    return word[:1].isdigit() or r.month(word) is not None or r.weekday(word) is not None or \
        low in r.data.relative_days or any(h.split()[0] == low for h in r.data.holidays) or low in ("tmrw", "tmr")


def _comparison_before(text: str, start: int, data: LanguageData) -> bool:
    """Whether a superlative or an ordinal stands in the few words before ``start`` (``the highest in``,
    ``the third time in``, ``terendah dalam``)."""
    return any(w in data.superlatives or w in data.ordinal_words for w in _words_before(text, start, 6))


def _after_a_figure(text: str, start: int, data: LanguageData) -> bool:
    """Whether a figure (a number, a percentage, an amount of money), alone or with one word after it, or a count
    word (``twice``, ``kali``) stands just before ``start``: then ``a day``, ``a year``, ``sehari`` is the
    figure's rate, not a length of time."""
    prev = previous_word(text, start)
    if prev is not None and prev.group().lower() in data.times_words:
        return True
    m = _FIGURE_BEFORE.match(text, max(0, start - 40), start)
    return m is not None and m.end() == start


def _fraction(text: str) -> Decimal:
    """``a half`` → 0.5, ``three quarters`` → 0.75, ``seperempat`` → 0.25."""
    low = text.lower()
    count = {"two": 2, "dua": 2, "three": 3, "tiga": 3}.get(low.split()[0], 1) if " " in low else 1
    return Decimal("0.25") * count if "quarter" in low or "perempat" in low else Decimal("0.5") * count


def _words_before(text: str, pos: int, count: int) -> list[str]:
    """Up to ``count`` lower-cased words before ``pos``, nearest first, within the sentence."""
    out: list[str] = []
    while len(out) < count:
        prev = previous_word(text, pos)
        if prev is None:
            break
        out.append(prev.group().lower())
        pos = prev.start()
    return out


def find(text: str, code: str, ref: dt.date | None, blocked: SpanSet, read: Scan | None = None) -> list[Candidate]:
    """Date and duration candidates in ``text``: the rules are tried where the scan found a digit or a word a
    rule starts with; where a reader rejects a match, the later rules are tried at the same place."""
    p = _patterns(code)
    reader = _Reader(text, p.data, ref)
    out: list[Candidate] = []
    done = 0
    hits = (read or scan(text, code)).hits
    for i, (start, _end, token, is_digits) in enumerate(hits):
        if start < done:
            continue
        names = _DIGIT_RULES if is_digits else p.starts.get(token)
        if not names or (is_digits and not _may_be_time(text, hits, i, p)):
            continue
        if not is_digits and names in p.counting and not _unit_near(hits, i, p):
            continue  # "a", "two", "several" with no unit of time after them
        at = start - 1 if is_digits and start and text[start - 1] == "'" else start
        reader.at = at
        cand = None
        while names:
            m = _combined(code, names).match(text, at, upto(text, at))
            if m is None or blocked.overlaps(at, m.end()):
                break
            first = next(k for k, name in enumerate(names) if m.group(name) is not None)
            cand = _read(names[first], m, reader)
            if cand is not None:
                break
            names = names[first + 1:]  # the reader said no: the later rules get their turn here
        if cand is not None:
            out.append(cand)
            done = cand.end
    return _with_comparators(_join_times(_join_intervals(out, text, p), text, p), text, code)


_GLUED_AFTER_DIGITS = frozenset("/-–—:'’sShHwWmMdDyYaApP")
_AMPM_AFTER = compile_re(r"\s?[aApP]\.?[mM]\b")


def _may_be_time(text: str, hits: list[tuple[int, int, str, bool]], i: int, p: _Patterns) -> bool:
    """Whether a digit run can begin a date, a time or a duration: a year, a mark glued to it (``26/8``,
    ``1990s``, ``3pm``), a date or time word right after it (``24 Februari``, ``dua hari``), or a clock word
    right before it. Most figures in news are none of these, and skip the date rules altogether."""
    start, end, token, _ = hits[i]
    if len(token) == 4 and token.isdigit() and "1000" <= token <= "2199":
        return True
    after = text[end:end + 1]
    if after in _GLUED_AFTER_DIGITS or (after == "." and text[end + 1:end + 2].isdigit()):
        return True
    if after == "." and "." in p.data.ordinal_suffixes and text[end + 2:end + 3].isdigit():
        return True  # "14. 3. 2024"
    if "." in token or ":" in token:
        return True
    for nxt in hits[i + 1:i + 3]:
        if nxt[0] - end > 8:
            break
        if not nxt[3] and (nxt[2] in p.starts or nxt[2] in p.data.interval_connectors):
            return True
    if _AMPM_AFTER.match(text, end) or p.zone_after.match(text, end, upto(text, end, 12)):
        return True
    before = text[start - 1:start] if start else ""
    if before in "(/-'":
        return True
    if i > 0:
        prev = hits[i - 1]
        if start - prev[1] <= 3 and not prev[3] and prev[2] in p.starts:
            return True
        if start - prev[1] <= 3 and not prev[3] and prev[2] in p.data.interval_openers:
            return True
    return False


def _unit_near(hits: list[tuple[int, int, str, bool]], i: int, p: _Patterns) -> bool:
    """Whether a unit of time (``hari``, ``years``, ``half``) follows within a few words (or is the word)."""
    if hits[i][2] in p.units:
        return True
    end = hits[i][1]
    for nxt in hits[i + 1:i + 5]:
        if nxt[0] - end > 32:
            return False
        if nxt[2] in p.units:
            return True
    return False


def _join_intervals(cands: list[Candidate], text: str, p: _Patterns) -> list[Candidate]:
    """Two dates joined by ``hingga``/``sampai``/``to``/``-`` (or ``dan``/``and`` after ``antara``/``between``)
    are one interval: ``Januari 2024 hingga Maret 2025`` → ``2024-01/2025-03``."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if b is not None and a.kind == b.kind == "date" and _joinable(a, b, text, p):
            assert isinstance(a.value, DateValue) and isinstance(b.value, DateValue)
            first_iso = _borrow_year(a.value.iso, b.value.iso)
            first_resolved = _borrow_year(a.value.resolved, b.value.resolved)
            value = DateValue(
                f"{first_iso}/{b.value.iso}" if first_iso and b.value.iso else None,
                f"{first_resolved}/{b.value.resolved}" if first_resolved and b.value.resolved else None,
                a.value.relative or b.value.relative,
                b.value.granularity,
            )
            out.append(Candidate("date", a.start, b.end, value, "date.interval"))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _join_times(cands: list[Candidate], text: str, p: _Patterns) -> list[Candidate]:
    """A clock time and the day it belongs to, written apart, are one date: ``pukul 05.45 WIB pada Rabu
    (27/8/2025)``, ``Wednesday (27/8), sekitar pukul 05.45``, ``at about 11.40pm on 23 August``."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        pair = _time_and_day(a, b, text, p.data) if b is not None else None
        if pair is not None and b is not None:
            clock, day = pair
            iso_text = day.iso + clock.iso if day.iso and clock.iso else None
            resolved = day.resolved + clock.iso if day.resolved and clock.iso else None
            out.append(Candidate("date", a.start, b.end, DateValue(iso_text, resolved, day.relative, day.granularity),
                                 "date.day_and_time"))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _time_and_day(a: Candidate, b: Candidate, text: str, data: LanguageData) -> tuple[DateValue, DateValue] | None:
    first, second = a.value, b.value
    if not isinstance(first, DateValue) or not isinstance(second, DateValue) or b.start - a.end > 16:
        return None
    gap = " ".join(text[a.end:b.start].replace(",", " , ").split()).lower()
    if gap not in data.time_joiners and gap.lstrip(", ") not in data.time_joiners:
        return None
    clock, day = (first, second) if first.granularity == "time" else (second, first)
    if clock.granularity != "time" or day.granularity != "day" or not clock.iso or "/" in clock.iso:
        return None
    if "T" in (day.iso or day.resolved or "T") or "/" in (day.iso or day.resolved or ""):
        return None  # the day has its time already, or is an interval
    return clock, day


def _joinable(a: Candidate, b: Candidate, text: str, p: _Patterns) -> bool:
    assert isinstance(a.value, DateValue) and isinstance(b.value, DateValue)
    if "/" in (a.value.iso or "") or "/" in (b.value.iso or "") or a.value.relative != b.value.relative:
        return False
    if b.start - a.end > 12:
        return False
    gap = text[a.end:b.start].strip().lower()
    data = p.data
    if gap in ("-", "–", "—") or gap in data.interval_connectors:
        return gap not in ("and", "dan")
    if gap in ("and", "dan"):
        prev = previous_word(text, a.start)
        return prev is not None and prev.group().lower() in data.interval_openers
    return False


def _borrow_year(first: str | None, second: str | None) -> str | None:
    """``1 Juli`` before ``3 Agustus 2024`` takes the later date's year."""
    if first and second and first.startswith("XXXX") and second[:4].isdigit():
        return second[:4] + first[4:]
    return first


def _with_comparators(cands: list[Candidate], text: str, code: str) -> list[Candidate]:
    """Durations take the comparator before them: ``lebih dari 20 tahun``, ``more than two hours``."""
    from factcheck.kinds.numeric import comparator_before  # the numeric kind owns the comparator table

    out = []
    for c in cands:
        if c.kind == "duration":
            found = comparator_before(text, code, c.start)
            if found is not None:
                assert isinstance(c.value, DurationValue)
                c = attrs.evolve(c, value=attrs.evolve(c.value, comparator=found[0], nearly=found[1]))
        out.append(c)
    return out

