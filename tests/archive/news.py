"""Real-looking news documents for the archive tests: the founding article, its English rendering, stories made
of their paragraphs, and stories made of the test corpora's sentences, with ids, languages and publication
dates as an archive has them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from benchmarks.texts import EN_ARTICLE, SEED, dense


def documents(count: int = 40) -> list[dict[str, Any]]:
    """``count`` documents: the two articles first, then corpus stories of 2,000 characters in both languages."""
    docs: list[dict[str, Any]] = [
        {"id": "seed", "text": SEED, "lang": "id", "reference_date": "2024-07-04"},
        {"id": "en-article", "text": EN_ARTICLE, "lang": "en", "reference_date": dt.date(2024, 7, 4)},
    ]
    dense_lines = {code: dense(code, 500 * count).split("\n") for code in ("id", "en")}
    article_lines = {"id": SEED.split("\n"), "en": EN_ARTICLE.split("\n")}
    i = 0
    while len(docs) < count:
        code = "id" if i % 2 == 0 else "en"
        if i % 4 < 2:  # paragraphs of a news article, rotated: news density
            paragraphs = article_lines[code]
            k = i // 4 % len(paragraphs)
            lines = (paragraphs[k:] + paragraphs[:k])[:8]
        else:  # corpus sentences: six times the figures of news
            lines = dense_lines[code][i // 4 * 2:i // 4 * 2 + 2] or dense_lines[code][:2]
        docs.append({"id": f"{code}-{i}", "text": "\n".join(lines), "lang": None if i % 3 == 0 else code,
                     "reference_date": None if i % 4 == 0 else f"2025-0{1 + i % 9}-1{i % 10}"})
        i += 1
    return docs
