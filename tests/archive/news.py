"""Real-looking news documents for the archive tests: the founding article, its English rendering, and short
stories made of the test corpora's sentences, with ids, languages and publication dates as an archive has them."""

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
    stories = {code: dense(code, 2000 * count).split("\n") for code in ("id", "en")}
    i = 0
    while len(docs) < count:
        code = "id" if i % 2 == 0 else "en"
        lines = stories[code][i // 2 * 8:(i // 2 + 1) * 8] or stories[code][:8]
        docs.append({"id": f"{code}-{i}", "text": "\n".join(lines), "lang": None if i % 3 == 0 else code,
                     "reference_date": None if i % 4 == 0 else f"2025-0{1 + i % 9}-1{i % 10}"})
        i += 1
    return docs
