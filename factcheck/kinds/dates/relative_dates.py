"""Rules for dates placed by a shift, a part or a count: ``tahun lalu``, ``awal 2024``, ``dua hari lalu``,
``Senin depan`` (quarters and decades are in ``periods``). Each resolves only against a reference date, or stays
relative.
"""

from __future__ import annotations

from decimal import Decimal

import attrs
import regex

from factcheck.calendar import When, duration_iso
from factcheck.claims import DateValue, DurationValue
from factcheck.kinds.base import Candidate, before_spaces, groups, next_words, previous_word
from factcheck.kinds.dates import followers
from factcheck.kinds.dates.fragments import (
    YEAR,
    Fragments,
    day_words,
    holiday_names,
    the,
    units_of_the,
    year_shift,
    year_shift_after,
)
from factcheck.kinds.dates.periods import decade_of, numbered_quarter, numbered_quarters
from factcheck.kinds.dates.reader import Reader, key, number, valid, words_before, year
from factcheck.kinds.rule import Rule
from factcheck.lang.base import LanguageData
from factcheck.patterns import OPT_SP, SP, WORD_END, any_case

DateRule = Rule[Fragments, Reader]
_SMALL_UNITS = frozenset({"hour", "minute", "second", "night"})


def _months(data: LanguageData) -> list[str]:
    return list(data.months)


