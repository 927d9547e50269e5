"""Reading a date rule's match: its groups to numbers, words to their table values, parts to a claim's value.

Every rule's reader gets a ``Reader`` for the text being scanned; the reader knows the language's tables and
the reference date, and the ``When``/``DateValue`` helpers here turn the parts into EDTF through
``factcheck.calendar``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from functools import cache, lru_cache

import attrs
import regex

from factcheck.calendar import Interval, When, interval_iso, iso, resolve, resolve_interval
from factcheck.claims import DateValue
from factcheck.digits import VULGAR_FRACTIONS, ascii_digits, read_digits, vulgar
from factcheck.kinds.base import Candidate, previous_word
from factcheck.kinds.dates.fragments import day_words
from factcheck.lang.base import LanguageData
from factcheck.number_words import as_decimal
from factcheck.numbers import read_words
from factcheck.patterns import compile_pattern, group_numbers
from factcheck.scan import Scan
from factcheck.tense import tense_at

Groups = Callable[[str], "str | None"]
_DECIMAL = compile_pattern(r"\d+(?:[.,]\d+)?")
_LETTERS = compile_pattern(r"\p{L}+", scanning=True)
_YEARLESS = compile_pattern(r"XXXX-(\d\d)(?:-(\d\d))?")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


@cache
def _spelled_days(code: str) -> dict[str, int]:
    """The days written as words (``factcheck.kinds.dates.fragments.day_words``), each spelled as ``Reader.day``
    compares them (hyphens as spaces, one space); the first of two that compare alike wins."""
    out: dict[str, int] = {}
    for spelled, value in day_words(code).items():
        out.setdefault(" ".join(spelled.replace("-", " ").split()), value)
    return out


@lru_cache(maxsize=4096)
def key(word: str) -> str:
    """A word as the tables hold it: lower case, one space, no final period, a straight apostrophe (kept for the
    words last asked: a text names the same months, weekdays and units again and again)."""
    return " ".join(word.lower().rstrip(".").split()).replace("’", "'")


def number(text: str | None) -> int | None:
    """The digits of ``text`` as a number (any script's digits), None when there are none."""
    if text is None:
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    digits = "".join(ch for ch in text.translate(ascii_digits()) if ch.isdigit())
    return int(digits) if digits else None


def roman(text: str | None) -> int | None:
    return _ROMAN.get((text or "").lower())


def year(text: str | None, ref: dt.date | None) -> int | None:
    """A year as written; two digits (``'98``) take the century that puts them nearest the reference date."""
    if text is None:
        return None
    bare = text.strip("'’")
    if len(bare) == 2:
        two = int(bare)
        pivot = ((ref or dt.date.today()).year + 10) % 100
        return (2000 if two <= pivot else 1900) + two
    return int(bare)


def valid(year_: int | None, month: int | None, day: int | None) -> bool:
    """Whether the parts can name a real day (29 February needs a leap year only when the year is given)."""
    if month is None or not 1 <= month <= 12:
        return month is None and (day is None or 1 <= day <= 31)
    if day is None or 1 <= day <= 28:  # every month has 28 days
        return True
    return 1 <= day <= calendar.monthrange(year_ if year_ is not None else 2000, month)[1]


def words_before(text: str, pos: int, count: int) -> list[str]:
    """Up to ``count`` lower-cased words before ``pos``, nearest first, within the sentence."""
    out: list[str] = []
    while len(out) < count:
        prev = previous_word(text, pos)
        if prev is None:
            break
        out.append(prev.group().lower())
        pos = prev.start()
    return out


class Reader:
    """Reads the groups of one match into a claim."""

    def __init__(self, text: str, data: LanguageData, ref: dt.date | None, read: Scan) -> None:
        self.text = text
        self.data = data
        self.ref = ref
        self.read = read
        """The text's scan: its layout holds the clause ends the tense reads."""
        self.at = 0
        """Where the match being read starts: the tense around it picks the year of a yearless date."""
        self.extra: list[Candidate] = []
        """The members after the first of a list the last reading found (``factcheck.kinds.dates.lists``)."""

    def leaning(self, w: When) -> When:
        """``w`` with the tense of its clause, when the reference date must pick its year (or its week)."""
        if self.ref is None or w.year is not None or w.unit is not None or w.shift is not None:
            return w
        if w.month is None and w.weekday is None:
            return w
        day = w.day is not None or w.weekday is not None
        return attrs.evolve(w, lean=self.tense(day=day))

    def tense(self, *, day: bool) -> int | None:
        """The tense of the clause around the match being read (``factcheck.tense``)."""
        return tense_at(self.read.layout(), self.at, self.data, day=day)

    def month(self, word: str | None) -> int | None:
        return self.data.months.get(key(word)) if word else None

    def weekday(self, word: str | None) -> int | None:
        return self.data.weekdays.get(key(word)) if word else None

    def unit(self, word: str | None) -> str | None:
        return self.data.time_units.get(key(word)) if word else None

    def one_unit(self, word: str | None) -> str | None:
        return self.data.one_unit_words.get(key(word)) if word else None

    def day(self, g: Groups, name: str = "d") -> int | None:
        """The day of the month in group ``name``, written in digits or as an ordinal word."""
        text = g(name)
        if text is None:
            return None
        if text.isascii() and text.isdigit():
            return int(text)
        found = _spelled_days(self.data.code).get(" ".join(text.lower().replace("-", " ").split()))
        return found if found is not None else number(text)

    def day_month(self, a: int, b: int) -> tuple[int, int]:
        """Numeric day and month in the language's order, swapped when only the other order is valid."""
        return (b, a) if self.data.numeric_date_order == "mdy" and a <= 12 else (a, b)

    def shift(self, g: Groups) -> int | None:
        if g("shift"):
            return self.data.shift_after.get(key(g("shift") or ""))
        if g("shiftb"):
            return self.data.shift_before.get(key(g("shiftb") or ""))
        return None

    def unit_shift(self, g: Groups) -> int | None:
        """A shift for a unit or a month: "this coming" and "this past" are just next and last."""
        shift = self.shift(g)
        return None if shift is None else max(-1, min(1, shift))

    def year_shift(self, word: str | None, before: bool) -> int | None:
        """``tahun lalu`` → -1, ``this year`` → 0: a shift of one year at most, or None."""
        table = self.data.shift_before if before else self.data.shift_after
        offset = table.get(key(word or "")) if word else None
        return offset if offset is not None and abs(offset) <= 1 else None

    def year_shift_of(self, g: Groups) -> int | None:
        """The year shift a match read after a month, in groups ``yshb``/``ysha`` (``fragments.year_shift``)."""
        return self.year_shift(g("yshb"), before=True) if g("yshb") else self.year_shift(g("ysha"), before=False)

    def clock(self, g: Groups) -> tuple[int | None, int | None, str | None]:
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
        """The count of an amount of time: digits, a fraction, number words or an article; None when vague."""
        if text is None:
            return None
        low = key(text)
        if low in self.data.article_words:
            return Decimal(1)
        if low in self.data.vague_amounts:
            return None
        ascii_text = text.translate(ascii_digits())
        if "/" in ascii_text:
            top, _, bottom = ascii_text.partition("/")
            if not (top.isdigit() and bottom.isdigit()) or int(bottom) == 0:
                return None
            value = Decimal(top) / Decimal(bottom)
            return value if value == value.quantize(Decimal("0.0001")) else None  # 1/2, 3/4: exact only
        last = ascii_text[-1:]
        part = as_decimal(vulgar(last)) if last and last in VULGAR_FRACTIONS else Decimal(0)
        if part:
            ascii_text = ascii_text[:-1]
            if not ascii_text:
                return part
        if _DECIMAL.fullmatch(ascii_text):
            digits = read_digits(ascii_text, self.data)  # "2,5 tahun", "1.500 tahun", "1,500 years"
            return None if digits is None else digits[0] + part
        words = _LETTERS.findall(text)
        read = read_words(words, self.data.code)
        if read is None or read[1] != len(words):
            return None
        return read[0]

    def fraction(self, text: str | None) -> Decimal:
        """``a half`` → 0.5, ``three quarters`` → 0.75, ``seperempat`` → 0.25."""
        return self.data.time_fractions.get(key(text or ""), Decimal(0))

    def date(self, w: When) -> DateValue:
        return DateValue(iso(w), resolve(self.leaning(w), self.ref), w.relative, w.granularity, w.modifier)

    def interval(self, start: When, finish: When) -> DateValue:
        start, finish = self.leaning(start), self.leaning(finish)
        if start.year is None and finish.year is not None:  # "November to February 2024": the November before
            wraps = start.month is not None and finish.month is not None and \
                (start.month, start.day or 0) > (finish.month, finish.day or 0)
            start = attrs.evolve(start, year=finish.year - wraps)
        if start.month is None and finish.month is not None and start.day is not None:
            start = attrs.evolve(start, month=finish.month)
        span = Interval(start, finish)
        resolved = self._one_year(start, finish) or resolve_interval(span, self.ref)
        return DateValue(interval_iso(span), resolved, start.relative or finish.relative, finish.granularity)

    def joined(self, at: int, first: str, last: str) -> str | None:
        """The resolved span of two yearless dates a join made one (``dari 15 Mac hingga 5 April``): read as
        one span, with the tense of the clause at ``at``, where the first starts (``_one_year``)."""
        a, b = _YEARLESS.fullmatch(first), _YEARLESS.fullmatch(last)
        if a is None or b is None or (a.group(2) is None) != (b.group(2) is None):
            return None
        day = a.group(2) is not None
        self.at = at
        lean = self.tense(day=day)
        start = When(month=int(a.group(1)), day=int(a.group(2)) if day else None, lean=lean)
        finish = When(month=int(b.group(1)), day=int(b.group(2)) if day else None)
        return self._one_year(start, finish)

    def _one_year(self, start: When, finish: When) -> str | None:
        """A yearless span of months or days resolved as one, ``finish`` in the year after ``start`` where it
        wraps (``28 Desember-3 Januari``, ``November to February``): the span that holds the reference date
        (``4 hingga 9 Juni`` written on 7 June), else the next one where the clause looks ahead, the last where it
        looks back, and the nearer of the two where it says nothing. Each end resolved alone may lean to a
        different year (``2024-10/2023-12``)."""
        ref = self.ref
        if ref is None or start.month is None or finish.month is None or (start.day is None) != (finish.day is None) \
                or any(w.year is not None or w.year_offset is not None or w.unit is not None or w.weekday is not None
                       for w in (start, finish)):
            return None
        wraps = int((finish.month, finish.day or 0) < (start.month, start.day or 0))
        spans: list[tuple[int, dt.date, dt.date]] = []
        for y in (ref.year - 1 - wraps, ref.year - wraps, ref.year):
            bounds = _bounds(y, start, y + wraps, finish)
            if bounds is not None:
                spans.append((y, *bounds))
        if not spans:
            return None
        lean = start.lean  # the end's is the connector's own (``hingga``, ``until``: a deadline's cue)
        holding = [y for y, a, b in spans if a <= ref <= b]
        ahead = min(((a - ref).days, y) for y, a, _ in spans if a > ref) if spans[-1][1] > ref else None
        back = min(((ref - b).days, y) for y, _, b in spans if b < ref) if spans[0][2] < ref else None
        if holding:
            chosen = holding[0]
        elif ahead is not None and (back is None or lean == 1 or (lean is None and ahead[0] < back[0])):
            chosen = ahead[1]
        elif back is not None:
            chosen = back[1]
        else:
            return None
        return resolve_interval(Interval(attrs.evolve(start, year=chosen), attrs.evolve(finish, year=chosen + wraps)),
                                ref)


def _bounds(year: int, start: When, end_year: int, finish: When) -> tuple[dt.date, dt.date] | None:
    """The first day of ``start`` and the last of ``finish`` in the years given; None for a day no year has."""
    assert start.month is not None and finish.month is not None
    first_day = start.day or 1
    last_day = finish.day or calendar.monthrange(end_year, finish.month)[1]
    if not (valid(year, start.month, first_day) and valid(end_year, finish.month, last_day)):
        return None
    return dt.date(year, start.month, first_day), dt.date(end_year, finish.month, last_day)


def claim(m: regex.Match[str], group: str, rule: str, value: DateValue) -> Candidate:
    """A date claim over the span of the rule's group."""
    start, end = m.span(group_numbers(m.re)[group])
    return Candidate("date", start, end, value, rule)
