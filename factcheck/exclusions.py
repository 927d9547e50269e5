"""Stretches of text whose digits are names, not figures: the false positives a fact-checker must not see.

URLs and e-mail addresses, phone numbers, references to laws and articles (``Pasal 2 ayat (1)``,
``UU No. 11 Tahun 2020``, ``Nomor 422/KMK.06/2003``, ``Article 5``), list enumerators at the start of a line
or run into a paragraph (``the following measures: 1. From … 2. Fines …``), and idioms where a number word is
no number (``salah satu``, ``one of``). Numeric kinds skip any number inside one. Clock times are found by the
date kind, which claims them.

Each pattern is anchored where it can begin: keywords and idioms where the text's scan found their first word,
phone numbers at digit runs, addresses at ``://``, ``www.``, ``@`` and domain endings, enumerators at line starts
and, run into a paragraph, at digit runs after a colon or a stop that have a neighbour numbered next to them.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import repeat

import attrs
import regex

from factcheck import lang as languages
from factcheck.lang.base import LanguageData
from factcheck.lang.common import CURRENCY_SYMBOLS, DOMAIN_ENDINGS
from factcheck.patterns import ACRONYM_IN_BRACKETS, DASH, OPT_SP, SP, WORD_END, compile_pattern, compile_re, trie, upto
from factcheck.scan import Scan, openers, scan, second_word_follows

_URL = (
    r"(?:https?://|www\.)[^\s<>\"'“”]++"
    rf"|(?<![\w.@-])[\w-]++(?:\.[\w-]++)*?\.(?:{'|'.join(DOMAIN_ENDINGS)})(?![\w-])"
    r"(?:/[^\s<>\"'“”]*+)?"
)
_EMAIL = r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++"
_PHONE = (
    r"(?<![\p{L}\p{N}.,])(?:\+\d{1,3}[\s.\-]?(?:\(\d{1,4}\)[\s.\-]?)?|\(0?\d{2,4}\)[\s.\-]?|0\d{2,4}[\s.\-]?|0\d-(?=\d{3,4}[\s\-]\d{4}(?![\p{N}])))"
    r"\d{2,8}(?:[\s.\-]\d{2,5}){0,3}+(?![\p{N}])"
)
# "39B(1)(a)", "376(2)": a section's subsections glued to it in brackets
_ID_CHUNK = r"(?>\(?[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*(?:[./\-][\p{L}\p{N}]+)*+\)?(?:\([\p{L}\p{N}]{1,4}\))*+)"


_ACRONYM_NAMED = compile_pattern(
    f"(?r)(?<![\\p{{L}}])\\p{{Lu}}[\\p{{L}}'’\\-]{{0,30}}[ \\u00a0]{ACRONYM_IN_BRACKETS}[ \\u00a0]")
"""A capitalised name's bracketed acronym before a number (read backwards from the number): ``Timur (LPT) ``."""
_COUNTER = compile_pattern(r"\d{1,3}+/\d{1,3}+\]")
"""A gallery's counter in square brackets (``[1/2]``, ``[3/10]``): which picture of how many, no fraction."""
_COPYRIGHT = compile_re(r"©[^\n]{0,120}")
"""A copyright line (``Copyright © ANTARA 2024``): its year names no date of the story, its numbers no figure."""


@attrs.frozen
class _Patterns:
    named: regex.Pattern[str]
    """A keyword reference or an idiom, anchored at its first word."""
    phone: regex.Pattern[str]
    address: regex.Pattern[str]
    """URLs and e-mail addresses, anchored at their start."""
    address_cues: re.Pattern[str]
    """Where an address may be: searched in the text's lower-case twin."""
    enumerator: regex.Pattern[str]
    """A list's number, matched at the start of a line (``_line_starts``)."""
    first_words: frozenset[str]
    law_words: frozenset[str]
    """``law_words`` in lower case, as the scan finds them."""
    countdown_marks: frozenset[str]
    coordinate: regex.Pattern[str] | None
    """A latitude or a longitude and its hemisphere mark, matched at a run of digits; None for a language with no
    marks."""
    idiom_words: frozenset[str]
    numbered: regex.Pattern[str]
    """A number of one or two digits that is no figure (a unit, a scale, a percent, a month, a unit of time or a
    second number after it makes it one: ``Rapat Dewan Gubernur (RDG) 15-16 Oktober``): after a name's bracketed
    acronym it numbers the name (``Lebuhraya Pantai Timur (LPT) 1``)."""
    idiom_followers: dict[str, re.Pattern[str]]
    """An idiom's first word that opens only longer idioms and no reference (``the`` of ``the one``): tried
    only before one of these second words."""


