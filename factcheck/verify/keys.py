"""What a figure is about: the key that puts "12 orang tewas" and "15 people killed" in one group.

A grouping key names the same thing measured, and leaves out the figure and who reported it:

- ``kind`` and ``dimension``: a count, a length, money in rupiah, a percentage change, a date, a duration;
- ``subject``: what is counted (``orang``, ``warga``, ``people`` → person; ``rumah``, ``homes`` → house), or what a
  percentage is a share of;
- ``measure``: what happened to it or what the figure measures, nearest the figure in its sentence (``tewas``,
  ``killed``, ``death toll`` → dead; ``terendam`` → flooded; ``inflasi`` → inflation; ``rugi bersih`` → loss);
  for a date or a duration, the event it dates (``gempa`` → earthquake);
- ``period``: the date the figure is for: a date written right after it (``2,1 persen pada Januari``,
  ``12 orang hingga Selasa``), else the last date the paragraph established before it, else a date later in its
  sentence, else the day the document was written;
- ``forecast`` and ``extreme``: an expectation (``expected``, ``target``) or the extreme of a set (``tertinggi
  di Papua``) is another figure than the outcome itself.

Besides the key, each figure carries soft facets, compared only when both sides state them: the ``place``
(``di Kota Bekasi``), the ``event`` (a flood, a landslide) and ``qualifiers`` (annual, monthly, core). The words
are language data (``measure_words``, ``event_words``, ``noun_concepts`` … in ``factcheck/lang``), mapped to
concepts every language shares, so an Indonesian and an English report of one figure meet.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

import attrs
import regex

from factcheck import lang as languages
from factcheck.claims import Claim, DateValue, MoneyValue, PercentValue, QuantityValue
from factcheck.kinds.base import verb_like
from factcheck.lang.base import LanguageData
from factcheck.patterns import WORD_END, WORD_START, compile_pattern, trie
from factcheck.verify.units import dimension
from factcheck.verify.window import (
    WORD,
    clause,
    increment,
    nearest,
    place,
    plain_words,
    within,
)

PERSON_MEASURES = frozenset({"dead", "injured", "missing", "evacuated", "affected", "arrested", "suspects"})
"""Measures that count people whatever noun the text uses (``the death toll rose to 62``)."""
_KEYED = frozenset({"quantity", "percent", "money", "date", "duration"})
_BINDS = 4
"""Words at most between a figure and the date written after it for the date to be the figure's period."""
_EVENT_REACH = 20
"""Words read on either side of a figure for the event it belongs to (``Floods in … Bekasi … have killed 12``)."""


@attrs.frozen
class GroupKey:
    """The same thing measured (see the module's docstring)."""

    kind: str
    dimension: str
    subject: str | None
    measure: str | None
    period: str | None
    restriction: str | None = None
    """Words that narrow what is measured, as written: ``sales at its data center unit`` → ``data center
    unit``."""
    forecast: bool = False
    extreme: bool = False
    increment: bool = False
    """``four more bodies``, ``empat jasad lagi``: an addition to a count, not the count."""

    def __str__(self) -> str:
        flags = " ".join(name for name, on in (("forecast", self.forecast), ("extreme", self.extreme),
                                              ("increment", self.increment)) if on)
        return " | ".join(p or "-" for p in (self.kind, self.dimension, self.subject, self.measure, self.period,
                                              self.restriction, flags or None))


@attrs.frozen
class Facets:
    """What two figures of one key must not contradict to be compared: each is None when the text is silent."""

    place: str | None = None
    event: str | None = None
    qualifiers: frozenset[str] | None = None

    def values(self) -> tuple[object, ...]:
        return (self.place, self.event, self.qualifiers)


@attrs.frozen
class _Words:
    data: LanguageData
    measures: regex.Pattern[str]
    events: regex.Pattern[str]
    qualifiers: regex.Pattern[str]
    plain: frozenset[str]
    """Words that never restrict what is measured: function words, verbs of change and report, comparators,
    qualifiers, the table words themselves."""


@cache
def _words(code: str) -> _Words:
    data = languages.get(code)

    def pattern(table: object) -> regex.Pattern[str]:
        words = list(table) if table else []  # type: ignore[call-overload]
        return compile_pattern(f"{WORD_START}(?i:{trie(words)}){WORD_END}", scanning=True) if words else \
            compile_pattern("(?!)", scanning=True)

    plain: set[str] = set(data.noun_stopwords | data.function_words | data.share_stopwords | data.change_words
                          | data.difference_words | data.forecast_words | data.extreme_words | data.measure_nouns
                          | data.report_verbs | data.hedges | data.year_words | data.speaker_stopwords)
    for table in (data.comparators_before, data.comparators_after, data.measure_words, data.event_words,
                  data.noun_concepts, data.qualifier_words, data.time_units):
        for phrase in table:
            plain.update(phrase.lower().split())
    return _Words(data, pattern(data.measure_words), pattern(data.event_words), pattern(data.qualifier_words),
                  frozenset(plain))


