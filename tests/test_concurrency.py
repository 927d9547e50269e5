"""The same results from 8 threads at once and from a process pool; claims round-trip through pickle and JSON."""

from __future__ import annotations

import json
import pickle
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import factcheck

SEED = (Path(__file__).parent.parent / "seeds" / "000_de487c3fb6533b13.txt").read_text(encoding="utf-8")
EN = ('"We are ready," he said on Tuesday, February 24, 2022. More than 2,000 troops, $3.2 billion and 18% of trade '
      "were involved, the ministry said three years ago.")
TEXTS = [(SEED, "id"), (EN, "en")] * 8


def _extract(item: tuple[str, str]) -> list[dict[str, object]]:
    text, lang = item
    return [c.to_dict() for c in factcheck.extract_claims(text, lang=lang)]


def test_threads_give_the_same_results() -> None:
    expected = [_extract(item) for item in TEXTS]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(_extract, TEXTS)) == expected


def test_a_fresh_thread_compiles_safely() -> None:
    """Patterns are compiled lazily; eight threads asking for a language at the same time agree."""
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(_extract, [(EN, "en")] * 8))
    assert all(r == results[0] for r in results)


def test_process_pool_gives_the_same_results() -> None:
    expected = [_extract(item) for item in TEXTS[:4]]
    with ProcessPoolExecutor(max_workers=2) as pool:
        assert list(pool.map(_extract, TEXTS[:4])) == expected


def test_claims_round_trip() -> None:
    for text, lang in TEXTS[:2]:
        claims = factcheck.extract_claims(text, lang=lang)
        assert {c.kind for c in claims} >= {"date", "quantity", "quote"}
        assert pickle.loads(pickle.dumps(claims)) == claims
        for c in claims:
            assert factcheck.Claim.from_dict(json.loads(json.dumps(c.to_dict()))) == c
