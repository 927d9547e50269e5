"""The number grammar every kind builds on: figures in digits and in words, with their scale.

One pattern per language finds number candidates in a single scan: runs of digits and separators (with a
scale word or abbreviation after them: ``1,5 juta``, ``$3bn``) and runs of number words (``dua puluh tiga``,
``half a million``). Python then gives each candidate its value:

- a digit run is read with the language's marks (``2.000`` is two thousand in Indonesian, two in English) and
  rejected when it fits no reading (``1.1.1.1``, ``192.168.0.1``), so an identifier never becomes a figure;
- a run of number words is read by place value, and split where the words stop forming one number
  (``two and three`` is two numbers, ``dua puluh tiga`` one).

Values are ``Decimal`` and exact; nothing here rounds.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation, localcontext
from functools import cache

import attrs
import regex

from factcheck import lang as languages
from factcheck.lang.base import LanguageData
from factcheck.patterns import DASH, OPT_SP, SP, WORD_END, WORD_START, compile_pattern, trie, upto
from factcheck.scan import Scan, scan

_SPACES = "\u00a0\u2009\u202f "
_MARKS = compile_pattern(r"([., ])", scanning=True)
_VULGAR = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}


def _ascii_digits_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x110000):
        ch = chr(cp)
        if unicodedata.category(ch) == "Nd" and not ("0" <= ch <= "9"):
            table[cp] = str(unicodedata.digit(ch))
    return table


@cache
def ascii_digits() -> dict[int, str]:
    """A ``str.translate`` table from every Unicode decimal digit (fullwidth, Arabic-Indic …) to ASCII."""
    return _ascii_digits_table()


@attrs.frozen
class NumberToken:
    """A number found in the text, before any kind has looked at its neighbours."""

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


_MAX_DIGITS = 16
"""As many digits as a figure in news can have (a quadrillion rupiah has 16): a longer run is a code or noise,
and with a scale word it still fits the 28 digits of decimal arithmetic."""


def exact(value: Decimal) -> Decimal:
    """``value`` without trailing zeros and without an exponent: 1500000.0 → 1500000, 2.50 → 2.5."""
    if value != value.to_integral_value():
        return value.normalize()
    try:
        return value.quantize(Decimal(1))
    except InvalidOperation:  # more digits than the context holds: quantize with room for them
        with localcontext() as context:
            context.prec = value.adjusted() + 10
            return value.quantize(Decimal(1))


def read_digits(raw: str, data: LanguageData) -> tuple[Decimal, bool, bool] | None:
    """Value of a run of digits and separators, as ``(value, grouped, has_fraction)``; None if it fits no
    reading of the language's number format."""
    s = raw.translate(ascii_digits())
    for sp in _SPACES:
        s = s.replace(sp, " ")
    parts = _MARKS.split(s)
    nums, seps = parts[0::2], parts[1::2]
    if not seps:
        return Decimal(s), False, False
    if nums[0] == "":  # ",77" / ".77"
        if len(seps) == 1 and seps[0] == data.decimal_mark:
            return Decimal("0." + nums[1]), False, True
        return None
    dec, grp = data.decimal_mark, data.group_mark
    frac: str | None = None
    int_nums, int_seps = nums, seps
    if seps[-1] == dec:
        frac, int_nums, int_seps = nums[-1], nums[:-1], seps[:-1]
    if int_seps:
        same_mark = len(set(int_seps)) == 1 and int_seps[0] in (grp, " ")
        if same_mark and 1 <= len(int_nums[0]) <= 3 and all(len(n) == 3 for n in int_nums[1:]):
            whole = "".join(int_nums)
            return Decimal(whole + ("." + frac if frac else "")), True, frac is not None
    elif frac is not None:
        return Decimal(int_nums[0] + "." + frac), False, True
    # lenient: one group mark not followed by exactly three digits is a decimal point written the other way
    # (``2.5 juta`` in Indonesian copy, ``1,3`` in English): news does this, and no other reading exists.
    if len(seps) == 1 and seps[0] == grp and len(nums[1]) != 3:
        return Decimal(nums[0] + "." + nums[1]), False, True
    return None


# ------------------------------------------------------------------------------------------------ word numbers


@attrs.frozen
class _Role:
    kind: str
    value: Decimal


@cache
def _roles(code: str) -> dict[str, _Role]:
    data = languages.get(code)
    roles: dict[str, _Role] = {}
    for table, kind in (
        (data.digit_words, "digit"),
        (data.tens_words, "tens"),
        (data.hundred_words, "hundred"),
        (data.scale_words, "scale"),
        (data.one_scale_words, "one_scale"),
        (data.fraction_words, "fraction"),
        (data.dozen_words, "dozen"),
    ):
        for word, value in table.items():
            roles[word] = _Role(kind, Decimal(value))
    for word in data.teen_words:
        roles[word] = _Role("teen", Decimal(10))
    for word in data.point_words:
        roles[word] = _Role("point", Decimal(0))
    for word in data.and_words:
        roles[word] = _Role("and", Decimal(0))
    for word in data.article_words:
        roles[word] = _Role("article", Decimal(1))
    return roles


