"""The speech cues a text is read for, per language: the patterns that find ``kata``, ``said``, ``according to``
beside a quote or a claim, and the first words of each table (where a cue may begin). Shared by quotes
(``factcheck.kinds.quotes``), speakers (``factcheck.speakers``) and attribution (``factcheck.context``)."""

from __future__ import annotations

from functools import cache

import attrs
import regex

from factcheck import lang as languages
from factcheck.patterns import WORD_END, WORD_START, compile_pattern, trie


def _first_words(phrases: list[str]) -> frozenset[str]:
    return frozenset(p.split()[0].lower() for p in phrases if p)


@attrs.frozen
class CuePatterns:
    after_quote: regex.Pattern[str]
    before_quote: regex.Pattern[str]
    speech: regex.Pattern[str]
    source_before_quote: regex.Pattern[str]
    """``menurut X, "…"`` / ``according to X, "…"``: a cue that names its source after itself."""
    attribution_words: frozenset[str]
    """First words of the attribution cues, report verbs and hedges: where ``attribution`` is tried."""
    speech_words: frozenset[str]
    attribution: regex.Pattern[str]
    participle: regex.Pattern[str] | None
    """``…, saying``, ``describing … as``: a cue whose speaker is its sentence's subject."""


@cache
def cue_patterns(code: str) -> CuePatterns:
    data = languages.get(code)
    after = trie([*data.cues_after_quote, *data.cues_with_pronoun])
    before = trie([*data.cues_before_quote, *data.participle_cues])
    audience = f"|(?i:{trie(data.audience_words)}){WORD_END}" if data.audience_words else ""
    sources = trie([*data.attribution_cues, *data.passive_speech_verbs])
    reports = trie(data.report_verbs)
    hedges = trie(data.hedges)
    return CuePatterns(
        after_quote=compile_pattern(f"[\\s,.]{{0,3}}+(?P<cue>(?i:{after})){WORD_END}"),
        before_quote=compile_pattern(
            f"(?r){WORD_START}(?P<cue>(?i:{before})){WORD_END}"
            f"(?:[\\s]{{1,2}}(?:\\p{{Lu}}[\\p{{L}}’']*{audience})){{0,4}}[\\s,:]{{0,3}}+"
        ),
        source_before_quote=compile_pattern(
            f"(?r)(?<![\\p{{L}}])(?P<cue>(?i:{trie(c for c in data.cues_before_quote if c in data.attribution_cues)}))"
            f"{WORD_END}"
        ),
        speech=compile_pattern(
            f"(?P<cue>(?i:{trie([*data.report_verbs, *data.cues_before_quote, *data.passive_speech_verbs])}))"
            f"{WORD_END}"
        ),
        participle=compile_pattern(f"(?P<cue>(?i:{trie(data.participle_cues)})){WORD_END}")
        if data.participle_cues else None,
        attribution=compile_pattern(
            f"(?:(?P<source>(?i:{sources}))|(?P<report>(?i:{reports}))|(?P<hedge>(?i:{hedges})))"
            f"{WORD_END}"
        ),
        attribution_words=_first_words([*data.attribution_cues, *data.report_verbs, *data.hedges,
                                        *data.passive_speech_verbs]),
        speech_words=_first_words([*data.report_verbs, *data.cues_before_quote, *data.passive_speech_verbs]),
    )
