"""Rules for the periods a year or a century is cut into: ``kuartal III 2025``, ``Q3``, ``semester I``, ``the
first half``, ``kuartal lalu``, the months from an edge of a year (``the first nine months of 2024``, ``sembilan
bulan pertama tahun ini``), and decades (``1990-an``, ``the '90s``). Each resolves to an EDTF period, shifted from
the reference date when the text says so.
"""

from __future__ import annotations

import regex

from factcheck.calendar import When
from factcheck.claims import DateValue
from factcheck.kinds.base import groups
from factcheck.kinds.dates import followers
from factcheck.kinds.dates.fragments import YEAR, Fragments, part_numbers, the, units_of, year_shift
from factcheck.kinds.dates.reader import Groups, Reader, key, number, roman, words_before, year
from factcheck.kinds.rule import Rule
from factcheck.lang.base import LanguageData
from factcheck.patterns import NONE, OPT_SP, SP, WORD_END, any_case, trie

DateRule = Rule[Fragments, Reader]


# ---------------------------------------------------------------- kuartal III 2025 · Q3 2025 · semester I
def _read_quarter(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    g = groups(m)
    is_half = bool(g("hw")) or (g("q") or "").lower() == "h"
    shift = r.unit_shift(g)
    if shift is not None:
        return r.date(When(unit="half" if is_half else "quarter", offset=shift))
    numbered = numbered_quarter(g, r)
    return None if numbered is None else r.date(numbered)


def numbered_quarter(g: Groups, r: Reader) -> When | None:
    """The quarter or half a year of a match of ``numbered_quarters`` (``kuartal III 2025``, ``third quarter``,
    ``semester I tahun lalu``), or None."""
    is_half = bool(g("hw")) or (g("q") or "").lower() == "h"
    numbered = roman(g("roman")) or part_numbers(r.data.code).get(key(g("qord") or "")) or number(g("qdig"))
    if numbered is None or (is_half and numbered > 2):
        return None
    if g("qysha"):
        offset = r.year_shift(g("qysha"), before=False)
        if offset is None:
            return None
        return When(half=numbered, year_offset=offset) if is_half else When(quarter=numbered, year_offset=offset)
    y = year(g("y"), r.ref)
    return When(y, half=numbered) if is_half else When(y, quarter=numbered)


def numbered_quarters(v: Fragments) -> str:
    """A quarter or half a year by its number, maybe with its year: ``kuartal III 2025``, ``third quarter of
    2025``, ``kuartal III tahun lalu`` (shifted from the reference)."""
    year_shift = f"|{SP}(?i:{v.year_units}){SP}{any_case(v.data.shift_after, 'qysha')}" if v.data.shift_after else ""
    qyear = f"(?:(?:{SP}{v.year_link}|{OPT_SP}[/\\-]{OPT_SP})(?P<y>{YEAR}){year_shift})?"
    return (
        f"{v.quarter_or_half}{SP}{v.part_number}{qyear}"
        f"|{any_case(part_numbers(v.data.code), 'qord')}(?:{SP}|-){v.quarter_or_half}"
        f"(?:{SP}{v.year_link}(?P<y>{YEAR}))?"
    )


def _quarter_source(v: Fragments) -> str:
    return (
        f"{numbered_quarters(v)}"
        f"|(?P<q>[QqHh])(?P<qdig>[1-4]){OPT_SP}(?:[/\\-]{OPT_SP})?(?P<y>{YEAR}|'?\\d\\d)?(?![\\p{{N}}\\p{{L}}])"
        f"|(?P<y>{YEAR}){OPT_SP}[\\-/]?{OPT_SP}(?P<q>[QqHh])(?P<qdig>[1-4])(?![\\p{{N}}\\p{{L}}])"
        f"|{v.quarter_or_half}{SP}{v.shift_after}|{v.shift_before}{SP}{v.quarter_or_half}"
    )


QUARTER = DateRule(
    "date.quarter",
    _quarter_source,
    _read_quarter,
    starts=lambda data: [*data.quarter_words, *data.half_words, *part_numbers(data.code), *data.shift_before,
                         "q1", "q2", "q3", "q4", "h1", "h2"],
    digits=True, after=followers.quarter_after,
)


# ---------------------------------------------------------------- 1990-an · tahun 90-an · the 1990s · the '90s
def decade_of(written: str, text: str, start: int, data: LanguageData) -> int | None:
    """The decade of ``1990s``, ``'90s``, ``90-an``; None for an age (``in her 40s``, ``usia 40-an``)."""
    decade = int(written.strip("'"))
    if decade >= 100:
        return decade
    if not written.startswith("'") and set(words_before(text, start, 2)) & data.age_words:
        return None
    return decade + 1900


def _read_decade(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    decade = decade_of(m.group("dec") or "0", r.text, m.start(group), r.data)
    return None if decade is None else r.date(When(decade=decade))


DECADE = DateRule(
    "date.decade",
    lambda v: (
        f"(?:{any_case(v.data.decade_words, end='')}{SP})?(?P<dec>(?:1[0-9]|20)\\d0|[1-9]0)"
        f"{any_case(v.data.decade_suffixes, end='')}(?![\\p{{L}}])"
        f"|(?P<dec>(?:1[0-9]|20)\\d0|'?[1-9]0){OPT_SP}'?s(?![\\p{{L}}])"
    ),
    _read_decade,
    starts=lambda data: list(data.decade_words),
    digits=True, after=followers.decade_after,
)


# ---------------------------------------------------------------- the first nine months of 2024 · 9 bulan pertama 2024
def _read_months_of_year(m: regex.Match[str], group: str, r: Reader) -> DateValue | None:
    g = groups(m)
    count = r.amount(g("amount"))
    edges = {**r.data.edges_before, **r.data.edges_after}
    edge = edges.get(key(g("edge") or ""))
    if count is None or edge is None or count != count.to_integral_value() or not 1 <= count <= 11:
        return None
    first, last = (1, int(count)) if edge == "start" else (13 - int(count), 12)
    if g("yshb") or g("ysha"):
        offset = r.year_shift_of(g)
        return None if offset is None else r.interval(When(month=first, year_offset=offset),
                                                      When(month=last, year_offset=offset))
    if edge == "end" and not (g("y") or g("theyear")):
        return None  # "the last three months", "tiga bulan terakhir": the months just gone, a stretch of time
    y = year(g("y"), r.ref)
    return r.interval(When(y, first), When(y, last))


def _months_of_year_source(v: Fragments) -> str:
    data = v.data
    months = f"(?i:{trie(units_of(data, 'month'))}){WORD_END}"
    shifted = year_shift(v)
    sources = []
    if data.edges_before:
        of = f"{SP}(?i:{trie(data.date_of_words)}){SP}" if data.date_of_words else SP
        the_year = f"(?P<theyear>{the(v)}(?i:{v.year_units}))"
        sources.append(f"{any_case(data.edges_before, 'edge')}{SP}{v.simple_amount}{SP}{months}"
                       f"(?:{of}(?:(?P<y>{YEAR})|{shifted}|{the_year})"
                       f"|(?!{of}))")  # "the first three months of his term": no year's months
    if data.edges_after:
        year_after = f"{SP}(?:{v.year_link}(?P<y>{YEAR})|{shifted})"
        sources.append(f"{v.simple_amount}{SP}{months}{SP}{any_case(data.edges_after, 'edge')}(?:{year_after})?")
    return "|".join(sources) or NONE


MONTHS_OF_YEAR = DateRule(
    "date.months_of_year",
    _months_of_year_source,
    _read_months_of_year,
    starts=lambda data: [*data.edges_before, *((*data.digit_words, *data.teen_words) if data.edges_after else ())],
    digits=True, after=followers.months_after, counts=True,
)


__all__ = ["DECADE", "MONTHS_OF_YEAR", "QUARTER", "decade_of"]
