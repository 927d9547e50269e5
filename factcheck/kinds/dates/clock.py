"""The rule for a clock time: ``pukul 14.00 WIB``, ``at 3 p.m.``, ``10:30``, a bare hour before a relative day that
opens with a part of the day (``8 pagi ini``), and a bare hour and its part of the day at an end of a span of hours
(``8 pagi hingga 5 petang``) or before a weekday (``10 malam Jumaat``). A clock time and its day written apart are
joined afterwards (``joins``)."""

from __future__ import annotations

import regex

from factcheck.calendar import When
from factcheck.claims import DateValue
from factcheck.kinds.base import groups
from factcheck.kinds.dates import followers
from factcheck.kinds.dates.fragments import Fragments, parted_days, worded_periods
from factcheck.kinds.dates.reader import Reader, key
from factcheck.kinds.rule import Rule
from factcheck.patterns import DASH, SP, any_case

DateRule = Rule[Fragments, Reader]


# ---------------------------------------------------------------- pukul 14.00 WIB · at 3 p.m. · 10:30
_HOUR = r"(?<![\p{N}.,:])(?P<hh>1[0-2]|0?[1-9])(?![\p{N}]|[.:,]\p{N})"


def _hour_of_day(v: Fragments) -> str:
    """A bare hour before a relative day that opens with a part of the day: ``8 pagi ini``, ``3 petang
    semalam`` (an hour of that part of that day); and a bare hour and its part of the day at either end of a span
    of hours: ``8 pagi hingga 5 petang``, ``jam 7 pagi hingga 2 petang``, or before a weekday: ``10 malam Jumaat``.
    ``8 malam`` alone may count nights."""
    data = v.data
    parted = parted_days(data)
    worded = worded_periods(data)
    alternatives = [f"{_HOUR}{SP}{any_case(parted, 'relday')}"] if parted else []
    if worded:
        period = any_case(worded)
        words = any_case(c for c in data.interval_connectors if c[:1].isalpha())
        # no possessive spaces: the lookbehind reads them backwards
        joined = rf"(?:[ \u00a0]{{1,3}}{words}[ \u00a0]{{1,3}}|[ \u00a0]{{0,3}}{DASH}[ \u00a0]{{0,3}})"
        clock_word = f"(?:{any_case(data.clock_words, end='')}{SP})?"
        hour_period = f"{_HOUR}{SP}{any_case(worded, 'ampm')}"
        alternatives.append(f"(?<={period}{joined}){hour_period}")  # "… hingga 5 petang"
        alternatives.append(f"{hour_period}(?={joined}{clock_word}(?:1[0-2]|0?[1-9]){SP}{period})")  # "8 pagi hingga …"
        alternatives.append(f"{hour_period}(?={SP}{v.weekday})")  # "10 malam Jumaat": an hour of that day
    return "|".join(alternatives) or "(?!)"


def _read_time(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    g = groups(m)
    if g("relday"):
        days = r.data.relative_days.get(key(g("relday") or ""))
        period = r.data.day_periods.get((g("relday") or "").split()[0].lower())
        at = int(g("hh") or 0)
        if days is None or period is None:
            return None
        at = at + 12 if period == "pm" and at < 12 else 0 if period == "am" and at == 12 else at
        return r.date(When(unit="day", offset=days, hour=at, minute=int(g("mm") or 0)))
    if g("mm") is None and not (g("ampm") or g("tz") or g("clockw")):
        return None
    if g("clockw") and key(g("clockw") or "") not in r.data.clock_words_alone and not (
            g("ampm") or g("tz") or ":" in m.group(group)):
        return None  # "by 10", "around 5": a clock time only with am/pm, a zone or a colon
    hour, minute, tz = r.clock(g)
    return r.date(When(hour=hour, minute=minute, tz=tz))


TIME = DateRule("date.time", lambda v: f"(?:{v.clock}|{_hour_of_day(v)})", _read_time,
                starts=lambda data: list(data.clock_words), digits=True,
                after=followers.time_after)


__all__ = ["TIME"]
