"""Runs every example corpus under ``tests/corpus/<lang>/<kinds>.py`` (see ``tests/corpus/spec.py``).

Each example must give exactly its listed claims of the module's kinds, at the listed spans, with the listed
values; each negative must give none; each gap is a strict xfail, so a fix shows up as a failure to update.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import factcheck
import factcheck.lang
from tests.corpus.spec import C, Ex

CORPUS = Path(__file__).parent / "corpus"
AMOUNT_KEYS = {"amount", "amount_max", "rank"}


def _modules() -> list[tuple[str, str, ModuleType]]:
    """Every corpus module: the full languages' and the date-only languages' (``factcheck.lang.DATE_LANGUAGES``)."""
    out = []
    for lang in sorted(p.name for p in CORPUS.iterdir() if (p / "__init__.py").exists()):
        package = f"tests.corpus.{lang}"
        for info in pkgutil.iter_modules([str(CORPUS / lang)]):
            out.append((lang, info.name, importlib.import_module(f"{package}.{info.name}")))
    return out


MODULES = _modules()


def _anchor_span(text: str, claim: C) -> tuple[int, int]:
    pos = -1
    for _ in range(claim.nth):
        pos = text.find(claim.anchor, pos + 1)
        assert pos >= 0, f"anchor {claim.anchor!r} (#{claim.nth}) not in {text!r}"
    return pos, pos + len(claim.anchor)


def _same(key: str, expected: Any, got: Any) -> bool:
    if key in AMOUNT_KEYS and expected is not None:
        return got is not None and Decimal(str(expected)) == Decimal(str(got))
    return bool(expected == got)


def _check(lang: str, kinds: tuple[str, ...], example: Ex) -> None:
    ref = dt.date.fromisoformat(example.reference_date) if example.reference_date else None
    claims = [c for c in factcheck.extract_claims(example.text, lang=lang, reference_date=ref) if c.kind in kinds]
    got = {(c.kind, c.start, c.end): c for c in claims}
    expected = {}
    for claim in example.claims:
        start, end = _anchor_span(example.text, claim)
        expected[(claim.kind, start, end)] = claim
    problems = []
    for key, claim in expected.items():
        found = got.get(key)
        if found is None:
            near = [f"{c.kind}:{c.text!r}" for c in claims if c.start < key[2] and key[1] < c.end]
            problems.append(f"missing {claim.kind} {claim.anchor!r}" + (f" (found {', '.join(near)})" if near else ""))
            continue
        value = found.value.to_dict()
        for k, v in claim.value.items():
            if k not in value:
                problems.append(f"{claim.anchor!r}: no value key {k!r}")
            elif not _same(k, v, value[k]):
                problems.append(f"{claim.anchor!r}: {k} expected {v!r}, got {value[k]!r}")
    for key, c in got.items():
        if key not in expected:
            problems.append(f"unexpected {c.kind} {c.text!r} {c.value.to_dict()}")
    assert not problems, f"{example.text!r}\n  " + "\n  ".join(problems)


def _cases(attr: str) -> list[Any]:
    cases = []
    for lang, name, module in MODULES:
        kinds = tuple(module.KINDS)
        for i, item in enumerate(getattr(module, attr, ())):
            marks = [pytest.mark.xfail(strict=True, reason=getattr(item, "note", "") or "known gap")] \
                if attr == "GAPS" else []
            cases.append(pytest.param(lang, kinds, item, id=f"{lang}/{name}/{attr.lower()}/{i}", marks=marks))
    return cases


@pytest.mark.parametrize(("lang", "kinds", "example"), _cases("EXAMPLES"))
def test_example(lang: str, kinds: tuple[str, ...], example: Ex) -> None:
    _check(lang, kinds, example)


@pytest.mark.parametrize(("lang", "kinds", "example"), _cases("GAPS"))
def test_known_gap(lang: str, kinds: tuple[str, ...], example: Ex) -> None:
    _check(lang, kinds, example)


@pytest.mark.parametrize(("lang", "kinds", "text"), _cases("NEGATIVES"))
def test_negative(lang: str, kinds: tuple[str, ...], text: str) -> None:
    claims = [c for c in factcheck.extract_claims(text, lang=lang) if c.kind in kinds]
    assert not claims, f"{text!r} gave " + ", ".join(f"{c.kind} {c.text!r}" for c in claims)


def test_every_corpus_is_for_a_known_language() -> None:
    for lang, _, _ in MODULES:
        assert lang in factcheck.lang.DATE_LANGUAGES, f"tests/corpus/{lang}: no such language"


def test_a_date_only_language_needs_only_a_dates_corpus() -> None:
    for lang, name, module in MODULES:
        if lang not in factcheck.LANGUAGES:
            assert set(module.KINDS) <= {"date", "duration"}, f"{lang}/{name}: a date-only language has only dates"


def test_every_language_has_a_corpus_for_every_kind() -> None:
    for lang in factcheck.LANGUAGES:
        covered: set[str] = set()
        for module_lang, _, module in MODULES:
            if module_lang == lang:
                covered.update(module.KINDS)
        assert covered == set(factcheck.KINDS), f"{lang}: no corpus for {sorted(set(factcheck.KINDS) - covered)}"
