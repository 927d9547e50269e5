"""Which supported language a text is in, from the words each language's data lists for it.

Each language names its function words (``yang``, ``dan``, ``di``; ``the``, ``and``, ``of``) and its marker words
(``peratus``, ``berkata``, ``Ogos`` in Malay against ``persen``, ``mengatakan``, ``Agustus`` in Indonesian). Over
the first 20,000 characters every such word votes for the languages that list it, its one vote split evenly
between them: a word only one language lists counts fully for it, a word two close languages share (``yang``
in Malay and Indonesian) gives each half and so decides nothing between them, yet still tells both from English.
The language with the most votes wins. A text with no such word (a bare figure) is English. A tie goes to
English if it is among the best; else to the best language whose thousands and decimal marks fit the first
figure that has both (``1,612.30`` is Malay, ``7.312,45`` Indonesian); else to the first of the best in
``SUPPORTED`` order.
"""

from __future__ import annotations

from functools import cache

from factcheck import lang as languages
from factcheck.patterns import compile_pattern

_SAMPLE = 20_000
_WORDS = compile_pattern(r"\p{L}+(?:-\p{L}+)*", scanning=True)
_FALLBACK = "en"
_BOTH_MARKS = compile_pattern(r"(?<![\p{N}.,])\d{1,3}(?P<group>[.,])\d{3}(?:(?P=group)\d{3})*(?P<decimal>[.,])\d+")


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
    if _FALLBACK in winners or len(winners) == 1:
        return _FALLBACK if _FALLBACK in winners else winners[0]
    return _by_figures(text, winners) or winners[0]


def _by_figures(text: str, codes: list[str]) -> str | None:
    """The one of ``codes`` whose marks fit the first figure written with both a thousands and a decimal mark."""
    for m in _BOTH_MARKS.finditer(text, 0, min(len(text), _SAMPLE)):
        if m.group("group") == m.group("decimal"):
            continue
        fits = [code for code in codes if languages.get(code).group_mark == m.group("group")
                and languages.get(code).decimal_mark == m.group("decimal")]
        return fits[0] if len(fits) == 1 else None
    return None
