"""The age and fraction finder tries its pattern at a number word or an article only when the next characters
could go on with one (``proportions._share_after_words``): a dash or a slash, or a unit of time, a denominator,
a ratio's link or another word of a number. A gate that said no where the pattern matches would lose a claim,
so here the pattern is tried at every such word of generated text (the word, then every word of the language's
tables, in several cases and spacings) and of the example corpora: wherever it matches, the gate must say yes."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from factcheck.kinds.proportions import _combined, _counting_words, _share_after_words
from factcheck.scan import scan
from tests.tables import table_words
from tests.test_date_dispatch import CORPUS_CODES, SPACES, _corpus_texts, _variants

MARKS = ("-", "\u2013", "/", ",", "'s", ".", "%", "(", "1", "3", "12")


def _misses(code: str, text: str) -> list[str]:
    read = scan(text, code)
    counting, gate, pattern = _counting_words(code), _share_after_words(code), _combined(code)
    return [text[start:start + 40] for start, end, token, is_digits in read.hits
            if not is_digits and token in counting and gate.match(read.lower, end) is None
            and pattern.match(text, start, min(len(text), start + 80)) is not None]


def _generated(code: str, seed: int, count: int) -> Iterator[str]:
    counting = sorted(_counting_words(code))
    words = [*table_words(code), *MARKS]
    rng = random.Random(seed)
    for word in words:  # every word of every table right after a counting word, in every case
        for form in _variants(word):
            yield f"{rng.choice(counting)}{rng.choice(SPACES)}{form} {rng.choice(words)} {rng.choice(words)}"
    for _ in range(count):
        parts = [rng.choice(counting)]
        for _ in range(rng.randint(1, 5)):
            parts.append(rng.choice(SPACES[:3]) if rng.random() < 0.8 else rng.choice(("-", "", *SPACES)))
            parts.append(rng.choice(list(_variants(rng.choice(words)))))
        yield "".join(parts)


@pytest.mark.parametrize("code", ["en", "id", "ms"])
def test_the_gate_keeps_every_match_on_generated_text(code: str) -> None:
    misses = [miss for text in _generated(code, seed=len(code) * 31 + ord(code[0]), count=3000)
              for miss in _misses(code, text)]
    assert not misses, misses[:20]


@pytest.mark.parametrize("code", [c for c in CORPUS_CODES if c in ("en", "id", "ms")])
def test_the_gate_keeps_every_match_on_the_corpora(code: str) -> None:
    misses = [miss for text in _corpus_texts(code) for miss in _misses(code, text)]
    assert not misses, misses[:20]