def _figure(data: LanguageData) -> str:
    """What after a reference keyword is a figure, not a number naming something: an amount with a currency
    symbol (``ke level Rp16.450``), digits grouped in thousands the language's way (``level 7.311``), and a
    decimal part after a decimal mark no identifier uses (``level 7.311,44``; English ``5.2`` stays a section)."""
    group, decimal = regex.escape(data.group_mark), regex.escape(data.decimal_mark)
    tail = r"(?![\p{L}\p{N}]|[./\-][\p{L}\p{N}])"
    grouped = f"\\d{{1,3}}+(?:{group}\\d{{3}})++(?:{decimal}\\d++)?"
    # a range of such figures is one too: "level 7.300-7.400", "gelombang 2,5-4 meter"
    parts = [f"(?:{trie(CURRENCY_SYMBOLS)}){OPT_SP}\\d", f"{grouped}(?:[-–]{grouped})?{tail}"]
    if data.decimal_mark not in "./-":
        parts.append(f"\\d++{decimal}\\d++(?:[-–]\\d++(?:{decimal}\\d++)?)?{tail}")
    return "|".join(parts)


@cache
def _patterns(code: str) -> _Patterns:
    data = languages.get(code)
    # a keyword that is also a unit of time counts it after a number: "9 menit 56 detik", not the minute of a match
    timed = {w for w in data.identifier_words if w in data.time_units}
    keywords = trie(data.identifier_words - timed)
    if timed:
        keywords += f"|(?<!\\p{{N}}[ \\u00a0]{{1,3}})(?:{trie(timed)})"
    cased_forms = {w[:1].upper() + w[1:] for w in data.identifier_words_cased}
    cased = trie(cased_forms | {w.upper() for w in data.identifier_words_cased}) if cased_forms else "(?!)"
    number_word = f"(?:{trie(data.reference_number_words)})\\.?"
    figure_after = trie([*data.scale_words, *data.percent_words, *data.unit_words, *data.currency_words])
    # "Pemilu 2024", "Euro 2024": after a word naming an event, a year is the event's, a date, no identifier
    events = trie(data.year_event_words)
    legal = (
        f"(?!(?i:{events}){SP}(?:1[5-9]|20)\\d\\d(?![\\p{{N}}\\p{{L}}]|[./\\-]\\p{{N}}))"
        f"(?:(?i:{keywords})|{cased})\\.?{SP}(?:(?i:{number_word}){OPT_SP})?(?!{_figure(data)}){_ID_CHUNK}"
        f"(?!{OPT_SP}(?i:{figure_after}){WORD_END}|{OPT_SP}%)(?:[\\s.\\-]\\d{{3,}}+)*+"
        # a number of three digits or more and its alternatives: "talian 03-2615 0000 atau 999", "hotline 112 or 110"
        f"(?:{SP}(?i:{trie(data.range_alternatives) or '(?!)'}){SP}\\d{{3,}}+"
        f"(?![\\p{{L}}\\p{{N}}]|[.,]\\p{{N}}|{OPT_SP}(?i:{figure_after}){WORD_END}|{OPT_SP}%))*+"
        f"(?:{SP}(?i:{trie(data.reference_parts)}){SP}{_ID_CHUNK}"
        f"|{SP}(?i:{data.ordinal_prefix or '(?!)'}){DASH}\\d++)*+"
        f"(?:{SP}(?i:{trie(data.reference_year_words)}){SP}\\d{{4}}{WORD_END})?"
    )
    idioms = f"(?i:{trie(data.idioms)}){WORD_END}" if data.idioms else "(?!)"
    # "Akta Dadah Berbahaya 1952", "Akta Perlembagaan (Pindaan) 2019", "the Clean Air Act of 1970": a law named
    # with its year; its capitalised words (a bracketed part, a joining word) before the year, none after "Act"
    name_word = f"(?:\\p{{Lu}}[\\p{{L}}'’\\-]*+|\\([^()\\n]{{1,40}}\\)|(?:{trie(data.part_joiners) or '(?!)'}))"
    law = (f"(?:{trie(data.law_words)})(?:{SP}{name_word}){{0,8}}+"
           f"(?:{SP}(?i:{trie(data.reference_year_words)}))?{SP}(?:1[5-9]|20)\\d\\d(?![\\p{{L}}\\p{{N}}])"
           if data.law_words else "(?!)")
    references = {w.split()[0].lower().rstrip(".") for w in [*data.identifier_words, *data.identifier_words_cased]}
    first = references | {w.split()[0].lower().rstrip(".") for w in data.idioms} | {w.lower() for w in data.law_words}
    return _Patterns(
        countdown_marks=data.countdown_marks,
        coordinate=_coordinate(data),
        named=compile_pattern(f"(?:{legal}|{idioms}|{law})"),
        phone=compile_pattern(_PHONE),
        address=compile_pattern(f"(?:{_URL}|{_EMAIL})"),
        address_cues=compile_re(rf"https?://|www\.|@|\.(?:{'|'.join(e.lower() for e in DOMAIN_ENDINGS)})\b"),
        enumerator=compile_pattern(r"[ \t]*+\(?\d{1,2}[.)](?=[ \t])"),  # matched at line starts only
        first_words=frozenset(first),
        law_words=frozenset(w.lower() for w in data.law_words),
        idiom_words=frozenset(w.split()[0].lower() for w in data.idioms),
        numbered=compile_pattern(f"\\d{{1,2}}+(?![\\p{{N}}\\p{{L}}]|{OPT_SP}[.,:/\\-–]{OPT_SP}\\p{{N}}|{OPT_SP}%"
                                 f"|{SP}(?i:{figure_after}|{trie([*data.months, *data.time_units])}){WORD_END})"),
        idiom_followers={w: after for w, after in openers(data.idioms).items() if w not in references},
    )


