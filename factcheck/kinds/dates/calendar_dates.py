"""Rules for dates written on the calendar: a day, a month, a year, their ranges (a clock time is in ``clock``).

Each entry is a name, its pattern (from ``fragments``) and its reader; examples are in the corpora
(``tests/corpus/<lang>/dates.py``) and every entry must have one (``tests/test_rules.py``).
"""

from __future__ import annotations

from functools import cache

import attrs
import regex

from factcheck import lang as languages
from factcheck.calendar import When
from factcheck.claims import DateValue
from factcheck.kinds.base import groups, is_capitalised, next_words, previous_word, starts_sentence
from factcheck.kinds.dates import followers
from factcheck.kinds.dates.fragments import YEAR, Fragments, day_words, year_shift_after
from factcheck.kinds.dates.reader import Groups, Reader, key, number, valid, year
from factcheck.kinds.rule import Rule
from factcheck.lang.base import LanguageData
from factcheck.patterns import DASH, OPT_SP, SP, any_case

DateRule = Rule[Fragments, Reader]
CLIPPED = r"(?<![\p{L}\p{N}])(?P<clip>['’]\d\d)(?![\p{N}\p{L}'’%]|[.,]\p{N})"
"""A year clipped to its last two digits: ``'98``, ``’04`` (not ``'90s``, a decade)."""


def _weekdays(data: LanguageData) -> list[str]:
    return list(data.weekdays)


def _months(data: LanguageData) -> list[str]:
    return list(data.months)


def _day_starts(data: LanguageData) -> list[str]:
    """Days in words start a date at their first word; the scan reads ``twenty-first`` as ``twenty``."""
    return [w for w in day_words(data.code) if "-" not in w]


