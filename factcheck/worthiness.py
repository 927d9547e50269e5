"""Which sentences are worth checking: ``score_sentences`` ranks every sentence of a text, with or without a figure.

A sentence is worth checking when it makes a factual statement whose truth a reader would want to know and a
record could settle (the guideline of Full Fact and ClaimBuster). The score reads features a person can name, each
with one weight:

- what the sentence holds: a figure (quantity, percentage, money), a date, a named source or a quote;
- what kind of statement it makes, by Full Fact's claim types, from the language's cue words
  (``LanguageData.sentence_cues``): a comparison or trend, a rule or law, a cause, a prediction, a personal
  experience, an opinion, an appeal or a courtesy, and boilerplate (``Baca juga:``);
- its form: a question, a very short sentence, names of people and institutions in it.

The score is the logistic of the weighted sum, in [0, 1]. The weights are few, and were fitted once on the
annotated sentences in ``tests/data/checkworthy.jsonl`` (``python -m tests.worthiness_fit``); ``docs/scoring.md``
gives them, the threshold a claim monitor should use, and its precision and recall.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

import attrs
import regex

from factcheck import lang as languages
from factcheck.api import extract_claims
from factcheck.claims import Claim
from factcheck.context import link_label
from factcheck.detect import detect_language
from factcheck.kinds.proportions import is_age
from factcheck.patterns import WORD_END, WORD_START, compile_pattern, trie
from factcheck.sentences import sentences

BIAS = -1.4
WEIGHTS: dict[str, float] = {
    "figure": 1.3,
    "date": 0.9,
    "named": 0.3,
    "attributed": -0.3,
    "quote": -0.2,
    "trend": 1.3,
    "rule": 0.8,
    "causation": 0.7,
    "prediction": -1.4,
    "personal": -0.3,
    "opinion": -0.4,
    "appeal": -1.0,
    "boilerplate": -0.6,
    "question": -0.3,
    "short": -0.2,
}
"""How much each feature moves a sentence's score (log-odds); see docs/scoring.md for how they were fitted."""

THRESHOLD = 0.35
"""The score from which a claim monitor keeps a sentence (docs/scoring.md gives its precision and recall)."""

TYPES = {"figure": "quantity", "trend": "comparison", "prediction": "prediction", "causation": "causation",
         "rule": "rule", "attributed": "attributed", "quote": "attributed", "personal": "personal",
         "opinion": "opinion", "question": "opinion"}
"""Features that name one of Full Fact's claim types."""

_FIGURES = frozenset({"quantity", "percent", "money"})
_CAPITALISED = compile_pattern(r"(?<=[\p{L}\p{N},;:] )\p{Lu}[\p{L}\p{M}\-]*+", scanning=True)
_WORD = compile_pattern(r"[\p{L}\p{N}]+", scanning=True)
_SHORT = 6


@attrs.frozen
class SentenceScore:
    """One sentence: where it is, how worth checking it is, why, and the claims in it."""

    start: int
    end: int
    text: str
    score: float
    types: tuple[str, ...]
    """Full Fact's claim types the sentence shows: quantity, comparison, prediction, causation, rule,
    attributed, personal, opinion."""
    features: tuple[tuple[str, float], ...]
    """Each feature found, with what it added to the log-odds: the score's parts, for a desk tuning a threshold."""
    claims: tuple[Claim, ...]

    @property
    def worth_checking(self) -> bool:
        return self.score >= THRESHOLD


@cache
def _cues(code: str) -> tuple[regex.Pattern[str] | None, dict[str, frozenset[str]]]:
    by_word: dict[str, set[str]] = {}
    for kind, words in languages.get(code).sentence_cues.items():
        for word in words:
            by_word.setdefault(word.lower(), set()).add(kind)
    if not by_word:
        return None, {}
    pattern = compile_pattern(f"{WORD_START}(?i:{trie(by_word)}){WORD_END}", scanning=True)
    return pattern, {word: frozenset(kinds) for word, kinds in by_word.items()}


def score_sentences(text: str, lang: str | None = None, *,
                    reference_date: dt.date | None = None) -> list[SentenceScore]:
    """Every sentence of ``text``, in order, scored for check-worthiness (see the module's docstring)."""
    claims = extract_claims(text, lang=lang, reference_date=reference_date)
    code = lang or (claims[0].lang if claims else detect_language(text))
    spans = sentences(text, code)
    starts = [s.start for s in spans]
    held: list[list[Claim]] = [[] for _ in spans]
    for claim in claims:
        k = bisect_right(starts, claim.start) - 1
        if k >= 0:
            held[k].append(claim)
    cue_kinds: list[set[str]] = [set() for _ in spans]
    pattern, kinds_of = _cues(code)
    if pattern is not None:
        for m in pattern.finditer(text):
            k = bisect_right(starts, m.start()) - 1
            if k >= 0 and m.start() < spans[k].end:
                cue_kinds[k] |= kinds_of[" ".join(m.group().lower().split())]
    link = link_label(code)
    return [_score(text, span.start, span.end, held[k], cue_kinds[k],
                   link is not None and link.match(text, span.start, span.end) is not None)
            for k, span in enumerate(spans)]


def sentence_features(text: str, start: int, end: int, claims: Sequence[Claim], cues: set[str],
                      link: bool = False) -> list[str]:
    """The features of the sentence ``text[start:end]`` (names of ``WEIGHTS``); ``link``: the sentence opens with
    a link label (``Baca juga:``), so the rest is another story's headline and nothing in it is a claim here."""
    if link:
        return ["boilerplate"]
    found = set(cues) & set(WEIGHTS)
    quotes = [c for c in claims if c.kind == "quote"]
    outside_quotes = [c for c in claims if c.kind != "quote" and not any(q.start <= c.start < q.end for q in quotes)]
    if any(c.kind in _FIGURES and not is_age(c.value) for c in outside_quotes):  # a person's age is no statistic
        found.add("figure")
    if any(c.kind == "duration" or (c.kind == "date" and getattr(c.value, "granularity", "") != "time")
           for c in claims):  # a clock time alone is the schedule of an event, not a claim about it
        found.add("date")
    if quotes and sum(q.end - q.start for q in quotes) * 2 >= end - start:
        found.add("quote")
    if any(c.attribution is not None and c.attribution.source for c in claims) or any(
            c.value.speaker for c in quotes if hasattr(c.value, "speaker")):
        found.add("attributed")
    if len(list(_CAPITALISED.finditer(text, start, end))) >= 2:
        found.add("named")
    if text[start:end].rstrip("\"'”’ )").endswith("?"):
        found.add("question")
    if len(_WORD.findall(text, start, end)) < _SHORT:
        found.add("short")
    if found & {"quote", "question"}:
        found.discard("personal")  # "saya", "I" inside someone's words or a question say nothing of the writer
    return sorted(found)


def _score(text: str, start: int, end: int, claims: list[Claim], cues: set[str], link: bool) -> SentenceScore:
    names = sentence_features(text, start, end, claims, cues, link)
    parts = tuple((name, WEIGHTS[name]) for name in names)
    logit = BIAS + sum(weight for _, weight in parts)
    types = tuple(sorted({TYPES[name] for name in names if name in TYPES}))
    return SentenceScore(start, end, text[start:end], round(1 / (1 + math.exp(-logit)), 3), types, parts,
                         tuple(claims))
