"""Properties that hold for any input: spans slice to their text, output is sorted and deterministic,
nothing crashes, and claims do not depend on unrelated text around them."""

from __future__ import annotations

from pathlib import Path

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck

SEED = (Path(__file__).parent.parent / "seeds" / "000_de487c3fb6533b13.txt").read_text(encoding="utf-8")
NEWSY = st.sampled_from([
    "Rp 14,6 triliun", "2.000 tentara", "lebih dari", "18 persen", "24 Februari 2022", "kemarin", "pukul 14.00 WIB",
    "$3.2 billion", "more than 2,000 troops", "about 5%", "last week", "three years ago", "Pasal 2 ayat (1)",
    "COVID-19", " ", ", ", ". ", "\n", "“", "”", '"', "(26/8/2025)", "dua puluh tiga", "ke-3", "1-3 Juli", "-",
    "0812-3456-7890", "www.kompas.com", "½", "１２", "\u00a0", "\u2009", "\u200b", "\u202e",
])
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(text: str, lang: str | None) -> list[factcheck.Claim]:
    claims = factcheck.extract_claims(text, lang=lang)
    for c in claims:
        assert text[c.start:c.end] == c.text
        assert 0 <= c.start < c.end <= len(text)
    assert claims == sorted(claims, key=lambda c: (c.start, c.end, c.kind))
    assert factcheck.extract_claims(text, lang=lang) == claims
    return claims


@SETTINGS
@given(st.text(max_size=300), st.sampled_from([None, "id", "en"]))
def test_arbitrary_unicode(text: str, lang: str | None) -> None:
    _check(text, lang)


@SETTINGS
@given(st.lists(NEWSY, max_size=40).map("".join), st.sampled_from(["id", "en"]))
def test_news_fragments(text: str, lang: str) -> None:
    _check(text, lang)


@SETTINGS
@given(st.integers(0, len(SEED)), st.integers(0, 40), st.text(max_size=20))
def test_mutated_seed(at: int, cut: int, insert: str) -> None:
    _check(SEED[:at] + insert + SEED[at + cut:], "id")


@SETTINGS
@given(st.sampled_from(["Kabar lain dari daerah.\n", "Baca juga: berita lain\n\n", "Other news.\n", ""]),
       st.sampled_from(["\nBerita terkait lainnya.", "\n\nEnd.", ""]))
def test_unrelated_paragraphs_only_shift_offsets(before: str, after: str) -> None:
    base = factcheck.extract_claims(SEED, lang="id")
    shifted = factcheck.extract_claims(before + SEED + after, lang="id")
    assert [(c.kind, c.text, c.start + len(before), _shift(c.value, len(before))) for c in base] == \
        [(c.kind, c.text, c.start, c.value) for c in shifted]


def _shift(value: object, by: int) -> object:
    """A value whose own offsets (a quote's speaker span) are moved by ``by``."""
    if isinstance(value, factcheck.QuoteValue) and value.speaker_start is not None:
        return attrs.evolve(value, speaker_start=value.speaker_start + by,
                            speaker_end=(value.speaker_end or 0) + by)
    return value
