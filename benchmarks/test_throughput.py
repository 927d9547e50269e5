"""Whole-document extraction, against dateparser's ``search_dates`` (dates only) on the same text.

``python -m pytest benchmarks/ --benchmark-enable`` prints the throughput table (MB/s and the ratio to the
peer); in the normal test run each benchmark runs once, as a smoke test.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from dateparser.search import search_dates

import factcheck
from benchmarks.texts import SEED, news

SETTINGS = {"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DATES_FROM": "past"}
TEXTS = {"seed": SEED, "news-id-1MB": news("id", 1_000_000), "news-en-1MB": news("en", 1_000_000)}
LANG = {"seed": "id", "news-id-1MB": "id", "news-en-1MB": "en"}


SMOKE = 20_000
"""Characters read when benchmarks are disabled (the normal test run): enough to prove the code path."""


def _text(name: str, request: pytest.FixtureRequest) -> str:
    enabled = not request.config.getoption("benchmark_disable", True)
    return TEXTS[name] if enabled else TEXTS[name][:SMOKE]


@pytest.mark.parametrize("name", list(TEXTS))
def test_factcheck(name: str, measure: Callable[..., Any], request: pytest.FixtureRequest) -> None:
    text = _text(name, request)
    factcheck.extract_claims(text[:2000], lang=LANG[name])  # patterns compiled before timing
    claims = measure(name, "factcheck", len(text.encode("utf-8")), factcheck.extract_claims, text, lang=LANG[name])
    assert claims


@pytest.mark.parametrize("name", list(TEXTS))
def test_dateparser_search_dates(name: str, measure: Callable[..., Any], request: pytest.FixtureRequest) -> None:
    text = _text(name, request)
    found = measure(name, "dateparser.search_dates (dates)", len(text.encode("utf-8")), search_dates, text,
                    languages=[LANG[name]], settings=SETTINGS)
    assert found is None or isinstance(found, list)
