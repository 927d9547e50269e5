"""Comparing dates as the days they cover, and durations as lengths.

A date is the stretch of days its EDTF names: ``2023-09`` is 1–30 September 2023, ``2025-Q3`` July to September,
``199X`` the 1990s, ``19XX`` the years 1900–1999, ``awal 2024`` (modifier ``start``) the first third of 2024. A
reference inside the claim's stretch agrees with it ("September 2023" and 12 September 2023), one outside
contradicts it, and one wider than the claim cannot settle it. A date whose year the text did not state
(``XXXX-02-24``) is compared by month and day, and the reason says the year was not stated.

A duration is a length: ``dua hari`` is 48 hours. Months and years are not fixed lengths, so two lengths in
months and years compare in months (12 months is a year), two in weeks, days and hours compare in seconds, and a
mix compares as the days each could cover (a month is 28 to 31 days, a year 365 or 366).
"""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

import attrs
import regex

from factcheck.claims import Claim, DateValue, DurationValue
from factcheck.patterns import compile_pattern
from factcheck.verify.cover import Cover, figure
from factcheck.verify.reference import Reading
from factcheck.verify.verdict import CONSISTENT, INCONSISTENT, NOT_COMPARABLE, Comparison, fmt


@attrs.frozen
class Days:
    """A stretch of days, first to last inclusive, with the clock time when the text gave one (a single day)."""

    first: dt.date
    last: dt.date
    time: str | None = None

    def within(self, other: Days) -> bool:
        return other.first <= self.first and self.last <= other.last

    def meets(self, other: Days) -> bool:
        return self.first <= other.last and other.first <= self.last

    def __str__(self) -> str:
        if self.first == self.last:
            return self.first.isoformat() + (f" {self.time}" if self.time else "")
        return f"{self.first.isoformat()} to {self.last.isoformat()}"


@attrs.frozen
class Yearless:
    """Days of a month in a year the text does not state (``24 Februari`` → February, 24 to 24)."""

    month: int
    first_day: int
    last_day: int

    def __str__(self) -> str:
        name = calendar.month_name[self.month]
        days = f"{self.first_day}" if self.first_day == self.last_day else f"{self.first_day}-{self.last_day}"
        return f"{days} {name} (no year)" if (self.first_day, self.last_day) != (1, 31) else f"{name} (no year)"


_EDTF = compile_pattern(
    r"(?P<y>\d{4}|XXXX)(?:-(?P<m>\d\d)(?:-(?P<d>\d\d)(?P<t>T\d\d:\d\d(?:[+\-]\d\d:\d\d|Z)?)?)?"
    r"|-Q(?P<q>[1-4])|-H(?P<h>[12])|-W(?P<w>\d\d))?"
    r"|(?P<dec>\d{3})X|(?P<cent>\d\d)XX"
)


def days_of(edtf: str | None, modifier: str | None = None) -> Days | Yearless | None:
    """The days an EDTF date (or interval) covers; None for what names no days (a clock time alone)."""
    if not edtf:
        return None
    if "/" in edtf:
        first, _, last = edtf.partition("/")
        a, b = days_of(first), days_of(last)
        if isinstance(a, Days) and isinstance(b, Days) and a.first <= b.last:
            return Days(a.first, b.last)
        return None
    m = _EDTF.fullmatch(edtf)
    if m is None:
        return None
    found = _read(m)
    if isinstance(found, Days) and modifier in _THIRDS:
        found = _third(found, modifier)
    return found


