"""Language detection: Malay and Indonesian share most of their function words, so the detector must tell them
apart by the words only one of them writes, without losing English.

``tests/data/detect_paragraphs.jsonl`` holds 40 Malay and 40 Indonesian news paragraphs (written in the register
of Bernama, Berita Harian, Harian Metro, Utusan, Sinar Harian, Malaysiakini and Astro Awani; Kompas, Detik,
Antara, Tempo, CNN Indonesia and Tribunnews; about one in five has few distinctive words, and a few use the other
language's trap words in their own sense: Malay ``pemerintah tentera``, Indonesian ``Kerajaan Arab Saudi``), and
40 English paragraphs of three sentences from the English corpus.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import factcheck

PARAGRAPHS = [json.loads(line) for line in
              (Path(__file__).parent / "data" / "detect_paragraphs.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("lang", ["ms", "id", "en"])
def test_paragraphs_are_detected(lang: str) -> None:
    texts = [p["text"] for p in PARAGRAPHS if p["lang"] == lang]
    got = Counter(factcheck.detect_language(text) for text in texts)
    assert len(texts) >= 40
    assert got[lang] / len(texts) >= 0.95, f"{lang}: {dict(got)}"


def test_malay_figures_are_read_the_malay_way() -> None:
    claims = factcheck.extract_claims("Seramai 1,500 anggota polis dikerahkan, kata beliau, manakala kadar "
                                      "inflasi ialah 1.2 peratus berbanding tahun lepas.")
    assert {c.lang for c in claims} == {"ms"}
    assert [(c.kind, str(c.value.amount)) for c in claims if c.kind in ("quantity", "percent")] == [  # type: ignore
        ("quantity", "1500"), ("percent", "1.2")]


def test_text_without_words_of_any_language_is_english() -> None:
    assert factcheck.detect_language("2024 — 1,500 / 3.3") == "en"
    assert factcheck.detect_language("") == "en"


def test_a_tie_between_malay_and_indonesian_goes_by_a_figure_with_both_marks() -> None:
    assert factcheck.detect_language("Nilainya yang terakhir 1,612.30 dan 2.5.") == "ms"
    assert factcheck.detect_language("Nilainya yang terakhir 7.312,45 dan 2,5.") == "id"
    assert factcheck.detect_language("Nilainya yang terakhir dan 2,5.") == "id"  # no such figure: the first in order
