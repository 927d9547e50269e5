"""Dates as the text states them, and as a reference date resolves them.

The finder (``factcheck.kinds.dates``) turns a span into a ``When``: the parts the text gives (year, month, day,
weekday, quarter, clock time) and how it places itself (``lalu``/``last`` → shift -1, ``dua hari lalu`` → two days
back). This module writes that ``When`` as EDTF at the precision the text gives, with ``X`` for what the text does
not say, and resolves it against a reference date without ever inventing a part the text lacks.
"""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

import attrs

from factcheck.numbers import exact

_GRANULARITY_ORDER = ("time", "day", "week", "month", "quarter", "half", "year", "decade", "century")


@attrs.define
class When:
    """What a date expression says, before any reference date. Never changed once built (``attrs.evolve`` makes
    another), yet not frozen: a frozen class of sixteen fields costs twice as much to build, once per date."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None
    unit: str | None = None
    """The unit a relative expression counts in: ``tahun lalu`` → year, ``dua hari lalu`` → day."""
    offset: int | None = None
    """Signed number of ``unit``s from the reference date: -2 for ``dua hari lalu``, 0 for ``tahun ini``."""
    shift: int | None = None
    """For a named month, weekday or quarter: -1 ``lalu``/``last``, 0 ``ini``/``this``, 1 ``depan``/``next``."""
    modifier: str | None = None
    year_offset: int | None = None
    """Years from the reference date's year for a month or day that names its year relatively: ``Agustus tahun
    lalu``, ``May this year``, ``March next year`` → -1, 0, 1."""
    lean: int | None = None
    """The tense of the clause, when the year (or week) is the reference date's to pick: 1 ahead, -1 back."""
    hour: int | None = None
    minute: int | None = None
    tz: str | None = None

    @property
    def granularity(self) -> str:
        if self.hour is not None and self.day is None and self.weekday is None and self.unit is None:
            return "time"
        if self.unit is not None and not (self.weekday is not None and self.unit in ("week", "fortnight")):
            return {"day": "day", "night": "day", "week": "week", "fortnight": "week", "month": "month",
                    "quarter": "quarter", "half": "half", "year": "year", "decade": "decade",
                    "century": "century"}.get(self.unit, "day")
        if self.day is not None or self.weekday is not None:
            return "day"
        if self.month is not None:
            return "month"
        if self.quarter is not None:
            return "quarter"
        if self.half is not None:
            return "half"
        if self.decade is not None:
            return "decade"
        return "year"

    @property
    def relative(self) -> bool:
        """Whether the text places the date relative to the day of writing (``kemarin``, ``September lalu``,
        ``Senin``); a date that only leaves a part out (``24 Februari``) is not relative, its ``iso`` shows the
        missing part as ``X``."""
        if self.unit is not None or self.shift is not None or self.year_offset is not None:
            return True
        return self.weekday is not None and (self.day is None or self.month is None)


@attrs.frozen
class Interval:
    start: When
    end: When


def _time_suffix(w: When) -> str:
    if w.hour is None:
        return ""
    out = f"T{w.hour:02d}:{(w.minute or 0):02d}"
    return out + (w.tz or "")


def _edtf(year: int | None, month: int | None = None, day: int | None = None) -> str:
    y = f"{year:04d}" if year is not None else "XXXX"
    if month is None:
        return y
    if day is None:
        return f"{y}-{month:02d}"
    return f"{y}-{month:02d}-{day:02d}"


def iso(w: When) -> str | None:
    """EDTF from the text alone; None when the text only places the date relative to the day of writing."""
    if w.unit is not None or w.shift is not None or w.year_offset is not None:
        return None
    if w.weekday is not None and (w.day is None or w.month is None):
        return None
    if w.decade is not None:
        return f"{w.decade // 10:03d}X"
    if w.quarter is not None:
        return f"{_edtf(w.year)}-Q{w.quarter}"
    if w.half is not None:
        return f"{_edtf(w.year)}-H{w.half}"
    if w.year is None and w.month is None and w.day is None:
        return _time_suffix(w) or None
    return _edtf(w.year, w.month, w.day) + _time_suffix(w)


def interval_iso(span: Interval) -> str | None:
    a, b = iso(span.start), iso(span.end)
    if a is None or b is None:
        return None
    return f"{a}/{b}"


# ------------------------------------------------------------------------------------------------ resolving


def add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


_DAYS_IN = {"day": 1, "week": 7, "fortnight": 14}


