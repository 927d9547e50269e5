"""Benchmark texts, built deterministically.

- ``article(lang, size)``: a real news article repeated to ``size`` characters: the founding article for
  Indonesian, and its English rendering (``data/en_article.txt``) for English. This is the density of claims in
  news (about one claim per 300 characters).
- ``dense(lang, size)``: whole example sentences of the corpora, shuffled with a fixed seed: every sentence has
  figures or dates, about six times the density of news. The worst case for per-claim cost.
"""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

from tests.corpus.en import dates as en_dates
from tests.corpus.en import numeric as en_numeric
from tests.corpus.en import quotes as en_quotes
from tests.corpus.id import dates as id_dates
from tests.corpus.id import numeric as id_numeric
from tests.corpus.id import quotes as id_quotes

ROOT = Path(__file__).parent.parent
SEED = (ROOT / "seeds" / "000_de487c3fb6533b13.txt").read_text(encoding="utf-8")
EN_ARTICLE = (Path(__file__).parent / "data" / "en_article.txt").read_text(encoding="utf-8")


def _repeat(paragraphs: list[str], size: int) -> str:
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        p = paragraphs[i % len(paragraphs)]
        out.append(p)
        total += len(p) + 1
        i += 1
    return "\n".join(out)[:size]


@cache
def article(lang: str, size: int) -> str:
    """A news article in ``lang`` repeated to about ``size`` characters."""
    text = SEED if lang == "id" else EN_ARTICLE
    return _repeat(text.split("\n"), size)


@cache
def dense(lang: str, size: int) -> str:
    """About ``size`` characters of corpus sentences in ``lang``: figures and dates in every sentence."""
    modules = (id_numeric, id_dates, id_quotes) if lang == "id" else (en_numeric, en_dates, en_quotes)
    sentences = [ex.text for module in modules for ex in module.EXAMPLES]
    rng = random.Random(20241125)
    rng.shuffle(sentences)
    return _repeat([" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)], size)
