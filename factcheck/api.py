"""``extract_claims``: the one entry point, and the checks on what it is given.

The pipeline: check the arguments → pick the language → find number tokens, names and dates in one pass each
→ build candidates per kind → drop overlaps (the longer claim wins; a date beats the numbers inside it) →
attach sentence, paragraph and context → sort by position.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from factcheck import collector
from factcheck import lang as languages
from factcheck.claims import KINDS, Claim
from factcheck.context import Placed, annotate, other_stories
from factcheck.detect import detect_language
from factcheck.exclusions import excluded_spans
from factcheck.identity import Ids, paragraph_digest
from factcheck.kinds import dates, numeric, ordinal, proportions, quotes
from factcheck.kinds.base import Candidate, SpanSet
from factcheck.numbers import find_numbers
from factcheck.scan import Scan, scan
from factcheck.sentences import Layout

_NUMERIC = frozenset({"quantity", "percent", "money"})
_FIGURES = _NUMERIC | {"ordinal", "date", "duration"}
_PRIORITY = {"quote": 0, "date": 1, "duration": 2, "money": 3, "percent": 4, "quantity": 5, "ordinal": 6}


def _check_arguments(text: object, lang: object, reference_date: object, kinds: object) -> frozenset[str]:
    if isinstance(text, (bytes, bytearray)):
        raise TypeError("text must be str, not bytes: decode it first, e.g. data.decode('utf-8')")
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if lang is not None and lang not in languages.DATE_LANGUAGES:
        raise ValueError(f"unsupported lang {lang!r}; supported: {', '.join(languages.SUPPORTED)}, and for dates "
                         "only any locale dateparser has data for (factcheck.lang.DATE_LANGUAGES)")
    if reference_date is not None and (
            not isinstance(reference_date, dt.date) or isinstance(reference_date, dt.datetime)):
        if isinstance(reference_date, dt.datetime):
            raise TypeError("reference_date must be a datetime.date, not a datetime: pass value.date()")
        raise TypeError(f"reference_date must be a datetime.date, not {type(reference_date).__name__}")
    if kinds is None:
        return frozenset(KINDS)
    if isinstance(kinds, str):
        raise TypeError("kinds must be an iterable of kind names, not a str: e.g. kinds=['money']")
    if not isinstance(kinds, Iterable):
        raise TypeError(f"kinds must be an iterable of kind names, not {type(kinds).__name__}")
    wanted: frozenset[object] = frozenset(kinds)
    unknown = sorted(str(k) for k in wanted - set(KINDS))
    if unknown:
        raise ValueError(f"unknown kinds {', '.join(unknown)}; valid kinds: {', '.join(KINDS)}")
    return frozenset(str(k) for k in wanted)


def _position(c: Candidate) -> tuple[int, int, str]:
    return c.start, c.end, c.kind


def _drop_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates (ties: the more specific kind), quotes aside; in order of position.
    When none overlaps another (most texts: each kind already kept its own apart), one walk in that order says so."""
    quotes = [c for c in candidates if c.kind == "quote"]
    others = sorted((c for c in candidates if c.kind != "quote"), key=_position)
    reach = -1
    for c in others:
        if c.start < reach:
            break
        reach = max(reach, c.end, c.start + 1)
    else:
        return sorted(quotes + others, key=_position) if quotes else others
    others.sort(key=lambda c: (-(c.end - c.start), _PRIORITY[c.kind], c.start))
    kept: list[Candidate] = []
    taken = SpanSet()
    for c in others:
        if taken.overlaps(c.start, c.end):
            continue
        kept.append(c)
        taken.add(c.start, c.end)
    return sorted(quotes + kept, key=_position)


def _paragraph_digests(text: str, structure: Layout, holding: set[int]) -> dict[int, str]:
    """The identity digest of each paragraph that starts at one of ``holding`` (the ones claims stand in), by
    its start, counting the copies of it that came earlier in the text."""
    seen: dict[str, int] = {}
    digests: dict[int, str] = {}
    for start, end in zip(structure.paragraph_starts, structure.paragraph_ends, strict=True):
        body = text[start:end]
        count = seen.get(body, 0)
        if start in holding:
            digests[start] = paragraph_digest(body, count)
        seen[body] = count + 1
    return digests


