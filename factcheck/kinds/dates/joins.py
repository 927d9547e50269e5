"""Rules that join two date claims into one, after the single rules ran.

``date.interval``: two dates joined by ``hingga``/``to``/a dash, or by ``dan``/``and`` after ``antara``/``between``
(``Januari 2024 hingga Maret 2025`` → ``2024-01/2025-03``). ``date.day_and_time``: a clock time and its day
written apart (``pukul 05.45 WIB pada Rabu (27/8/2025)``, ``at about 11.40pm on 23 August``). Durations then
take the comparator before them (``lebih dari 20 tahun``).
"""

from __future__ import annotations

import datetime as dt
import re

from factcheck.calendar import shift_day
from factcheck.claims import DateValue, DurationValue
from factcheck.kinds.base import Candidate, previous_word
from factcheck.kinds.comparators import bounded
from factcheck.kinds.dates.reader import Reader
from factcheck.lang.base import LanguageData

INTERVAL = "date.interval"
DAY_AND_TIME = "date.day_and_time"
OFFSET = "date.offset"
"""The claim of an offset and its day; the offset rule itself is a date rule (``relative_dates.OFFSET``)."""
JOIN_RULES = (INTERVAL, DAY_AND_TIME)


def join_intervals(cands: list[Candidate], text: str, data: LanguageData, reader: Reader | None = None) \
        -> list[Candidate]:
    """Joins two dates into a span; with a ``reader`` holding a reference date, two yearless ones take one year
    as a span (``Reader.joined``), not each end its own."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if b is not None and a.kind == b.kind == "date" and _joinable(a, b, text, data):
            assert isinstance(a.value, DateValue) and isinstance(b.value, DateValue)
            a_iso, b_iso = _clock_pair(a.value.iso, b.value.iso)
            a_resolved, b_resolved = (_dated(end) for end in _clock_pair(a.value.resolved or _clock(a.value.iso),
                                                                         b.value.resolved or _clock(b.value.iso)))
            first_iso = _borrow_year(a_iso, b_iso)
            first_resolved = first_iso if first_iso and first_iso[:4].isdigit() and first_iso != a_iso \
                else _borrow_year(a_resolved, b_resolved)  # the year the text gives, not a guess
            last_resolved = _follow_year(a_iso, b_iso, first_resolved, b_resolved)
            if a.rule in _WEEKDAY_RULES and b.rule in _WEEKDAY_RULES:  # (a weekday with its time too)
                first_resolved, last_resolved = _one_week(a, b, text, data, first_resolved, last_resolved)
            span = reader.joined(a.start, a_iso, b_iso) if reader and a_iso and b_iso else None
            value = DateValue(
                f"{first_iso}/{b_iso}" if first_iso and b_iso else None,
                span or (f"{first_resolved}/{last_resolved}" if first_resolved and last_resolved else None),
                a.value.relative or b.value.relative,
                a.value.granularity if b.value.granularity == "time" else b.value.granularity,  # a day's hours
            )
            out.append(Candidate("date", a.start, b.end, value, INTERVAL))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def join_times(cands: list[Candidate], text: str, data: LanguageData) -> list[Candidate]:
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        pair = _time_and_day(a, b, text, data) if b is not None else None
        if pair is not None and b is not None:
            clock, day = pair
            iso_text = _on_day(day.iso, clock.iso)
            resolved = _on_day(day.resolved, clock.iso)
            out.append(Candidate("date", a.start, b.end, DateValue(iso_text, resolved, day.relative, day.granularity),
                                 DAY_AND_TIME))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _time_and_day(a: Candidate, b: Candidate, text: str, data: LanguageData) -> tuple[DateValue, DateValue] | None:
    first, second = a.value, b.value
    if not isinstance(first, DateValue) or not isinstance(second, DateValue) or b.start - a.end > 16:
        return None
    clock, day = (first, second) if first.granularity == "time" else (second, first)
    if clock.granularity != "time" or day.granularity != "day" or not clock.iso or \
            any(not end.startswith("T") for end in clock.iso.split("/")):
        return None  # (first: most neighbours are no time and a day, and the gap costs more to read)
    gap = " ".join(text[a.end:b.start].replace(",", " , ").split()).lower()
    if gap not in data.time_joiners and gap.lstrip(", ") not in data.time_joiners and \
            not ("/" in clock.iso and gap in data.interval_openers):  # "on Friday from 7am to 2pm"
        return None
    if "T" in (day.iso or day.resolved or "T") or "/" in (day.iso or day.resolved or ""):
        return None  # the day has its time already, or is an interval
    return clock, day


def _on_day(day: str | None, clock: str | None) -> str | None:
    """A day and its clock time (``T10:00``) or span of clock times (``T07:00/T14:00``: both ends on that day, or
    the end on the next day when it comes earlier, ``jam 10 malam hingga 6 pagi``)."""
    if not day or not clock:
        return None
    ends = clock.split("/")
    if len(ends) != 2 or ends[1][:6] >= ends[0][:6]:
        return "/".join(day + end for end in ends)
    after = _day_after(day)
    return f"{day}{ends[0]}/{after}{ends[1]}" if after else None


def _day_after(day: str) -> str | None:
    """The day after ``2024-07-12`` or a yearless ``XXXX-07-12``; None where a yearless one depends on the year
    (``XXXX-02-28``, ``XXXX-12-31``) or the text is no day."""
    if len(day) != 10 or day[4] != "-" or day[7] != "-":
        return None
    yearless = day.startswith("XXXX")
    if yearless and day[5:] == "02-28":
        return None
    try:
        moved = dt.date(2001 if yearless else int(day[:4]), int(day[5:7]), int(day[8:10])) + dt.timedelta(days=1)
    except ValueError:
        return None
    if yearless:
        return "XXXX" + moved.isoformat()[4:] if moved.year == 2001 else None
    return moved.isoformat()


_WEEKDAY_RULES = frozenset({"date.weekday", "date.week_weekday", DAY_AND_TIME})
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _one_week(a: Candidate, b: Candidate, text: str, data: LanguageData, first: str | None, last: str | None) \
        -> tuple[str | None, str | None]:
    """Two weekdays joined into a span fall within one week: a bare weekday takes the week of the other end when
    that one is placed (``Khamis hingga Ahad ini``, ``Monday to Friday last week``), else the end follows the start
    (``from Friday to Monday``, ``10 malam Jumaat hingga 6 pagi Isnin``). A time of the day stays with its end."""
    if not (first and last and _DAY.match(first) and _DAY.match(last)):
        return first, last
    bare_first, bare_last = _bare_weekday(text[a.start:a.end], data), _bare_weekday(text[b.start:b.end], data)
    if not (bare_first or bare_last):
        return first, last
    start, end = dt.date.fromisoformat(first[:10]), dt.date.fromisoformat(last[:10])
    if bare_first and not bare_last:
        start = end - dt.timedelta(days=(end.weekday() - start.weekday()) % 7)
    else:
        end = start + dt.timedelta(days=(end.weekday() - start.weekday()) % 7)
    return start.isoformat() + first[10:], end.isoformat() + last[10:]


def _bare_weekday(span: str, data: LanguageData) -> bool:
    """Whether a claim's words name a weekday with no shift (``Friday``, ``10 malam Jumaat``; not ``Ahad ini``)."""
    words = span.lower().replace(",", " ").split()
    return any(w in data.weekdays for w in words) and not any(
        w in data.shift_after or w in data.shift_before for w in words)