def shift_day(day: dt.date, amount: int, unit: str) -> dt.date:
    """``day`` moved by ``amount`` days, weeks, fortnights, months or years (a month end stays in its month:
    31 January plus a month is 28 or 29 February)."""
    if unit in _DAYS_IN:
        return day + dt.timedelta(days=amount * _DAYS_IN[unit])
    year, month = add_months(day.year, day.month, amount * (12 if unit == "year" else 1))
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _occurrence(ref: dt.date, month: int, day: int, weekday: int | None, lean: int | None) -> dt.date | None:
    """The month/day a text means: the next on or after ``ref`` in a clause that looks ahead or within a week ahead
    in one that says nothing, else the latest on or before it (news reports what has happened unless it says
    otherwise); with a weekday, the nearest year that agrees with it."""
    candidates = []
    for year in (ref.year, ref.year - 1, ref.year + 1, ref.year - 2):
        if day > calendar.monthrange(year, month)[1]:
            continue
        candidates.append(dt.date(year, month, day))
    if not candidates:
        return None
    if weekday is not None:
        agreeing = [c for c in candidates if c.weekday() == weekday]
        if agreeing:
            return min(agreeing, key=lambda c: abs((c - ref).days))
    past = [c for c in candidates if c <= ref]
    future = [c for c in candidates if c >= ref]
    if future and (lean == 1 or (lean is None and (min(future) - ref).days <= _DAYS_AHEAD)):
        return min(future)
    return max(past) if past else min(candidates)


_DAYS_AHEAD = 7
"""A day and month at most this many days after the reference date, in a clause that says nothing of its time,
is the coming one (``Correction, 14 February`` in an article of 13 February), not the one nearly a year ago."""


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def resolve(w: When, ref: dt.date | None) -> str | None:
    """EDTF with what ``ref`` supplies; None without a reference date (or when the text gives everything,
    the same as ``iso``)."""
    if ref is None:
        return None
    stated = iso(w)
    if stated is not None and "X" not in stated and not stated.startswith("T"):
        return stated
    suffix = _time_suffix(w)
    if w.year_offset is not None:
        if w.quarter is not None or w.half is not None:  # "kuartal III tahun lalu"
            return f"{ref.year + w.year_offset:04d}-" + (f"Q{w.quarter}" if w.quarter is not None else f"H{w.half}")
        return _edtf(ref.year + w.year_offset, w.month, w.day) + (suffix if w.day is not None else "")
    if w.unit is not None:
        offset = w.offset or 0
        if w.unit in ("day", "night"):
            return (ref + dt.timedelta(days=offset)).isoformat() + suffix
        if w.unit in ("week", "fortnight"):
            days = 7 * offset * (2 if w.unit == "fortnight" else 1)
            base = ref + dt.timedelta(days=days)
            if w.weekday is not None:
                monday = base - dt.timedelta(days=base.weekday())
                return (monday + dt.timedelta(days=w.weekday)).isoformat() + suffix
            return _week(base)
        if w.unit == "month":
            y, m = add_months(ref.year, ref.month, offset)
            return _edtf(y, m)
        if w.unit == "quarter":
            q_index = ref.year * 4 + (ref.month - 1) // 3 + offset
            return f"{q_index // 4:04d}-Q{q_index % 4 + 1}"
        if w.unit == "half":
            h_index = ref.year * 2 + (ref.month - 1) // 6 + offset
            return f"{h_index // 2:04d}-H{h_index % 2 + 1}"
        if w.unit == "year":
            return f"{ref.year + offset:04d}"
        if w.unit == "decade":
            return f"{(ref.year // 10 + offset):03d}X"
        if w.unit == "century":  # "a century ago": its unit's precision, as a decade's
            return f"{(ref.year // 100 + offset):02d}XX"
        if w.unit == "hour":
            moment = dt.datetime.combine(ref, dt.time()) + dt.timedelta(hours=offset)
            return moment.date().isoformat()
        return None
    if w.weekday is not None and w.day is not None and w.month is None:
        # "Sunday 31", "Mon 13th": the latest such day on or before the reference date, or the next one on or
        # after it where the clause looks ahead ("the rally is planned for Saturday the 21st")
        step = 1 if w.lean == 1 else -1
        for back in range(0, 430):
            day = ref + dt.timedelta(days=step * back)
            if day.day == w.day and day.weekday() == w.weekday:
                return day.isoformat() + suffix
        return None
    if w.weekday is not None and w.day is None:
        if w.shift is None and w.lean == 1:  # "the court will rule on Friday": the coming one
            return (ref + dt.timedelta(days=(w.weekday - ref.weekday()) % 7)).isoformat() + suffix
        if w.shift is None:
            back = (ref.weekday() - w.weekday) % 7
            return (ref - dt.timedelta(days=back)).isoformat() + suffix
        monday = ref - dt.timedelta(days=ref.weekday())
        if w.shift < 0:  # the most recent one before the reference date
            back = (ref.weekday() - w.weekday) % 7 or 7
            return (ref - dt.timedelta(days=back)).isoformat() + suffix
        if w.shift == 2:  # "this coming Friday": the next one after the reference date
            ahead = (w.weekday - ref.weekday()) % 7 or 7
            return (ref + dt.timedelta(days=ahead)).isoformat() + suffix
        return (monday + dt.timedelta(days=7 * w.shift + w.weekday)).isoformat() + suffix
    if w.quarter is not None and w.year is None:
        year = ref.year if w.shift in (None, 0) else ref.year + w.shift
        return f"{year:04d}-Q{w.quarter}"
    if w.half is not None and w.year is None:
        return f"{ref.year:04d}-H{w.half}"
    if w.month is not None and w.year is None:
        if w.day is not None:
            recent = _occurrence(ref, w.month, w.day, w.weekday, w.lean)
            return recent.isoformat() + suffix if recent else None
        if w.shift == -1:
            year = ref.year if w.month < ref.month else ref.year - 1
        elif w.shift == 1:
            year = ref.year if w.month > ref.month else ref.year + 1
        elif w.shift == 0:
            year = ref.year
        elif w.lean == 1:
            year = ref.year if w.month >= ref.month else ref.year + 1
        else:
            year = ref.year if w.month <= ref.month else ref.year - 1
        return _edtf(year, w.month)
    if w.year is None and w.hour is not None:
        return None  # a clock time alone: its day is in another sentence, or nowhere
    return stated


