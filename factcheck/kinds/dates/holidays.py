"""Holidays: the date a holiday's rule or table gives in a year (``factcheck.lang.holidays`` holds the tables of
the movable feasts and their sources), and the rule that reads a holiday's name (``date.holiday``): ``Natal``,
``Christmas Day 2023``, ``Paskah tahun lalu``, ``Lebaran``, ``Idul Fitri 1446 H``.
"""

from __future__ import annotations

import calendar
import datetime as dt

import regex

from factcheck.calendar import When
from factcheck.claims import DateValue
from factcheck.kinds.base import groups, next_words, previous_word, starts_sentence
from factcheck.kinds.dates.fragments import YEAR, Fragments, holiday_names
from factcheck.kinds.dates.reader import Reader, year
from factcheck.kinds.rule import Rule
from factcheck.lang.holidays import HIJRI_FIRST, MOVABLE
from factcheck.patterns import OPT_SP, SP, WORD_END, any_case

DateRule = Rule[Fragments, Reader]


_MONTHS3 = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                        "nov", "dec"), start=1)}
_DAYS3 = {d: i for i, d in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def _table(rule: str) -> tuple[dt.date, ...]:
    return MOVABLE.get(rule[1:], ()) if rule.startswith("@") else ()  # "@id-eid-al-fitr": its table's dates


def _covered(rule: str, first: int, last: int) -> bool:
    """Whether the holiday's date is known in every year from ``first`` to ``last``: always for a rule, for a
    table when it lists the holiday in each of them (``lunar-new-year`` skips the years calendars disagree)."""
    listed = {d.year for d in _table(rule)}
    return not rule.startswith("@") or all(y in listed for y in range(first, last + 1))


def holiday_date(rule: str, year: int) -> dt.date | None:
    """The date of a holiday in ``year`` from its rule (``12-25``, ``easter-2``, ``nov-thu-4``, ``may-mon-last``,
    ``nov-thu-4+1``) or its table (``@id-eid-al-fitr``); None when the table lacks the year or holds two
    occurrences in it (Idul Fitri on 8 January and 27 December 2000)."""
    if rule.startswith("@"):
        listed = [d for d in _table(rule) if d.year == year]
        return listed[0] if len(listed) == 1 else None
    if rule[:2].isdigit():
        month, day = int(rule[:2]), int(rule[3:5])
        return dt.date(year, month, day)
    if rule.startswith("easter"):
        return easter(year) + dt.timedelta(days=int(rule[6:] or 0))
    month_name, weekday_name, nth_text = rule.split("-", 2)
    nth_text, _, extra = nth_text.partition("+")
    month, weekday = _MONTHS3[month_name], _DAYS3[weekday_name]
    first = dt.date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    found = last - dt.timedelta(days=(last.weekday() - weekday) % 7) if nth_text == "last" else \
        first + dt.timedelta(days=offset + 7 * (int(nth_text) - 1))
    return found + dt.timedelta(days=int(extra or 0))


def holiday_in_hijri_year(rule: str, year: int) -> dt.date | None:
    """An Islamic feast of a Hijri year (``Idul Fitri 1446 H``) from its table; None beyond it."""
    dates, first = _table(rule), HIJRI_FIRST.get(rule[1:])
    return dates[year - first] if first is not None and 0 <= year - first < len(dates) else None


SOON = dt.timedelta(days=92)
"""How far ahead a holiday the text gives no tense for is the coming one: within a season of the reference date
(``menjelang Natal`` in early December, ``Lebaran`` a month before it), news means the next occurrence."""


def holiday_near(rule: str, ref: dt.date, shift: int | None, lean: int | None = None) -> dt.date | None:
    """The occurrence a text means: on or before ``ref`` by default, on or after it when it is near (``SOON``)
    and the clause does not look back, and for a feast of a table on or after it in a clause that looks ahead
    (``lean`` 1), however far; strictly before for ``last``, after for ``next``. A table's holiday resolves only
    while the table covers ``ref``'s year, the occurrence's and those between, so no missing year is skipped
    over."""
    years = (ref.year - 1, ref.year, ref.year + 1)
    if rule.startswith("@"):
        dates = [d for d in _table(rule) if d.year in years] if _covered(rule, ref.year, ref.year) else []
    else:
        dates = [d for d in (holiday_date(rule, y) for y in years) if d]
    if shift is not None and shift > 0:
        found = min((d for d in dates if d > ref), default=None)
    elif shift is not None and shift < 0:
        found = max((d for d in dates if d < ref), default=None)
    else:
        coming = min((d for d in dates if d >= ref), default=None)
        soon = coming is not None and coming - ref <= SOON and lean != -1
        if soon or (lean == 1 and rule.startswith("@")):
            found = coming
        else:
            found = max((d for d in dates if d <= ref), default=None)
    return found if found is None or _covered(rule, min(found.year, ref.year), max(found.year, ref.year)) else None


# ---------------------------------------------------------------- Natal · Christmas Day 2023 · Paskah tahun lalu
def _read_holiday(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    g = groups(m)
    holiday = r.data.holidays.get(" ".join((g("hol") or "").lower().split()))
    if holiday is None:
        return None
    following = next_words(r.text, m.end(group), 1)
    if not g("y") and not g("wkunit") and following and following[0].group()[:1].isupper() and \
            r.month(following[0].group()) is None:
        return None  # "Christmas Island", "the Good Friday Agreement": a name
    before = previous_word(r.text, m.start(group))
    if not g("shiftb") and before is not None and before.group()[:1].isupper() and \
            not starts_sentence(r.text, before.start()):
        return None  # "Pulau Natal", "Mandailing Natal": a name
    shift = r.year_shift(g("hshb"), before=True) if g("hshb") else r.unit_shift(g)
    y = year(g("y"), r.ref)
    if y is None and g("wkunit") and shift is not None:  # "Natal tahun depan": the holiday of next year
        on = holiday_date(holiday, r.ref.year + shift) if r.ref is not None else None
        return DateValue(None, on.isoformat() if on else None, True, "day")
    if y is not None:  # "Idul Fitri 2030" beyond the table: found, its day unknown
        on = holiday_in_hijri_year(holiday, y) if g("hijri") else holiday_date(holiday, y)
        return r.date(When(on.year, on.month, on.day)) if on else DateValue(None, None, False, "day")
    fixed = holiday[:2].isdigit()
    text_iso = f"XXXX-{holiday[:5]}" if fixed and shift is None else None
    # a feast of a table looks ahead in a clause that does ("akan … saat Lebaran"); a fixed day far ahead keeps
    # the reading of the Recognizers-Text specs, on or before the reference date ("The event starts on Christmas"
    # in August); any holiday near ahead is the coming one unless the clause looks back
    lean = r.tense(day=True) if shift is None else None
    near = holiday_near(holiday, r.ref, shift, lean) if r.ref is not None else None
    return DateValue(text_iso, near.isoformat() if near else None, shift is not None, "day")


HOLIDAY = DateRule(
    "date.holiday",
    lambda v: (
        f"(?:{v.shift_before}{SP})?(?P<hol>{holiday_names(v.data)}){WORD_END}"
        f"(?:{v.opt_comma}(?P<y>{YEAR})(?:{OPT_SP}{any_case(v.data.hijri_year_words, 'hijri')})?|{SP}{v.shift_after}"
        f"|{SP}(?P<wkunit>(?i:{v.year_units})){SP}{v.shift_after}"
        f"|{SP}{any_case(v.data.shift_before, 'hshb', end='')}{SP}(?P<wkunit>(?i:{v.year_units})){WORD_END})?"
    ),
    _read_holiday,
    starts=lambda data: [*data.shift_before, *data.holidays],
)