_ZONE = re.compile(r"(?:Z|[+-]\d\d:\d\d)$")
_CALENDAR = re.compile(r"\d{4}(?:-\d\d){0,2}")
"""A resolved month or day of the calendar (no week, no time)."""


def _clock(edtf: str | None) -> str | None:
    """A clock time alone (``T14:00+07:00``), which a span takes its day for; None for anything else."""
    return edtf if edtf and edtf.startswith("T") else None


def _dated(edtf: str | None) -> str | None:
    """A resolved end only with its day: a clock time alone resolves to nothing."""
    return None if edtf is None or edtf.startswith("T") else edtf


def _clock_pair(first: str | None, last: str | None) -> tuple[str | None, str | None]:
    """The two ends of a span of clock times share what is written once: the day before the first time
    (``Jumat (11/10) pukul 07.00 hingga 14.00 WIB``) or after the last (``8 pagi hingga 5 petang esok``), and the
    zone after the last (``07.00-14.00 WIB``)."""
    if not first or not last or "T" not in first or "T" not in last or "/" in first or "/" in last:
        return first, last
    zone = _ZONE.search(last)
    if zone is not None and _ZONE.search(first) is None:
        first += zone.group()
    at = first.index("T")
    if last.startswith("T") and at:  # the end on the start's day, or the next one when it comes earlier
        both = _on_day(first[:at], f"{first[at:]}/{last}")
        return first, both.split("/")[1] if both else None
    if not at and not last.startswith("T"):
        return last[:last.index("T")] + first, last
    return first, last


