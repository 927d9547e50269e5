"""Numbers written in words, read by place value into exact values.

``dua puluh tiga`` is 23, ``half a million`` 500,000, ``forty-two and a third`` 127/3: the reader takes one word
at a time and stops at the first that cannot continue the number, so ``two and three`` is two numbers. Fractions
are kept exact (``Fraction``); ``as_decimal`` gives the ``Decimal`` every claim holds.
"""

from __future__ import annotations

from decimal import Context, Decimal, InvalidOperation, localcontext
from fractions import Fraction
from functools import cache, lru_cache

import attrs

from factcheck import lang as languages


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


@attrs.frozen
class _Role:
    kind: str
    value: Decimal
    alone: Decimal | None = None
    """For a denominator that is also a fraction word (``half``, ``quarter``): its value with no numerator."""
    ordinal: bool = False
    """A denominator that is also an ordinal (``third``, ``fifth``): a fraction only after ``one`` (``one
    fifth``) or ``and a`` (``forty-two and a third``); ``a third term`` ranks."""
    timely: bool = False
    """A denominator that is also a unit of time (``quarters``): a fraction only inside a mixed number (``five
    billion and three quarters``) or before a scale (``three quarters billion``)."""
    exact: Fraction = attrs.field(init=False)
    """``value`` as a ``Fraction``, made once per word rather than once per reading."""

    @exact.default
    def _exact(self) -> Fraction:
        return Fraction(self.value)


_whole = cache(Fraction)
"""Whole numbers as ``Fraction``s, made once: a reading starts from several of them."""


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
    for word, denominator in data.fraction_denominators.items():
        if word not in roles or word in data.fraction_words:
            alone = data.fraction_words.get(word)
            roles[word] = _Role("denominator", Decimal(denominator), Decimal(alone) if alone is not None else None,
                                word in data.ordinal_words, word in data.time_units)
    for word in data.teen_words:
        roles[word] = _Role("teen", Decimal(10))
    for word in data.point_words:
        roles[word] = _Role("point", Decimal(0))
    for word in data.and_words:
        roles[word] = _Role("and", Decimal(0))
    for word in data.fraction_links:
        roles.setdefault(word, _Role("link", Decimal(0)))
    for word in data.article_words:
        roles[word] = _Role("article", Decimal(1))
    return roles


_WHOLE = ("digit", "tens", "teen", "hundred")


