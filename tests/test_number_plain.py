"""Plain digits before a word are read without the number pattern (``factcheck.numbers._alone``): wherever that
shortcut is taken, it must make the very token the pattern would. Tried after the words of every table of the
language, in several cases and spacings, and on news."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from factcheck.numbers import _alone, _digit_token, _plain_token, patterns
from factcheck.patterns import AHEAD
from factcheck.scan import scan
from tests.tables import table_words

DIGITS = ("1", "5", "12", "007", "2024", "100", "1000", "999999", "0")
GAPS = (" ", "  ", "   ", "    ", " \u00a0", " \t", " \n")
MARKS = ("x", "X", "×", "x 10^3", "1/2", "234 567", "000 000", "e5", "-", ",", ".", "%", "$", "'s")



def _generated(code: str) -> Iterator[str]:
    rng = random.Random(len(code))
    pool = [*table_words(code), *MARKS]
    for word in pool:
        for form in {word, word.lower(), word.upper(), word[:1].upper() + word[1:]}:
            yield f"{rng.choice(DIGITS)}{rng.choice(GAPS)}{form} {rng.choice(pool)}"
    for mark in MARKS:
        for gap in GAPS:
            for digits in DIGITS:
                yield f"{digits}{gap}{mark} {rng.choice(pool)}"


def _checked(code: str, text: str) -> int:
    p = patterns(code)
    count = 0
    for start, end, token, is_digits in scan(text, code).hits:
        at = start - 1 if start and text[start - 1] in "-\u2212.," else start
        if not is_digits or at != start or not _alone(text, end, token, p):
            continue
        m = p.digits.match(text, start, start + AHEAD)
        assert m is not None and m.end() == end, text[start:start + 40]
        assert _plain_token(start, end, token) == _digit_token(m, p), text[start:start + 40]
        count += 1
    return count


@pytest.mark.parametrize("code", ["en", "id", "ms"])
def test_plain_digits_read_as_the_pattern_reads_them(code: str) -> None:
    assert sum(_checked(code, text) for text in _generated(code)) > 100


@pytest.mark.parametrize("code", ["en", "id"])
def test_plain_digits_read_as_the_pattern_reads_them_in_news(code: str) -> None:
    from benchmarks.texts import article, dense

    assert _checked(code, article(code, 300_000) + dense(code, 200_000)) > 100
