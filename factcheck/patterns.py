"""Building blocks for the patterns compiled from language data.

Word tables become tries (``trie(["juta", "jt"])`` → ``j(?:uta|t)``), so a pattern with hundreds of alternatives
still decides at each position by looking at one character at a time: alternations of plain words are the
classic source of slow scans and of backtracking. Every pattern is compiled with the ``regex`` module, which
gives possessive quantifiers, Unicode properties and a ``timeout`` as the last guard.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

import regex

WS = r"[\s\u00a0\u2009\u202f]"
"""Whitespace, including the no-break and thin spaces that news uses inside figures."""
SP = WS + r"{1,3}+"
"""A gap between two words of a phrase: at most three spaces, taken possessively."""
OPT_SP = WS + r"{0,3}+"
WORD_START = r"(?<![\p{L}\p{N}\p{M}_])"
WORD_END = r"(?![\p{L}\p{N}\p{M}_])"
DASH = r"[-\u2010\u2011\u2012\u2013\u2014\u2212]"
"""Hyphen, the Unicode hyphens, en and em dash, and the minus sign."""
ACRONYM_IN_BRACKETS = r"\(\p{Lu}[\p{Lu}\p{N}&\-]{1,11}\)"
"""An organisation's acronym in brackets after its name (``(BPS)``, ``(LPT)``, ``(P&O)``); bounded and not
possessive, so a pattern read backwards (``(?r)``) takes it too."""
DASH_CHARS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212")
"""The characters ``DASH`` matches, for gates (``gate``)."""

FLAGS = regex.VERSION0 | regex.UNICODE
TIMEOUT = 10.0
"""Seconds any single regex call may take before it raises ``TimeoutError``: a guard, never reached on
linear patterns (the adversarial test suite feeds every pattern its worst case)."""


def trie(words: Iterable[str]) -> str:
    """A pattern matching any of ``words`` (longest first), shaped as a trie of their characters."""
    root: dict[str, Any] = {}
    for word in set(words):
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_source(root) if root else "(?!)"


def _trie_source(node: dict[str, Any]) -> str:
    ends_here = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        # a space inside a phrase stands for any whitespace gap
        head = SP if ch == " " else regex.escape(ch)
        branches.append(head + _trie_source(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return "(?:" + body + ")?"
    return body


def longest_first(words: Iterable[str]) -> str:
    """An alternation of ``words``, longest first. For patterns matched backwards (``(?r)``), where a trie
    would stop at the shortest ending: ``US$`` must win over ``$``, ``no fewer than`` over ``fewer than``."""
    ordered = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not ordered:
        return "(?!)"
    return "(?:" + "|".join(SP.join(regex.escape(p) for p in w.split(" ")) for w in ordered) + ")"


def words_pattern(words: Iterable[str]) -> str:
    """``trie`` bounded on both sides by non-word characters."""
    return WORD_START + "(?:" + trie(words) + ")" + WORD_END


AHEAD = 320
"""Characters an anchored pattern may read past the place it is tried. ``regex`` costs time in proportion to the
span it is given (``pos`` to ``endpos``), not to what it reads, so every anchored match passes a bounded
``endpos``: without one, each match on a 1 MB text would cost a millisecond."""


def upto(text: str, pos: int, size: int = AHEAD) -> int:
    """The ``endpos`` for an anchored match at ``pos`` that reads at most ``size`` characters."""
    return min(len(text), pos + size)


def _cased(ch: str) -> set[str]:
    """``ch`` and every character a case-insensitive match may take for it (``K`` for ``k``, ``S`` for ``ſ``)."""
    out = {ch}
    for _ in range(2):
        out |= {f[:1] for c in out for f in (c.lower(), c.upper(), c.casefold())}
    return out


GATE = 3
"""Characters a gate compares: the first (or last) three of a table's words, in lower case."""


def gate(words: Iterable[str], *, last: bool = False) -> frozenset[str]:
    """The heads (with ``last``, the tails) of a table's words: their first (last) ``GATE`` characters in lower
    case, cut at a space (a pattern reads any gap there) and before a character outside ASCII that has a case twin
    in it (``K``, the Kelvin sign, matches ``k``). A pattern built from the table matches at a place only where
    the text's characters there start (end) with one of them (``admits``), so where they do not, the match is
    skipped: a look at three characters instead of a call to the regex engine, for the many figures with no
    currency, unit or comparator next to them."""
    out: set[str] = set()
    for word in words:
        if not word or word[-1 if last else 0].isspace():
            if word:
                raise ValueError(f"a table word starts or ends with a space: {word!r}")
            continue
        chars = reversed(word) if last else iter(word)
        kept = ""
        for ch in chars:
            if len(kept) == GATE or ch.isspace():
                break
            if not ch.isascii():
                ascii_twins = {c.lower() for c in _cased(ch) if c.isascii()}
                if not kept:
                    out |= ascii_twins  # the word may begin with any of them
                    kept = ""
                    break
                if not ascii_twins:
                    kept = ""  # no ASCII text matches this word at all; non-ASCII text passes every gate
                break
            kept = ch.lower() + kept if last else kept + ch.lower()
        if kept:
            out.add(kept)
    return frozenset(out)