class _WordReader:
    """Reads number words by place value; ``feed`` returns False at the first word that cannot continue.

    Values are kept as ``Fraction``: ``forty-two and a third`` is 127/3, exactly."""

    def __init__(self) -> None:
        self.total = _whole(0)
        self.group = _whole(0)
        self.room = _whole(10**9)  # largest value a digit word may still add to the group
        self.last_digit = _whole(0)
        self.last_scale: Fraction | None = None
        self.decimals: list[str] | None = None
        self.tens_decimal = False  # "point seventy-one": a digit may still follow the tens word
        self.words = 0  # value-bearing words read
        self.and_at: Fraction | None = None  # the group when the last "and" was read
        self.previous = ""  # the kind of the last word read
        self.fraction = False  # a fraction word has been read
        self.closed = False  # a fraction closes the number: only a scale or a dozen may follow
        self.pending = False  # words after "and" that only a denominator makes part of the number
        self.sealed = False  # a fraction of a scale ("a million and a half"): nothing may follow

    @property
    def value(self) -> Fraction:
        value = self.total + self.group
        if self.decimals:
            value += Fraction(Decimal("0." + "".join(self.decimals)))
        return value

    def feed(self, role: _Role, next_role: _Role | None) -> bool:
        kind = role.kind
        accepted = self._feed(role, next_role)
        if accepted:
            self.previous = kind
        return accepted

    def _decimal(self, kind: str, v: Fraction, next_role: _Role | None) -> bool:
        """A word after a spoken decimal point: single digits (``point zero five``) or one number below a
        hundred (``point seventy-one``, ``nought point eleven``)."""
        assert self.decimals is not None
        if kind == "digit" and v < 10 and self.tens_decimal:
            self.decimals[-1] = str(int(v))
            self.tens_decimal = False
            return True
        if kind == "digit" and v < 10 and len(self.decimals) != 2:  # not after "point eleven"
            self.decimals.append(str(int(v)))
            return True
        if kind == "digit" and 10 <= v < 100 and not self.decimals:
            self.decimals.extend(str(int(v)))
            self.tens_decimal = v >= 20 and v % 10 == 0
            return True
        if kind == "scale" and self.decimals:
            scaled = (self.group + Fraction(Decimal("0." + "".join(self.decimals)))) * v
            self.total += scaled
            self.group, self.decimals, self.last_scale, self.room = _whole(0), None, v, _whole(999)
            self.words += 1
            return True
        return False

    def _feed(self, role: _Role, next_role: _Role | None) -> bool:
        kind, v = role.kind, role.exact
        if self.decimals is not None:
            return self._decimal(kind, v, next_role)
        if self.sealed or (self.closed and kind not in ("scale", "dozen", "article", "link")):
            return False
        if kind == "digit":
            if v > self.room:
                return False
            self.group += v
            self.last_digit = v
            self.room = _whole(9) if (v >= 20 and v % 10 == 0 and v < 100) else _whole(99 if v == 100 else 0)
        elif kind == "tens":
            if not (0 < self.last_digit < 10) or self.room != 0:
                return False
            self.group += self.last_digit * (v - 1)
            self.last_digit, self.room = _whole(0), _whole(9)
        elif kind == "teen":
            if not (0 < self.last_digit < 10) or self.room != 0:
                return False
            self.group += v
            self.last_digit, self.room = _whole(0), _whole(0)
        elif kind == "hundred":
            if self.group >= 100 or (self.group and self.room == 99):
                return False
            self.group = (self.group or _whole(1)) * v
            self.last_digit, self.room = _whole(0), _whole(99)
        elif kind in ("scale", "one_scale"):
            if kind == "one_scale" and self.group:
                return False
            if self.group == 0 and self.total and self.last_scale is not None and v > self.last_scale:
                self.total *= v  # three thousand millions, lakh crore
            elif self.last_scale is not None and v >= self.last_scale:
                return False
            else:
                self.total += (self.group or _whole(1)) * v
            self.group, self.last_scale, self.last_digit, self.room = _whole(0), v, _whole(0), _whole(999)
            self.closed = False
        elif kind == "fraction":
            if (self.group and self.room == 0) or not self.group:
                self.group += self._scaled(v, next_role) if self.previous in ("and", "article") else v
                self.room = _whole(0)
                self.fraction = True
            else:
                return False
        elif kind == "denominator":
            return self._denominator(role, next_role)
        elif kind == "dozen":
            base = self.and_at if self.and_at is not None and self.group > self.and_at else _whole(0)
            self.group = base + ((self.group - base) or _whole(1)) * v  # "three hundred and two dozen"
            self.room = _whole(0)
        elif kind == "point":
            if not self.words or next_role is None or next_role.kind != "digit":
                return False
            self.decimals = []
            return True
        elif kind == "and":
            # "one hundred and five", "two thousand and two", "one and a half", "twenty and three fifths"
            if not self.words or next_role is None or next_role.kind not in ("digit", "article", "fraction"):
                return False
            self.and_at = self.group
            if self.room == 0 and next_role.kind == "digit":  # "two and three" is two numbers, unless a
                self.room, self.pending = _whole(99), True  # denominator follows: "twenty and three fifths"
            return True
        elif kind == "link":  # "three quarters of a billion": a fraction of a scale
            return self.closed and next_role is not None and next_role.kind == "article"
        elif kind == "article":
            if next_role is None or next_role.kind not in ("hundred", "scale", "dozen", "fraction", "denominator"):
                return False
            if next_role.kind in ("fraction", "denominator") or (
                    self.group and self.group < 1 and next_role.kind in ("scale", "dozen")):
                return True  # "one and a half", "forty-two and a third", "half a million", "half a dozen"
            if self.words:
                return False
            self.group, self.room = _whole(1), _whole(0)
        else:
            return False
        self.words += 1
        return True

    def _scaled(self, part: Fraction, next_role: _Role | None) -> Fraction:
        """A fraction after ``and`` that follows a scale word is a fraction of that scale: ``a million and a
        half`` is 1,500,000 (but ``a billion and a half million`` is 1,000,500,000)."""
        if self.and_at == 0 and self.total and self.last_scale is not None and (
                next_role is None or next_role.kind != "scale"):
            self.sealed = True
            return part * self.last_scale
        return part

    def _denominator(self, role: _Role, next_role: _Role | None) -> bool:
        """``two thirds``, ``one fifth``, ``twenty and three fifths``, ``a million and a half``, ``three quarters
        billion``: the words before it (since the last ``and``) are its numerator."""
        mixed = self.and_at is not None and self.previous in (*_WHOLE, "article")
        if self.previous in _WHOLE:
            numerator = self.group - (self.and_at if mixed and self.and_at is not None else 0)
        elif self.previous == "article" or (self.previous == "" and role.alone is not None):
            numerator = _whole(1)
        else:
            return False
        if numerator <= 0 or numerator != int(numerator):
            return False
        if role.ordinal and not (
                (self.previous == "article" and mixed)
                or (self.previous in _WHOLE and numerator == 1 and role.value < 100 and self.words == 1 + mixed)):
            return False  # "a third term", "the two hundredth anniversary": ranks
        if role.timely and self.previous in _WHOLE and not (
                mixed or (next_role is not None and next_role.kind in ("scale", "link"))):
            return False  # "three quarters": of a year, unless a scale or a whole says otherwise
        part = numerator / role.exact
        if mixed and self.and_at is not None:
            self.group = self.and_at + self._scaled(part, next_role)
        else:
            self.group = part
        self.room, self.last_digit, self.closed, self.fraction = _whole(0), _whole(0), True, True
        self.pending = False
        self.words += 1
        return True


