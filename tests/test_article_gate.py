"""The article before a unit (``a kilogram``, ``a dime``, ``a grand``) is matched only where the word after it
starts like a word it counts (``Gates.article_after``): wherever ``article_unit`` matches, the gate must admit,
after the words of every table of the language in several cases and spacings, and in news."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from factcheck import lang as languages
from factcheck.kinds.numeric.patterns import patterns
from factcheck.patterns import admits, head_after, upto
from factcheck.scan import scan
from tests.tables import table_words

GAPS = (" ", "  ", "   ", "    ", "\u00a0", "\t", " \u2009", "\n", "")



def _generated(code: str) -> Iterator[str]:
    data = languages.get(code)
    for article in sorted(data.article_words):
        for word in table_words(code):
            for form in {word, word.lower(), word.upper(), word[:1].upper() + word[1:]}:
                for gap in GAPS:
                    yield f"for {article}{gap}{form} of it, {article.upper()}{gap}{form}."


def _checked(code: str, text: str) -> int:
    p = patterns(code)
    articles = frozenset(w.lower() for w in p.data.article_words)
    matched = 0
    for start, end, _, _ in scan(text, code).words(articles):
        if p.article_unit.match(text, start, upto(text, start, 40)) is not None:
            assert admits(head_after(text, end), p.gates.article_after), text[start:start + 40]
            matched += 1
    return matched


@pytest.mark.parametrize("code", ["en", "id", "ms"])
def test_article_gate_admits_wherever_the_pattern_matches(code: str) -> None:
    found = sum(_checked(code, text) for text in _generated(code))
    assert found > 100 or not languages.get(code).article_words


def test_article_gate_in_news() -> None:
    from benchmarks.texts import article, dense

    assert _checked("en", article("en", 300_000) + dense("en", 300_000)) > 0