# ---------------------------------------------------------------- Selasa (26/8/2025) · Tuesday, Aug. 26, 2025
def _read_weekday_date(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    g = groups(m)
    wd = r.weekday(g("wd"))
    if g("month"):
        month, day = r.month(g("month")), r.day(g)
    else:
        day, month = r.day_month(number(g("a")) or 0, number(g("b")) or 0)
    y = year(g("y"), r.ref)
    if not valid(y, month, day):
        if not valid(y, day, month):
            return None
        day, month = month, day
    hour, minute, tz = r.clock(g)
    return r.date(When(y, month, day, wd, hour=hour, minute=minute, tz=tz))


WEEKDAY_DATE = DateRule(
    "date.weekday_date",
    lambda v: (
        f"(?P<wd>{v.weekday}){v.opt_comma}\\({OPT_SP}(?P<a>[0-3]?\\d)[/.\\-](?P<b>[01]?\\d)"
        f"(?:[/.\\-](?P<y>\\d{{4}}|\\d{{2}}))?{OPT_SP}\\){v.join_time}"
        f"|(?P<wd>{v.weekday}){v.opt_comma}{v.article}(?P<d>{v.day}){v.of}{SP}(?P<month>{v.month_lax})"
        f"(?:{v.of_year}{v.opt_comma}(?P<y>{YEAR}){v.year_after})?{v.join_time}"
        f"|(?P<wd>{v.weekday}){v.opt_comma}(?P<month>{v.month_lax}){OPT_SP}[\\-/]?{OPT_SP}(?P<d>{v.day})"
        f"(?:{v.opt_comma}(?P<y>{YEAR}))?{v.join_time}"
        f"|(?P<wd>{v.weekday}){v.opt_comma}(?P<a>[0-3]?\\d)[/.](?P<b>[01]?\\d)(?:[/.](?P<y>\\d{{4}}))?"
        f"(?![\\p{{N}}]){v.join_time}"
    ),
    _read_weekday_date,
    starts=_weekdays,
)


# ---------------------------------------------------------------- Sunday the 4th · Friday 7
def _read_weekday_day(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    g = groups(m)
    end = m.end(group)
    following = next_words(r.text, end, 1)
    if "," in r.text[m.start("wd"):m.start("dom")] and following and following[0].group()[:1].isalpha() \
            and r.month(following[0].group()) is None:
        return None  # "on Sunday, the first in nearly two weeks": an aside, not the 1st
    hour, minute, tz = r.clock(g)
    return r.date(When(day=r.day(g, "dom"), weekday=r.weekday(g("wd")), hour=hour, minute=minute, tz=tz))


WEEKDAY_DAY = DateRule(
    "date.weekday_day",
    lambda v: (
        f"(?P<wd>{v.weekday}){v.opt_comma}{v.article}(?P<dom>{v.last_day.replace('dword', 'domword')})"
        f"(?!{OPT_SP}[/.\\-]?{OPT_SP}(?:{v.month_lax}|\\p{{N}}))"
    ),
    _read_weekday_day,
    starts=_weekdays,
)


# ---------------------------------------------------------------- 2022. február 24 · 2022 m. vasario 24 d.
def _read_year_month_day(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    g = groups(m)
    month, y = r.month(g("month")), year(g("y"), r.ref)
    day = r.day(g) if g("d") else None
    return r.date(When(y, month, day)) if month is not None and valid(y, month, day) else None


YEAR_MONTH_DAY = DateRule(
    "date.year_month_day",
    lambda v: (
        f"(?<![\\p{{N}}.])(?P<y>{YEAR})\\.?(?:{v.year_word})?{SP}"
        f"(?:(?P<month>{v.month_lax})(?:{SP}(?P<d>{v.last_day})(?:{v.day_after})?)?"
        f"|(?P<d>{v.day}){SP}(?P<month>{v.month_lax}))"
    ) if v.data.year_first_dates else "(?!)",
    _read_year_month_day,
    digits=True,
    after=followers.year_first_after,
)


# ---------------------------------------------------------------- 1-3 Juli 2024 · 28 Agustus-1 September 2025
def _day_month_source(v: Fragments, ranged: bool) -> str:
    """``24 Februari 2022``; with ``ranged``, only a range: ``1-3 Juli 2024``, ``28 Agustus-1 September``."""
    words = {c for c in v.data.interval_connectors if any(ch.isalpha() for ch in c)} | set(v.data.part_joiners)
    month = f"{v.of}(?:{SP}|{OPT_SP}[\\-/]{OPT_SP})(?P<month>{v.month_lax})"
    if ranged:
        second_day = f"{OPT_SP}(?:{DASH}|{any_case(words)}){OPT_SP}(?P<d2>{v.day})"
        second_month = f"{OPT_SP}{DASH}{OPT_SP}(?P<d3>{v.day}){SP}(?P<month2>{v.month_lax})"
        month = f"(?:{second_day}{month}|{month}{second_month})"
    # "31 Oktober ini", "8 Disember depan", "6 hingga 31 Januari tahun depan": the shift names the year
    shifts = [w for w, shift in v.data.shift_after.items() if abs(shift) <= 1]
    shifted = f"|{SP}(?i:{v.year_units}){SP}{any_case(shifts, 'ysha')}|{SP}{any_case(shifts, 'dshift')}" \
        if shifts else ""
    return (
        f"(?P<d>{v.day}){month}"
        f"(?:(?:{v.opt_comma}|{OPT_SP}[\\-/]{OPT_SP}){v.year_link}(?:(?P<y>{YEAR}){v.year_after}|(?P<y>'\\d\\d))"
        f"{shifted})?{v.join_time}"
    )


def _shifted(w: When, g: Groups, r: Reader) -> When:
    """``w`` with the year its shift word names: ``ini`` this year's, ``depan`` the next one, ``lalu`` the last."""
    if g("ysha"):
        offset = r.year_shift(g("ysha"), before=False)
        return w if offset is None else attrs.evolve(w, year_offset=offset)
    shift = r.data.shift_after.get(key(g("dshift") or "")) if g("dshift") else None
    if shift is None:
        return w
    return attrs.evolve(w, year_offset=0) if shift == 0 else attrs.evolve(w, shift=shift, lean=shift)


def _read_day_range(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    g = groups(m)
    day, month, y = r.day(g), r.month(g("month")), year(g("y"), r.ref)
    if month is None or not valid(y, month, day) or not (g("d2") or g("d3")):
        return None
    end_day = number(g("d3") or g("d2"))
    end_month = r.month(g("month2")) if g("month2") else month
    if not valid(y, end_month, end_day) or (end_month == month and (end_day or 0) <= (day or 0)):
        return None
    return r.interval(_shifted(When(y, month, day), g, r), _shifted(When(y, end_month, end_day), g, r))


DAY_RANGE = DateRule("date.day_range", lambda v: _day_month_source(v, ranged=True), _read_day_range,
                     starts=_day_starts, digits=True, after=followers.day_range_after,
                     after_month=followers.dash_after_month)


# ---------------------------------------------------------------- 24 Februari 2022 · 4th of July · 05-Aug-2016
def _read_day_and_month(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    """A day and a month name, in either order, with an optional year and clock time."""
    g = groups(m)
    day, month, y = r.day(g), r.month(g("month")), year(g("y"), r.ref)
    if month is None or not valid(y, month, day):
        return None
    hour, minute, tz = r.clock(g)
    return r.date(_shifted(When(y, month, day, hour=hour, minute=minute, tz=tz), g, r))


DAY_MONTH_YEAR = DateRule("date.day_month_year", lambda v: _day_month_source(v, ranged=False),
                          _read_day_and_month, starts=_day_starts, digits=True,
                          after=followers.day_month_after)


# ---------------------------------------------------------------- June 18-19 · February 24, 2022 · Sep-23-2020
def _month_day_source(v: Fragments, ranged: bool) -> str:
    # "June 6 to 9": a word joins the days too, not "and" ("June 6 and 9" are two days)
    words = {c for c in v.data.interval_connectors if any(ch.isalpha() for ch in c)} - set(v.data.part_joiners)
    data = v.data
    figure = any_case([*data.scale_words, *data.percent_words, *data.unit_words, *data.currency_words])
    # "from June 15 to 17 percent", "to 17 million": the word leads to a figure, not a day
    second = f"(?:{OPT_SP}{DASH}{OPT_SP}|{SP}{any_case(words)}{SP}(?!{v.last_day}{OPT_SP}(?:%|{figure})))" \
        f"(?P<d2>{v.last_day})"
    return (
        f"(?P<month>{v.month_lax})(?:{OPT_SP}[\\-/]{OPT_SP}|{SP}{v.article})(?P<d>{v.last_day})(?:{v.day_after})?"
        f"{second if ranged else ''}(?:(?:{v.opt_comma}|{OPT_SP}[\\-/]{OPT_SP})"
        f"{v.year_link}(?P<y>{YEAR}){v.year_after})?(?![.,]?\\p{{N}}){v.join_time}"
    )


def _read_month_day_range(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    g = groups(m)
    month, day, y = r.month(g("month")), r.day(g), year(g("y"), r.ref)
    if month is None or not valid(y, month, day) or (number(g("d2")) or 0) <= (day or 0):
        return None
    return r.interval(When(y, month, day), When(y, month, number(g("d2"))))


MONTH_DAY_RANGE = DateRule("date.month_day_range", lambda v: _month_day_source(v, ranged=True),
                           _read_month_day_range, starts=_months)


MONTH_DAY_YEAR = DateRule("date.month_day_year", lambda v: _month_day_source(v, ranged=False),
                          _read_day_and_month, starts=_months)


# ---------------------------------------------------------------- 26/8/2025 · 08/26/2025 · 26.08.2025 · (26/8)
def _read_numeric(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    g = groups(m)
    y = year(g("y"), r.ref) if g("y") else None
    if g("sep") == "." and (g("y") is None or len(g("y") or "") != 4):
        return None  # "1.2.3" is a version, "14.30.45" a time
    day, month = r.day_month(number(g("a")) or 0, number(g("b")) or 0)
    if not valid(y, month, day):
        day, month = month, day
        if not valid(y, month, day):
            return None
    hour, minute, tz = r.clock(g)
    return r.date(When(y, month, day, hour=hour, minute=minute, tz=tz))


NUMERIC = DateRule(
    "date.numeric",
    lambda v: (
        f"(?<![\\p{{N}}/.\\-,])(?P<a>\\d{{1,2}})(?P<sep>[/.\\-])(?P<b>\\d{{1,2}})(?P=sep)(?P<y>\\d{{4}}|\\d{{2}})"
        f"(?![\\p{{N}}]|[/.\\-]\\p{{N}}){v.year_mark}{v.join_time}"
        f"|(?<=\\({OPT_SP})(?P<a>\\d{{1,2}})/(?P<b>\\d{{1,2}})(?={OPT_SP}\\))"
        f"|{v.day_month_cue}(?P<a>\\d{{1,2}})/(?P<b>\\d{{1,2}})(?![\\p{{N}}/])"
        f"{v.spaced_numeric}"
    ),
    _read_numeric,
    digits=True,
    after=followers.nothing,
)


# ---------------------------------------------------------------- 2022-02-24 · 2022-02-24T10:00 · 2015-12
def _read_iso(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    g = groups(m)
    y = year(g("y"), r.ref)
    month = r.month(g("month")) if g("month") else number(g("m"))
    day = number(g("d"))
    if not valid(y, month, day):
        return None
    if day is None and not g("month") and y is not None and month == (y + 1) % 100:
        return None  # "the 2007-08 season", "2011-12": a season or a fiscal year (date.year_range), no month
    hour, minute, tz = r.clock(g)
    return r.date(When(y, month, day, hour=hour, minute=minute, tz=tz))


ISO = DateRule(
    "date.iso",
    lambda v: (
        f"(?<![\\p{{N}}])(?P<y>{YEAR})-(?P<m>[01]\\d)-(?P<d>[0-3]\\d)(?![\\p{{N}}])"
        f"(?:T(?P<hh>[01]\\d|2[0-3]):(?P<mm>[0-5]\\d)(?::[0-5]\\d)?(?P<tzo>Z|[+\\-]\\d\\d:?\\d\\d)?)?"
        f"|(?<![\\p{{N}}])(?P<y>{YEAR})[/\\-](?P<month>{v.month_lax})[/\\-](?P<d>{v.day})"
        f"|(?<![\\p{{N}}\\-/.])(?P<y>{YEAR})-(?P<m>0?[1-9]|1[0-2])(?![\\p{{N}}\\-/])"
        f"|(?<![\\p{{N}}\\-/.,])(?P<m>0?[1-9]|1[0-2])[\\-/](?P<y>{YEAR})(?![\\p{{N}}\\-/])"
    ),
    _read_iso,
    digits=True,
    after=followers.nothing,
)


# ---------------------------------------------------------------- Januari-Maret 2024 · between March and May
def _read_month_range(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    g = groups(m)
    y = year(g("y"), r.ref)
    if g("y2"):
        return _year_range(y, g("y2") or "", r)
    first, last = r.month(g("month")), r.month(g("month2"))
    if g("yshb") or g("ysha"):  # "dari Mac hingga Mei tahun lalu", "March to May last year": both ends' year
        offset = r.year_shift_of(g)
        if offset is None or first is None or last is None or first > last:
            return None
        return r.interval(When(month=first, year_offset=offset), When(month=last, year_offset=offset))
    wraps = y is not None and first is not None and last is not None and first > last  # "November to February 2024"
    return r.interval(When(y - 1 if wraps and y is not None else y, first), When(y, last))


_NO_DAY_AFTER = r"(?![\s\u00a0]{1,3}(?:0?[1-9]|[12]\d|3[01])(?![\p{N}]|[.,:]\p{N}))"
"""A span of months ends before a day: ``January to August 10`` is a month and a day, joined afterwards."""


MONTH_RANGE = DateRule(
    "date.month_range",
    lambda v: f"(?P<month>{v.month}){v.conn}(?P<month2>{v.month})(?:{v.opt_comma}(?P<y>{YEAR}){year_shift_after(v)})?"
              f"{_NO_DAY_AFTER}",
    _read_month_range,
    starts=_months,
)
BETWEEN = DateRule(
    "date.between",
    lambda v: (
        f"(?<=(?i:{v.between}){SP})(?:(?P<month>{v.month}){v.pair_and}(?P<month2>{v.month})"
        f"(?:{v.opt_comma}(?P<y>{YEAR}))?{_NO_DAY_AFTER}|(?P<y>{YEAR}){v.pair_and}(?P<y2>{YEAR}))"
    ),
    _read_month_range,
    starts=_months,
    digits=True,
    after=followers.joiners,
)


# ---------------------------------------------------------------- Desember 2009 · Dec/2018
def _read_month_year(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    g = groups(m)
    return r.date(When(year(g("y") or g("clip"), r.ref), r.month(g("month"))))


MONTH_YEAR = DateRule(
    "date.month_year",
    lambda v: (
        f"(?P<month>{v.month_lax})(?:{v.opt_comma}|{OPT_SP}/{OPT_SP}|{OPT_SP}{DASH}{OPT_SP})"
        f"{v.year_link}(?:(?P<y>{YEAR}){v.year_after}|{CLIPPED})"
    ),
    _read_month_year,
    starts=_months,
)


# ---------------------------------------------------------------- 2006-2012 · 2019/2020 · from 2019 to 2021
def _year_range(first: int | None, second: str, r: Reader) -> DateValue | None:
    if not first:
        return None
    last = int(second) if len(second) == 4 else (first // 100) * 100 + int(second)
    if not 0 < last - first <= 200:
        return None
    return r.interval(When(first), When(last))


def _read_year_range(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    return _year_range(int(m.group("y") or 0), m.group("y2") or "", r)


YEAR_RANGE = DateRule(
    "date.year_range",
    lambda v: f"(?<![\\p{{N}}\\-/])(?P<y>{YEAR})(?:{v.conn}|/)(?P<y2>{YEAR}|\\d\\d(?![\\p{{N}}]))",
    _read_year_range,
    digits=True,
    after=followers.year_range_after,
)


# ---------------------------------------------------------------- pada September · in May · bulan Maret
def _read_month(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    prev = previous_word(r.text, m.start(group))
    cue = prev.group().lower() if prev is not None else ""
    data = r.data
    if cue not in data.year_cues and cue not in data.month_cues and not _named_alone(m, prev, r):
        return None
    if key(m.group("month") or "") in data.ambiguous_months and cue not in data.ambiguous_month_cues:
        return None
    return r.date(When(month=r.month(m.group("month"))))


def _named_alone(m: regex.Match[str], prev: regex.Match[str] | None, r: Reader) -> bool:
    """Whether a month stands as a month with no cue before it (``October was the wettest month``, ``inflasi
    Oktober``, ``a hurricane-hit October``, ``September's figure``): its full name, capitalised as a month is, with
    no capitalised word beside it that makes it part of a name (``the film Red October``, ``June Carter``,
    ``October Revolution``; a sentence's capitalised first word is no name); an abbreviation or a name that is also
    a word (``may``, ``cued_months``) keeps needing its cue."""
    word = m.group("month") or ""
    if r.data.lower_case_names or not is_capitalised(word) or key(word) not in full_months(r.data.code):
        return False
    if prev is not None and is_capitalised(prev.group()) and not starts_sentence(r.text, prev.start()):
        return False
    after = next_words(r.text, m.end(), 1)
    return not (after and is_capitalised(after[0].group()))


@cache
def full_months(code: str) -> frozenset[str]:
    """The month names of a language that shorten no other name of the same month, its letters in order
    (``october``, ``pebruari``, Malay ``jun``; not ``oct``, ``sept``, ``agst``, English ``jun``), less those
    that need a cue all the same (``cued_months``)."""
    data = languages.get(code)
    months = data.months
    return frozenset(name for name, month in months.items() if name not in data.cued_months
                     and not any(other != name and number == month and _shortens(name, other)
                                 for other, number in months.items()))


def _shortens(short: str, long: str) -> bool:
    rest = iter(long)
    return len(short) < len(long) and short[:1] == long[:1] and all(ch in rest for ch in short)


MONTH = DateRule("date.month", lambda v: f"(?P<month>{v.month})", _read_month, starts=_months)
