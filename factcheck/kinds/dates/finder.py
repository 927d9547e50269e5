"""Running the date rules over a text: where to try them, in which order, and what to do when one says no.

The rules are tried only where the text's scan (``factcheck.scan``) found a digit or a word some rule starts at,
and only the rules that start there, as one combined pattern in rule order: most specific first, so
``Selasa (26/8/2025) pukul 10.00 WIB`` is one claim and ``dua hari lalu`` is a date, not the duration inside it.
When a rule's reader rejects what its pattern matched (``31 Februari``), the rules after it get their turn at the
same place before the scan moves on. Then the joins run (``factcheck.kinds.dates.joins``).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache
from itertools import compress

import attrs
import regex

from factcheck import lang as languages
from factcheck.claims import DateValue, DurationValue
from factcheck.kinds.base import Candidate, SpanSet
from factcheck.kinds.dates import calendar_dates as cal
from factcheck.kinds.dates import clock, day_parts, holidays, lists, periods, years
from factcheck.kinds.dates import relative_dates as rel
from factcheck.kinds.dates.anaphora import ANAPHOR, resolve_anaphora
from factcheck.kinds.dates.day_parts import with_day_parts
from factcheck.kinds.dates.durations import DURATION
from factcheck.kinds.dates.fragments import Fragments, fragments
from factcheck.kinds.dates.joins import join_intervals, join_offsets, join_times, with_comparators
from factcheck.kinds.dates.reader import Reader, key
from factcheck.kinds.numeric.patterns import patterns as figure_patterns
from factcheck.kinds.rule import Rule
from factcheck.lang.base import LanguageData
from factcheck.patterns import (
    SP,
    WORD_END,
    admits,
    admits_tail,
    compile_pattern,
    compile_re,
    gate,
    group_numbers,
    head_after,
    tail_before,
    trie,
    upto,
)
from factcheck.scan import Hits, Scan, openers, phrase_words, scan

DateRule = Rule[Fragments, Reader]

RULES: tuple[DateRule, ...] = (
    ANAPHOR, cal.WEEKDAY_DATE, cal.WEEKDAY_DAY, cal.YEAR_MONTH_DAY, rel.MONTH_YEAR_SHIFT, lists.DAY_LIST,
    cal.DAY_RANGE, cal.DAY_MONTH_YEAR, lists.MONTH_DAY_LIST, lists.MONTH_LIST, cal.MONTH_DAY_RANGE,
    cal.MONTH_DAY_YEAR, cal.NUMERIC, cal.ISO, cal.MONTH_RANGE, cal.BETWEEN, cal.MONTH_YEAR, years.SPOKEN_YEAR,
    rel.MONTH_SHIFT, rel.PART, periods.QUARTER, periods.MONTHS_OF_YEAR, periods.DECADE, cal.YEAR_RANGE, rel.OFFSET,
    rel.SPAN, rel.RELATIVE_AMOUNT, rel.WEEK_WEEKDAY, rel.PAST, rel.UNIT_SHIFT, rel.RELATIVE_DAY, rel.RELATIVE_PERIOD,
    rel.WEEKDAY, holidays.HOLIDAY, cal.MONTH, years.YEAR_ALONE, clock.TIME, DURATION,
)
"""Every date and duration rule, in the order they are tried at one place."""

_DIGIT_RULES = tuple(rule for rule in RULES if rule.digits)


def start_words(data: LanguageData) -> frozenset[str]:
    """Every word (lower case, first word only) some date rule starts at: what the scan must find."""
    return frozenset(_starts(data.code))


@attrs.frozen
class _Plan:
    """What the finder needs per language: the rules per start word and the checks before trying them."""

    data: LanguageData
    starts: dict[str, tuple[DateRule, ...]]
    zone_after: regex.Pattern[str]
    zone_gate: frozenset[str]
    """The heads of the time zone words (``factcheck.patterns.gate``)."""
    units: frozenset[str]
    """Words of a unit of time (and its fractions): a counting word is tried only with one near."""
    counting: frozenset[str]
    """Start words whose rules all start at a word that only counts (``two``, ``a``, ``several``)."""
    uncounted: dict[str, tuple[DateRule, ...]]
    """For a start word some of whose rules count and some do not (``two``: ``two thousand and five`` is a year),
    the ones that do not: all that is tried with no unit of time near."""


@cache
def _second_words(code: str) -> dict[str, re.Pattern[str]]:
    """The start words that only open phrases (``the`` in ``the past year``), with the words that may follow."""
    data = languages.get(code)
    return openers(word for rule in RULES for word in rule.starts(data))


@cache
def _starts(code: str) -> dict[str, tuple[DateRule, ...]]:
    data = languages.get(code)
    found: dict[str, set[str]] = {}
    for rule in RULES:
        for word in rule.starts(data):
            first = phrase_words(word)[0]
            if first:
                found.setdefault(first, set()).add(rule.name)
    return {w: tuple(r for r in RULES if r.name in names) for w, names in found.items()}


@cache
def _plan(code: str) -> _Plan:
    data = languages.get(code)
    zone_after = compile_pattern(f"{SP}{trie(data.timezones)}{WORD_END}")
    fractions = {w.split()[-1] for w in data.time_fractions} | {w.split()[0] for w in data.half_of_words}
    phrase_ends = {w.split()[-1] for w in data.anaphoric_periods}  # "the following day", "keesokan harinya"
    units = frozenset([*data.time_units, *data.one_unit_words, *fractions, *phrase_ends])
    starts = _starts(code)
    counting = frozenset(w for w, rules in starts.items() if all(rule.counts for rule in rules))
    uncounted = {w: tuple(r for r in rules if not r.counts) for w, rules in starts.items()
                 if any(r.counts for r in rules) and w not in counting}
    return _Plan(data, starts, zone_after, gate(data.timezones), units, counting, uncounted)


def compile_all(code: str) -> None:
    """Compile every combined pattern the scan can ask for in ``code``: one per set of rules that start with the
    same word (and the part of it tried with no unit of time near), and the digit rules (what
    ``factcheck.warm_up`` pays before a pool forks)."""
    plan = _plan(code)
    for rules in {*plan.starts.values(), *plan.uncounted.values(), _DIGIT_RULES}:
        _combined(code, rules)
    for rule in RULES:
        _combined(code, (rule,))
    day_parts.compile_all(code)


@cache
def _combined(code: str, rules: tuple[DateRule, ...]) -> regex.Pattern[str]:
    pieces = fragments(code)
    return compile_pattern("|".join(rule.source(pieces) for rule in rules))


def find(text: str, code: str, ref: dt.date | None, blocked: SpanSet, read: Scan | None = None) -> list[Candidate]:
    """Date and duration candidates in ``text``."""
    plan = _plan(code)
    read = read or scan(text, code)
    reader = Reader(text, plan.data, ref, read)
    out: list[Candidate] = []
    done = 0
    hits = read.hits
    seconds = _second_words(code)
    starts, ends, tokens, digits = hits.starts, hits.ends, hits.tokens, hits.digits
    near = _units_near(hits, plan)
    lower = read.lower
    for i in [k for k, is_digits in enumerate(digits) if is_digits or tokens[k] in plan.starts]:
        start, end, token, is_digits = starts[i], ends[i], tokens[i], digits[i]
        if start < done:
            continue
        if is_digits:
            if not _may_be_time(text, hits, i, end, plan) or _after_currency(text, start, code):
                continue
            rules = _DIGIT_RULES
        elif i in near:
            rules = plan.starts[token]
        elif token in plan.counting:
            continue  # "a", "two", "several" with no unit of time after them
        else:
            # "two" with no unit near: a spoken year, no length of time
            rules = plan.uncounted.get(token) or plan.starts[token]
        followers = seconds.get(token)
        if followers is not None and followers.match(lower, end, end + 40) is None:
            continue  # "the" before a word no phrase goes on with (second_word_follows)
        at = start - 1 if is_digits and start and text[start - 1] in "'’" else start
        reader.at = at
        if is_digits:
            some = digit_rules_at(text, code, hits, i)
            if some is not None:
                if not some:
                    continue
                rules = some
        cand = _first(text, code, at, rules, reader, blocked)
        if cand is not None:
            out.append(cand)
            done = cand.end
        if reader.extra:  # the other members of a list (factcheck.kinds.dates.lists)
            out.extend(reader.extra)
            done = reader.extra[-1].end
            reader.extra = []
    spans = join_intervals(join_offsets(out, text), text, plan.data, reader)
    timed = join_times(spans, text, plan.data)
    if len(timed) < len(spans):  # then the spans whose ends are a day and its time each ("from 10pm on Friday until
        timed = join_intervals(timed, text, plan.data, reader)  # 5.30am on Monday")
    joined = resolve_anaphora(timed, text)
    return with_day_parts(with_comparators(joined, text, code), text, code)


def _first(text: str, code: str, at: int, rules: tuple[DateRule, ...], reader: Reader,
           blocked: SpanSet) -> Candidate | None:
    """The claim of the first rule at ``at`` whose reader accepts its match; a rejected rule passes the place on
    to the rules after it, tried one by one (rejections are rare, so their patterns stay few)."""
    limit = upto(text, at)
    k, m = 0, None
    if len(rules) <= _SINGLES:  # a few rules cost less one by one than a pattern of them compiled for the set
        for rule in rules:
            m = _combined(code, (rule,)).match(text, at, limit)
            if m is not None:
                break
            k += 1
    else:
        m = _combined(code, rules).match(text, at, limit)
        if m is not None:
            k = next(i for i, r in enumerate(rules) if m.group(r.group) is not None)
    if m is None:
        return None
    while True:
        if blocked.overlaps(at, m.end()):
            return None
        rule = rules[k]
        found = rule.read(m, rule.group, reader)
        if isinstance(found, Candidate):
            return found if found.kind in ("offset", "anaphor") else attrs.evolve(found, rule=rule.name)
        if isinstance(found, (DateValue, DurationValue)):
            kind = "date" if isinstance(found, DateValue) else "duration"
            number = group_numbers(m.re)[rule.group]  # by number: a read by name costs more on a large pattern
            return Candidate(kind, m.start(number), m.end(number), found, rule.name)
        later = ((j, _combined(code, (rules[j],)).match(text, at, limit)) for j in range(k + 1, len(rules)))
        k, single = next(((j, found_m) for j, found_m in later if found_m is not None), (len(rules), None))
        if single is None:
            return None
        m = single


_SINGLES = 6
"""Up to this many rules at a place are tried one by one; more, as their combined pattern."""


@cache
def _after_gates(code: str) -> tuple[tuple[DateRule, frozenset[str] | None], ...]:
    data = languages.get(code)
    return tuple((rule, None if rule.after is None else gate(rule.after(data))) for rule in _DIGIT_RULES)


@lru_cache(maxsize=4096)
def _spaced_rules(code: str, head: str | None) -> tuple[DateRule, ...]:
    return tuple(rule for rule, heads in _after_gates(code) if heads is None or admits(head, heads))


def digit_rules(text: str, code: str, end: int, token: str) -> tuple[DateRule, ...] | None:
    """The digit rules that may match at the digit run ``token`` ending at ``end``: where a space follows plain
    digits, only those whose next words (``Rule.after``, ``factcheck.kinds.dates.followers``) the text's next
    characters admit; None (every digit rule) where anything else follows, or more than three spaces (two
    optional gaps of a pattern may take six)."""
    if not _spaced(text, end, token):
        return None
    return _spaced_rules(code, head_after(text, end))


def _spaced(text: str, end: int, token: str) -> bool:
    """Whether plain ASCII digits ending at ``end`` are followed by one to three spaces."""
    return text[end:end + 1].isspace() and token.isdigit() and token.isascii() and not text[end:end + 4].isspace()


@cache
def _month_gates(code: str) -> dict[str, frozenset[str] | None]:
    data = languages.get(code)
    return {rule.name: None if rule.after_month is None else gate(rule.after_month(data)) for rule in _DIGIT_RULES}


@cache
def _single_months(code: str) -> frozenset[str]:
    """The month names of one word that no longer name starts with (``mei``, not ``rabiul`` of ``rabiul awal``):
    where the scan's word after digits is one, the month pattern reads that word and no more."""
    months = {key(m) for m in languages.get(code).months}
    return frozenset(m for m in months if " " not in m and not any(o.startswith(m + " ") for o in months))


