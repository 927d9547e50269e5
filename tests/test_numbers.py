"""The number grammar: digits read with each language's marks, words read by place value."""

from __future__ import annotations

from decimal import Decimal

import pytest

import factcheck
from factcheck.digits import read_digits
from factcheck.lang import get
from factcheck.numbers import find_numbers, read_words

ID, EN = get("id"), get("en")


@pytest.mark.parametrize(("raw", "value"), [
    ("2.000", "2000"), ("2,5", "2.5"), ("1.234.567,89", "1234567.89"), ("100000", "100000"), (",77", "0.77"),
    ("2.5", "2.5"), ("0033", "33"), ("１２", "12"), ("1\u00a0234\u00a0567", "1234567"), ("14.00", "14.00"),
])
def test_indonesian_digits(raw: str, value: str) -> None:
    read = read_digits(raw, ID)
    assert read is not None and read[0] == Decimal(value)


@pytest.mark.parametrize(("raw", "value"), [
    ("2,000", "2000"), ("2.5", "2.5"), ("1,234,567.89", "1234567.89"), (".77", "0.77"), ("2.000", "2"),
    ("1\u2009234", "1234"), ("1,3", "1.3"),
])
def test_english_digits(raw: str, value: str) -> None:
    read = read_digits(raw, EN)
    assert read is not None and read[0] == Decimal(value)


@pytest.mark.parametrize("raw", ["1.1.1.1", "192.168.0.1", "1,2,3", "2.000.00"])
def test_identifiers_have_no_reading(raw: str) -> None:
    assert read_digits(raw, ID) is None


@pytest.mark.parametrize(("words", "value"), [
    ("nol", 0), ("sebelas", 11), ("dua belas", 12), ("dua puluh tiga", 23), ("seratus", 100), ("seribu", 1000),
    ("sejuta", 10**6), ("setengah", "0.5"), ("satu setengah juta", 1_500_000), ("tiga ratus lima puluh", 350),
    ("seratus dua puluh dua", 122), ("sepuluh ribu sebelas", 10011), ("dua ratus ribu", 200_000),
    ("tujuh ratus dua puluh satu ribu dua belas", 721012), ("dua koma lima", "2.5"),
    ("tiga puluh satu juta dua ratus lima puluh enam ribu tujuh ratus dua puluh satu", 31256721),
])
def test_indonesian_words(words: str, value: object) -> None:
    assert read_words(words.split(), "id") == (Decimal(str(value)), len(words.split()))


@pytest.mark.parametrize(("words", "value"), [
    ("two thousand five hundred", 2500), ("a dozen", 12), ("half a million", 500_000),
    ("one and a half million", 1_500_000), ("seven hundred twenty-one thousand and twelve", 721012),
    ("two point two million", 2_200_000), ("a hundred", 100), ("three thousand millions", 3_000_000_000),
    ("two hundred dozens", 2400),
])
def test_english_words(words: str, value: int) -> None:
    tokens = words.replace("-", " ").split()
    assert read_words(tokens, "en") == (Decimal(value), len(tokens))


def test_words_split_where_they_stop_being_one_number() -> None:
    text = "between two and three"
    assert [text[n.start:n.end] for n in find_numbers(text, "en")] == ["two", "three"]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("1,5 juta", "id", 1_500_000), ("5 ribu", "id", 5000), ("Rp 5 jt", "id", 5_000_000), ("100K", "id", 100_000),
    ("1.2 million", "en", 1_200_000), ("$3bn", "en", 3_000_000_000), ("-504", "en", -504), ("4.5 mln", "en", 4_500_000),
])
def test_scales(text: str, lang: str, value: int) -> None:
    (token,) = find_numbers(text, lang)
    assert token.value == value


def test_a_digit_run_longer_than_any_figure_is_no_figure() -> None:
    """29 digits overflowed decimal arithmetic once (found by hypothesis); 16 digits is a quadrillion rupiah."""
    assert factcheck.extract_claims("10000000000000000000000000000", lang="en") == []
    claims = factcheck.extract_claims("Aset itu senilai Rp 1.000.000.000.000.000.", lang="id")
    assert [(c.kind, c.value.amount) for c in claims] == [("money", Decimal("1000000000000000"))]  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "lang", "value", "ratio"), [
    ("half a dozen", "en", "6", None), ("one fifth", "en", "0.2", (1, 5)),
    ("twenty-three fifths", "en", "4.6", (23, 5)), ("forty two and a third", "en", "42.3333333333", (127, 3)),
    ("a million and a half", "en", "1500000", None), ("two million and one half", "en", "2500000", None),
    ("three quarters billion", "en", "750000000", None), ("one billion and a half million", "en", "1000500000", None),
    ("two and fifty-four hundredths", "en", "2.54", (127, 50)),
    ("two hundred point seventy-one", "en", "200.71", None), ("nought point eleven", "en", "0.11", None),
    ("10 1/2", "en", "10.5", (21, 2)), ("2⅓", "en", "2.33333333333", (7, 3)), ("1.3e6", "en", "1300000", None),
    ("6.23x10^-4", "en", "0.000623", None), ("12,34,567", "en", "1234567", None),
    ("1 414 021 100", "en", "1414021100", None), ("setengah lusin", "id", "6", None),
    ("tiga perempat miliar", "id", "750000000", None), ("dua setengah juta", "id", "2500000", None),
])
def test_fractions_and_notations(text: str, lang: str, value: str, ratio: tuple[int, int] | None) -> None:
    tokens = list(find_numbers(text, lang))
    assert [(t.start, t.end) for t in tokens] == [(0, len(text))]
    assert tokens[0].value == Decimal(value) and tokens[0].ratio == ratio


@pytest.mark.parametrize("text", ["two and three", "a third", "three quarters", "the two hundredth", "24/7"])
def test_no_fraction_where_a_reader_sees_none(text: str) -> None:
    assert all(t.ratio is None for t in find_numbers(text, "en"))
