"""Quote marks: where quotations open and close, read once left to right with a stack (``factcheck.kinds.quotes``)
from the marks and line breaks the text's layout found (``factcheck.sentences.layout``)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator

import attrs

from factcheck.patterns import compile_pattern
from factcheck.sentences import Layout

_PAIRS = {"“": ("”",), "„": ("“", "”"), "«": ("»",), "‘": ("’",), '"': ('"',), "'": ("'",), "「": ("」",),
          "‹": ("›",), "``": ("''",), "`": ("'",)}
"""What closes each opening mark. ````…''`` and ```…'`` are how decades of newswire corpora store “…” and ‘…’."""
_CLOSERS = {"”", "»", "’", '"', "'", "」", "›", "“", "''"}
_MIN_WORDS_WITHOUT_CUE = 6
_MIN_WORDS_PARTIAL = 3
"""Words a quote needs to be read as a partial quote inside reported speech."""
_NEXT_OPENING = compile_pattern(r"``|[“„«‹\"]", scanning=True)
_WORDS = compile_pattern(r"[\p{L}\p{N}]+", scanning=True)
_FIRST_WORDS = compile_pattern(rf"(?:[^\p{{L}}\p{{N}}]*+([\p{{L}}\p{{N}}]++)){{0,{_MIN_WORDS_WITHOUT_CUE}}}")
"""The first ``_MIN_WORDS_WITHOUT_CUE`` words (``_WORDS``) of a stretch, each captured."""
_NAME_WORD = compile_pattern(r"[\p{L}\p{M}][\p{L}\p{M}'’\-]*+")
_CONTINUATION = compile_pattern(r"[\r\n\u2029]+\s*(?:``|[“„«‘\"'])", scanning=True)
_GAP = compile_pattern(r"[\s,.]{0,3}+")
_BLANK = compile_pattern(r"[^\S\r\n\u2029]*+")
_TAIL_WORD = compile_pattern(r"[\p{L}\p{M}'’.-]+")
_OPEN_BEFORE = set(" \t\u00a0\u2009\u202f([{—–-:\n\r")

ATTRIBUTED = "quote.attributed"
"""A quotation with a speech cue beside it (``ujar Putin``, ``he said``)."""
LONG = "quote.long"
"""A quotation long enough to count without a cue (a full sentence in quotation marks)."""
RULES = (ATTRIBUTED, LONG)


@attrs.frozen
class Span:
    """A quoted stretch: content start and end, and the marks around it."""

    start: int
    end: int
    open_at: int
    close_at: int
    after: int
    """Where the text goes on after the closing mark (one or two characters long)."""


def _role(text: str, i: int, mark: str) -> str | None:
    """``open``, ``close``, ``either`` or None (an apostrophe or an inch mark) for ``mark`` at ``i``."""
    if mark in ("``", "`"):
        return "open"
    if mark == "''":
        return "close"
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in "“„«‘「‹":
        if ch == "‘" and before.isalnum() and after.isalnum():
            return None
        if ch == "“" and not (before in _OPEN_BEFORE or before in "\"'“‘") and (after in " .,;:!?" or after == " "):
            return "close"  # German „…“ closes with “
        return "open"
    if ch in "”»’」›":
        if ch == "’" and before.isalnum() and (after.isalnum() or after in "’"):
            return None  # don’t, Jum’at
        return "close"
    opens = before in _OPEN_BEFORE or before in "“‘\"'" or i == 0
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-\"'”’" or i + 1 == len(text))
    if ch == "'":
        if before.isalnum() and after.isalnum():
            return None  # an apostrophe
        if opens and (after.isdigit() or after.isspace()):
            return None  # '90s, a stray tick
        if before.isdigit() and not opens:
            return None  # 5'11
    if ch == '"' and before.isdigit() and closes:
        return "either"  # 11" may be inches or the end of a quote
    if opens and not after.isspace():
        return "open"
    if closes:
        return "close"
    return "either" if not before.isspace() else None


def find_spans(text: str, structure: Layout) -> Iterator[Span]:
    """Outer quoted spans, in order, from the marks and line breaks of the text's layout; stray marks never
    swallow the rest of the text."""
    stack: list[tuple[str, int]] = []
    carried: tuple[str, int] | None = None  # a quote left open at the end of a paragraph
    line_start = 0
    break_starts, break_ends = structure.breaks.starts, structure.breaks.ends
    next_break = 0
    for i, end in structure.marks:
        k = bisect_left(break_starts, i, next_break)  # the line breaks between the last mark and this one
        if k > next_break:
            count, at = _paragraph_breaks(text, zip(break_starts[next_break:k], break_ends[next_break:k], strict=True))
            next_break = k
            if count:
                carried = stack[0] if stack and count == 1 else None  # into the next paragraph only
                stack = []
            if count == 1:
                line_start = at
        ch = text[i:end]
        role = _role(text, i, ch)
        if role is None:
            continue
        if carried is not None and not stack:
            # a quote over paragraphs goes on only where the new paragraph opens with a mark
            if text[line_start:i].strip() == "" and role in ("open", "either"):
                stack = [carried]
                carried = None
                continue
            carried = None
        if role in ("close", "either") and stack:
            match = next((k for k in range(len(stack) - 1, -1, -1) if ch in _PAIRS[stack[k][0]]), None)
            if match is not None:
                kind, at = stack[match]
                del stack[match:]
                if not stack:
                    start, stop = _trim(text, at + len(kind), i)
                    if stop > start:
                        yield Span(start, stop, at, i, end)
                continue
        if role in ("open", "either") and (ch not in _CLOSERS or role == "open") and len(stack) < 8:
            stack.append((ch, i))


def _paragraph_breaks(text: str, runs: Iterable[tuple[int, int]]) -> tuple[int, int]:
    """How many paragraph breaks stand in the runs of newlines between two marks (0, 1, or 2 for two or more)
    and, when one, where the next paragraph starts. A run with a ``\\n``, ``\\r`` or ``\\u2029`` is a break (a
    ``\\u2028`` alone is none); runs with only white space between them are one break, so a blank line (``\\n\\n``,
    ``\\r\\n\\r\\n``, ``\\n \\n``), the way text taken from a web page separates its paragraphs, is one break as a
    single newline is. A quote goes on over one break (news convention: a quotation running into the next
    paragraph leaves the first open and reopens the next with a mark), not over a paragraph with no mark."""
    count, at = 0, -1
    for a, b in runs:
        if text.count("\u2028", a, b) < b - a:
            if count and _BLANK.match(text, at).end() < a:
                return 2, -1
            count, at = 1, b
    return count, at


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _content(text: str, span: Span) -> str:
    raw = text[span.start:span.end]
    if "\n" not in raw and "\r" not in raw and "\u2029" not in raw:
        return raw  # one paragraph: no continuation mark to drop
    return str(_CONTINUATION.sub("\n", raw))


def _word_count(text: str, span: Span) -> int:
    """How many words a quote holds, counted up to ``_MIN_WORDS_WITHOUT_CUE``: no more ever decide anything. The
    quote's text as the source writes it has the words of its ``_content``."""
    found = _FIRST_WORDS.match(text, span.start, span.end)
    return len(found.captures(1)) if found is not None else 0