@lru_cache(maxsize=4096)
def _month_rules(code: str, head: str | None, past_month: str | None) -> tuple[DateRule, ...]:
    gates = _month_gates(code)
    return tuple(rule for rule in _spaced_rules(code, head)
                 if (found := gates[rule.name]) is None or admits(past_month, found))


def digit_rules_at(text: str, code: str, hits: Hits, i: int) -> tuple[DateRule, ...] | None:
    """``digit_rules`` at the digit hit ``i``; where a month name follows (``5 Mei``), without the rules whose words
    after the month and an optional comma (``Rule.after_month``) the text does not admit there: most days with a
    month are no range and no year shift, and each rule left out is a match not tried."""
    end, token = hits.ends[i], hits.tokens[i]
    if not _spaced(text, end, token):
        return None
    head = head_after(text, end)
    k = i + 1
    if k >= len(hits.tokens) or hits.digits[k] or hits.tokens[k] not in _single_months(code) or \
            not text[end:hits.starts[k]].isspace():
        return _spaced_rules(code, head)
    past = hits.ends[k]
    gap = text[past:past + 4]
    if gap.lstrip()[:1] == ",":  # "5 Mei, tahun lalu": the words past a comma
        past += gap.index(",") + 1
    return _month_rules(code, head, head_after(text, past))


