"""Rules for lists of dates that share their month or year: each member is its own claim.

``tanggal 3, 5, dan 9 Juni`` → 3, 5 and 9 June; ``on June 3, 5 and 9`` → the same; ``Januari, Mei, dan Juli
2025`` → three months of 2025. The month and year are written once, on the last member (or the first, for
``June 3, 5 and 9``); every member takes them. The first member is the rule's claim; the reader hands the others
to the finder (``Reader.extra``). A list after ``antara``/``between`` is the two ends of an interval
(``date.day_range``), and a list of days must end at its month, or, written month first, before no noun
(``June 3, 5 and 9 people``).
"""

from __future__ import annotations

import regex

from factcheck.calendar import When
from factcheck.claims import DateValue
from factcheck.kinds.base import Candidate, groups, next_words, previous_word
from factcheck.kinds.dates import followers
from factcheck.kinds.dates.fragments import YEAR, Fragments, day_words
from factcheck.kinds.dates.reader import Reader, key, number, valid, year
from factcheck.kinds.rule import Rule
from factcheck.patterns import OPT_SP, SP, compile_pattern

DateRule = Rule[Fragments, Reader]
_MORE = "{0,10}+"
_NEXT_IS_WORD = compile_pattern(r"[ \t\u00a0]++[\p{L}]")


def _members(m: regex.Match[str], name: str) -> list[tuple[int, int]]:
    return list(m.spans(name))


def _not_a_list(m: regex.Match[str], group: str, r: Reader, months: bool = False) -> bool:
    """Whether the members are no list of dates: after ``antara``/``between`` they are the two ends of an
    interval; before ``lalu`` with no year (or, for months, any shift: ``Februari depan``), the rules of a shifted
    month or day read them."""
    prev = previous_word(r.text, m.start(group))
    pairs = r.data.interval_openers.get(prev.group().lower(), ()) if prev is not None else ()
    after = next_words(r.text, m.end(group), 1)
    shift = r.data.shift_after.get(key(after[0].group())) if after and not m.group("y") else None
    return (shift is not None and (months or shift < 0)) or any(joiner in pairs for joiner in r.data.part_joiners)


def _day(text: str, r: Reader) -> int | None:
    spelled = day_words(r.data.code)
    return spelled.get(" ".join(text.lower().replace("-", " ").split())) or number(text)


def _claims(spans: list[tuple[int, int]], values: list[DateValue], group_end: int, last_spans_group: bool,
            first_start: int, rule: str) -> list[Candidate]:
    out = []
    for k, ((start, end), value) in enumerate(zip(spans, values, strict=True)):
        if k == 0:
            start = first_start
        if k == len(spans) - 1 and last_spans_group:
            end = group_end
        out.append(Candidate("date", start, end, value, rule))
    return out


def _handed(cands: list[Candidate], r: Reader) -> Candidate:
    r.extra = cands[1:]
    return cands[0]


# ---------------------------------------------------------------- tanggal 3, 5, dan 9 Juni · 3 and 9 June 2025
def _read_day_list(m: regex.Match[str], group: str, r: Reader) -> Candidate | None:
    if _not_a_list(m, group, r):
        return None
    read = _days_of_month(m, r)
    if read is None:
        return None
    spans, values = read
    return _handed(_claims(spans, values, m.end(group), True, m.start(group), "date.day_list"), r)


def _days_of_month(m: regex.Match[str], r: Reader) -> tuple[list[tuple[int, int]], list[DateValue]] | None:
    """The listed days of one month (groups ``ld``, ``month``, ``y``), each a valid date and none twice."""
    g = groups(m)
    month, y = r.month(g("month")), year(g("y"), r.ref)
    spans = _members(m, "ld")
    days = [_day(r.text[a:b], r) for a, b in spans]
    if month is None or any(d is None or not valid(y, month, d) for d in days) or len(set(days)) < len(days):
        return None
    return spans, [r.date(When(y, month, d)) for d in days]


DAY_LIST = DateRule(
    "date.day_list",
    lambda v: (
        f"(?P<ld>{v.day})(?:{OPT_SP},{OPT_SP}(?P<ld>{v.day})){_MORE}(?:{OPT_SP},)?{v.pair_and}(?P<ld>{v.day})"
        f"{v.of}{SP}(?P<month>{v.month_lax})(?:{v.opt_comma}(?P<y>{YEAR}){v.year_after})?"
    ),
    _read_day_list,
    starts=lambda data: [w for w in day_words(data.code) if "-" not in w],
    digits=True,
    after=followers.day_list_after,
)


# ---------------------------------------------------------------- on June 3, 5 and 9 · Jan. 4 and 11, 2025
def _read_month_day_list(m: regex.Match[str], group: str, r: Reader) -> Candidate | None:
    g = groups(m)
    if _not_a_list(m, group, r):
        return None
    end = m.end(group)
    after = next_words(r.text, end, 1)
    if not g("y") and after and _NEXT_IS_WORD.match(r.text, end) and key(after[0].group()) not in (
            r.data.year_cues | r.data.part_joiners):
        return None  # "June 3, 5 and 9 people": counts after a date
    read = _days_of_month(m, r)
    if read is None:
        return None
    spans, values = read
    return _handed(_claims(spans, values, end, True, m.start(group), "date.month_day_list"), r)


MONTH_DAY_LIST = DateRule(
    "date.month_day_list",
    lambda v: (
        f"(?P<month>{v.month_lax}){SP}(?P<ld>{v.last_day})(?:{OPT_SP},{OPT_SP}(?P<ld>{v.last_day})){_MORE}"
        f"(?:{OPT_SP},)?{v.pair_and}(?P<ld>{v.last_day})(?:{OPT_SP},{OPT_SP}(?P<y>{YEAR}))?(?![.,]?\\p{{N}})"
    ),
    _read_month_day_list,
    starts=lambda data: list(data.months),
)


# ---------------------------------------------------------------- Januari, Mei, dan Juli 2025 · in May and June
def _read_month_list(m: regex.Match[str], group: str, r: Reader) -> Candidate | None:
    g = groups(m)
    if _not_a_list(m, group, r, months=True):
        return None
    y = year(g("y"), r.ref)
    if y is None:
        prev = previous_word(r.text, m.start(group))
        if prev is None or key(prev.group()) not in (r.data.year_cues | r.data.month_cues):
            return None  # months alone need a cue, as one month does (date.month)
    spans = _members(m, "lm")
    months = [r.month(r.text[a:b]) for a, b in spans]
    if any(mo is None for mo in months) or len(set(months)) < len(months):
        return None
    values = [r.date(When(y, mo)) for mo in months]
    return _handed(_claims(spans, values, m.end(group), True, m.start(group), "date.month_list"), r)


MONTH_LIST = DateRule(
    "date.month_list",
    lambda v: (
        f"(?P<lm>{v.month})(?:{OPT_SP},{OPT_SP}(?P<lm>{v.month})){_MORE}(?:{OPT_SP},)?{v.pair_and}(?P<lm>{v.month})"
        f"(?:{v.opt_comma}(?P<y>{YEAR}){v.year_after})?"
    ),
    _read_month_list,
    starts=lambda data: list(data.months),
)
