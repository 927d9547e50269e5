"""The traps of delegating dates to dateparser, as tests of what factcheck does instead.

dateparser (1.2) given the spans of the founding article and a reference date of 2024-07-04: ``24 Februari`` →
2024-02-24 with no word that the year was guessed; ``Desember 2009`` → 2009-12-04, a day the text never gave
(taken from the reference date); ``September`` out of ``September lalu`` (its search does not know ``lalu``) →
2024-09-04, a future day; ``3 days`` → 2024-07-01, a date; ``dua hari`` → nothing. Each test pins the honest
answer on the same text.
"""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck

REF = dt.date(2024, 7, 4)


def _only(text: str, lang: str, kind: str) -> factcheck.Claim:
    found = factcheck.extract_claims(text, lang=lang, reference_date=REF)
    claims = [c for c in found if c.kind in ("date", "duration")]
    assert len(claims) == 1, claims
    assert claims[0].kind == kind
    return claims[0]


def test_a_missing_year_is_shown_not_guessed() -> None:
    value = _only("Putin mengirim pasukannya ke Ukraina pada 24 Februari.", "id", "date").value
    assert isinstance(value, factcheck.DateValue)
    assert (value.iso, value.resolved, value.granularity) == ("XXXX-02-24", "2024-02-24", "day")


def test_a_month_stays_a_month() -> None:
    value = _only("KMPMD terakumulasi sebesar Rp 10,7 triliun pada Desember 2009.", "id", "date").value
    assert isinstance(value, factcheck.DateValue)
    assert (value.iso, value.resolved, value.granularity) == ("2009-12", "2009-12", "month")


def test_last_september_is_in_the_past() -> None:
    claim = _only("Latihan gabungan itu digelar pada September lalu.", "id", "date")
    assert claim.text == "September lalu"
    assert isinstance(claim.value, factcheck.DateValue)
    assert (claim.value.iso, claim.value.resolved, claim.value.relative) == (None, "2023-09", True)


@pytest.mark.parametrize(("text", "lang", "span", "iso"), [
    ("The talks lasted 3 days.", "en", "3 days", "P3D"),
    ("Pertemuan itu berlangsung selama dua hari.", "id", "dua hari", "P2D"),
])
def test_a_length_of_time_is_no_date(text: str, lang: str, span: str, iso: str) -> None:
    claim = _only(text, lang, "duration")
    assert claim.text == span
    assert isinstance(claim.value, factcheck.DurationValue)
    assert claim.value.iso == iso


def test_a_bare_number_is_no_year() -> None:
    claims = factcheck.extract_claims("Sebanyak 24 orang tewas dalam kecelakaan itu.", lang="id", reference_date=REF)
    assert [c.kind for c in claims] == ["quantity"]
