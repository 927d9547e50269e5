"""``score_sentences``: every sentence ranked, with or without a figure, by features a desk can read."""

from __future__ import annotations

import factcheck
from tests import worthiness_fit


def test_one_score_per_sentence_in_order() -> None:
    text = "Inflasi Februari 2025 tercatat 1,9 persen. Apa kabar semua? Baca juga: Harga beras turun."
    scored = factcheck.score_sentences(text, "id")
    assert [s.text for s in scored] == [text[s.start:s.end] for s in scored]
    assert [s.start for s in scored] == sorted(s.start for s in scored) and len(scored) == 3
    assert scored[0].score > scored[1].score and scored[0].worth_checking and not scored[1].worth_checking
    assert "quantity" in scored[0].types and ("figure", factcheck.worthiness.WEIGHTS["figure"]) in scored[0].features
    assert [c.text for c in scored[0].claims] == ["Februari 2025", "1,9 persen"]


def test_a_checkable_sentence_with_no_figure_outranks_opinion_and_prediction() -> None:
    for lang, checkable, others in [
        ("id", "Jumlah pengangguran terbuka turun ke level terendah sejak krisis.",
         ["Kami berharap masyarakat tetap tenang.", "Pemerintah akan terus berupaya memperbaiki layanan."]),
        ("en", "Knife crime fell to its lowest level since records began.",
         ["I think we should all be proud of our nurses.", "The minister will meet unions next week?"]),
    ]:
        scores = {s.text: s.score for s in factcheck.score_sentences(" ".join([checkable, *others]), lang)}
        assert all(scores[checkable] > scores[other] for other in others), scores


def test_ranking_on_the_annotated_sentences() -> None:
    """443 sentences of Indonesian and English news annotated by the guideline (tests/data/checkworthy.jsonl):
    the ranking on the half the weights were not fitted on, as docs/scoring.md reports it."""
    rows = {"id": [], "en": []}  # type: dict[str, list[tuple[float, bool]]]
    for passage in worthiness_fit.passages():
        if int(passage["id"].split("-")[1]) % 2 == 0:
            rows[passage["lang"]] += [(s.score, y) for s, y in worthiness_fit.labelled(passage)]
    assert worthiness_fit.auc(rows["id"]) >= 0.84
    assert worthiness_fit.auc(rows["en"]) >= 0.90