def _read(m: regex.Match[str]) -> Days | Yearless | None:
    if m.group("dec"):
        start = int(m.group("dec")) * 10
        return Days(dt.date(start, 1, 1), dt.date(start + 9, 12, 31))
    if m.group("cent"):
        start = max(1, int(m.group("cent")) * 100)
        return Days(dt.date(start, 1, 1), dt.date(start + 99 - (start % 100), 12, 31))
    if m.group("y") == "XXXX":
        if not m.group("m"):
            return None
        month = int(m.group("m"))
        if m.group("d"):
            return Yearless(month, int(m.group("d")), int(m.group("d")))
        return Yearless(month, 1, 31)
    year = int(m.group("y"))
    if m.group("d"):
        day = dt.date(year, int(m.group("m")), int(m.group("d")))
        return Days(day, day, m.group("t")[1:] if m.group("t") else None)
    if m.group("m"):
        month = int(m.group("m"))
        return Days(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))
    if m.group("q"):
        first_month = 3 * int(m.group("q")) - 2
        return Days(dt.date(year, first_month, 1),
                    dt.date(year, first_month + 2, calendar.monthrange(year, first_month + 2)[1]))
    if m.group("h"):
        return Days(dt.date(year, 1, 1), dt.date(year, 6, 30)) if m.group("h") == "1" else \
            Days(dt.date(year, 7, 1), dt.date(year, 12, 31))
    if m.group("w"):
        monday = dt.date.fromisocalendar(year, int(m.group("w")), 1)
        return Days(monday, monday + dt.timedelta(days=6))
    return Days(dt.date(year, 1, 1), dt.date(year, 12, 31))


_THIRDS = {"start": 0, "mid": 1, "end": 2}


def _third(days: Days, modifier: str) -> Days:
    """``awal``/``early`` 2024 is the first third of 2024, ``pertengahan``/``mid`` the middle one, ``akhir``/
    ``late`` the last: a reading wide enough for how news uses them, and documented as such."""
    total = (days.last - days.first).days + 1
    size = total // 3
    start = days.first + dt.timedelta(days=size * _THIRDS[modifier])
    end = days.last if modifier == "end" else start + dt.timedelta(days=size - 1)
    return Days(start, end)


def compare_date(claim: Claim, reading: Reading) -> Comparison:
    value = claim.value
    assert isinstance(value, DateValue)
    if not isinstance(reading.value, DateValue):
        return Comparison(NOT_COMPARABLE, f"a date cannot be compared with a {reading.kind or 'number'}", claim,
                          reading.text)
    stated = value.resolved or value.iso
    if stated is None:
        return Comparison(NOT_COMPARABLE, f"{claim.text!r} is relative and was extracted without a reference "
                          "date: pass reference_date to extract_claims", claim, reading.text)
    mine = days_of(stated, value.modifier)
    theirs = days_of(reading.value.resolved or reading.value.iso, reading.value.modifier)
    if mine is None or theirs is None:
        what = claim.text if mine is None else reading.text
        return Comparison(NOT_COMPARABLE, f"{what!r} names no day to compare (a clock time alone)", claim,
                          reading.text)
    if isinstance(mine, Yearless) or isinstance(theirs, Yearless):
        return _without_year(claim, reading, mine, theirs)
    return _spans(claim, reading, mine, theirs)


def _spans(claim: Claim, reading: Reading, mine: Days, theirs: Days) -> Comparison:
    difference = Decimal((mine.first - theirs.first).days) if mine.first == mine.last and \
        theirs.first == theirs.last else None
    head = f"{claim.text!r} covers {mine}; the reference is {theirs}"
    if not theirs.meets(mine):
        verdict, why = INCONSISTENT, "outside"
    elif theirs.within(mine) and (mine.time is None or _same_time(mine.time, theirs.time)):
        verdict, why = CONSISTENT, "inside"
    elif theirs.within(mine) and theirs.time is not None:
        verdict, why = INCONSISTENT, f"the same day, but at {theirs.time}, not {mine.time}"
    elif theirs.within(mine):
        verdict, why = NOT_COMPARABLE, f"the same day, but the reference gives no time to check {mine.time} against"
    else:
        verdict, why = NOT_COMPARABLE, "the reference is wider than the claim and does not settle it"
    return Comparison(verdict, f"{head}: {why}", claim, reading.text, difference, None, "days" if difference is not
                      None else None)