class KeyReader:
    """The keys of the claims of one document. What every key needs from the document (which date belongs to
    which figure, where each figure's neighbours stand) is found once, so a document costs time in proportion to
    its claims."""

    def __init__(self, text: str, claims: Sequence[Claim], reference_date: dt.date | None = None,
                 *, rates: bool = False) -> None:
        self.text = text
        self.reference_date = reference_date
        self.rates = rates
        ordered = sorted(claims, key=lambda c: c.start)
        self.dates = [c for c in ordered if c.kind == "date"]
        self.date_starts = [d.start for d in self.dates]
        self.figures = [c for c in ordered if c.kind in _KEYED and c.kind != "date"]
        self.figure_starts = [f.start for f in self.figures]
        self.bound, self.used = self._bind()
        self.measures: dict[int, str | None] = {}

    def describe(self, claim: Claim) -> tuple[GroupKey, Facets] | None:
        """The grouping key and facets of ``claim``; None when the text does not say what it is about. With
        ``rates``, money in any currency shares a key (the comparison converts it)."""
        if claim.kind not in _KEYED or (claim.kind == "date" and (not _a_day(claim, self.text)
                                                                 or id(claim) in self.used)):
            return None  # a date conflict is one event put on two days: months, seasons, datelines, and the
            # dates figures are given for ("12 orang hingga Selasa"), are not
        words = _words(claim.lang)
        data = words.data
        text = self.text
        lo, hi = self._window(claim)
        timed = claim.kind in ("date", "duration")
        dated = claim.kind == "date"
        found = within(text, claim, words.measures) or nearest(
            text, claim, lo, hi, words.events if dated else words.measures, data, before_first=dated)
        if found is None and claim.kind == "duration":
            found = nearest(text, claim, lo, hi, words.events, data)
        measure = (data.measure_words.get(found[0]) or data.event_words.get(found[0])) if found else None
        if measure is None and not timed:
            measure = self._partner_measure(claim)  # "naik dari 2,1 persen … menjadi 2,48 persen"
        subject = _subject(claim, data)
        if subject is None and measure in PERSON_MEASURES:
            subject = "person"
        if measure is None and (claim.kind != "percent" or subject is None):
            return None  # nothing says what the figure measures: too common to group ("54 kapal", "12 orang")
        self.measures[id(claim)] = measure
        qualified = clause(text, claim, lo, hi)
        near = {w.lower() for w in plain_words(text, *qualified)}
        restriction = _restriction(text, claim, found, words, self.dates) \
            if found and found[2] <= claim.start and not timed else None
        key = GroupKey(claim.kind, _dimension(claim, self.rates), subject, measure,
                       None if claim.kind == "date" else self._period(claim), restriction,
                       forecast=bool(near & data.forecast_words), extreme=bool(near & data.extreme_words),
                       increment=increment(text, claim, data))
        qualifiers = frozenset(data.qualifier_words[m.group().lower()]
                               for m in words.qualifiers.finditer(text, *qualified)
                               if m.group().lower() in data.qualifier_words)
        event = nearest(text, claim, lo, hi, words.events, data, after=_EVENT_REACH, before=_EVENT_REACH)
        named = place(text, claim, (claim.sentence.start, claim.sentence.end), data)
        return key, Facets(named, data.event_words.get(event[0]) if event and not timed else None,
                           qualifiers or None)

    def _partner_measure(self, claim: Claim) -> str | None:
        """The measure of the figure of the same kind just before ``claim`` in its sentence: the other end of
        ``dari X menjadi Y``, ``from X to Y``."""
        k = bisect_left(self.figure_starts, claim.start) - 1
        if k < 0:
            return None
        partner = self.figures[k]
        if partner.kind != claim.kind or partner.sentence != claim.sentence:
            return None
        return self.measures.get(id(partner))

    def _window(self, claim: Claim) -> tuple[int, int]:
        """The stretch of the sentence around ``claim`` that no other figure's words reach into (a date's event
        may stand before a figure: ``gempa bermagnitudo 6,2 … pada Senin``)."""
        lo, hi = claim.sentence.start, claim.sentence.end
        if claim.kind == "date":
            return lo, hi
        k = bisect_left(self.figure_starts, claim.start)
        if k > 0 and self.figures[k - 1].end <= claim.start:
            lo = max(lo, self.figures[k - 1].end)
        for other in self.figures[k:k + 2]:
            if other is not claim and other.start >= claim.end:
                hi = min(hi, other.start)
                break
        return lo, hi

    def _bind(self) -> tuple[dict[int, str | None], set[int]]:
        """Each figure with a date written right after it (``2,1 persen pada Januari``, ``12 orang hingga
        Selasa``): figure id → that date's day, and the ids of the dates so taken."""
        bound: dict[int, str | None] = {}
        used: set[int] = set()
        ends = [f.end for f in self.figures]
        for date in self.dates:
            k = bisect_left(ends, date.start + 1) - 1
            if k < 0:
                continue
            figure = self.figures[k]
            if figure.sentence != date.sentence or id(figure) in bound:
                continue
            if len(WORD.findall(self.text, figure.end, date.start)) > _BINDS:
                continue
            bound[id(figure)] = _day(date)
            used.add(id(date))
            if k > 0 and self.text[self.figures[k - 1].end:figure.start].strip() == "(":
                bound.setdefault(id(self.figures[k - 1]), _day(date))  # "Rp 850 miliar ($52 million) for 2024"
        return bound, used

    def _period(self, claim: Claim) -> str | None:
        """The date a figure is for (see the module's docstring), as EDTF to the day."""
        if id(claim) in self.bound:
            return self.bound[id(claim)]
        paragraph = claim.paragraph or claim.sentence
        k = bisect_left(self.date_starts, claim.start) - 1
        while k >= 0 and self.dates[k].start >= paragraph.start:
            date = self.dates[k]
            if id(date) not in self.used and date.end <= claim.start:
                return _day(date)
            k -= 1
        return self.reference_date.isoformat() if self.reference_date else None


