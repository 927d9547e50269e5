"""Ages and fractions: quantities that are neither a count nor a length of time.

- ``quantity.age``: a person's age (``a 9-year-old girl``, ``aged 52``, ``berusia 61 tahun``, ``Budi (45)``,
  ``Smith, 45,``). It is a checkable claim, but not a duration of 45 years: a quantity with unit ``year`` and noun
  ``age``.
- ``quantity.fraction``: ``two thirds of voters``, ``sepertiga warga``, ``one in five``, ``satu dari lima``. The
  value is held exactly as ``fraction`` (``"2/3"``, as written); ``amount`` is its quotient to 12 significant
  digits, for sorting and comparing; ``noun`` is what it is a share of.

These run before the date and number kinds, which then skip the spans: ``61 tahun`` after ``berusia`` is no
duration, and the ``two`` of ``two thirds`` is no count.
"""

from __future__ import annotations

import re
from functools import cache

import attrs
import regex

from factcheck import lang as languages
from factcheck.claims import QuantityValue
from factcheck.kinds.base import Candidate, SpanSet
from factcheck.kinds.comparators import bounded
from factcheck.kinds.proportions import ages, fractions
from factcheck.kinds.proportions.ages import AGE_AFTER, AGE_BEFORE, AGE_BESIDE, AGE_NOUN, beside, bounded_age
from factcheck.kinds.proportions.fractions import FRACTION, RATIO
from factcheck.kinds.proportions.pieces import Pieces, Reader, pieces
from factcheck.kinds.rule import Rule
from factcheck.lang.base import LanguageData
from factcheck.numbers import value_words
from factcheck.patterns import compile_pattern, compile_re, re_trie
from factcheck.scan import Scan

RULES: tuple[Rule[Pieces, Reader], ...] = (AGE_AFTER, AGE_BEFORE, FRACTION, RATIO, AGE_BESIDE)
RULE_NAMES = tuple(rule.name for rule in RULES)
"""The names claims carry: each entry's own."""


def is_age(value: object) -> bool:
    """Whether a claim's value is a person's age (what every age entry makes): a figure, but no statistic."""
    return isinstance(value, QuantityValue) and value.noun == AGE_NOUN


@cache
def _combined(code: str) -> regex.Pattern[str]:
    p = pieces(code)
    return compile_pattern("|".join(rule.source(p) for rule in RULES))


@cache
def start_words(code: str) -> frozenset[str]:
    data = languages.get(code)
    return frozenset(str(w).split()[0].lower() for rule in RULES for w in rule.starts(data))


@cache
def _share_after_digits(code: str) -> re.Pattern[str]:
    """What must follow a digit run for it to begin an age, a fraction or a ratio (``45-year-old``, ``1/4``,
    ``3 quarters``, ``1 in 5``): a dash, a slash, or a unit of time, a denominator or a ratio's link. Most figures
    have none of these, and skip the pattern."""
    return _dash_or_word(_shares_go_on(languages.get(code)))


def _shares_go_on(data: LanguageData) -> list[str]:
    """The words after a number that an age, a fraction or a ratio goes on with."""
    return [*data.time_units, *data.fraction_denominators, *data.linked_denominators,
            *(w.split()[0] for w in data.ratio_links)]


def _dash_or_word(words: list[str]) -> re.Pattern[str]:
    """A dash or a slash after a number (right after it, or after a space or three: the pattern reads ``five -
    dozens`` as it reads ``five-dozens``), or after a space one of ``words``."""
    body = re_trie(w.lower() for w in words)
    return compile_re(rf"[\s\u00a0]{{0,3}}[/\-\u2010-\u2014\u2212]|[\s\u00a0]{{1,3}}(?:{body})(?!\w)")


def compile_all(code: str) -> None:
    """Compile every pattern the age, fraction and ratio rules of ``code`` can ask for, the ones a reader keeps
    apart included (what ``factcheck.warm_up`` pays before a pool forks)."""
    _combined(code)
    _share_after_digits(code)
    _share_after_words(code)
    fractions.percent_after(code)
    ages.second_bound(code)
    ages.person_before(code)
    ages.unit_before(code)
    ages.unit_comma(code)


@cache
def _counting_words(code: str) -> frozenset[str]:
    """The start words that only count (a number word, an article): not a cue (``aged``), not a whole (``half``)."""
    data = languages.get(code)
    words = {*data.digit_words, *data.tens_words, *data.article_words}
    return frozenset(w.lower() for w in words) - {w.lower() for w in [*data.age_before, *data.fraction_wholes]}


@cache
def _share_after_words(code: str) -> re.Pattern[str]:
    """What must follow a number word or an article for it to begin an age, a fraction or a ratio (``two-thirds``,
    ``a quarter``, ``nine-year-old``, ``one in five``, ``twenty five``, ``two and a half``): a dash or a slash, or
    after a space a unit of time, a denominator, a ratio's link, or another word of a number. ``a`` and ``two``
    before anything else (most of them) skip the pattern (``tests/test_proportion_gate.py``)."""
    data = languages.get(code)
    return _dash_or_word([*_shares_go_on(data), *value_words(data), *data.point_words, *data.and_words,
                          *data.article_words])


def find(text: str, code: str, blocked: SpanSet, read: Scan) -> list[Candidate]:
    """Ages and fractions, tried where the scan found a digit or a word they start at, and after a ``(``/``,``
    that follows a capitalised word (an age beside a name)."""
    data = languages.get(code)
    if not (data.age_before or data.fraction_denominators or data.fraction_wholes):
        return []
    starts = start_words(code)
    reader = Reader(text, data)
    pattern = _combined(code)
    out: list[Candidate] = []
    done = 0
    share_after = _share_after_digits(code)
    share_after_words, counting = _share_after_words(code), _counting_words(code)
    hits = read.hits
    tokens, digits = hits.tokens, hits.digits
    for i in [k for k, is_digits in enumerate(digits) if is_digits or tokens[k] in starts]:
        start, _end, is_digits = hits.starts[i], hits.ends[i], digits[i]
        if start < done:
            continue
        gate = share_after if is_digits else share_after_words if tokens[i] in counting else None
        places = [start] if gate is None or gate.match(read.lower, _end) else []
        if is_digits and beside(text, start, code):
            places.insert(0, start - 2)  # "Budi (45)", "Smith, 45,": an age beside a name
        for at in places:
            m = pattern.match(text, at, min(len(text), at + 80))
            cand = None if m is None or blocked.overlaps(m.start(), m.end()) else _read(m, reader)
            if cand is not None:
                cand = bounded(cand, text, code)
                out.append(cand)
                done = cand.end
                if cand.rule == AGE_BEFORE.name:
                    second = bounded_age(text, code, cand.end, reader)
                    if second is not None:
                        out.append(second)
                        done = second.end
                break
    return out


def _read(m: regex.Match[str], reader: Reader) -> Candidate | None:
    rule = next(r for r in RULES if m.group(r.group) is not None)
    found = rule.read(m, rule.group, reader)
    if isinstance(found, Candidate):
        return attrs.evolve(found, rule=rule.name) if found.kind == "quantity" else found
    if isinstance(found, QuantityValue):
        return Candidate("quantity", m.start(rule.group), m.end(rule.group), found, rule.name)
    return None



__all__ = ["AGE_NOUN", "RULES", "RULE_NAMES", "beside", "compile_all", "find", "is_age", "pieces", "start_words"]