_GLUED_AFTER_DIGITS = frozenset("/-–—:'’sShHwWmMdDyYaApP")
_AMPM_AFTER = compile_re(r"\s?[aApP]\.?[mM]\b")


def _may_be_time(text: str, hits: Hits, i: int, end: int, plan: _Plan) -> bool:
    """Whether a digit run can begin a date, a time or a duration: a year, a mark glued to it (``26/8``,
    ``1990s``, ``3pm``), a date or time word right after it (``24 Februari``, ``dua hari``), or a clock word
    right before it. Most figures in news are none of these, and skip the date rules altogether."""
    start, token = hits.starts[i], hits.tokens[i]
    if len(token) == 4 and token.isdigit() and "1000" <= token <= "2199":
        return True
    after = text[end:end + 1]
    if after in _GLUED_AFTER_DIGITS or (after == "." and text[end + 1:end + 2].isdigit()):
        return True
    if after == "." and "." in plan.data.ordinal_suffixes and text[end + 2:end + 3].isdigit():
        return True  # "14. 3. 2024"
    if "." in token or ":" in token:
        return True
    starts, tokens, digits = hits.starts, hits.tokens, hits.digits  # the columns: no tuple per hit
    for k in range(i + 1, min(i + 3, len(tokens))):
        if starts[k] - end > 8:
            break
        if not digits[k] and (tokens[k] in plan.starts or tokens[k] in plan.data.interval_connectors
                              or tokens[k] in plan.data.part_joiners):
            return True
        if digits[k] and k == i + 1 and text[end:starts[k]].strip().lower() in plan.data.range_alternatives:
            return True  # "29 atau 30 hari", "29 or 30 days": the lower end of a range of lengths
    if after == "," and i + 1 < len(tokens) and digits[i + 1] and starts[i + 1] - end <= 3:
        return True  # "3, 5, dan 9 Juni": a list of days
    if (after in "aApP" or (after.isspace() and text[end + 1:end + 2] in "aApP")) and \
            _AMPM_AFTER.match(text, end):  # "" is in every string
        return True
    if after.isspace() and admits(head_after(text, end), plan.zone_gate) and \
            plan.zone_after.match(text, end, end + 12):
        return True
    before = text[start - 1:start] if start else ""
    if before in "(/-'’":
        return True
    if i > 0 and start - hits.ends[i - 1] <= 3 and not hits.digits[i - 1]:
        prev = hits.tokens[i - 1]
        if prev in plan.starts or prev in plan.data.interval_openers:
            return True
    return False


def _after_currency(text: str, start: int, code: str) -> bool:
    """Digits right after a currency are an amount of money (``RM58,000 tahun depan``, ``Rp 75.000 tahun
    depan``), never the count of a length of time or a date."""
    figures = figure_patterns(code)
    return admits_tail(tail_before(text, start), figures.gates.currency_before) and \
        figures.currency_before.match(text, max(0, start - 30), start) is not None


def _units_near(hits: Hits, plan: _Plan) -> set[int]:
    """The hits a unit of time (``hari``, ``years``, ``half``) is, or follows within four hits and 32
    characters: where a counting word (``two``, ``a``, ``several``) may begin a length of time. Found from the
    units back, as units are far fewer than the words that count."""
    starts, ends = hits.starts, hits.ends  # the columns: no tuple per hit
    near: set[int] = set()
    for k in compress(range(len(hits.tokens)), map(plan.units.__contains__, hits.tokens)):
        near.add(k)
        unit_start = starts[k]
        near.update(i for i in range(max(0, k - 4), k) if unit_start - ends[i] <= 32)
    return near


__all__ = ["RULES", "compile_all", "digit_rules", "find", "start_words"]
