"""``find_conflicts`` on 26 short articles about six events (tests/verify/articles.py): it reports the planted
disagreements, and nothing else."""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck
from tests.verify.articles import DOCUMENTS, PLANTED, TRAPS

REPORT = factcheck.find_conflicts(DOCUMENTS)
TEXTS = {d["id"]: d["text"] for d in DOCUMENTS}


def _span(doc: str, figure: str) -> tuple[int, int]:
    start = TEXTS[doc].index(figure)
    return start, start + len(figure)


def _covers(claim: factcheck.Claim, doc: str, figure: str) -> bool:
    start, end = _span(doc, figure)
    return claim.start < end and start < claim.end


def _reported(doc: str, figure: str) -> list[factcheck.Conflict]:
    return [c for c in REPORT if any(d == doc and _covers(claim, doc, figure) for d, claim in c.members)]


@pytest.mark.parametrize("planted", PLANTED, ids=lambda p: p["name"])
def test_every_planted_disagreement_is_reported(planted: dict[str, object]) -> None:
    figures: dict[str, str] = planted["figures"]  # type: ignore[assignment]
    values = {doc: figure for doc, figure in figures.items()}
    odd = [doc for doc, figure in values.items() if list(values.values()).count(figure) == 1
           and not any(f == figure for d, f in values.items() if d != doc)]
    found = [c for doc in odd for c in _reported(doc, values[doc])]
    assert found, f"{planted['name']}: not reported"
    conflict = found[0]
    readings = [{doc for doc, _ in reading} for reading in conflict.readings]
    assert len(readings) >= 2
    apart = [doc for doc in figures if any(doc in r for r in readings)]
    assert len(apart) >= 2 and len({frozenset(r) for r in readings}) >= 2


def test_nothing_else_is_reported() -> None:
    planted_docs = [set(p["figures"]) for p in PLANTED]  # type: ignore[arg-type]
    for conflict in REPORT:
        docs = {doc for doc, _ in conflict.members}
        assert any(docs <= planted for planted in planted_docs), conflict.reason
    assert len(REPORT) == len(PLANTED)


@pytest.mark.parametrize("trap", TRAPS, ids=lambda t: t["name"])
def test_no_trap_is_a_conflict_of_its_own(trap: dict[str, object]) -> None:
    """A trap's figures may sit in a planted conflict's group (they agree with one side of it), never in a
    conflict whose disagreeing readings are the trap's figures alone."""
    figures: dict[str, object] = trap["figures"]  # type: ignore[assignment]
    for conflict in REPORT:
        inside = [doc for doc, claim in conflict.members
                  for figure in (figures.get(doc) if isinstance(figures.get(doc), list) else [figures.get(doc)])
                  if isinstance(figure, str) and _covers(claim, doc, figure)]
        assert len(inside) < len(conflict.members) or not inside, (trap["name"], conflict.reason)


def test_the_report() -> None:
    assert REPORT.documents == len(DOCUMENTS) and REPORT.claims > 250 and REPORT.errors == ()
    toll = next(c for c in REPORT if c.key.measure == "dead")
    assert "15 (detik-banjir-1)" in toll.reason and toll.reason.startswith("dead: ")
    assert len(toll.sentences) == len(toll.members)
    assert toll.to_dict()["readings"][1][0]["doc_id"] == "detik-banjir-1"


def test_a_bad_document_is_recorded_and_the_rest_go_on() -> None:
    docs = [*DOCUMENTS[:8], {"id": "bytes", "text": b"12 orang tewas"}, {"id": "lang", "text": "x", "lang": "fr"},
            {"id": "date", "text": "x", "reference_date": "04/03/2025"}, "not a mapping", *DOCUMENTS[8:]]
    report = factcheck.find_conflicts(docs)  # type: ignore[arg-type]
    assert [doc for doc, _ in report.errors] == ["bytes", "lang", "date", "11"]
    assert "text must be a str" in report.errors[0][1] and "unsupported lang" in report.errors[1][1]
    assert len(report) == len(REPORT) and report.documents == len(DOCUMENTS) + 4


def test_claims_extracted_before_are_used_as_they_are() -> None:
    docs = []
    for d in DOCUMENTS:
        day = dt.date.fromisoformat(d["reference_date"])
        docs.append({**d, "claims": factcheck.extract_claims(d["text"], lang=d["lang"], reference_date=day)})
    assert [c.reason for c in factcheck.find_conflicts(docs)] == [c.reason for c in REPORT]


def test_amounts_in_two_currencies_meet_only_with_a_rate() -> None:
    docs = [{"id": "a", "lang": "id", "reference_date": "2025-03-20",
             "text": "KNN membukukan rugi bersih Rp 1,2 triliun sepanjang 2024."},
            {"id": "b", "lang": "en", "reference_date": "2025-03-20",
             "text": "KNN posted a net loss of $95 million for 2024."}]
    assert len(factcheck.find_conflicts(docs)) == 0
    assert len(factcheck.find_conflicts(docs, rates={"USD/IDR": 16000})) == 1
    assert len(factcheck.find_conflicts(docs, rates={"USD/IDR": 12600})) == 0