class _WordReader:
    """Reads number words by place value; ``feed`` returns False at the first word that cannot continue."""

    def __init__(self) -> None:
        self.total = Decimal(0)
        self.group = Decimal(0)
        self.room = Decimal(10**9)  # largest value a digit word may still add to the group
        self.last_digit = Decimal(0)
        self.last_scale: Decimal | None = None
        self.decimals: list[str] | None = None
        self.words = 0  # value-bearing words read

    @property
    def value(self) -> Decimal:
        value = self.total + self.group
        if self.decimals:
            value += Decimal("0." + "".join(self.decimals))
        return value

    def feed(self, role: _Role, next_role: _Role | None) -> bool:
        kind, v = role.kind, role.value
        if self.decimals is not None:
            if kind == "digit" and v < 10:
                self.decimals.append(str(v))
                return True
            if kind == "scale" and self.decimals:
                scaled = (self.group + Decimal("0." + "".join(self.decimals))) * v
                self.total += scaled
                self.group, self.decimals, self.last_scale, self.room = Decimal(0), None, v, Decimal(999)
                self.words += 1
                return True
            return False
        if kind == "digit":
            if v > self.room:
                return False
            self.group += v
            self.last_digit = v
            self.room = Decimal(9) if (v >= 20 and v % 10 == 0 and v < 100) else Decimal(99 if v == 100 else 0)
        elif kind == "tens":
            if not (0 < self.last_digit < 10) or self.room != 0:
                return False
            self.group += self.last_digit * (v - 1)
            self.last_digit, self.room = Decimal(0), Decimal(9)
        elif kind == "teen":
            if not (0 < self.last_digit < 10) or self.room != 0:
                return False
            self.group += v
            self.last_digit, self.room = Decimal(0), Decimal(0)
        elif kind == "hundred":
            if self.group >= 100 or (self.group and self.room == 99):
                return False
            self.group = (self.group or Decimal(1)) * v
            self.last_digit, self.room = Decimal(0), Decimal(99)
        elif kind in ("scale", "one_scale"):
            if kind == "one_scale" and self.group:
                return False
            if self.group == 0 and self.total and self.last_scale is not None and v > self.last_scale:
                self.total *= v  # three thousand millions, lakh crore
            elif self.last_scale is not None and v >= self.last_scale:
                return False
            else:
                self.total += (self.group or Decimal(1)) * v
            self.group, self.last_scale, self.last_digit, self.room = Decimal(0), v, Decimal(0), Decimal(999)
        elif kind == "fraction":
            if (self.group and self.room == 0) or not self.group:
                self.group += v
                self.room = Decimal(0)
            else:
                return False
        elif kind == "dozen":
            self.group = (self.group or Decimal(1)) * v
            self.room = Decimal(0)
        elif kind == "point":
            if not self.words or next_role is None or next_role.kind != "digit":
                return False
            self.decimals = []
            return True
        elif kind == "and":
            # "one hundred and five", "two thousand and two", "one and a half"
            return bool(self.words) and next_role is not None and next_role.kind in ("digit", "article", "fraction")
        elif kind == "article":
            if next_role is None or next_role.kind not in ("hundred", "scale", "dozen", "fraction"):
                return False
            if next_role.kind == "fraction" or (self.group and self.group < 1 and next_role.kind == "scale"):
                return True  # "one and a half", "half a million"
            if self.words:
                return False
            self.group, self.room = Decimal(1), Decimal(0)
        else:
            return False
        self.words += 1
        return True


def read_words(words: list[str], code: str) -> tuple[Decimal, int] | None:
    """Value of the longest prefix of ``words`` that forms one number, and how many words it took."""
    roles = _roles(code)
    reader = _WordReader()
    best: tuple[Decimal, int] | None = None
    for i, word in enumerate(words):
        role = roles.get(word.lower())
        if role is None:
            break
        nxt = roles.get(words[i + 1].lower()) if i + 1 < len(words) else None
        if not reader.feed(role, nxt):
            break
        if role.kind not in ("and", "article", "point") and reader.words:
            best = (reader.value, i + 1)
    return best


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


def word_run_source(code: str) -> str:
    """The pattern source of a run of number words in ``code`` (for kinds that count in words:
    ``dua hari lalu``, ``three years ago``)."""
    return _word_run(languages.get(code))


def _value_words(data: LanguageData) -> list[str]:
    return [
        *data.digit_words, *data.tens_words, *data.teen_words, *data.hundred_words, *data.scale_words,
        *data.one_scale_words, *data.fraction_words, *data.dozen_words,
    ]