# ------------------------------------------------------- Agustus tahun lalu · August last year · Aug. 10 last year
def _read_month_year_shift(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    g = groups(m)
    offset = r.year_shift_of(g)
    month = r.month(g("month"))
    day = r.day(g) if g("d") else None
    if offset is None or month is None or not valid(None, month, day):
        return None
    return r.date(When(month=month, day=day, year_offset=offset))


MONTH_YEAR_SHIFT = DateRule(
    "date.month_year_shift",
    lambda v: (
        f"(?:(?P<d>{v.day}){v.of}{SP})?(?P<month>{v.month}){v.opt_comma}{year_shift(v)}"
        f"|(?P<month>{v.month}){SP}(?P<d>{v.day}){v.opt_comma}{year_shift(v)}"  # "August 10 last year"
    ) if v.data.shift_before or v.data.shift_after else "(?!)",
    _read_month_year_shift,
    starts=lambda data: [*data.months, *(w for w in day_words(data.code) if "-" not in w)],
    digits=True, after=followers.month_after, after_month=followers.shift_after_month,
)


# ---------------------------------------------------------------- September lalu · last September
def _read_month_shift(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    shift = r.unit_shift(groups(m))
    return None if shift is None else r.date(When(month=r.month(m.group("month")), shift=shift))


MONTH_SHIFT = DateRule(
    "date.month_shift",
    lambda v: f"(?P<month>{v.month}){SP}{v.shift_after}|{v.shift_before}{SP}(?P<month>{v.month})",
    _read_month_shift,
    starts=lambda data: [*data.months, *data.shift_before],
)


# ---------------------------------------------------------------- akhir 2024 · awal tahun ini · mid-2023
def _read_part(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    g = groups(m)
    modifier = r.data.part_words.get(key(g("part") or ""))
    if g("roman") or g("qord") or g("qdig"):  # "akhir kuartal III 2025", "the end of the third quarter"
        numbered = numbered_quarter(g, r)
        return None if numbered is None else r.date(attrs.evolve(numbered, modifier=modifier))
    if g("unit"):
        unit, shift = r.unit(g("unit")), r.unit_shift(g)
        if shift is None and not (g("yshb") or g("ysha") or g("shift")) and unit in _CURRENT_UNITS and \
                not set(words_before(r.text, m.start(group), 1)) & r.data.frequency_words:
            shift = 0  # "sejak awal tahun", "by the end of the year": the current one ("setiap akhir pekan" is none)
        if unit is None or shift is None or unit in _SMALL_UNITS:
            return None
        return r.date(When(unit=unit, offset=shift, modifier=modifier))
    if g("dec"):
        decade = decade_of(g("dec") or "0", r.text, m.start(group), r.data)
        return None if decade is None else r.date(When(decade=decade, modifier=modifier))  # early 2000s
    month, y = r.month(g("month")), year(g("y"), r.ref)
    if month is None and y is None:
        return None
    if month is not None and (g("yshb") or g("ysha")):  # "late June last year", "akhir Jun tahun lalu"
        offset = r.year_shift_of(g)
        return None if offset is None else r.date(When(month=month, year_offset=offset, modifier=modifier))
    if month is not None and g("shift"):  # "akhir Jun lalu", "awal Mac lepas"
        shift = r.unit_shift(g)
        return None if shift is None else r.date(When(month=month, shift=shift, modifier=modifier))
    return r.date(When(y, month, modifier=modifier))


_CURRENT_UNITS = frozenset({"week", "month", "quarter", "year"})
"""Units whose part with no shift is the current one's (``akhir tahun``); ``the end of the day`` is an idiom."""


PART = DateRule(
    "date.part",
    lambda v: (
        f"{v.part}(?:(?P<dec>(?:1[0-9]|20)\\d0|'?[1-9]0)(?:{OPT_SP}'?s|{any_case(v.data.decade_suffixes, end='')})"
        f"(?![\\p{{L}}])|{units_of_the(v, 'year')}(?P<y>{YEAR})"
        f"|{units_of_the(v, 'month')}(?P<month>{v.month})(?:{v.opt_comma}(?P<y>{YEAR}){year_shift_after(v)}"
        f"|{SP}{v.shift_after})?"
        f"|{the(v)}(?:{numbered_quarters(v)})"
        f"|{the(v)}{v.units}(?:{SP}{v.shift_after})?|{v.shift_before}{SP}{v.units})"
    ),
    _read_part,
    starts=lambda data: list(data.part_words),
)


# ---------------------------------------------------------------- dua hari lalu · three years ago · in two weeks
def _whole_count(m: regex.Match[str], r: Reader) -> tuple[Decimal, str] | None:
    """The whole count and the unit of an amount of time a day or longer (``dua hari``, ``sepekan``, ``the
    day``), half years in months (``1,5 tahun lalu``: 18 months); None for another fraction, a vague count or
    hours and minutes."""
    g = groups(m)
    unit = r.unit(g("unit")) if g("unit") else r.one_unit(g("oneunit"))
    count = r.amount(g("amount")) if g("amount") and not g("the") else Decimal(1)
    if unit == "year" and count is not None and count % 1 == Decimal("0.5") and count < 100:
        count, unit = count * 12, "month"  # (not "480,5 tahun lalu": a figure with a date after it)
    if unit is None or count is None or count != count.to_integral_value() or unit in _SMALL_UNITS:
        return None
    return count, unit


def comparison_before(text: str, start: int, data: LanguageData) -> bool:
    """Whether a superlative or an ordinal stands in the few words before ``start`` (``the highest in``,
    ``the third time in``, ``terendah dalam``)."""
    return any(w in data.superlatives or w in data.ordinal_words for w in words_before(text, start, 6))


def looked_back_over(r: Reader, start: int) -> bool:
    """Whether ``in four years`` at ``start`` is a stretch looked back over, not a date ahead: after a
    superlative or an ordinal (``the highest in four years``), in a clause that looks back (``prices rose 5% in
    a week``), or right after a figure in a clause that does not look ahead (``kill 23 in a week``); ``will open in
    a week``, ``wants to loan $10000 in 3 years`` are ahead."""
    if comparison_before(r.text, start, r.data):
        return True
    tense = r.tense(day=False)
    k = before_spaces(r.text, start)
    return tense == -1 or (tense is None and k > 0 and (r.text[k - 1].isdigit() or r.text[k - 1] == "%"))


def _read_relative_amount(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    g = groups(m)
    counted = _whole_count(m, r)
    if counted is None:
        return None  # "dua jam lalu": the day of writing, nothing to check
    count, unit = counted
    if g("amount") and (g("amount") or "").split()[0].lower() in r.data.scale_words:
        return None  # "Rp 2,88 triliun tahun lalu": the scale ends a sum of money; "million years ago"
    if g("aheadb") and looked_back_over(r, m.start(group)):
        return None  # "the highest in four years", "rose 5% in a week": a stretch looked back over (``duration.span``)
    if g("ahead") and set(words_before(r.text, m.start(group), 1)) & r.data.stretch_cues:
        return None  # "dalam tempoh empat tahun akan datang": the length of the stretch ahead, a duration
    sign = -1 if g("ago") else 1
    if g("unit3"):
        more, unit3 = number(g("amount3")), r.unit(g("unit3"))
        per = {"day": 1, "week": 7}
        if more is None or unit not in per or unit3 not in per:
            return None
        return r.date(When(unit="day", offset=sign * (int(count) * per[unit] + more * per[unit3])))
    return r.date(When(unit=unit, offset=sign * int(count)))


RELATIVE_AMOUNT = DateRule(
    "date.relative_amount",
    lambda v: (
        f"(?:{v.amount}{SP}{v.units}|{v.one_unit}|{v.digits_glued})"
        f"(?:{v.pair_and}(?P<amount3>\\d+){SP}(?P<unit3>(?i:{v.unit_words})){WORD_END})?{SP}(?:{v.ago}|{v.ahead})"
        f"|{v.ahead_before}(?:{v.amount}{SP}{v.units}|{v.one_unit}){v.not_after_span}"
        f"|{v.ago_before}(?:{v.amount}{SP}{v.units}|{v.one_unit}){v.ago_closing}"
    ),
    _read_relative_amount,
    starts=lambda data: [*counting_words(data), *data.one_unit_words, *data.ahead_before, *data.ago_before],
    digits=True, after=followers.units,
    counts=True,
)


def counting_words(data: LanguageData) -> list[str]:
    """Words that can open an amount of time: number words, articles and vague words (``several``)."""
    return [*data.digit_words, *data.tens_words, *data.hundred_words, *data.scale_words, *data.one_scale_words,
            *data.fraction_words, *data.article_words, *data.vague_amounts]


# ---------------------------------------------------------------- the highest in four years
def _read_span(m: regex.Match[str], group: str, r: Reader) -> DurationValue | None:
    ahead = previous_word(r.text, m.start(group))  # "in", the look behind of the pattern
    if ahead is None or not looked_back_over(r, ahead.start()):
        return None
    counted = _whole_count(m, r)
    if counted is None:
        return None
    count, unit = counted
    iso_text = duration_iso([(count, unit)])
    return None if iso_text is None else DurationValue(iso_text, count, unit, None)


SPAN = DateRule(
    "duration.span",
    lambda v: (
        f"(?<=(?i:{'|'.join(regex.escape(w) for w in v.data.ahead_before) or '(?!)'}){SP})"
        f"(?:{v.amount}{SP}{v.units}|{v.one_unit}){v.not_after_span}"
    ),
    _read_span,
    starts=lambda data: [*counting_words(data), *data.one_unit_words],
    digits=True, after=followers.units,
    counts=True,
)


# ---------------------------------------------------------------- next week Monday · Monday of last week
def _read_week_weekday(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    shift = r.unit_shift(groups(m))
    return None if shift is None else r.date(When(unit="week", offset=shift, weekday=r.weekday(m.group("wd"))))


WEEK_WEEKDAY = DateRule(
    "date.week_weekday",
    lambda v: (
        f"{v.shift_before}{SP}{v.week_units}(?:{OPT_SP}[\\-,]?{OPT_SP}(?:{any_case(v.data.day_month_cues)}{SP})?"
        f"|{SP})(?P<wd>{v.weekday})"
        f"|(?P<wd>{v.weekday}){SP}(?:{any_case(v.data.date_of_words)}{SP}{v.article})?{v.shift_before}{SP}"
        f"{v.week_units}"
    ),
    _read_week_weekday,
    starts=lambda data: [*data.shift_before, *data.weekdays],
)


# ---------------------------------------------------------------- over the past decade
def _read_past(m: regex.Match[str], group: str, r: Reader) -> DurationValue | None:
    unit = r.unit(m.group("unit"))
    if unit is None or unit in _SMALL_UNITS:
        return None
    iso_text = duration_iso([(Decimal(1), unit)])
    return None if iso_text is None else DurationValue(iso_text, Decimal(1), unit, None)


PAST = DateRule(
    "duration.past",
    lambda v: (f"(?<=(?i:{'|'.join(regex.escape(w) for w in v.data.definite_articles) or '(?!)'}){SP})"
               f"{any_case(v.data.stretch_words, end='')}{SP}{v.units}"),
    _read_past,
    starts=lambda data: list(data.stretch_words),
)


# ---------------------------------------------------------------- tahun lalu · minggu depan · last week
def _read_unit_shift(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    g = groups(m)
    unit, shift = r.unit(g("unit")), r.unit_shift(g)
    if unit is None or shift is None or unit in _SMALL_UNITS:
        return None
    return r.date(When(unit=unit, offset=shift))


UNIT_SHIFT = DateRule(
    "date.unit_shift",
    lambda v: f"{v.units}{SP}{v.shift_after}|{v.shift_before}{SP}{v.units}",
    _read_unit_shift,
    starts=lambda data: [*data.time_units, *data.shift_before],
)


# ---------------------------------------------------------------- kemarin · hari ini · besok · yesterday
def _read_relative_day(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    g = groups(m)
    days = r.data.relative_days.get(key(g("relday") or ""))
    if days is None:
        return None
    hour, minute, tz = r.clock(g)
    return r.date(When(unit="day", offset=days, hour=hour, minute=minute, tz=tz))


RELATIVE_DAY = DateRule(
    "date.relative_day",
    lambda v: f"{any_case(v.data.relative_days, 'relday')}{v.join_time}",
    _read_relative_day,
    starts=lambda data: list(data.relative_days),
)


# ---------------------------------------------------------------- Czech loni · Swedish i fjol
def _read_relative_period(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    period = r.data.relative_periods.get(key(m.group("relper") or ""))
    return None if period is None else r.date(When(unit=period[0], offset=period[1]))


RELATIVE_PERIOD = DateRule(
    "date.relative_period",
    lambda v: any_case(v.data.relative_periods, "relper"),
    _read_relative_period,
    starts=lambda data: list(data.relative_periods),
)


# ---------------------------------------------------------------- Senin · Senin lalu · next Monday
def _read_weekday(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    g = groups(m)
    wd, shift = r.weekday(g("wd")), r.shift(g)
    following = next_words(r.text, m.end(group), 1)
    if not shift and following and following[0].group()[:1].isupper() and r.month(following[0].group()) is None:
        return None  # "The Sunday Times", "Black Friday Sale": a name
    if (g("wd") or "").lower() in r.data.week_words_like_weekdays and g("shift") and not g("wkunit"):
        return None  # "Minggu ini" is this week: the unit rule reads it
    hour, minute, tz = r.clock(g)
    if g("wkunit"):
        return r.date(When(unit="week", offset=shift, weekday=wd, hour=hour, minute=minute, tz=tz))
    if shift == -1 and r.data.last_weekday_is_previous_week:
        return r.date(When(unit="week", offset=-1, weekday=wd, hour=hour, minute=minute, tz=tz))
    return r.date(When(weekday=wd, shift=shift, hour=hour, minute=minute, tz=tz))


WEEKDAY = DateRule(
    "date.weekday",
    lambda v: (f"(?:{v.shift_before}{SP})?(?P<wd>{v.weekday})"
               f"(?:{SP}{v.week_units}{SP}{v.shift_after}|{SP}{v.shift_after})?{v.join_time}"),
    _read_weekday,
    starts=lambda data: [*data.shift_before, *data.weekdays],
)


# ---------------------------------------------------------------- three days after 12 January · sepekan sebelum Lebaran
def _read_offset(m: regex.Match[str], group: str, r: Reader) -> Candidate | None:
    """The amount of time before a date it counts from; ``joins.join_offsets`` puts the two together."""
    g = groups(m)
    counted = _whole_count(m, r)
    direction = r.data.offset_words.get(key(g("dir") or ""))
    if counted is None or direction is None or counted[1] not in OFFSET_UNITS:
        return None
    count, unit = counted
    iso_text = duration_iso([(count, unit)])
    start, end = m.span(group)
    return None if iso_text is None else Candidate("offset", start, end, DurationValue(iso_text, direction * count,
                                                                                         unit, None), "date.offset")


OFFSET_UNITS = frozenset({"day", "week", "fortnight", "month", "year"})
OFFSET = DateRule(
    "date.offset",
    lambda v: (
        f"(?:(?P<the>{any_case(v.data.definite_articles, end='')}){SP}{v.units}|{v.amount}{SP}{v.units}|{v.one_unit})"
        f"{SP}{any_case(v.data.offset_words, 'dir')}"
        f"(?={SP}(?:\\p{{N}}|{v.month_lax}|{v.weekday}|{holiday_names(v.data)}))"
    ),
    _read_offset,
    starts=lambda data: [*counting_words(data), *data.one_unit_words,
                         *(f"{a} {u}" for a in data.definite_articles for u in data.time_units)],
    digits=True, after=followers.units,
    counts=True,
)
