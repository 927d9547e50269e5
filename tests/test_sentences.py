"""Sentences on offsets: abbreviations, decimals, dates and quotes do not split; the text is never rewritten."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.sentences import _BREAK, _opens_sentence, paragraphs, sentences


def _texts(text: str, lang: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text, lang)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Harga naik jadi Rp. 15.000 per kilo. Pedagang mengeluh.", "id",
     ["Harga naik jadi Rp. 15.000 per kilo.", "Pedagang mengeluh."]),
    ("Sidang digelar Selasa (26/8/2025). Hakim menunda putusan.", "id",
     ["Sidang digelar Selasa (26/8/2025).", "Hakim menunda putusan."]),
    ("Inflasi 2.5 persen. Dr. Sri menilai wajar.", "id", ["Inflasi 2.5 persen.", "Dr. Sri menilai wajar."]),
    ("Dia tinggal di Jl. Sudirman No. 5 Jakarta. Rumahnya besar.", "id",
     ["Dia tinggal di Jl. Sudirman No. 5 Jakarta.", "Rumahnya besar."]),
    ('"Kami siap," ujar Putin. "Kami menunggu."', "id", ['"Kami siap," ujar Putin.', '"Kami menunggu."']),
    ('He said: "We are ready." Then he left.', "en", ['He said: "We are ready."', "Then he left."]),
    ("The U.S. economy grew 2.5% in Q3. Mr. Smith agreed.", "en",
     ["The U.S. economy grew 2.5% in Q3.", "Mr. Smith agreed."]),
    ("J. K. Rowling wrote it. Fans cheered!", "en", ["J. K. Rowling wrote it.", "Fans cheered!"]),
    ("Apa yang terjadi? Tidak ada yang tahu.", "id", ["Apa yang terjadi?", "Tidak ada yang tahu."]),
])
def test_sentence_boundaries(text: str, lang: str, expected: list[str]) -> None:
    assert _texts(text, lang) == expected


def test_newline_ends_paragraph_and_sentence() -> None:
    text = "Judul berita tanpa titik\nIsi paragraf pertama. Kalimat kedua.\n\n  Paragraf dua.  "
    assert _texts(text, "id") == ["Judul berita tanpa titik", "Isi paragraf pertama.", "Kalimat kedua.",
                                  "Paragraf dua."]
    assert [text[p.start:p.end] for p in paragraphs(text)] == [
        "Judul berita tanpa titik", "Isi paragraf pertama. Kalimat kedua.", "Paragraf dua."]


_BREAK_PLAIN = regex.compile(
    r"(?P<stop>[.!?…]++)[\"'”’»)\]]*+(?=[ \t\u00a0\u2009\u202f]++[\"'“‘«(\[]?+[\p{Lu}\p{N}])"
    r"|(?P<nl>[\r\n\u2028\u2029]++)"
)
"""The breaks as first written, with ``regex``'s ``\\p{Lu}``: what the faster ``re`` pattern and its check of
the next word's first character must find."""


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=".!?…\"'”’»)]“‘«([ \t\u00a0\u2009\n\r\u2028aZÉé5²½_x-", max_size=30))
def test_breaks_are_the_plain_ones(text: str) -> None:
    fast = [(m.span(), m.group("next") is not None) for m in _BREAK.finditer(text)
            if m.group("next") is None or _opens_sentence(m.group("next"))]
    assert fast == [(m.span(), bool(m.group("stop"))) for m in _BREAK_PLAIN.finditer(text)]