def _joinable(a: Candidate, b: Candidate, text: str, data: LanguageData) -> bool:
    assert isinstance(a.value, DateValue) and isinstance(b.value, DateValue)
    if b.start - a.end > 12:  # first what is cheapest and rules out most neighbours
        return False
    gap = text[a.end:b.start].strip().lower()
    joiner = gap in data.part_joiners
    if not (joiner or gap in ("-", "–", "—") or gap in data.interval_connectors):
        return False
    first, last = a.value, b.value
    if "/" in (first.iso or "") or "/" in (last.iso or "") or "/" in (first.resolved or "") or \
            "/" in (last.resolved or ""):
        return False
    if first.relative != last.relative and not (last.relative and (
            ((first.iso or "").startswith("T") and "T" in (last.resolved or ""))
            or ((first.iso or "").startswith("XXXX") and _CALENDAR.fullmatch(last.resolved or "")))) and not (
            first.relative and (last.iso or "").startswith("T") and first.granularity == "day"
            and "T" in (first.resolved or "")):
        return False  # only a yearless start takes the year of a relative end ("January to August 10 this year"),
        # a clock time alone the day of one ("8 pagi hingga 5 petang esok"), and a relative day placed with its
        # time gives its day to a clock time after it ("Friday, 9am to 5pm"; unplaced, its time is unknown)
    if joiner:
        prev = previous_word(text, a.start)
        return prev is not None and gap in data.interval_openers.get(prev.group().lower(), ())
    return True


def _borrow_year(first: str | None, second: str | None) -> str | None:
    """``1 Juli`` before ``3 Agustus 2024`` takes the later date's year; ``28 Desember`` before ``3 Januari
    2025`` the year before it."""
    if first and second and first.startswith("XXXX") and second[:4].isdigit():
        year_ = int(second[:4]) - (first[4:] > second[4:len(first)] and len(second) >= len(first))
        return f"{year_:04d}" + first[4:]
    return first


def _follow_year(first_iso: str | None, last_iso: str | None, first: str | None, last: str | None) -> str | None:
    """Two yearless days joined into a span end in the start's year, or the next when the end's day comes
    earlier in the year (``28 Desember hingga 3 Januari``): each resolved alone may lean to other years."""
    if not (first_iso and last_iso and first and last) or not (first_iso.startswith("XXXX-") and
                                                             last_iso.startswith("XXXX-")):
        return last
    if len(first) != 10 or len(last) != 10 or not first[:4].isdigit() or len(first_iso) != 10 or len(last_iso) != 10:
        return last
    year_ = int(first[:4]) + (last_iso[5:] < first_iso[5:])
    return f"{year_:04d}{last[4:]}"


def with_comparators(cands: list[Candidate], text: str, code: str) -> list[Candidate]:
    """Durations take the comparator before them: ``lebih dari 20 tahun``, ``more than two hours``."""
    return [bounded(c, text, code) if c.kind == "duration" else c for c in cands]


def join_offsets(cands: list[Candidate], text: str) -> list[Candidate]:
    """An amount of time and the day it counts from are one date: ``three days after 12 January`` →
    ``XXXX-01-15``. An offset with no day after it is dropped (``the day after`` of nothing)."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        i += 1
        if c.kind != "offset":
            out.append(c)
            continue
        day = cands[i] if i < len(cands) else None
        if day is None or day.kind != "date" or text[c.end:day.start].strip() or not isinstance(
                day.value, DateValue) or not isinstance(c.value, DurationValue):
            continue
        value = _shifted(day.value, c.value)
        out.append(Candidate("date", c.start, day.end, value, OFFSET) if value is not None else day)
        i += 1
    return out


def _shifted(day: DateValue, offset: DurationValue) -> DateValue | None:
    if day.granularity != "day" or offset.amount is None or offset.unit is None:
        return None
    iso_text = _shift_edtf(day.iso, int(offset.amount), offset.unit)
    resolved = _shift_edtf(day.resolved, int(offset.amount), offset.unit)
    if iso_text is None and resolved is None:
        return None
    return DateValue(iso_text, resolved, day.relative, "day")


def _shift_edtf(edtf: str | None, amount: int, unit: str) -> str | None:
    """``2025-01-12`` shifted by ``amount`` units; a yearless ``XXXX-01-12`` only while the year stays."""
    if not edtf or len(edtf) != 10 or edtf[4] != "-" or edtf[7] != "-":
        return None
    yearless = edtf.startswith("XXXX")
    try:
        base = dt.date(2001 if yearless else int(edtf[:4]), int(edtf[5:7]), int(edtf[8:10]))
    except ValueError:
        return None
    moved = shift_day(base, amount, unit)
    if yearless:
        return f"XXXX-{moved.month:02d}-{moved.day:02d}" if moved.year == base.year else None
    return moved.isoformat()
