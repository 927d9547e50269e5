"""``compare``: every rule on news sentences in both languages (tests/verify/cases.py), and bad input."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

import pytest

import factcheck
from tests.verify.cases import DATES, DURATIONS, FIGURES, Case


def claim_of(case: Case) -> factcheck.Claim:
    claims = factcheck.extract_claims(case.sentence, lang=case.lang, reference_date=case.reference_date)
    found = [c for c in claims if c.text == case.anchor]
    assert found, f"no claim {case.anchor!r} in {case.sentence!r}: {[c.text for c in claims]}"
    return found[0]


@pytest.mark.parametrize("case", FIGURES + DATES + DURATIONS, ids=lambda c: f"{c.anchor}~{c.reference}")
def test_case(case: Case) -> None:
    result = factcheck.compare(claim_of(case), case.reference, rates=case.rates or None)
    assert result.verdict == case.verdict, result.reason
    assert result.reason and "\n" not in result.reason


def test_the_result_says_how_far_off() -> None:
    claim = claim_of(Case("id", "Pemerintah China mengirim 2.137 tentara.", "2.137", 2000, "inconsistent"))
    result = factcheck.compare(claim, 2000)
    assert (result.difference, result.relative_difference, result.unit) == (Decimal(137), Decimal("0.0685"), None)
    assert (result.low, result.high) == (Decimal("2136.5"), Decimal("2137.5"))
    assert "137 (6.85 %) higher" in result.reason


def test_a_converted_reference_is_named_in_the_claims_unit() -> None:
    claim = claim_of(Case("id", "Angin berembus 250 km/jam.", "250 km/jam", "155 mph", "consistent"))
    result = factcheck.compare(claim, "155 mph")
    assert "155 mph is 249.44832 km/h" in result.reason
    assert result.unit == "km/h" and result.difference == Decimal("0.55168")


def test_a_claim_as_reference_keeps_what_it_says_about_itself() -> None:
    claim = claim_of(Case("id", "Sebanyak 2.000 warga mengungsi.", "2.000", "", "consistent"))
    vague = factcheck.extract_claims("Lebih dari 1.500 warga mengungsi.", lang="id")[0]
    exact = factcheck.extract_claims("Sebanyak 2.100 warga mengungsi.", lang="id")[0]
    assert factcheck.compare(claim, vague).verdict == "not_comparable"  # a bound does not settle it
    assert factcheck.compare(claim, exact).verdict == "consistent"  # a record's own rounding does not widen it


def test_a_reference_read_in_another_language() -> None:
    claim = claim_of(Case("id", "Sebanyak 2.000 warga mengungsi.", "2.000", "", "consistent"))
    assert factcheck.compare(claim, "1,950 people", lang="en").verdict == "consistent"
    assert factcheck.compare(claim, "1,950").verdict == "inconsistent"  # read as Indonesian: 1.95


def test_a_quote_against_a_transcript() -> None:
    text = '"Kami tidak akan menaikkan harga BBM tahun ini," kata Menteri ESDM Bahlil Lahadalia.'
    quote = factcheck.extract_claims(text, lang="id", kinds=["quote"])[0]
    said = "Saya tegaskan: kami tidak akan menaikkan harga BBM tahun ini. Itu janji pemerintah."
    assert factcheck.compare(quote, said).verdict == "consistent"


@pytest.mark.parametrize(("reference", "error", "message"), [
    (True, TypeError, "not bool"),
    ([2000], TypeError, "not list"),
    (float("nan"), ValueError, "finite"),
    (math.inf, ValueError, "finite"),
    ("", ValueError, "empty"),
    ("tidak ada angka di sini", ValueError, "cannot read a figure"),
])
def test_bad_references_say_what_is_wrong(reference: object, error: type[Exception], message: str) -> None:
    claim = claim_of(Case("id", "Sebanyak 2.000 warga mengungsi.", "2.000", "", "consistent"))
    with pytest.raises(error, match=message):
        factcheck.compare(claim, reference)


def test_a_quote_needs_a_transcript() -> None:
    quote = factcheck.extract_claims('"Kami siap," ujar Putin.', lang="id", kinds=["quote"])[0]
    with pytest.raises(TypeError, match="transcript"):
        factcheck.compare(quote, 12)


@pytest.mark.parametrize(("rates", "error"), [
    ("USD/IDR=16000", TypeError), ({"USDIDR": 16000}, ValueError), ({"USD/IDR": -1}, ValueError),
    ({"USD/IDR": "lots"}, ValueError), ({"USD/IDR": None}, TypeError),
])
def test_bad_rates(rates: object, error: type[Exception]) -> None:
    claim = claim_of(Case("id", "Kerugian Rp 1,2 triliun.", "Rp 1,2 triliun", "", "consistent"))
    with pytest.raises(error):
        factcheck.compare(claim, "US$ 75 juta", rates=rates)  # type: ignore[arg-type]


def test_not_a_claim() -> None:
    with pytest.raises(TypeError, match="takes a Claim"):
        factcheck.compare("2.000", 2000)  # type: ignore[arg-type]


def test_the_result_as_json() -> None:
    claim = claim_of(Case("id", "Lebih dari 2.000 warga mengungsi.", "2.000", "", "consistent"))
    data = factcheck.compare(claim, dt.date(2024, 1, 1) if False else 2050).to_dict()
    assert data["verdict"] == "consistent" and data["low"] == 2000 and data["high"] is None
    assert data["claim_id"] == claim.id
