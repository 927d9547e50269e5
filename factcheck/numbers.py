"""The number grammar every kind builds on: figures in digits and in words, with their scale.

One pattern per language finds number candidates in a single scan: runs of digits and separators (with a
scale word or abbreviation after them: ``1,5 juta``, ``$3bn``) and runs of number words (``dua puluh tiga``,
``half a million``). Python then gives each candidate its value:

- a digit run is read with the language's marks (``2.000`` is two thousand in Indonesian, two in English) and
  rejected when it fits no reading (``1.1.1.1``, ``192.168.0.1``), so an identifier never becomes a figure;
- a run of number words is read by place value, and split where the words stop forming one number
  (``two and three`` is two numbers, ``dua puluh tiga`` one; ``factcheck.number_words``);
- fractions are read as written: ``⅔``, ``10 1/2``, ``1/4`` (a figure only before a unit, or where no date is
  written so), ``one fifth``, ``twenty and three fifths``, ``a million and a half``; scientific notation too
  (``1.3e6``, ``6.23x10^-4``).

Values are ``Decimal`` and exact; a fraction no decimal holds (2/3) keeps its ``ratio`` exactly, and its value
is the quotient to 12 significant digits.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from functools import cache, lru_cache

import attrs
import regex

from factcheck import lang as languages
from factcheck.digits import VULGAR_FRACTIONS, ascii_digits, read_digits, vulgar
from factcheck.lang.base import LanguageData
from factcheck.number_words import as_decimal, exact, read_exact, read_words
from factcheck.patterns import (
    AHEAD,
    DASH,
    OPT_SP,
    SP,
    WORD_END,
    WORD_START,
    admits,
    compile_pattern,
    gate,
    group_numbers,
    head_after,
    trie,
    upto,
)
from factcheck.scan import Scan, scan

__all__ = [
    "NumberPatterns", "NumberToken", "as_decimal", "exact", "find_numbers", "patterns", "read_exact", "read_words",
    "value_words", "word_run_source",
]

@attrs.define
class NumberToken:
    """A number found in the text, before any kind has looked at its neighbours (not frozen, as ``Candidate``)."""

    start: int
    end: int
    value: Decimal
    form: str
    """``digits`` or ``words``."""
    grouped: bool = False
    """Digits written with a thousands separator (``2.000``): never a year or an identifier."""
    fraction: bool = False
    """Digits written with a decimal fraction."""
    scaled: bool = False
    """A scale word or abbreviation is part of the token (``juta``, ``bn``)."""
    plain_digits: str | None = None
    """The ASCII digits of a bare integer (no separator, no scale, no sign): used to spot years and codes."""
    negative: bool = False
    unscaled: Decimal | None = None
    """The value before its scale word or abbreviation, so a kind can read the scale its own way
    (``Rp 90 M``: M is miliar in Indonesian money)."""
    ratio: tuple[int, int] | None = None
    """The value as numerator and denominator when the number is written as a fraction and is not whole
    (``two thirds``, ``10 1/2``, ``⅔``, ``forty-two and a third``): ``value`` is then exact when a decimal holds
    it and the quotient to 12 significant digits when none does."""
    slashed: bool = False
    """A fraction written with a slash and no whole number (``1/4``): a figure only before a unit (``1/4
    mile``), since alone it may be a date, a score or a code."""


_MAX_DIGITS = 16
"""As many digits as a figure in news can have (a quadrillion rupiah has 16): a longer run is a code or noise,
and with a scale word it still fits the 28 digits of decimal arithmetic."""


# ------------------------------------------------------------------------------------------------ the scanner


@attrs.frozen
class NumberPatterns:
    """The compiled number patterns of one language (anchored: tried only where the scan found a digit or a
    number word) and the tables the readers need."""

    data: LanguageData
    digits: regex.Pattern[str]
    words: regex.Pattern[str]
    word: regex.Pattern[str]
    vocabulary: frozenset[str]
    articles: frozenset[str]
    scale_words: dict[str, int]
    suffixes: dict[str, int]
    plain: regex.Pattern[str]
    """Digits with their scale and no fraction after them: where a fraction read fails (``3/2``)."""
    scale_heads: frozenset[str]
    """The heads of the scale words (``factcheck.patterns.gate``), for ``_alone``."""


def word_run_source(code: str) -> str:
    """The pattern source of a run of number words in ``code`` (for kinds that count in words:
    ``dua hari lalu``, ``three years ago``)."""
    return _word_run(languages.get(code))


def value_words(data: LanguageData) -> list[str]:
    """Every word of the language that has a value in a number (``dua``, ``puluh``, ``million``, ``half``)."""
    return [
        *data.digit_words, *data.tens_words, *data.teen_words, *data.hundred_words, *data.scale_words,
        *data.one_scale_words, *data.fraction_words, *data.dozen_words,
    ]


def _word_run(data: LanguageData, fractions: bool = False) -> str:
    glue_words = [*data.point_words, *data.and_words, *data.article_words,
                  *(data.fraction_links if fractions else ())]
    words = value_words(data) + (list(data.fraction_denominators) if fractions else [])
    value = "(?:" + trie(words) + ")" + WORD_END
    glue = "(?:" + trie(glue_words) + ")" + WORD_END if glue_words else "(?!)"
    gap = "(?:" + SP + "|" + OPT_SP + DASH + OPT_SP + ")"
    lead = f"(?:(?:{trie(data.article_words)}){SP}(?=" + value + "))?" if data.article_words else ""
    # at most 24 words: no number is longer, and a run of number words in hostile text is read in pieces
    return WORD_START + lead + value + "(?:" + gap + "(?:" + glue + gap + "){0,2}+" + value + "){0,24}+"


@cache
def patterns(code: str) -> NumberPatterns:
    data = languages.get(code)
    glued = {k: v for k, v in data.scale_suffixes.items() if len(k) == 1}
    spaced = {k.lower(): v for k, v in data.scale_suffixes.items() if len(k) > 1}
    scale_words = {**data.scale_words, **data.dozen_words, **data.hundred_words, **spaced}
    # thousands grouped by plain spaces only where no two numbers could be meant: "1 234 567", "40 000"
    by_spaces = r"\d{1,3}(?:\x20\d{3}(?!\d)){2,}+(?:[.,]\d++)?|\d{1,3}(?:\x20000(?!\d))++(?:[.,]\d++)?"
    digits = rf"(?:{by_spaces}|(?:(?<![\p{{N}}.,])[.,](?=\d))?\d++(?:[.,\u00a0\u2009\u202f]\d++)*+)"
    sign = r"(?P<neg>(?<=^|[\s(\[{=:;])[-\u2212](?=\d))?"
    scale = (
        f"(?:(?P<suffix>{trie(glued)})(?![\\p{{L}}\\p{{N}}])"
        f"|(?:{OPT_SP}|-)(?P<scale>(?i:{trie(scale_words)}){WORD_END}(?:{SP}(?i:{trie(data.scale_words)}){WORD_END})*+))?"
    )
    vulgar_class = f"[{VULGAR_FRACTIONS}]"
    tail = r"(?![\p{N}/]|[.,]\p{N})"
    fraction = (f"(?:(?P<vulgar>{vulgar_class})|/(?P<den>[1-9]\\d?){tail}"
                f"|[ \u00a0]{{1,2}}(?P<fnum>[1-9]\\d?)/(?P<fden>[1-9]\\d?){tail})")
    power = r"(?:(?P<power>[eE][+-]?\d{1,2}|\^[+-]?\d{1,2}|\x20?[x×]\x20?10\^[+-]?\d{1,2})(?![\p{L}\p{N}]))"
    number = (f"{sign}(?P<digits>{digits}){fraction}?{power}?{scale}"
              f"|(?P<vulgaronly>(?<![\\p{{N}}]){vulgar_class})")
    never = "".join(f"(?P<{name}>(?!))?" for name in ("vulgar", "den", "fnum", "fden", "power", "vulgaronly"))
    plain = f"{sign}(?P<digits>{digits}){never}{scale}"
    vocabulary = frozenset(w.lower() for w in [*value_words(data), *data.article_words])
    return NumberPatterns(data, compile_pattern(number), compile_pattern(f"(?i:{_word_run(data, True)})"),
                          compile_pattern(r"[\p{L}\p{M}]+", scanning=True), vocabulary,
                          frozenset(w.lower() for w in data.article_words), scale_words, glued,
                          compile_pattern(plain), gate(scale_words))


def _scale_value(text: str, p: NumberPatterns) -> Decimal:
    return _scale_of(text, p.data.code)


@lru_cache(maxsize=1024)
def _scale_of(text: str, code: str) -> Decimal:
    """The product of the scale words of ``text`` (``million``, ``juta``, ``thousand million``), kept per text: a
    language has few and news repeats them."""
    scale_words = patterns(code).scale_words
    value = Decimal(1)
    for word in text.split():
        value *= scale_words.get(word.lower(), 1)
    return value


def find_numbers(text: str, code: str, read: Scan | None = None) -> Iterator[NumberToken]:
    """Every number in ``text``, left to right, each with its exact span and value; ``read`` is the text's
    scan when the caller has it."""
    p = patterns(code)
    hits = (read or scan(text, code)).hits
    done = 0
    starts, ends, tokens, digits = hits.starts, hits.ends, hits.tokens, hits.digits
    for i in [k for k, is_digits in enumerate(digits) if is_digits or tokens[k] in p.vocabulary]:
        start, end, token, is_digits = starts[i], ends[i], tokens[i], digits[i]
        if start < done:
            continue
        if token in p.articles and not (i + 1 < len(hits) and hits.starts[i + 1] - hits.ends[i] <= 3
                                        and hits.tokens[i + 1] in p.vocabulary
                                        and hits.tokens[i + 1] not in p.articles):
            continue  # "a" before no number word: the most common word of English, and no number
        if is_digits:
            if len(token) > 64 or (len(token) > _MAX_DIGITS and sum(ch.isdigit() for ch in token) > _MAX_DIGITS):
                continue  # a run of digits this long is a code or noise, never a figure
            at = start - 1 if start and text[start - 1] in "-\u2212.," else start
            if at == start and _alone(text, end, token, p):
                done = end
                yield _plain_token(start, end, token)
                continue
            number = None
            for pattern in (p.digits, p.plain):  # "3/2", "24/7": no fraction; the digits alone are read
                # an endpos past the text's end is the text's end: no upto() call per number
                m = pattern.match(text, at, at + AHEAD) or (
                    pattern.match(text, start, start + AHEAD) if at != start else None)
                if m is None:
                    break
                number = _digit_token(m, p)
                done = m.end()
                if number is not None or not (m.group("den") or m.group("fden") or m.group("power")):
                    break
            if number is not None:
                yield number
        elif token in p.vocabulary:
            m = p.words.match(text, start, upto(text, start))
            if m is not None:
                done = m.end()
                yield from _split_words(text, m.start(), m.end(), code, p)


def _alone(text: str, end: int, token: str, p: NumberPatterns) -> bool:
    """Whether the number pattern takes plain ASCII digits ending at ``end`` alone (``_plain_token`` then reads
    them without it): a space, then a word that starts no scale (``juta``), power (``x 10^3``) or digit."""
    if text[end:end + 1] != " " or not (token.isdigit() and token.isascii()):
        return False
    head = head_after(text, end)
    return head is not None and head[:1].isalpha() and head[:1] not in "xX" and not admits(head, p.scale_heads)


def _plain_token(start: int, end: int, token: str) -> NumberToken:
    """What ``_digit_token`` makes of a match of plain ASCII digits and nothing else (``_alone``): their value,
    whole and already exact (no mark to read, no trailing zero after a point)."""
    value = Decimal(token)
    return NumberToken(start, end, value, "digits", False, False, False, token, False, value, None, False)


_GROUPS = ("digits", "neg", "vulgar", "den", "fnum", "fden", "power", "suffix", "scale", "vulgaronly")


@cache
def _group_tuple(pattern: regex.Pattern[str]) -> tuple[int, ...]:
    """The numbers of ``_GROUPS`` in a digits pattern, read in one call (``group_numbers``)."""
    numbers = group_numbers(pattern)
    return tuple(numbers[name] for name in _GROUPS)


def _digit_token(m: regex.Match[str], p: NumberPatterns) -> NumberToken | None:
    digits, neg, vulgar_ch, den, fnum, fden, power, suffix, scale, vulgaronly = m.group(*_group_tuple(m.re))
    if vulgaronly is not None:
        part = vulgar(m.group())
        value = as_decimal(part)
        return NumberToken(m.start(), m.end(), value, "digits", fraction=True, unscaled=value,
                           ratio=(part.numerator, part.denominator))
    read = read_digits(str(digits), p.data)
    if read is None:
        return None
    value, grouped, fraction = read
    negative = neg is not None
    ratio: tuple[int, int] | None = None
    written = bool(vulgar_ch or den or fden)
    if written or power:
        exact_value = _written(value, grouped or fraction, vulgar_ch, den, fnum, fden, power)
        if exact_value is None:
            return None
        if negative:
            exact_value = -exact_value
        value = as_decimal(exact_value)
        fraction = fraction or written
        if written and exact_value.denominator != 1 and exact_value > 0:
            ratio = (exact_value.numerator, exact_value.denominator)
            if den:
                ratio = (int(digits), int(den))  # "3/15" as written, like "18 dari 20"
    elif negative:
        value = -value
    unscaled = value
    scaled = False
    if suffix:
        value *= p.suffixes[suffix]
        scaled = True
    elif scale:
        value *= _scale_value(scale, p)
        scaled = True
    if scaled:
        ratio = None
    raw = str(digits)
    plain = raw.translate(ascii_digits()) if raw.isdigit() and not scaled and not negative and not \
        written and not power else None
    unscaled = exact(unscaled)
    return NumberToken(m.start(), m.end(), exact(value) if scaled else unscaled, "digits", grouped, fraction, scaled,
                       plain, negative, unscaled, ratio, bool(den))


def _written(value: Decimal, separated: bool, vulgar_ch: str | None, den: str | None, fnum: str | None,
             fden: str | None, power: str | None) -> Fraction | None:
    """The exact value of digits with a fraction or a power written after them: ``2⅓``, ``10 1/2``, ``1/4``,
    ``1.3e6``; None when the fraction is no fraction (``24/7``, ``1.5 1/2``)."""
    exact_value = Fraction(value)
    if vulgar_ch:
        exact_value += vulgar(vulgar_ch)
    elif den or fden:
        whole = None if separated else int(value)
        if den:
            num, denominator, whole = whole or 0, int(den), 0
        else:
            num, denominator = int(str(fnum)), int(str(fden))
        if whole is None or not 0 < num < denominator:
            return None
        exact_value = whole + Fraction(num, denominator)
    if power:
        return _power(exact_value, power)
    return exact_value


def _power(base: Fraction, written: str) -> Fraction | None:
    """``1.3e6``, ``2.5^-1``, ``6.23x10^-4``: scientific notation and powers, exactly; None when the result
    is no figure a text would mean (more digits than a decimal holds)."""
    exponent = int(written.rsplit("^", 1)[-1] if "^" in written else written[1:])
    times_ten = "^" not in written or "x" in written or "×" in written
    result = base * Fraction(10) ** exponent if times_ten else base ** exponent
    if result == 0 or max(abs(result.numerator), result.denominator) >= 10**28:
        return None
    return result


def _split_words(text: str, start: int, end: int, code: str, p: NumberPatterns) -> Iterator[NumberToken]:
    spans = [(w.start(), w.end()) for w in p.word.finditer(text, start, end)]
    words = [text[a:b] for a, b in spans]
    data = p.data
    i = 0
    while i < len(words):
        read = read_exact(words[i:], code)
        if read is None:
            i += 1
            continue
        value, taken, fractional = read
        run = [w.lower() for w in words[i:i + taken]]
        if all(w in data.scale_words or w in data.hundred_words for w in run) and not (
                len(run) > 1 and run[0] in data.hundred_words):
            i += taken  # "juta rupiah", "puluhan miliar", "million dollars": a scale with no count is no figure
            continue  # ("hundred thousand dollars" is a figure: the hundred counts the thousands)
        first, last = spans[i], spans[i + taken - 1]
        scaled = any(w in data.scale_words or w in data.one_scale_words for w in run)
        amount = as_decimal(value)
        ratio = (value.numerator, value.denominator) if fractional and value.denominator != 1 else None
        yield NumberToken(first[0], last[1], amount, "words", scaled=scaled, unscaled=amount, ratio=ratio)
        i += taken