def _same_time(claimed: str, given: str | None) -> bool:
    """Clock times to the minute; a zone counts only when both give one (``20:14+07:00`` is 13:14Z)."""
    if given is None:
        return False
    a, b = _minutes(claimed), _minutes(given)
    if a[1] is None or b[1] is None:
        return a[0] == b[0]
    return (a[0] - a[1]) % 1440 == (b[0] - b[1]) % 1440


def _minutes(clock: str) -> tuple[int, int | None]:
    """``20:14+07:00`` → (1214, 420): minutes of the day and the zone's offset in minutes (None: no zone)."""
    minutes = int(clock[0:2]) * 60 + int(clock[3:5])
    zone = clock[5:]
    if not zone:
        return minutes, None
    if zone == "Z":
        return minutes, 0
    sign = -1 if zone[0] == "-" else 1
    return minutes, sign * (int(zone[1:3]) * 60 + int(zone[4:6]))


def _without_year(claim: Claim, reading: Reading, mine: Days | Yearless, theirs: Days | Yearless) -> Comparison:
    """Month and day only: the year was not stated on one side."""
    wanted = _month_days(mine)
    given = _month_days(theirs)
    if wanted is None or given is None:
        return Comparison(NOT_COMPARABLE, "the reference spans more than a year: no month and day to compare",
                          claim, reading.text)
    head = f"{claim.text!r} covers {mine}; the reference is {theirs}"
    if given <= wanted:
        verdict, why = CONSISTENT, "the same month and day"
    elif not given & wanted:
        verdict, why = INCONSISTENT, "another month or day"
    else:
        verdict, why = NOT_COMPARABLE, "the reference is wider than the claim and does not settle it"
    return Comparison(verdict, f"{head}: {why}; the year was not stated", claim, reading.text)


def _month_days(span: Days | Yearless) -> frozenset[tuple[int, int]] | None:
    if isinstance(span, Yearless):
        return frozenset((span.month, d) for d in range(span.first_day, span.last_day + 1))
    if (span.last - span.first).days > 366:
        return None
    count = (span.last - span.first).days + 1
    return frozenset(((span.first + dt.timedelta(days=k)).month, (span.first + dt.timedelta(days=k)).day)
                     for k in range(count))


# ------------------------------------------------------------------------------------------------ durations

_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "night": 86400, "week": 604800,
            "fortnight": 1209600}
_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12, "windu": 96, "decade": 120, "century": 1200,
           "millennium": 12000}
_DAYS_IN = {"month": (28, 31), "year": (365, 366)}
_ISO_PART = compile_pattern(r"(?P<n>\d+(?:\.\d+)?)(?P<u>[YMWDHS])")
_ISO_UNITS = {("Y", False): "year", ("M", False): "month", ("W", False): "week", ("D", False): "day",
              ("H", True): "hour", ("M", True): "minute", ("S", True): "second"}


def _parts(value: DurationValue) -> list[tuple[Decimal, str]] | None:
    if value.amount is not None and value.unit is not None:
        return [(value.amount, value.unit)]
    if not value.iso or not value.iso.startswith("P"):
        return None
    date_part, _, time_part = value.iso[1:].partition("T")
    parts = [(Decimal(m.group("n")), _ISO_UNITS[(m.group("u"), False)]) for m in _ISO_PART.finditer(date_part)]
    parts += [(Decimal(m.group("n")), _ISO_UNITS[(m.group("u"), True)]) for m in _ISO_PART.finditer(time_part)]
    return parts or None


def _length(parts: list[tuple[Decimal, str]], scale: str) -> tuple[Decimal, Decimal] | None:
    """The shortest and longest the parts can be, counted in ``scale``: ``months``, ``seconds`` or ``days``."""
    low = high = Decimal(0)
    for amount, unit in parts:
        if scale == "months" and unit in _MONTHS:
            low += amount * _MONTHS[unit]
            high += amount * _MONTHS[unit]
        elif scale == "seconds" and unit in _SECONDS:
            low += amount * _SECONDS[unit]
            high += amount * _SECONDS[unit]
        elif scale == "days" and unit in _SECONDS:
            low += amount * _SECONDS[unit] / 86400
            high += amount * _SECONDS[unit] / 86400
        elif scale == "days" and unit in _MONTHS:
            months = amount * _MONTHS[unit]
            years, rest = divmod(months, 12)
            low += years * _DAYS_IN["year"][0] + rest * _DAYS_IN["month"][0]
            high += years * _DAYS_IN["year"][1] + rest * _DAYS_IN["month"][1]
        else:
            return None
    return low, high