def head_after(text: str, pos: int) -> str | None:
    """The three characters at ``pos`` past its spaces (an anchored ``OPT_SP`` or ``SP`` takes up to three), in
    lower case; None when one is outside ASCII (every gate then admits). Past more than three spaces it may read a
    word no pattern reaches: a gate that admits too much costs a match, never a claim."""
    head = text[pos:pos + 6].lstrip()[:GATE]
    return head.lower() if head.isascii() else None


def tail_before(text: str, pos: int) -> str | None:
    """The three characters before ``pos`` past its spaces (where a backward pattern ending at ``pos`` reads), in
    lower case; None when one is outside ASCII."""
    tail = text[max(0, pos - 6):pos].rstrip()[-GATE:]
    return tail.lower() if tail.isascii() else None


def admits(head: str | None, heads: frozenset[str]) -> bool:
    """Whether a pattern gated by ``heads`` may match where the text reads ``head`` (``head_after``)."""
    return head is None or head[:1] in heads or head[:2] in heads or head[:3] in heads


def admits_tail(tail: str | None, tails: frozenset[str]) -> bool:
    """Whether a backward pattern gated by ``tails`` may match where the text reads ``tail`` (``tail_before``)."""
    return tail is None or tail[-1:] in tails or tail[-2:] in tails or tail[-3:] in tails


COMPILED: list[tuple[regex.Pattern[str] | re.Pattern[str], bool]] = []
"""Every pattern the library has compiled, and whether it scans whole texts (``finditer``) or is only matched at
a given place: the adversarial tests feed each its worst inputs the way it is used, so a pattern that
backtracks catastrophically, added anywhere, fails them."""


def compile_pattern(source: str, *, scanning: bool = False) -> regex.Pattern[str]:
    """Compile with the library's flags; ``scanning`` marks a pattern run over whole texts."""
    pattern = regex.compile(source, FLAGS)
    COMPILED.append((pattern, scanning))
    return pattern


def compile_re(source: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern for the standard ``re`` engine, which is faster than ``regex`` on plain alternations of
    literals (the text's one scan uses it); registered like the others, as a scanning pattern."""
    pattern = re.compile(source, flags)
    COMPILED.append((pattern, True))
    return pattern


def re_trie(words: Iterable[str]) -> str:
    """``trie`` for the standard ``re`` engine, which has no possessive quantifiers before Python 3.11."""
    return trie(words).replace("{1,3}+", "{1,3}")


def lower_words(words: Iterable[str]) -> re.Pattern[str]:
    """Whole words of a table, for searching a text's lower-case twin (``Scan.lower``) with the standard ``re``
    engine: on a trie of words that is four to five times faster than ``regex`` with ``(?i:…)`` on the text."""
    body = re_trie(w.lower() for w in words)
    return compile_re(rf"(?<![\w\u0300-\u036f])(?:{body})(?![\w\u0300-\u036f])")


@cache
def group_numbers(pattern: regex.Pattern[str]) -> dict[str, int]:
    """A compiled pattern's group numbers by name (a name used twice has one number). ``regex`` reads a group by
    name at about 0.25 µs a call and by number at a third of that: the readers that take many groups of each
    match look their numbers up here once per pattern."""
    return dict(pattern.groupindex)


NONE = "(?!)"
"""A pattern that never matches: what a list with no words becomes."""


def any_case(words: Iterable[str], group: str | None = None, *, end: str = WORD_END) -> str:
    """The words in any case (a group when named), or a pattern that never matches when there are none."""
    listed = list(words)
    body = f"(?i:{trie(listed)}){end}" if listed else NONE
    return f"(?P<{group}>{body})" if group else f"(?:{body})"


__all__ = [
    "AHEAD",
    "DASH",
    "DASH_CHARS",
    "NONE",
    "OPT_SP",
    "SP",
    "TIMEOUT",
    "WORD_END",
    "WORD_START",
    "WS",
    "admits",
    "admits_tail",
    "any_case",
    "compile_pattern",
    "compile_re",
    "gate",
    "group_numbers",
    "head_after",
    "longest_first",
    "lower_words",
    "re_trie",
    "tail_before",
    "trie",
    "upto",
    "words_pattern",
]