def _word_run(data: LanguageData) -> str:
    glue_words = [*data.point_words, *data.and_words, *data.article_words]
    value = "(?:" + trie(_value_words(data)) + ")" + WORD_END
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
    digits = r"(?:(?<![\p{N}.,])[.,](?=\d))?\d++(?:[.,\u00a0\u2009\u202f]\d++)*+"
    sign = r"(?P<neg>(?<=^|[\s(\[{=:;])[-\u2212](?=\d))?"
    scale = (
        f"(?:(?P<suffix>{trie(glued)})(?![\\p{{L}}\\p{{N}}])"
        f"|(?:{OPT_SP}|-)(?P<scale>(?i:{trie(scale_words)}){WORD_END}(?:{SP}(?i:{trie(data.scale_words)}){WORD_END})*+))?"
    )
    number = f"{sign}(?P<digits>{digits})(?P<vulgar>[½¼¾])?{scale}|(?P<vulgaronly>(?<![\\p{{N}}])[½¼¾])"
    vocabulary = frozenset(w.lower() for w in [*_value_words(data), *data.article_words])
    return NumberPatterns(data, compile_pattern(number), compile_pattern(f"(?i:{_word_run(data)})"),
                          compile_pattern(r"[\p{L}\p{M}]+", scanning=True), vocabulary,
                          frozenset(w.lower() for w in data.article_words), scale_words, glued)


def _scale_value(text: str, p: NumberPatterns) -> Decimal:
    value = Decimal(1)
    for word in text.split():
        value *= p.scale_words.get(word.lower(), 1)
    return value


def find_numbers(text: str, code: str, read: Scan | None = None) -> Iterator[NumberToken]:
    """Every number in ``text``, left to right, each with its exact span and value; ``read`` is the text's
    scan when the caller has it."""
    p = patterns(code)
    hits = (read or scan(text, code)).hits
    done = 0
    for i, (start, _, token, is_digits) in enumerate(hits):
        if start < done:
            continue
        if token in p.articles and not (i + 1 < len(hits) and hits[i + 1][0] - hits[i][1] <= 3
                                        and hits[i + 1][2] in p.vocabulary and hits[i + 1][2] not in p.articles):
            continue  # "a" before no number word: the most common word of English, and no number
        if is_digits:
            if len(token) > 64 or sum(ch.isdigit() for ch in token) > _MAX_DIGITS:
                continue  # a run of digits this long is a code or noise, never a figure
            at = start - 1 if start and text[start - 1] in "-\u2212.," else start
            m = p.digits.match(text, at, upto(text, at)) or (
                p.digits.match(text, start, upto(text, start)) if at != start else None)
            if m is None:
                continue
            number = _digit_token(m, p)
            done = m.end()
            if number is not None:
                yield number
        elif token in p.vocabulary:
            m = p.words.match(text, start, upto(text, start))
            if m is not None:
                done = m.end()
                yield from _split_words(text, m.start(), m.end(), code, p)


def _digit_token(m: regex.Match[str], p: NumberPatterns) -> NumberToken | None:
    if m.group("vulgaronly") is not None:
        value = _VULGAR[m.group()]
        return NumberToken(m.start(), m.end(), value, "digits", fraction=True, unscaled=value)
    read = read_digits(m.group("digits"), p.data)
    if read is None:
        return None
    value, grouped, fraction = read
    if m.group("vulgar"):
        value += _VULGAR[m.group("vulgar")]
        fraction = True
    negative = m.group("neg") is not None
    if negative:
        value = -value
    unscaled = value
    scaled = False
    if m.group("suffix"):
        value *= p.suffixes[m.group("suffix")]
        scaled = True
    elif m.group("scale"):
        value *= _scale_value(m.group("scale"), p)
        scaled = True
    raw = m.group("digits")
    plain = raw.translate(ascii_digits()) if raw.isdigit() and not scaled and not negative else None
    return NumberToken(m.start(), m.end(), exact(value), "digits", grouped, fraction, scaled, plain, negative,
                       exact(unscaled))


def _split_words(text: str, start: int, end: int, code: str, p: NumberPatterns) -> Iterator[NumberToken]:
    spans = [(w.start(), w.end()) for w in p.word.finditer(text, start, end)]
    words = [text[a:b] for a, b in spans]
    i = 0
    while i < len(words):
        read = read_words(words[i:], code)
        if read is None:
            i += 1
            continue
        value, taken = read
        if all(w.lower() in p.data.scale_words or w.lower() in p.data.hundred_words for w in words[i:i + taken]):
            i += taken  # "juta rupiah", "puluhan miliar", "million dollars": a scale with no count is no figure
            continue
        first, last = spans[i], spans[i + taken - 1]
        scaled = any(w.lower() in p.data.scale_words or w.lower() in p.data.one_scale_words
                     for w in words[i:i + taken])
        yield NumberToken(first[0], last[1], exact(value), "words", scaled=scaled, unscaled=exact(value))
        i += taken