def grouping_key(claim: Claim, text: str, claims: Sequence[Claim] | None = None,
                 reference_date: dt.date | None = None) -> GroupKey | None:
    """The grouping key of one claim of ``text`` (``claims``: all claims extracted from it, default just this
    one). For many claims of one document, build one ``KeyReader`` instead."""
    described = KeyReader(text, claims if claims is not None else [claim], reference_date).describe(claim)
    return described[0] if described else None


def _dimension(claim: Claim, rates: bool) -> str:
    value = claim.value
    if isinstance(value, QuantityValue):
        return dimension(value.unit)
    if isinstance(value, MoneyValue):
        return "money" if rates else f"money {value.currency or '?'}"
    if isinstance(value, PercentValue):
        return "percentage points" if value.measure == "points" else "percent change" if value.measure == \
            "change" else "percent"
    return claim.kind


def _subject(claim: Claim, data: LanguageData) -> str | None:
    """What is counted or what a share is of; a measure with a unit has its dimension instead."""
    value = claim.value
    if isinstance(value, QuantityValue) and value.unit is not None:
        return None
    noun = value.noun if isinstance(value, QuantityValue) else value.of if isinstance(value, PercentValue) else None
    if not noun:
        return None
    words = noun.lower().split()
    for word in words:
        concept = data.noun_concepts.get(word) or data.noun_concepts.get(word.split("-")[0])
        if concept:
            return concept
    first = words[0].split("-")[0]  # "rumah-rumah" → rumah
    ending = next((e for e in data.plural_endings if first.endswith(e)), None)
    if data.marks_plural and ending and not first.endswith(data.singular_endings):
        first = first[:-len(ending)]
    return first


def _restriction(text: str, claim: Claim, found: tuple[str, int, int], words: _Words,
                 dates: Sequence[Claim]) -> str | None:
    """Lower-case content words between the measure and the figure that no table knows: what narrows the
    measure (``sales at its data center unit jumped 41%``). Names, figures, dates and verbs are left out."""
    _, start, end = found
    lo, hi = (end, claim.start) if end <= claim.start else (claim.end, start)
    inside_dates = [(d.start, d.end) for d in dates if d.start < hi and lo < d.end]
    kept = []
    for m in WORD.finditer(text, lo, hi):
        word = m.group()
        low = word.lower()
        if not word[:1].islower() or low in words.plain or verb_like(low, words.data):
            continue
        if any(a <= m.start() < b for a, b in inside_dates):
            continue
        kept.append(low)
    return " ".join(kept) or None


def _a_day(claim: Claim, text: str) -> bool:
    """Whether a date names one day, and is no dateline (``JAKARTA, March 4 (Reuters) -``)."""
    value = claim.value
    stated = value.resolved or value.iso if isinstance(value, DateValue) else None
    if not isinstance(value, DateValue) or not stated or not stated[:1].isdigit() or "/" in stated or \
            value.granularity not in ("day", "time"):
        return False
    return not (claim.start < 60 and _DATELINE_END.search(text, claim.end, min(len(text), claim.end + 30)))


_DATELINE_END = compile_pattern(r"^[^.\n]{0,25}?\s[-–—]{1,2}\s")


def _day(date: Claim) -> str | None:
    value = date.value
    assert isinstance(value, DateValue)
    stated = value.resolved or value.iso
    if stated is None or stated.startswith(("X", "T")):
        return None
    return stated.split("T")[0]


