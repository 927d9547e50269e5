"""News-like benchmark texts, built deterministically from the seed article and the example corpora.

Paragraphs are the seed's own and whole example sentences of each language, shuffled with a fixed seed and
repeated to the size asked for, so every run measures the same text.
"""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

from tests.corpus.en import dates as en_dates
from tests.corpus.en import numeric as en_numeric
from tests.corpus.id import dates as id_dates
from tests.corpus.id import numeric as id_numeric

ROOT = Path(__file__).parent.parent
SEED = (ROOT / "seeds" / "000_de487c3fb6533b13.txt").read_text(encoding="utf-8")


@cache
def _paragraphs(lang: str) -> tuple[str, ...]:
    modules = (id_numeric, id_dates) if lang == "id" else (en_numeric, en_dates)
    sentences = [ex.text for module in modules for ex in module.EXAMPLES]
    sentences += list(id_numeric.NEGATIVES if lang == "id" else en_numeric.NEGATIVES)
    rng = random.Random(20241125)
    rng.shuffle(sentences)
    paragraphs = [" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)]
    if lang == "id":
        paragraphs += SEED.split("\n")
    return tuple(paragraphs)


@cache
def news(lang: str, size: int) -> str:
    """About ``size`` characters of news-like text in ``lang``."""
    paragraphs = _paragraphs(lang)
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        p = paragraphs[i % len(paragraphs)]
        out.append(p)
        total += len(p) + 1
        i += 1
    return "\n".join(out)[:size]
