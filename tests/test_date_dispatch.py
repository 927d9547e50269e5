"""The date finder tries, at plain digits followed by a space, only the digit rules whose next words the text
admits (``Rule.after``, ``factcheck.kinds.dates.finder.digit_rules``), and after a month name only those whose
words after the month it admits (``Rule.after_month``, ``digit_rules_at``). A rule left out where its pattern matches
would lose a claim, so here every digit rule's own pattern is tried at every digit run of generated text (the
digits then the words and marks of every table of the language, in several cases and spacings) and of real text
(the example corpora, the benchmark texts): wherever a rule matches, the dispatch must have kept it."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck import lang as languages
from factcheck.kinds.dates.finder import _DIGIT_RULES, _combined, digit_rules_at
from factcheck.patterns import upto
from factcheck.scan import scan
from tests.tables import table_words

CORPUS = Path(__file__).parent / "corpus"
CORPUS_CODES = sorted(p.name for p in CORPUS.iterdir() if (p / "__init__.py").exists())
DIGITS = ("1", "3", "5", "8", "12", "10", "24", "31", "99", "1430", "1990", "2019", "2024", "2100", "75")
SPACES = (" ", "  ", "   ", "    ", "\u00a0", "\u2009", "\u202f", "\t", "\n", " \u00a0")
MARKS = (",", "-", "/", "'s", "'", "’", "s", "\u2013", "\u2014", ".", ":", "Q1", "h2", "&", "(", ")", "am", "p.m.")



def _variants(word: str) -> Iterator[str]:
    yield from sorted({word, word.lower(), word.upper(), word[:1].upper() + word[1:]})


def _misses(code: str, text: str) -> list[tuple[str, str]]:
    """The (rule, text there) of every digit rule that matches at a digit run where the dispatch left it out."""
    out = []
    hits = scan(text, code).hits
    for i, (start, _, _, is_digits) in enumerate(hits):
        if not is_digits:
            continue
        some = digit_rules_at(text, code, hits, i)
        if some is None:
            continue
        at = start - 1 if start and text[start - 1] in "'’" else start
        for rule in _DIGIT_RULES:
            if rule not in some and _combined(code, (rule,)).match(text, at, upto(text, at)) is not None:
                out.append((rule.name, text[at:at + 40]))
    return out


def _generated(code: str, seed: int, count: int) -> Iterator[str]:
    words = table_words(code)
    pool = [*words, *MARKS, *DIGITS]
    rng = random.Random(seed)
    for word in words:  # every word right after digits, in every case, then more words
        for form in _variants(word):
            yield f"{rng.choice(DIGITS)}{rng.choice(SPACES)}{form} {rng.choice(DIGITS)} {rng.choice(pool)}"
    months = sorted(languages.get(code).months)
    for word in [*words, *MARKS]:  # every word after a day and its month, past a comma or not (Rule.after_month)
        for form in _variants(word):
            comma = rng.choice(("", ",", " ,", ", "))
            yield f"{rng.choice(DIGITS)} {rng.choice(months)}{comma}{rng.choice(SPACES)}{form} {rng.choice(pool)}"
    for mark in MARKS:
        for digits in DIGITS:
            for space in SPACES:
                yield f"{digits}{space}{mark}{rng.choice(('', ' '))}{rng.choice(pool)} {rng.choice(pool)}"
    for _ in range(count):
        parts = [rng.choice(DIGITS)]
        for _ in range(rng.randint(1, 5)):
            parts.append(rng.choice(SPACES[:3]) if rng.random() < 0.8 else rng.choice(SPACES))
            piece = rng.choice(pool)
            parts.append(rng.choice(list(_variants(piece))))
        yield "".join(parts)


@pytest.mark.parametrize("code", sorted({"en", "id", "ms", *CORPUS_CODES}))
def test_dispatch_keeps_every_matching_rule_on_generated_text(code: str) -> None:
    texts = list(_generated(code, seed=len(code) * 7919 + ord(code[0]), count=4000))
    misses = [miss for text in texts for miss in _misses(code, text)]
    assert not misses, misses[:20]


def _corpus_texts(code: str) -> Iterator[str]:
    package = f"tests.corpus.{code}"
    for info in pkgutil.iter_modules([str(CORPUS / code)]):
        module = importlib.import_module(f"{package}.{info.name}")
        for example in getattr(module, "EXAMPLES", ()):
            yield example.text


_RUN = re.compile(r"(\d+)([ \t\u00a0]*)(?=\S)")


def _respaced(text: str, rng: random.Random) -> Iterator[str]:
    """``text`` with the gap after each of its digit runs made another: none, one space or more, other spaces."""
    for m in _RUN.finditer(text):
        for space in [*rng.sample(SPACES, 4), ""]:
            yield text[:m.end(1)] + space + text[m.end():]


def _in_digits(text: str, code: str) -> Iterator[str]:
    """``text`` with each number word written in digits (``two and a half years`` → ``2 and a half years``)."""
    for word, value in languages.get(code).digit_words.items():
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE):
            yield text[:m.start()] + str(value) + text[m.end():]


@pytest.mark.parametrize("code", CORPUS_CODES)
def test_dispatch_keeps_every_matching_rule_on_the_corpora(code: str) -> None:
    rng = random.Random(len(code))
    written = [variant for text in _corpus_texts(code) for variant in [text, *_in_digits(text, code)]]
    texts = [variant for text in written for variant in [text, *_respaced(text, rng)]]
    misses = [miss for text in texts for miss in _misses(code, text)]
    assert not misses, misses[:20]


@pytest.mark.parametrize("code", ["en", "id"])
def test_dispatch_keeps_every_matching_rule_on_news(code: str) -> None:
    from benchmarks.texts import article, dense

    for text in (article(code, 300_000), dense(code, 200_000)):
        misses = _misses(code, text)
        assert not misses, misses[:20]
