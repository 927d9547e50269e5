"""Which supported language a text is in, from the words each language's data lists for it.

Each language names its function words (``yang``, ``dan``, ``di``; ``the``, ``and``, ``of``) and its marker words
(``peratus``, ``berkata``, ``Ogos`` in Malay against ``persen``, ``mengatakan``, ``Agustus`` in Indonesian). Over
the first 20,000 characters every such word votes for the languages that list it, its one vote split evenly
between them: a word only one language lists counts fully for it, a word two close languages share (``yang``
in Malay and Indonesian) gives each half and so decides nothing between them, yet still tells both from English.
The language with the most votes wins. A text with no such word (a bare figure) is English; a tie goes to
English if it is among the best, else to the first of the best in ``SUPPORTED`` order.
"""

from __future__ import annotations

from functools import cache

from factcheck import lang as languages
from factcheck.patterns import compile_pattern

_SAMPLE = 20_000
_WORDS = compile_pattern(r"\p{L}+(?:-\p{L}+)*", scanning=True)
_FALLBACK = "en"


@cache
def _votes() -> dict[str, dict[str, float]]:
    """Word → the share of its vote each language that lists it gets."""
    listed: dict[str, list[str]] = {}
    for code in languages.SUPPORTED:
        data = languages.get(code)
        for word in data.function_words | data.marker_words:
            listed.setdefault(word.lower(), []).append(code)
    return {word: {code: 1 / len(codes) for code in codes} for word, codes in listed.items()}


def detect_language(text: str) -> str:
    """The code of the supported language whose words carry the most votes in ``text``."""
    votes = _votes()
    scores = dict.fromkeys(languages.SUPPORTED, 0.0)
    for m in _WORDS.finditer(text, 0, min(len(text), _SAMPLE)):
        share = votes.get(m.group().lower())
        if share is None and "-" in m.group():
            share = votes.get(m.group().split("-", 1)[0].lower())
        if share:
            for code, vote in share.items():
                scores[code] += vote
    best = max(scores.values())
    if best == 0:
        return _FALLBACK if _FALLBACK in scores else languages.SUPPORTED[0]
    winners = [code for code, score in scores.items() if abs(score - best) < 1e-9]
    return _FALLBACK if _FALLBACK in winners and len(winners) > 1 else winners[0]
