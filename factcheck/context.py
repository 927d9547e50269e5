"""What a fact-checker needs around each claim: who the sentence attributes it to, and how worth checking it is.

Attribution is read once per sentence from its cues (``menurut X``, ``mengutip dari X``, ``according to X``,
``X said``, ``kata X``) and hedges (``dilaporkan``, ``reportedly``), and every claim in the sentence carries it.

The check-worthiness ``score`` adds transparent features (see ``docs/scoring.md``): a base per kind (a figure
is more checkable than a weekday), then a named source, a comparison or superlative, an exact (non-round)
figure, a hedge, and for quotes whether they state a fact (a figure or a date inside) or a wish or opinion.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from decimal import Decimal

import attrs
import regex

from factcheck import lang as languages
from factcheck.claims import Attribution, Span, Value
from factcheck.lang.base import LanguageData
from factcheck.patterns import WORD_END, WORD_START, compile_pattern, trie
from factcheck.scan import Scan
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


def _sentence_attribution(text: str, span: Span, data: LanguageData, cue_starts: list[int]) -> Attribution | None:
    cues = cue_patterns(data.code)
    hedge: Attribution | None = None
    first = bisect_left(cue_starts, span.start)
    matches = (cues.attribution.match(text, at, min(span.end, at + 60))
               for at in cue_starts[first:bisect_left(cue_starts, span.end)])
    for m in matches:
        if m is None:
            continue
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


def attributions(text: str, code: str, sentences: Sequence[Span], read: Scan) -> dict[int, Attribution | None]:
    """The attribution of each of ``sentences``, by its start offset."""
    data = languages.get(code)
    cue_starts = [h[0] for h in read.words(cue_patterns(code).attribution_words)]
    return {s.start: _sentence_attribution(text, s, data, cue_starts) for s in sentences}


@attrs.frozen
class _Words:
    opinion: regex.Pattern[str]
    comparison: regex.Pattern[str]


def _words(code: str) -> _Words:
    data = languages.get(code)
    return _Words(
        compile_pattern(f"{WORD_START}(?i:{trie(data.opinion_words)}){WORD_END}", scanning=True),
        compile_pattern(f"{WORD_START}(?i:{trie(data.superlatives)}){WORD_END}", scanning=True),
    )


_WORD_CACHE: dict[str, _Words] = {}
_RELATED = compile_pattern(r"(?i:baca juga|simak juga|lihat juga|baca selengkapnya|read also|read more|see also"
                           r"|related|also read)\s*:")


def _round(amount: Decimal) -> bool:
    """Whether a figure is round (2,000, 7, 0.5, 150) rather than exact (2,347, 3.14, 18)."""
    digits = amount.normalize().as_tuple()
    exponent = digits.exponent if isinstance(digits.exponent, int) else 0
    significant = len(digits.digits)
    return significant == 1 or (significant == 2 and exponent >= 1)


@attrs.frozen
class Placed:
    """A candidate with the sentence and paragraph it stands in."""

    kind: str
    start: int
    end: int
    value: Value
    sentence: Span
    paragraph: Span


_FIGURE_KINDS = frozenset({"money", "percent", "quantity"})


def score(claim: Placed, text: str, attribution: Attribution | None, sentence_claims: Sequence[Placed],
          words: _Words, comparative: bool) -> float:
    """Check-worthiness in [0, 1] from the claim's own features and its sentence."""
    value = BASE[claim.kind]
    if _RELATED.match(text, claim.paragraph.start, min(claim.paragraph.end, claim.paragraph.start + 40)):
        value += WEIGHTS["related_link"]  # "Baca juga: …": the headline of another story
    if attribution is not None:
        value += WEIGHTS["hedge"] if attribution.hedge else WEIGHTS["named_source"]
    if claim.kind in _FIGURE_KINDS:
        amount = getattr(claim.value, "amount", None)
        if isinstance(amount, Decimal) and not _round(amount):
            value += WEIGHTS["exact_figure"]
        if getattr(claim.value, "comparator", None):
            value += WEIGHTS["comparator"]
    if claim.kind == "quote":
        inside = [c for c in sentence_claims if claim.start <= c.start < claim.end and c.kind != "quote"]
        if any(c.kind in _FIGURE_KINDS for c in inside):
            value += WEIGHTS["quote_with_figure"]
        elif any(c.kind in ("date", "duration") for c in inside):
            value += WEIGHTS["quote_with_date"]
        if words.opinion.search(text, claim.start, claim.end):
            value += WEIGHTS["opinion"]
    else:
        if comparative:
            value += WEIGHTS["comparison"]
        if claim.kind in ("date", "duration", "ordinal") and any(c.kind in _FIGURE_KINDS for c in sentence_claims):
            value += WEIGHTS["figure_in_sentence"]
    return round(min(1.0, max(0.0, value)), 3)


def annotate(text: str, code: str, placed: Sequence[Placed], read: Scan) -> list[tuple[Attribution | None, float]]:
    """The attribution of each claim's sentence and the claim's score, in the order given."""
    sentences = {p.sentence.start: p.sentence for p in placed}
    by_sentence = attributions(text, code, list(sentences.values()), read)
    grouped: dict[int, list[Placed]] = {}
    for p in placed:
        grouped.setdefault(p.sentence.start, []).append(p)
    words = _WORD_CACHE.get(code) or _WORD_CACHE.setdefault(code, _words(code))
    comparative = {start: words.comparison.search(text, s.start, s.end) is not None for start, s in sentences.items()}
    out = []
    for p in placed:
        attribution = by_sentence[p.sentence.start]
        out.append((attribution, score(p, text, attribution, grouped[p.sentence.start], words,
                                       comparative[p.sentence.start])))
    return out
