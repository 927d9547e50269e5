"""End to end on the founding article (seeds/), the way a fact-checker would read it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import factcheck

SEED = (Path(__file__).parent.parent / "seeds" / "000_de487c3fb6533b13.txt").read_text(encoding="utf-8")
REFERENCE = dt.date(2024, 7, 4)


def _claims() -> dict[str, factcheck.Claim]:
    return {c.text: c for c in factcheck.extract_claims(SEED, reference_date=REFERENCE)}


def test_seed_is_indonesian() -> None:
    assert factcheck.detect_language(SEED) == "id"


def test_seed_counts_with_their_nouns_and_comparators() -> None:
    claims = _claims()
    expected = {
        "2.000": (Decimal(2000), "tentara", "gt"),
        "300": (Decimal(300), "kendaraan militer", "gt"),
        "21": (Decimal(21), "pesawat tempur", None),
        "tiga": (Decimal(3), "kapal perang", None),
    }
    for text, (amount, noun, comparator) in expected.items():
        value = claims[text].value
        assert isinstance(value, factcheck.QuantityValue)
        assert (value.amount, value.noun, value.comparator) == (amount, noun, comparator)


def test_seed_percentages_and_what_they_are_shares_of() -> None:
    claims = _claims()
    share = claims["18 persen"].value
    assert isinstance(share, factcheck.PercentValue)
    assert share.amount == 18 and share.of == "seluruh perdagangan Rusia"
    assert claims["2 persen"].value.amount == 2  # type: ignore[union-attr]


def test_seed_ordinal_and_speed() -> None:
    claims = _claims()
    assert claims["kedua"].value == factcheck.OrdinalValue(2, "pertemuan")
    assert "250 Km/Jam" not in claims  # in "Baca juga: …", the headline of another story
    headline = "Kecanggihan Mobil Dinas Vladimir Putin: Sekelas Tank Antibom dan Seberat Bus, Kecepatan 250 Km/Jam"
    speed = factcheck.extract_claims(headline, lang="id")[0].value
    assert isinstance(speed, factcheck.QuantityValue) and (speed.amount, speed.unit) == (250, "km/h")


def test_seed_dates_never_invent_a_year() -> None:
    claims = _claims()
    feb = claims["24 Februari"].value
    assert isinstance(feb, factcheck.DateValue)
    assert (feb.iso, feb.resolved, feb.relative) == ("XXXX-02-24", "2024-02-24", False)
    september = claims["September lalu"].value
    assert isinstance(september, factcheck.DateValue)
    assert (september.iso, september.resolved, september.relative) == (None, "2023-09", True)
    unresolved = {c.text: c.value for c in factcheck.extract_claims(SEED, kinds=["date"])}
    assert unresolved["24 Februari"].resolved is None  # type: ignore[union-attr]


def test_seed_duration() -> None:
    assert _claims()["dua hari"].value.iso == "P2D"  # type: ignore[union-attr]


def test_seed_has_no_figures_from_names() -> None:
    texts = set(_claims())
    for name in ("SCO", "CSO", "KTT", "Xi", "Putin"):
        assert not any(name in t for t in texts if t not in ("Putin", "Xi"))
