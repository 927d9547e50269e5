"""The public contract: arguments, errors, ordering, JSON form and schema."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest

import factcheck

SCHEMA = json.loads((Path(__file__).parent.parent / "docs" / "claim.schema.json").read_text(encoding="utf-8"))
ID_TEXT = ("Pemerintah mengucurkan Rp 14,6 triliun untuk 2.000 sekolah, naik 18 persen dari tahun lalu. "
           "Proyek kedua dimulai pada 24 Februari 2025 dan berlangsung selama dua tahun.")
EN_TEXT = ("The government spent $3.2 billion on 2,000 schools, up 18 percent from last year. "
           "The second phase began on February 24, 2025 and will last two years.")


@pytest.mark.parametrize("bad", [b"bytes", None, 12, 1.5, ["text"]])
def test_text_must_be_str(bad: object) -> None:
    with pytest.raises(TypeError, match="text must be str"):
        factcheck.extract_claims(bad)  # type: ignore[arg-type]


def test_bytes_error_says_decode() -> None:
    with pytest.raises(TypeError, match="decode"):
        factcheck.extract_claims(b"2.000 tentara")  # type: ignore[arg-type]


def test_unsupported_language_names_the_supported_ones() -> None:
    with pytest.raises(ValueError, match="supported: en, id"):
        factcheck.extract_claims("2.000 tentara", lang="xx")


def test_unknown_kind_names_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="valid kinds: quantity, percent"):
        factcheck.extract_claims("2.000 tentara", kinds=["amount"])
    with pytest.raises(TypeError, match="not a str"):
        factcheck.extract_claims("2.000 tentara", kinds="money")


@pytest.mark.parametrize("bad", ["2024-07-04", dt.datetime(2024, 7, 4), 20240704])
def test_reference_date_must_be_a_date(bad: object) -> None:
    with pytest.raises(TypeError, match="reference_date"):
        factcheck.extract_claims("kemarin", reference_date=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n"])
def test_empty_text_gives_nothing(text: str) -> None:
    assert factcheck.extract_claims(text) == []


def test_language_is_detected() -> None:
    assert {c.lang for c in factcheck.extract_claims(ID_TEXT)} == {"id"}
    assert {c.lang for c in factcheck.extract_claims(EN_TEXT)} == {"en"}
    assert factcheck.detect_language(ID_TEXT) == "id"
    assert factcheck.detect_language(EN_TEXT) == "en"


def test_detected_language_reads_numbers_its_way() -> None:
    id_claims = factcheck.extract_claims("Sebanyak 2.500 orang dan 2,5 ton beras dikirim ke lokasi itu.")
    assert [c.value.amount for c in id_claims] == [Decimal(2500), Decimal("2.5")]  # type: ignore[union-attr]
    en_claims = factcheck.extract_claims("Some 2,500 people and 2.5 tons of rice were sent to the area.")
    assert [c.value.amount for c in en_claims] == [Decimal(2500), Decimal("2.5")]  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [ID_TEXT, EN_TEXT])
def test_claims_are_sorted_and_slice_to_their_text(text: str) -> None:
    claims = factcheck.extract_claims(text, reference_date=dt.date(2025, 3, 1))
    assert claims == sorted(claims, key=lambda c: (c.start, c.end, c.kind))
    for c in claims:
        assert text[c.start:c.end] == c.text
        assert c.sentence.start <= c.start < c.end <= c.sentence.end
    kinds = {c.kind for c in claims}
    assert {"money", "quantity", "percent", "ordinal", "date", "duration"} <= kinds


def test_kinds_filter() -> None:
    claims = factcheck.extract_claims(ID_TEXT, kinds=["money", "percent"])
    assert {c.kind for c in claims} == {"money", "percent"}


@pytest.mark.parametrize("text", [ID_TEXT, EN_TEXT])
def test_to_dict_is_json_and_matches_the_schema(text: str) -> None:
    claims = factcheck.extract_claims(text, reference_date=dt.date(2025, 3, 1))
    assert claims
    for c in claims:
        data = c.to_dict()
        assert json.loads(json.dumps(data)) == data
        jsonschema.validate(data, SCHEMA)


def test_amounts_are_exact_decimals_and_whole_amounts_are_json_integers() -> None:
    (money,) = factcheck.extract_claims("Anggaran itu mencapai Rp 14,6 triliun.", kinds=["money"])
    assert money.value.amount == Decimal("14600000000000")  # type: ignore[union-attr]
    assert money.to_dict()["value"]["amount"] == 14600000000000
    assert isinstance(money.to_dict()["value"]["amount"], int)


def test_claims_are_frozen_and_pickle() -> None:
    claims = factcheck.extract_claims(EN_TEXT)
    with pytest.raises(AttributeError):
        claims[0].start = 3  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(claims)) == claims


def test_same_input_same_output() -> None:
    assert factcheck.extract_claims(ID_TEXT) == factcheck.extract_claims(ID_TEXT)


def test_a_date_only_language_gives_dates_and_nothing_it_has_no_rules_for() -> None:
    """Spanish has no hand-made tables: dates come from dateparser's data, other kinds asked of it yield nothing."""
    text = "El paro bajó un 3 % el 24 de febrero de 2022, dijo el ministro: «Es un buen dato»."
    claims = factcheck.extract_claims(text, lang="es")
    assert [(c.kind, c.text) for c in claims] == [("date", "24 de febrero de 2022")]
    assert factcheck.extract_claims(text, lang="es", kinds=["percent", "quote"]) == []
    assert "es" in factcheck.lang.DATE_LANGUAGES and "es" not in factcheck.LANGUAGES