def _candidates(text: str, code: str, wanted: frozenset[str], reference_date: dt.date | None, read: Scan
                ) -> list[Candidate]:
    """The claims of the ``wanted`` kinds before placing, overlaps dropped, in order of position; what each kind
    kept on the way (the excluded spans, the number tokens) is freed when this returns."""
    candidates: list[Candidate] = []
    if wanted & _FIGURES:
        # dates run first whenever figures are wanted: a number inside a date is no figure
        excluded = SpanSet(excluded_spans(text, code, read))
        shares = proportions.find(text, code, excluded, read) if "quantity" in wanted else []
        if shares:  # an age is no duration, the "two" of "two thirds" no count
            excluded = SpanSet(excluded.spans() + [(c.start, c.end) for c in shares])
        timed = dates.find(text, code, reference_date, excluded, read)
        blocked = SpanSet(excluded.spans() + [(c.start, c.end) for c in timed])
        candidates += shares + timed
        if wanted & _NUMERIC:
            candidates += numeric.find(text, code, list(find_numbers(text, code, read)), blocked, read,
                                       SpanSet([(c.start, c.end) for c in timed]))
        if "ordinal" in wanted:
            candidates += ordinal.find(text, code, blocked, read)
    if "quote" in wanted:
        candidates += quotes.find(text, code, read)
    return [c for c in _drop_overlaps(candidates) if c.kind in wanted]


def extract_claims(
    text: str,
    *,
    lang: str | None = None,
    reference_date: dt.date | None = None,
    kinds: Iterable[str] | None = None,
    min_score: float | None = None,
) -> list[Claim]:
    """Every checkable claim in ``text``, sorted by position.

    ``lang`` is a code of ``factcheck.LANGUAGES`` (``"en"``, ``"id"``, ``"ms"``; None: detected from the text).
    ``reference_date`` resolves relative and partial dates ("kemarin", "24 Februari"); without it they stay
    unresolved. ``kinds`` limits the output to some of ``quantity``, ``percent``, ``money``, ``ordinal``, ``date``,
    ``duration``, ``quote``. ``min_score`` keeps only claims at least that check-worthy (see ``docs/scoring.md``).
    """
    wanted = _check_arguments(text, lang, reference_date, kinds)
    if min_score is not None and (isinstance(min_score, bool) or not isinstance(min_score, (int, float))):
        raise TypeError(f"min_score must be a number in [0, 1], not {type(min_score).__name__}")
    if min_score is not None and not 0 <= min_score <= 1:
        raise ValueError(f"min_score must be in [0, 1], not {min_score}")
    if not text.strip():
        return []
    code = lang or detect_language(text)
    only = languages.get(code).claim_kinds
    if only is not None:
        wanted &= only  # a date-only language: other kinds asked of it yield nothing (docs/languages.md)
    with collector.paused():
        return _extract(text, code, wanted, reference_date, min_score)


def _extract(text: str, code: str, wanted: frozenset[str], reference_date: dt.date | None,
             min_score: float | None) -> list[Claim]:
    read = scan(text, code)  # the one pass every kind starts from
    structure = read.layout()
    found = _candidates(text, code, wanted, reference_date, read)  # in the order of the claims, so each is placed
    sentences, paragraphs = structure.places([c.start for c in found])  # in one walk along the sentences
    placed = [Placed(c.kind, c.start, c.end, c.value, sentence, paragraph, c.rule)
              for c, sentence, paragraph in zip(found, sentences, paragraphs, strict=True)]
    del found, sentences, paragraphs
    elsewhere = other_stories(text, code, structure.paragraph_starts, structure.paragraph_ends) if placed else set()
    if elsewhere:  # "Baca juga: …": another story's headline
        placed = [p for p in placed if p.paragraph.start not in elsewhere]
    digests = _paragraph_digests(text, structure, {p.paragraph.start for p in placed})
    ids = Ids()
    claims = [
        Claim(p.kind, text[p.start:p.end], p.start, p.end, p.value, p.sentence, code, p.rule, p.paragraph,
              attribution, score, ids.of(p.kind, digests[p.paragraph.start], p.start - p.paragraph.start,
                                         p.end - p.paragraph.start))
        for p, (attribution, score) in zip(placed, annotate(text, code, placed, read), strict=True)
        if min_score is None or score >= min_score
    ]
    return claims
