"""The ordinal kind tries its pattern only at the scan hits where it may match (``ordinal.worth_trying``): not at
digits with no suffix glued to them, nor at a cardinal with no ordinal word among the hits after it. A hit left
out where the pattern matches would lose a claim, so here the pattern is tried at every hit of generated text
(cardinals, ordinals, suffixes and marks of the language's tables, in every order and several spacings) and of
the example corpora and news: wherever it matches, the gate must have let it through."""

from __future__ import annotations

import importlib
import pkgutil
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck import lang as languages
from factcheck.kinds.ordinal import _pattern, _vocabulary, worth_trying
from factcheck.patterns import upto
from factcheck.scan import scan

CORPUS = Path(__file__).parent / "corpus"
LANGS = ("en", "id", "ms")
GLUES = (" ", "  ", "-", " - ", "", " and ", " dan ", ", ", "\u00a0")


def _misses(code: str, text: str) -> list[str]:
    read = scan(text, code)
    hits, vocabulary, pattern = read.hits, _vocabulary(code), _pattern(code)
    out = []
    for i, (start, _, token, is_digits) in enumerate(hits):
        if (is_digits or token in vocabulary) and not worth_trying(read, i) and \
                pattern.match(text, start, upto(text, start)) is not None:
            out.append(text[start:start + 40])
    return out


def _generated(code: str) -> Iterator[str]:
    data = languages.get(code)
    cardinals = [*data.digit_words, *data.tens_words, *data.hundred_words, *data.scale_words, *data.teen_words,
                 *data.and_words]
    ordinals = [*data.ordinal_words, *data.rank_words]
    suffixes = [*data.ordinal_suffixes, "", ".", "x"]
    rng = random.Random(len(code))
    for ordinal in ordinals:  # a run of cardinals, then an ordinal word
        for lead in range(0, 10):
            words = [rng.choice(cardinals) for _ in range(lead)]
            yield rng.choice(GLUES).join([*words, ordinal]) + " kali ini."
            yield rng.choice(GLUES).join([*words, ordinal.title()]) + " time"
    for suffix in suffixes:
        for digits in ("1", "2", "3", "11", "21", "101", "2024"):
            yield f"the {digits}{suffix} place and {digits}{suffix.upper()} time"
    for _ in range(3000):
        pool = [*cardinals, *ordinals, "1", "22", "3rd", "x", ",", "-"]
        yield rng.choice(GLUES).join(rng.choice(pool) for _ in range(rng.randint(1, 8)))


def _corpus(code: str) -> Iterator[str]:
    for info in pkgutil.iter_modules([str(CORPUS / code)]):
        module = importlib.import_module(f"tests.corpus.{code}.{info.name}")
        for example in getattr(module, "EXAMPLES", ()):
            yield example.text


@pytest.mark.parametrize("code", LANGS)
def test_the_gate_keeps_every_ordinal_of_generated_text(code: str) -> None:
    misses = [miss for text in _generated(code) for miss in _misses(code, text)]
    assert not misses, misses[:20]


@pytest.mark.parametrize("code", LANGS)
def test_the_gate_keeps_every_ordinal_of_the_corpora(code: str) -> None:
    misses = [miss for text in _corpus(code) for miss in _misses(code, text)]
    assert not misses, misses[:20]


@pytest.mark.parametrize("code", ["en", "id"])
def test_the_gate_keeps_every_ordinal_of_news(code: str) -> None:
    from benchmarks.texts import article, dense

    for text in (article(code, 200_000), dense(code, 200_000)):
        misses = _misses(code, text)
        assert not misses, misses[:20]


def test_the_gate_leaves_out_plain_figures_and_cardinals() -> None:
    """What the gate is for: most digits and cardinals in news are no ordinal and skip the pattern."""
    read = scan("Sebanyak 12 orang dan dua juta warga, serta 3 mobil.", "id")
    tried = [read.hits.tokens[i] for i in range(len(read.hits.tokens)) if worth_trying(read, i)]
    assert not {"12", "3", "dua", "juta"} & set(tried)