def _coordinate(data: LanguageData) -> regex.Pattern[str] | None:
    """``3,12 LS``, ``128.45°E``: a figure with a decimal part or a degree sign (where the language's marks need
    one), and the mark; ``2 LS`` is a count."""
    if not data.coordinate_marks and not data.degree_coordinate_marks:
        return None
    marks = trie(data.coordinate_marks) or "(?!)"
    after_degree = trie(data.degree_coordinate_marks | data.coordinate_marks) or "(?!)"
    return compile_pattern(
        f"(?:\\d++(?:[.,]\\d++)?+{OPT_SP}°{OPT_SP}(?:{after_degree})|\\d++[.,]\\d++{OPT_SP}(?:{marks}))"
        f"(?![\\p{{L}}\\p{{N}}])"
    )


def _countdown(text: str, start: int, end: int, marks: frozenset[str]) -> tuple[int, int] | None:
    """The span of ``H-7`` when the digits at ``start:end`` follow a countdown mark, a minus or a plus, and the
    mark stands at a word's start; else None."""
    if not marks or start < 2 or text[start - 1] not in "-+\u2212":
        return None
    for mark in marks:
        at = start - 1 - len(mark)
        if at >= 0 and text.startswith(mark, at) and not (at and (text[at - 1].isalnum() or text[at - 1] in "-+")):
            return at, end
    return None


def _digit_soon(text: str, pos: int, reach: int = 24) -> bool:
    """A keyword reference has a number within a few characters (``Pasal 2``, ``No. 11``), a law's name its year
    within a few words; most uses of ``no`` or ``issue`` have none, and need no pattern."""
    return any(ch.isdigit() for ch in text[pos:pos + reach])


_LAW_REACH = 120
"""How far after a law word its year may stand: eight words of a name and a bracketed part."""

_ADDRESS_START = compile_pattern(r"(?r)[\w.+\-]*+")


def _grouped_by_space(text: str, start: int) -> bool:
    """Whether the digits at ``start`` continue a figure grouped by spaces (the ``021`` of ``1 414 021 100``)."""
    return start >= 2 and text[start - 1] == " " and text[start - 2].isdigit()


def _line_starts(text: str, read: Scan) -> list[int]:
    """Where a line starts as ``re.MULTILINE`` reads ``^``: the text's start and after each ``\\n``. The layout's
    line breaks are runs of them, and a line that starts inside a run is empty, so the run's end is enough."""
    layout = read.layout()
    breaks = layout.breaks
    return [0, *(end for end in breaks.ends if text[end - 1] == "\n")]


