"""Comparing a quote with a transcript: verbatim, altered (and how), or not found.

Both texts are read as words, case-folded, so spacing, punctuation, quote marks and case never count as a change.
A quote may leave words out where it says so with an ellipsis (``…``, ``...``, ``[...]``), and an editor may put
words of their own in brackets (``[the president]``); neither is a misquotation. Anything else that differs is
named: a word changed, added or left out. A passage that shares too few words with any part of the transcript is
not found, which is not the same as misquoted: the transcript may not hold it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from difflib import SequenceMatcher

import attrs

from factcheck.claims import Claim, QuoteValue
from factcheck.detect import detect_language
from factcheck.patterns import compile_pattern
from factcheck.verify.reference import Reading
from factcheck.verify.verdict import CONSISTENT, INCONSISTENT, NOT_COMPARABLE, Comparison

_WORD = compile_pattern(r"\p{N}+(?:[.,]\p{N}+)*(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*",
                        scanning=True)
"""A word (hyphenated and reduplicated words whole: "sebaik-baiknya"), or a figure with its separators ("2.000"),
so a changed word or figure is named as written."""
_CUT = compile_pattern(r"\[\s*(?:\.\s*){3}\]|\[…\]|\.{3}|…|(?P<edit>\[[^\]\n]{0,80}\])", scanning=True)
_EDIT_GAP = 6
"""Words of the transcript an editor's bracketed words may stand for."""
_ALTERED = 0.5
"""Share of matching words from which a passage is the quote, altered, rather than another passage."""
_LANGUAGE_SAMPLE = 200
"""Characters a transcript needs before its language is trusted to differ from the quote's."""
_CANDIDATES = 40
_SHOWN = 5


@attrs.frozen
class _Words:
    folded: list[str]
    shown: list[str]


def _words(text: str) -> _Words:
    found = [m.group() for m in _WORD.finditer(text)]
    return _Words([w.casefold().replace("’", "'") for w in found], found)


def _segments(quote: str) -> list[tuple[_Words, int | None]]:
    """The quote's runs of words, each with the largest gap allowed before it (None: any, after an ellipsis)."""
    out: list[tuple[_Words, int | None]] = []
    gap: int | None = 0
    pos = 0
    for m in _CUT.finditer(quote):
        words = _words(quote[pos:m.start()])
        if words.folded:
            out.append((words, gap))
            gap = 0
        gap = None if not m.group("edit") else (gap if gap is None else gap + _EDIT_GAP)
        pos = m.end()
    tail = _words(quote[pos:])
    if tail.folded:
        out.append((tail, gap))
    return out


def _verbatim(segments: Sequence[tuple[_Words, int | None]], text: _Words,
              index: dict[str, list[int]]) -> bool:
    """Whether the segments occur in the transcript in order, within their allowed gaps."""
    starts = index.get(segments[0][0].folded[0], [])
    return any(_follows(segments, text, index, start) for start in starts)


def _follows(segments: Sequence[tuple[_Words, int | None]], text: _Words, index: dict[str, list[int]],
             start: int) -> bool:
    pos = start
    for k, (words, gap) in enumerate(segments):
        size = len(words.folded)
        if k == 0:
            if text.folded[pos:pos + size] != words.folded:
                return False
            pos += size
            continue
        limit = len(text.folded) if gap is None else pos + gap
        found = next((p for p in index.get(words.folded[0], []) if pos <= p <= limit
                      and text.folded[p:p + size] == words.folded), None)
        if found is None:
            return False
        pos = found + size
    return True


def _best_window(quote: list[str], text: list[str], index: dict[str, list[int]]) -> tuple[float, int, int]:
    """The stretch of the transcript most like the quote: (share of matching words, start, end)."""
    votes: Counter[int] = Counter()
    for k, word in enumerate(quote):
        for p in index.get(word, ())[:500]:
            votes[p - k] += 1
    best = (0.0, 0, 0)
    slack = max(3, len(quote) // 4)
    for anchor, _ in votes.most_common(_CANDIDATES):
        lo, hi = max(0, anchor - slack), min(len(text), anchor + len(quote) + slack)
        matcher = SequenceMatcher(None, quote, text[lo:hi], autojunk=False)
        matched = sum(block.size for block in matcher.get_matching_blocks())
        share = matched / len(quote)
        if share > best[0]:
            blocks = [b for b in matcher.get_matching_blocks() if b.size]
            start = lo + blocks[0].b if blocks else lo
            end = lo + blocks[-1].b + blocks[-1].size if blocks else hi
            best = (share, start, end)
    return best


def _changes(quote: _Words, text: _Words, start: int, end: int) -> list[tuple[str, str]]:
    matcher = SequenceMatcher(None, quote.folded, text.folded[start:end], autojunk=False)
    out = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            out.append((" ".join(quote.shown[i1:i2]), " ".join(text.shown[start + j1:start + j2])))
    return out


def _describe(changes: list[tuple[str, str]]) -> list[str]:
    """Each change in words; a word left out in one place and added in another is one move, named once."""
    left_out = {written.casefold() for said, written in changes if not said}
    added = {said.casefold() for said, written in changes if not written}
    moved = left_out & added
    out = []
    for said, written in changes:
        if not written and said.casefold() in moved:
            out.append(f"{said!r} is moved")
        elif not said and written.casefold() in moved:
            continue
        elif not written:
            out.append(f"{said!r} is not in the transcript")
        elif not said:
            out.append(f"{written!r} is left out")
        else:
            out.append(f"{said!r} where the transcript says {written!r}")
    return out


def compare_quote(claim: Claim, reading: Reading) -> Comparison:
    value = claim.value
    assert isinstance(value, QuoteValue) and reading.transcript is not None
    transcript = reading.transcript
    if len(transcript) >= _LANGUAGE_SAMPLE and detect_language(transcript) != claim.lang:
        return Comparison(NOT_COMPARABLE, f"the quote is in {claim.lang!r} and the transcript is not: a "
                          "translation cannot be checked word for word", claim, reading.text)
    segments = _segments(value.content)
    if not segments:
        return Comparison(NOT_COMPARABLE, "the quote has no words to compare", claim, reading.text)
    text = _words(transcript)
    index: dict[str, list[int]] = defaultdict(list)
    for position, word in enumerate(text.folded):
        index[word].append(position)
    if _verbatim(segments, text, index):
        marks = " (with the omissions and editor's words it marks)" if len(segments) > 1 else ""
        return Comparison(CONSISTENT, f"the quoted words appear verbatim in the transcript{marks}", claim,
                          reading.text)
    whole = _Words([w for s, _ in segments for w in s.folded], [w for s, _ in segments for w in s.shown])
    share, start, end = _best_window(whole.folded, text.folded, index)
    if share < _ALTERED:
        return Comparison(NOT_COMPARABLE, f"not found: no passage of the transcript has more than "
                          f"{round(share * 100)} % of the quoted words (it may not hold this passage)", claim,
                          reading.text)
    changes = _changes(whole, text, start, end)
    described = _describe(changes)
    listed = "; ".join(described[:_SHOWN])
    more = f"; and {len(described) - _SHOWN} more" if len(described) > _SHOWN else ""
    return Comparison(INCONSISTENT, f"altered: {listed}{more}", claim, reading.text, changes=tuple(changes))