def resolve_interval(span: Interval, ref: dt.date | None) -> str | None:
    a, b = resolve(span.start, ref), resolve(span.end, ref)
    if a is None or b is None:
        return None
    return f"{a}/{b}"


# ------------------------------------------------------------------------------------------------ durations

_DESIGNATOR = {"year": ("Y", False), "month": ("M", False), "week": ("W", False), "day": ("D", False),
               "hour": ("H", True), "minute": ("M", True), "second": ("S", True)}
_IN_UNITS = {"decade": ("year", 10), "century": ("year", 100), "millennium": ("year", 1000),
             "fortnight": ("week", 2), "windu": ("year", 8), "night": ("day", 1), "quarter": ("month", 3),
             "half": ("month", 6)}
_EXACT_DOWN = {"year": ("month", 12), "week": ("day", 7), "day": ("hour", 24), "hour": ("minute", 60),
               "minute": ("second", 60)}
_ORDER = ("year", "month", "week", "day", "hour", "minute", "second")


def _base(amount: Decimal, unit: str) -> tuple[Decimal, str]:
    if unit in _IN_UNITS:
        target, factor = _IN_UNITS[unit]
        return amount * factor, target
    return amount, unit


def duration_iso(parts: list[tuple[Decimal, str]]) -> str | None:
    """ISO 8601 duration of ``parts`` (amount, unit), exact: a fraction moves one unit down when that makes it
    whole (``1,5 jam`` → PT90M), else stays a decimal (``3,2 hari`` → P3.2D); several parts add up in the
    smallest one when every step between them is exact."""
    if not parts:
        return None
    based = [_base(a, u) for a, u in parts]
    amount, unit = based[-1]
    if amount != amount.to_integral_value() and unit in _EXACT_DOWN:
        smaller, factor = _EXACT_DOWN[unit]
        if amount * factor == (amount * factor).to_integral_value():
            based[-1] = (amount * factor, smaller)  # 1.5 hours → PT90M; 13.6 weeks stays P13.6W
    if len(based) > 1:
        total, unit = based[0]
        ok = True
        for amount, next_unit in based[1:]:
            while unit != next_unit and unit in _EXACT_DOWN and _ORDER.index(unit) < _ORDER.index(next_unit):
                smaller, factor = _EXACT_DOWN[unit]
                if (unit == "day" and next_unit in ("hour", "minute", "second")) or unit != "day":
                    total, unit = total * factor, smaller
                else:
                    break
            if unit != next_unit:
                ok = False
                break
            total += amount
        if ok:
            based = [(total, unit)]
    if any(unit not in _DESIGNATOR for _, unit in based):
        return None
    date_part = ""
    time_part = ""
    for amount, unit in sorted(based, key=lambda p: _ORDER.index(p[1])):
        letter, is_time = _DESIGNATOR[unit]
        text = f"{exact(amount)}{letter}"
        if is_time:
            time_part += text
        else:
            date_part += text
    return "P" + date_part + ("T" + time_part if time_part else "")
