"""What a fact-checker needs around each claim: who the sentence attributes it to, and how worth checking it is.

Attribution is read once per sentence from its cues (``menurut X``, ``mengutip dari X``, ``according to X``,
``X said``, ``kata X``) and hedges (``dilaporkan``, ``reportedly``), and every claim in the sentence carries it.

The check-worthiness ``score`` adds transparent features (see ``docs/scoring.md``): a base per kind (a figure
is more checkable than a weekday), then a named source, a comparison or superlative, an exact (non-round)
figure, a hedge, and for quotes whether they state a fact (a figure or a date inside) or a wish or opinion.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from decimal import Decimal

import attrs
import regex

from factcheck import lang as languages
from factcheck.claims import Attribution, Claim, Span
from factcheck.lang.base import LanguageData
from factcheck.patterns import WORD_END, WORD_START, compile_pattern, trie
from factcheck.speakers import cue_patterns, name_after, name_before

BASE = {"money": 0.55, "percent": 0.55, "quantity": 0.45, "date": 0.30, "duration": 0.30, "ordinal": 0.25,
        "quote": 0.30}
"""Where each kind starts: figures are what fact-checkers check most."""
WEIGHTS = {
    "named_source": 0.15,
    "hedge": 0.10,
    "comparison": 0.10,
    "exact_figure": 0.05,
    "comparator": 0.05,
    "opinion": -0.15,
    "quote_with_figure": 0.25,
    "quote_with_date": 0.10,
    "figure_in_sentence": 0.05,
    "related_link": -0.30,
}
"""How each feature moves the score (documented in docs/scoring.md)."""


def _sentence_attribution(text: str, span: Span, data: LanguageData) -> Attribution | None:
    cues = cue_patterns(data.code)
    hedge: Attribution | None = None
    for m in cues.attribution.finditer(text, span.start, span.end):
        if m.group("source"):
            name = name_after(text, m.end(), data, span.end)
            if name is not None and not name.pronoun:
                return Attribution(name.text, name.start, name.end, m.group().lower())
        elif m.group("report"):
            name = name_before(text, m.start(), data, floor=span.start)
            if name is None or name.pronoun:
                name = name_after(text, m.end(), data, span.end) if m.group().lower() in \
                    data.cues_after_quote else None
            if name is not None and not name.pronoun:
                return Attribution(name.text, name.start, name.end, m.group().lower())
        elif hedge is None:
            hedge = Attribution(None, None, None, m.group().lower(), hedge=True)
    return hedge


def attributions(text: str, code: str, sentences: Sequence[Span]) -> dict[int, Attribution | None]:
    """The attribution of each sentence, by its start offset."""
    data = languages.get(code)
    return {s.start: _sentence_attribution(text, s, data) for s in sentences}


@attrs.frozen
class _Words:
    opinion: regex.Pattern[str]
    comparison: regex.Pattern[str]


def _words(code: str) -> _Words:
    data = languages.get(code)
    return _Words(
        compile_pattern(f"{WORD_START}(?i:{trie(data.opinion_words)}){WORD_END}"),
        compile_pattern(f"{WORD_START}(?i:{trie(data.superlatives)}){WORD_END}"),
    )


_WORD_CACHE: dict[str, _Words] = {}
_RELATED = compile_pattern(r"(?i:baca juga|simak juga|lihat juga|baca selengkapnya|read also|read more|see also"
                           r"|related|also read)\s*:")


def _round(amount: Decimal) -> bool:
    if amount == 0:
        return True
    a = abs(amount)
    return a == a.to_integral_value() and (a % 10 == 0 or a < 10) or a in (Decimal("0.5"), Decimal("0.25"))


def score(claim: Claim, text: str, sentence_claims: Sequence[Claim]) -> float:
    """Check-worthiness in [0, 1] from the claim's own features and its sentence."""
    words = _WORD_CACHE.get(claim.lang) or _WORD_CACHE.setdefault(claim.lang, _words(claim.lang))
    sentence = text[claim.sentence.start:claim.sentence.end]
    value = BASE[claim.kind]
    paragraph = claim.paragraph or claim.sentence
    if _RELATED.match(text, paragraph.start, paragraph.end):
        value += WEIGHTS["related_link"]  # "Baca juga: …": the headline of another story
    if claim.attribution is not None:
        value += WEIGHTS["hedge"] if claim.attribution.hedge else WEIGHTS["named_source"]
    if claim.kind in ("money", "percent", "quantity"):
        amount = getattr(claim.value, "amount", None)
        if isinstance(amount, Decimal) and not _round(amount):
            value += WEIGHTS["exact_figure"]
        if getattr(claim.value, "comparator", None):
            value += WEIGHTS["comparator"]
    if claim.kind == "quote":
        inside = [c for c in sentence_claims if claim.start <= c.start < claim.end and c.kind != "quote"]
        if any(c.kind in ("money", "percent", "quantity") for c in inside):
            value += WEIGHTS["quote_with_figure"]
        elif any(c.kind in ("date", "duration") for c in inside):
            value += WEIGHTS["quote_with_date"]
        if words.opinion.search(claim.text):
            value += WEIGHTS["opinion"]
    else:
        if words.comparison.search(sentence):
            value += WEIGHTS["comparison"]
        if claim.kind in ("date", "duration", "ordinal") and any(
                c.kind in ("money", "percent", "quantity") for c in sentence_claims):
            value += WEIGHTS["figure_in_sentence"]
    return round(min(1.0, max(0.0, value)), 3)


def attach(text: str, code: str, claims: list[Claim], sentences: Sequence[Span]) -> list[Claim]:
    """Claims with their sentence's attribution and their score."""
    by_sentence = attributions(text, code, sentences)
    starts = sorted(by_sentence)
    with_attribution = [attrs.evolve(c, attribution=_lookup(by_sentence, starts, c.sentence.start)) for c in claims]
    grouped: dict[int, list[Claim]] = {}
    for c in with_attribution:
        grouped.setdefault(c.sentence.start, []).append(c)
    return [attrs.evolve(c, score=score(c, text, grouped[c.sentence.start])) for c in with_attribution]


def _lookup(table: dict[int, Attribution | None], starts: list[int], start: int) -> Attribution | None:
    i = bisect_right(starts, start) - 1
    return table[starts[i]] if i >= 0 else None