def read_words(words: list[str], code: str) -> tuple[Decimal, int] | None:
    """Value of the longest prefix of ``words`` that forms one number, and how many words it took."""
    read = read_exact(words, code)
    return None if read is None else (as_decimal(read[0]), read[1])


def read_exact(words: list[str], code: str) -> tuple[Fraction, int, bool] | None:
    """Like ``read_words``, with the value as an exact ``Fraction`` and whether a fraction word made it."""
    roles = _roles(code)
    run: list[str] = []
    for word in words:  # the reading stops at the first word with no role: the words after it are not read
        low = word.lower()
        if low not in roles:
            break
        run.append(low)
    if not run:
        return None
    return _kept_run(tuple(run), code) if len(run) <= 16 else _read_run(tuple(run), code)


def _read_run(words: tuple[str, ...], code: str) -> tuple[Fraction, int, bool] | None:
    """``read_exact`` of a run of words that all have a role, in lower case."""
    roles = _roles(code)
    reader = _WordReader()
    best: tuple[Fraction, int, bool] | None = None
    for i, word in enumerate(words):
        role = roles[word]
        nxt = roles.get(words[i + 1]) if i + 1 < len(words) else None
        if not reader.feed(role, nxt):
            break
        if role.kind not in ("and", "article", "point", "link") and reader.words and not reader.pending:
            best = (reader.value, i + 1, reader.fraction)
    return best


_kept_run = lru_cache(maxsize=4096)(_read_run)
"""Short runs read once: the same few (``two``, ``a``, ``three hundred``) recur through a text."""


_QUOTIENT = Context(prec=12)


@lru_cache(maxsize=4096, typed=True)
def as_decimal(value: Fraction) -> Decimal:
    """``value`` as a ``Decimal``: exact when a decimal holds it (``5/2`` → 2.5), else its quotient to 12
    significant digits (``2/3`` → 0.666666666667), the precision every fraction's amount is given in."""
    denominator = value.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    if denominator == 1:
        with localcontext() as context:
            context.prec = 60
            return exact(Decimal(value.numerator) / Decimal(value.denominator))
    return exact(_QUOTIENT.divide(Decimal(value.numerator), Decimal(value.denominator)))