_ITEM_REACH = 800
"""How far apart two items of a list run into a paragraph may stand: a press release's point of a few sentences."""


def _inline_item(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` numbers an item of a list run into a paragraph (``berikut: 1. Per 30
    Juni …``): one or two digits, a full stop or a bracket and a capitalised word after, and before it (across a
    bracket and a space or two) the colon that opens the list or the stop that ends the item before."""
    if end - start > 2 or end >= len(text) or text[end] not in ".)":
        return False
    at = end + 1
    while at < len(text) and text[at] in " \t":
        at += 1
    if at == end + 1 or at >= len(text) or not text[at].isupper():
        return False
    at = start - 1 if start and text[start - 1] == "(" else start
    gap = 0
    while at > 0 and text[at - 1] in " \t" and gap < 3:
        at, gap = at - 1, gap + 1
    return gap > 0 and at > 0 and text[at - 1] in ".:;!?"


def _listed(items: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """The spans of ``items`` (start, end, number) that stand in a list: a neighbour numbered one less or one
    more within ``_ITEM_REACH``. A lone ``Sept. 2. The …`` or ``Gold: 12. Silver …`` numbers nothing."""
    kept = []
    for k, (start, end, n) in enumerate(items):
        near = items[max(0, k - 3):k] + items[k + 1:k + 4]
        if any(abs(m - n) == 1 and abs(s - start) <= _ITEM_REACH for s, _e, m in near):
            kept.append((start, end + 1))
    return kept


def excluded_spans(text: str, code: str, read: Scan | None = None) -> list[tuple[int, int]]:
    """Sorted spans of ``text`` (they may touch or overlap) that hold no numeric claim."""
    p = _patterns(code)
    read = read or scan(text, code)
    spans: list[tuple[int, int]] = []
    items: list[tuple[int, int, int]] = []
    for start, _end, token, is_digits in read.hits:
        if is_digits:
            counted = _countdown(text, start, _end, p.countdown_marks)
            if counted is not None:
                spans.append(counted)
            if p.coordinate is not None and not (start and text[start - 1].isdigit()):
                m = p.coordinate.match(text, start, upto(text, start, 40))
                if m is not None:
                    spans.append(m.span())
            if start and text[start - 1] == "[":
                m = _COUNTER.match(text, start, upto(text, start, 12))
                if m is not None:
                    spans.append((start - 1, m.end()))  # "[1/2] An oil pump jack …": a photo gallery's counter
            if text.startswith(") ", start - 2) and _ACRONYM_NAMED.match(text, max(0, start - 60), start) and \
                    p.numbered.match(text, start, upto(text, start, 40)):
                spans.append((start, _end))  # "Lebuhraya Pantai Timur (LPT) 1", "Mass Rapid Transit (MRT) 2"
            if _inline_item(text, start, _end):
                items.append((start, _end, int(token)))
            if (token[:1] == "0" and not _grouped_by_space(text, start)) or (start and text[start - 1] in "+("):
                at = start - 1 if start and text[start - 1] in "+(" else start
                m = p.phone.match(text, at, upto(text, at, 60))
                if m is not None:
                    spans.append(m.span())
        elif token in p.first_words and (token in p.idiom_words or
                                          _digit_soon(text, start, _LAW_REACH if token in p.law_words else 24)):
            followers = p.idiom_followers.get(token)
            if followers is not None and not second_word_follows(read.lower, _end, followers):
                continue  # "the" before no idiom's second word
            m = p.named.match(text, start, upto(text, start))
            if m is not None:
                spans.append(m.span())
    for cue in p.address_cues.finditer(read.lower):  # the lower-case twin: no case folding per character
        begin = _ADDRESS_START.match(text, max(0, cue.start() - 200), cue.start())
        at = begin.start() if begin is not None else cue.start()
        m = p.address.match(text, at, upto(text, at, 2000))
        if m is not None:
            spans.append(m.span())
    spans.extend(m.span() for m in map(p.enumerator.match, repeat(text), _line_starts(text, read)) if m is not None)
    spans.extend(m.span() for m in _COPYRIGHT.finditer(text))
    spans.extend(_listed(items))
    spans.sort()
    return spans