def _scale(mine: list[tuple[Decimal, str]], theirs: list[tuple[Decimal, str]]) -> str:
    if all(u in _MONTHS for _, u in mine + theirs):
        return "months"
    if all(u in _SECONDS for _, u in mine + theirs):
        return "seconds"
    return "days"


def _cover(parts: list[tuple[Decimal, str]], value: DurationValue, scale: str, *, claim: bool) -> Cover | None:
    if len(parts) == 1:
        amount, unit = parts[0]
        stated = figure(amount, value.amount_max, value.comparator, value.nearly, plain_rounding=claim)
        one = _length([(Decimal(1), unit)], scale)
        if one is None:
            return None
        low = stated.low * one[0] if stated.low is not None else None
        high = stated.high * one[1] if stated.high is not None else None
        return Cover(low, high, stated.low_open, stated.high_open)
    span = _length(parts, scale)
    return Cover(span[0], span[1]) if span else None


def duration_days(value: DurationValue) -> Cover | None:
    """The lengths, in days, a duration claim covers (what ``find_conflicts`` groups durations by)."""
    parts = _parts(value)
    return _cover(parts, value, "days", claim=True) if parts else None


def compare_duration(claim: Claim, reading: Reading) -> Comparison:
    value = claim.value
    assert isinstance(value, DurationValue)
    if not isinstance(reading.value, DurationValue):
        return Comparison(NOT_COMPARABLE, f"a duration cannot be compared with a {reading.kind or 'number'}",
                          claim, reading.text)
    mine, theirs = _parts(value), _parts(reading.value)
    if mine is None or theirs is None:
        return Comparison(NOT_COMPARABLE, "a length that names no unit of time", claim, reading.text)
    scale = _scale(mine, theirs)
    covered = _cover(mine, value, scale, claim=True)
    stated = _cover(theirs, reading.value, scale, claim=False)
    if covered is None or stated is None:
        return Comparison(NOT_COMPARABLE, "a length that names no unit of time", claim, reading.text)
    if stated.within(covered):
        verdict, why = CONSISTENT, "inside"
    elif not stated.overlaps(covered):
        verdict, why = INCONSISTENT, "outside"
    else:
        verdict, why = NOT_COMPARABLE, "partly inside: months and years are not fixed lengths"
    shown, per = _shown_unit(mine, scale)
    covered = covered.map(lambda length: length / per) or covered
    stated = stated.map(lambda length: length / per) or stated
    head = f"{claim.text!r} covers {fmt(covered.low)} to {fmt(covered.high)} {shown}; the reference is " + (
        f"{fmt(stated.low)} {shown}" if stated.is_point else f"{fmt(stated.low)} to {fmt(stated.high)} {shown}")
    difference = None
    if stated.is_point and len(mine) == 1 and value.comparator is None and covered.low is not None and \
            covered.high is not None and stated.low is not None:
        difference = (covered.low + covered.high) / 2 - stated.low
    return Comparison(verdict, f"{head}: {why}", claim, reading.text, difference, None, shown, covered.low,
                      covered.high)


def _shown_unit(mine: list[tuple[Decimal, str]], scale: str) -> tuple[str, Decimal]:
    """Lengths in seconds are shown in the claim's own unit ("2 days", not "172,800 seconds") when it has one."""
    if scale == "seconds" and len(mine) == 1:
        unit = mine[0][1]
        return f"{unit}s", Decimal(_SECONDS[unit])
    return scale, Decimal(1)
