"""Gates (``factcheck.patterns.gate``) skip an anchored match only where it would fail.

A number's neighbours are read by anchored patterns; a gate looks at three characters first and skips the
pattern where no word of its table can start (or end) there. A gate that skipped a place where its pattern
matches would lose a claim, so every gated pattern is tried here on the words of every table, in several cases
and spacings, and on random text: wherever it matches, its gate must admit.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
import regex

from factcheck import lang as languages
from factcheck.kinds import proportions
from factcheck.kinds.comparators import comparators
from factcheck.kinds.dates.finder import _plan
from factcheck.kinds.numeric.patterns import patterns
from factcheck.lang.common import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    GLUED_CURRENCY_CODES,
    GLUED_UNIT_SYMBOLS,
    UNIT_SYMBOLS,
)
from factcheck.patterns import WS, admits, admits_tail, gate, head_after, tail_before

CODES = ("en", "id", "ms")
SEPS = ("", " ", "   ", "    ", "-", " - ", "\u00a0", "\u2013")


def _words(code: str) -> list[str]:
    data = languages.get(code)
    words: set[str] = {*CURRENCY_SYMBOLS, *CURRENCY_CODES, *GLUED_CURRENCY_CODES, *GLUED_UNIT_SYMBOLS,
                       *UNIT_SYMBOLS}
    for table in (data.currency_words, data.minor_currency_words, data.percent_words, data.percent_point_words,
                  data.unit_words, data.units_before, data.range_connectors, data.money_multipliers,
                  data.coin_words, data.negative_words, data.comparators_before, data.comparators_after,
                  data.timezones, data.code_scale_prefixes):
        words |= set(table)
    words |= {p + c for p in data.code_scale_prefixes for c in ("USD", "AUD", "GBP")}
    return sorted(w for w in words if w)


def _variants(word: str) -> Iterator[str]:
    yield from {word, word.lower(), word.upper(), word.title()}


def _after(code: str) -> list[tuple[str, regex.Pattern[str], frozenset[str]]]:
    p, g, c = patterns(code), patterns(code).gates, comparators(code)
    return [("currency_after", p.currency_after, g.currency_after), ("percent_after", p.percent_after, g.percent_after),
            ("unit_after", p.unit_after, g.unit_after), ("connector_after", p.connector_after, g.connector_after),
            ("multiplier_after", p.multiplier_after, g.multiplier_after), ("coin_after", p.coin_after, g.coin_after),
            ("comparators.after", c.after, c.after_gate), ("zone_after", _plan(code).zone_after, _plan(code).zone_gate)]


def _before(code: str) -> list[tuple[str, regex.Pattern[str], frozenset[str]]]:
    p, g, c = patterns(code), patterns(code).gates, comparators(code)
    return [("currency_before", p.currency_before, g.currency_before), ("unit_before", p.unit_before, g.unit_before),
            ("negative_before", p.negative_before, g.negative_before),
            ("comparators.before", c.before, c.before_gate)]


def _random_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = "abcdegikmnprstuyABCDEGKMPRSTU$%.,-'\"/ \u00a0Kſ"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 7))) for _ in range(count)]


@pytest.mark.parametrize("code", CODES)
def test_gates_admit_every_match_after(code: str) -> None:
    pieces = [v + tail for w in _words(code) for v in _variants(w) for tail in ("", " x", ".")]
    pieces += _random_texts(1, 3000)
    for name, pattern, heads in _after(code):
        for piece in pieces:
            for sep in SEPS:
                text = "5" + sep + piece
                if pattern.match(text, 1, 41):
                    assert admits(head_after(text, 1), heads), (name, text)


@pytest.mark.parametrize("code", CODES)
def test_gates_admit_every_match_before(code: str) -> None:
    pieces = [head + v for w in _words(code) for v in _variants(w) for head in ("", "x ", "(")]
    pieces += _random_texts(2, 3000)
    for name, pattern, tails in _before(code):
        for piece in pieces:
            for sep in SEPS:
                text = piece + sep + "5"
                pos = len(text) - 1
                if pattern.match(text, max(0, pos - 40), pos):
                    assert admits_tail(tail_before(text, pos), tails), (name, text)


def test_gate_cuts_at_space_and_case_twins() -> None:
    assert gate(["dolar AS"]) == {"dol"}
    assert gate(["US $"], last=True) == {"$"}
    assert gate(["\u212aelvin"]) == {"k"}  # the Kelvin sign matches "k" in any case
    assert gate(["€"]) == frozenset()  # no ASCII text matches it; text outside ASCII passes every gate
    assert admits(head_after("5 \u20ac", 1), frozenset())


def test_gate_spaces_cover_the_patterns_spaces() -> None:
    """The gates skip spaces with ``str.isspace``: it must take every character ``WS`` takes."""
    ws = regex.compile(WS)
    assert all(chr(cp).isspace() for cp in range(0x110000) if ws.match(chr(cp)))


@pytest.mark.parametrize("code", CODES)
def test_only_the_age_beside_a_name_starts_at_a_comma(code: str) -> None:
    """``proportions.beside`` tries the place two characters before digits only for ``AGE_BESIDE``: every other
    rule starts at a digit or a word of a table, and no word starts with a comma, a bracket or a space."""
    data = languages.get(code)
    for table in (data.age_before, data.digit_words, data.tens_words, data.article_words, data.fraction_wholes):
        assert not any(w[:1] in ", (" or w[:1].isspace() for w in table)
    pattern = proportions._combined(code)
    for text in ("Smith, 45, said", "Budi (45)", "x, 5 persen", "x, 45 orang", "Ab, 4, x", "Ab, 123, x",
                 "berinisial AR, 34 tahun, x", "Ab, 34 years, x"):
        at = text.index(",") if "," in text else text.index("(") - 1
        digits = regex.search(r"\d", text)
        assert digits is not None
        if pattern.match(text, at, at + 80):
            assert proportions.beside(text, digits.start(), code)
