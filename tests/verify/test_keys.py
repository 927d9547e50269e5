"""Grouping keys: what a figure is about, as a checker would group reports of it."""

from __future__ import annotations

import datetime as dt

import factcheck
from factcheck.verify.keys import KeyReader

DAY = dt.date(2025, 3, 4)


def keys(text: str, lang: str, reference_date: dt.date | None = DAY) -> dict[str, str | None]:
    claims = factcheck.extract_claims(text, lang=lang, reference_date=reference_date)
    reader = KeyReader(text, claims, reference_date)
    out = {}
    for claim in claims:
        described = reader.describe(claim)
        out[claim.text] = str(described[0]) if described else None
    return out


def test_the_same_toll_in_other_words_and_languages_shares_a_key() -> None:
    a = keys("Sebanyak 12 orang tewas akibat banjir di Kota Bekasi.", "id")["12"]
    b = keys("Korban meninggal dunia akibat banjir mencapai 15 orang.", "id")["15"]
    c = keys("Floods in the city of Bekasi have killed 14 people, officials said.", "en")["14"]
    assert a == b == c and a is not None and "dead" in a and "person" in a


def test_another_thing_measured_is_another_key() -> None:
    found = keys("Banjir menewaskan 12 orang, merendam 300 rumah, dan memaksa 1.200 warga mengungsi.", "id")
    assert len({found["12"], found["300"], found["1.200"]}) == 3
    assert "flooded" in (found["300"] or "") and "evacuated" in (found["1.200"] or "")


def test_the_period_is_the_date_the_figure_is_for() -> None:
    found = keys("Inflasi tahunan naik dari 2,1 persen pada Januari menjadi 2,48 persen pada Februari 2025.", "id")
    assert "2025-01" in (found["2,1 persen"] or "") and "2025-02" in (found["2,48 persen"] or "")
    assert "2025-03-04" in (keys("Korban tewas akibat banjir mencapai 15 orang.", "id")["15"] or "")


def test_forecasts_and_extremes_are_not_the_outcome() -> None:
    forecast = keys("Economists polled by Reuters had expected annual inflation of 2.40% in February.", "en")
    outcome = keys("Indonesia's annual inflation rate quickened to 2.48% in February.", "en")
    assert "forecast" in (forecast["2.40%"] or "") and "forecast" not in (outcome["2.48%"] or "")
    extreme = keys("Inflasi tahunan tertinggi terjadi di Provinsi Papua Selatan sebesar 4,12 persen.", "id")
    assert "extreme" in (extreme["4,12 persen"] or "")


def test_a_figure_that_says_nothing_of_what_it_counts_has_no_key() -> None:
    assert keys("KNN mengoperasikan 54 kapal di 32 rute.", "id") == {"54": None, "32": None}


def test_grouping_key_alone() -> None:
    text = "Sebanyak 12 orang tewas akibat banjir."
    claim = factcheck.extract_claims(text, lang="id")[0]
    key = factcheck.grouping_key(claim, text, reference_date=DAY)
    assert key is not None and (key.kind, key.subject, key.measure, key.period) == (
        "quantity", "person", "dead", "2025-03-04")
