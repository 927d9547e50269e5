"""Reading one figure: a number token with its currency, scale, unit or percent word, and what it counts.
What makes a number no figure (a code, a name) is ``factcheck.kinds.numeric.names``.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs
import regex

from factcheck.kinds.base import (
    Candidate,
    SpanSet,
    groups,
    is_capitalised,
    next_words,
    verb_like,
)
from factcheck.kinds.comparators import read_after_head, read_before_tail
from factcheck.kinds.numeric.patterns import Patterns, patterns
from factcheck.lang.base import LanguageData
from factcheck.lang.common import (
    CURRENCY_ALIASES,
    CURRENCY_SYMBOLS,
    GLUED_CURRENCY_CODES,
    GLUED_UNIT_SYMBOLS,
    UNIT_SYMBOLS,
)
from factcheck.numbers import NumberToken, exact, read_words
from factcheck.patterns import admits, admits_tail, compile_pattern, group_numbers, head_after, tail_before, upto

_PAY_PERIODS = frozenset({"week", "fortnight", "month", "year"})
"""Canonical time units a wage, a bill or a fee is paid by."""


@attrs.define
class Anchor:
    """A number with its currency, scale, unit or percent word: the span a claim will cover (not frozen, as
    ``Candidate``)."""

    token: NumberToken
    start: int
    end: int
    value: Decimal
    currency: str | None = None
    has_currency: bool = False
    prefixed: bool = False
    """The currency stands before the number (``Rp 3-5 juta``): the other end of a range shares it."""
    minor: bool = False
    percent: bool = False
    points: bool = False
    unit: str | None = None


def sort_of(a: Anchor) -> tuple[str, object] | None:
    """What kind of figure an anchor is, for telling whether two can be the ends of one range."""
    if a.has_currency:
        return ("money", a.currency)
    if a.percent:
        return ("percent", a.points)
    if a.unit:
        return ("unit", a.unit)
    return None


def plural(word: str, data: LanguageData) -> bool:
    low = word.lower()
    return (low.endswith(data.plural_endings) and not low.endswith(data.singular_endings)) or \
        low in data.irregular_plurals


def is_score(first: Anchor, second: Anchor, noun: str | None, data: LanguageData) -> bool:
    """``3-0``, ``2-1 victory``: small whole numbers joined by a dash, with nothing measured or counted."""
    a, b = first.token, second.token
    if sort_of(first) or sort_of(second) or a.form != "digits" or b.form != "digits":
        return False
    if a.plain_digits is None or b.plain_digits is None or a.end + 1 != b.start:
        return False
    if int(a.plain_digits) > 30 or int(b.plain_digits) > 30:
        return False
    return noun is None or noun.split()[0].lower() in data.score_words


_LETTERS = compile_pattern(r"\p{L}+", scanning=True)
_DIGIT_NEXT = compile_pattern(r"[\s\u00a0]*+\p{N}")
_WORDS_BEFORE = compile_pattern(r"\p{L}+")
_PRICE_REACH = 8
_CONVERTED = compile_pattern(r"[\s\u00a0]*+\((?:[A-Z]{1,3})?[$€£¥]")


def _key(word: str) -> str:
    return str(" ".join(word.lower().split()))


_CONVERT = {("ft", "in"): 12, ("yd", "ft"): 3, ("yd", "in"): 36, ("mi", "yd"): 1760, ("mi", "ft"): 5280,
            ("km", "m"): 1000, ("m", "cm"): 100, ("m", "mm"): 1000, ("cm", "mm"): 10, ("kg", "g"): 1000,
            ("lb", "oz"): 16, ("t", "kg"): 1000, ("h", "min"): 60}
"""Exact factors between units of one system, for compound measures (``5 feet 2 inches``)."""


def currency_of(m: regex.Match[str], p: Patterns) -> str | None:
    g = groups(m)
    sym, code, word = g("sym"), g("code"), g("word")
    if sym:
        return CURRENCY_SYMBOLS.get(sym)
    if code:
        return str(CURRENCY_ALIASES.get(code.upper(), code.upper()))
    return p.currency_lookup.get(_key(word or ""))


class FigureReader:
    """Reads the figures of one text: each number token as an anchor, with its context."""

    def __init__(self, text: str, code: str, tokens: Sequence[NumberToken], blocked: SpanSet,
                 dated: SpanSet | None = None):
        self.code = code
        self.dated = dated if dated is not None else blocked
        """The spans of the text's dates (within ``blocked``, which holds the excluded spans too)."""
        self.text = text
        self.p = patterns(code)
        self.data = self.p.data
        self.tokens = tokens
        self.blocked = blocked
        self.out: list[Candidate] = []
        self.taken = 0
        """Where the last figure read ends: a currency before a number is not one the last figure took."""
        self.cent_currency: str | None = None
        """The currency of the last amount that has cents (USD, EUR …): what a later ``cents`` is in."""
        self._before: tuple[int, tuple[str | None, int, bool]] = (-1, (None, -1, False))
        self._after: tuple[int, tuple[str | None, int]] = (-1, (None, -1))
        self._words_at: tuple[int, int, list[regex.Match[str]]] = (-1, 0, [])
        self._head: tuple[int, str | None] = (-1, None)
        self._tail: tuple[int, str | None] = (-1, None)

    def head(self, pos: int) -> str | None:
        """``head_after``, kept for the last place asked: a figure's end is read for its anchor, then its range."""
        if self._head[0] != pos:
            self._head = (pos, head_after(self.text, pos))
        return self._head[1]

    def tail(self, pos: int) -> str | None:
        """``tail_before``, kept for the last place asked: a figure's start is read for its comparator, then its
        sign."""
        if self._tail[0] != pos:
            self._tail = (pos, tail_before(self.text, pos))
        return self._tail[1]

    def words(self, pos: int, count: int) -> list[regex.Match[str]]:
        """``next_words``, kept for the last place asked (the first words of a run are the run of fewer)."""
        at, asked, found = self._words_at
        if at != pos or (count > asked and len(found) == asked):
            found = next_words(self.text, pos, count)
            self._words_at = (pos, count, found)
        return found[:count]

    # ------------------------------------------------------------------ anchors

    def anchor(self, i: int) -> Anchor:
        """The number with its currency, percent word or unit, whichever the text puts around it."""
        tok = self.tokens[i]
        head = self.head(tok.end)  # what follows the number, read once for every gate
        gates = self.p.gates
        if not admits(head, gates.anchor_after) and not admits_tail(self.tail(tok.start), gates.anchor_before):
            return Anchor(tok, tok.start, tok.end, tok.value)  # most figures: nothing around them to take
        return (self._money(tok, head) or self._percent(tok, head) or self._measure(tok, head)
                or Anchor(tok, tok.start, tok.end, tok.value))

    def _pay_period(self, pos: int) -> bool:
        """Whether a rate of a week or longer follows ``pos``: ``1,738 pounds a year``, ``300 pounds per week``
        are sterling; weight goes by the day more often than money (``eats 90 pounds a day``)."""
        words = self.words(pos, 2)
        if len(words) < 2:
            return False
        first, unit = words[0].group().lower(), words[1].group().lower()
        return (first in self.data.article_words or first in self.data.frequency_words) and \
            self.data.time_units.get(unit) in _PAY_PERIODS

    def _priced(self, start: int, end: int) -> bool:
        """Whether a price word stands among the ``_PRICE_REACH`` words of its sentence before ``start`` (``the
        average price of a home reached 299,331 pounds``), or a conversion in brackets follows ``end`` (``299,331
        pounds ($404,000)``)."""
        lo = max(0, start - 70)
        stop = max(self.text.rfind(mark, lo, start) for mark in (". ", "; ", "! ", "? ", "\n"))  # its sentence
        before = _WORDS_BEFORE.findall(self.text, max(lo, stop + 1), start)[-_PRICE_REACH:]
        return any(w.lower() in self.data.price_words for w in before) or \
            _CONVERTED.match(self.text, end, end + 6) is not None

    def _money(self, tok: NumberToken, head: str | None) -> Anchor | None:
        text, p, data, gates = self.text, self.p, self.data, self.p.gates
        start, end, value = tok.start, tok.end, tok.value
        currency: str | None = None
        found = False
        m = p.currency_before.match(text, max(0, start - 30), start) \
            if admits_tail(self.tail(start), gates.currency_before) else None
        number = group_numbers(m.re) if m is not None else {}  # read by number: the pattern has many groups
        if m is not None and m.group(number["code"]) and m.group(number["code"]) not in GLUED_CURRENCY_CODES and (
                m.end(number["code"]) == start or (tok.plain_digits is not None and int(tok.plain_digits) < 100)):
            m = None  # "COP28", "COP 28", "PHP 7": a name, not pesos (but "SEK 500", "CHF 1.5 billion")
        if m is not None and m.start() < self.taken:
            m = None  # "50 dollars 40 yuan": the currency before is the last amount's
        if m is not None and (m.group(number["word"]) is None or m.end(number["word"]) < start):
            found, currency, start = True, currency_of(m, p), m.start()
            scaled = m.group(number["scaled"]) if "scaled" in number else None
            if scaled:  # "MAUD 60": millions of Australian dollars
                value = exact(value * data.code_scale_prefixes[scaled])
            # after a currency M, T are the Indonesian miliar, triliun (glued too: "Rp 3M"); m the English million
            at = tok.end - 1 if tok.scaled and text[tok.end - 1:tok.end] in data.money_scale_suffixes else tok.end
            ms = p.money_suffix.match(text, at, upto(text, at, 8)) \
                if admits(head if at == tok.end else head_after(text, at), gates.money_suffix) else None
            if ms is not None and tok.form == "digits" and tok.unscaled is not None and (
                    not tok.scaled or at < tok.end or text[tok.end - 1:tok.end] == ms.group("msuf")):
                value, end = exact(tok.unscaled * data.money_scale_suffixes[ms.group("msuf")]), ms.end()
        minor = False
        if end != tok.end:
            head = head_after(text, end)
        mc = p.currency_after.match(text, end, end + 40) if admits(head, gates.currency_after) else None
        if mc is not None:
            if mc.group("minor"):
                if not found:
                    found, minor, end = True, True, mc.end()
                    currency = data.minor_currency_words.get(mc.group("minor").lower()) or self._cents_currency()
            elif not found or currency is None:
                found, currency, end = True, currency_of(mc, p), mc.end()
                if groups(mc)("scaled"):  # "30 MUSD", "48.5 MGBP"
                    value = exact(value * data.code_scale_prefixes[mc.group("scaled")])
            elif currency_of(mc, p) == currency and not _DIGIT_NEXT.match(text, mc.end(), upto(text, mc.end(), 4)):
                end = mc.end()  # "$ 10 dollars" (but "$ 20,000.00 $ 37,305.97" is two amounts)
        if not found:
            mm = p.multiplier_after.match(text, end, end + 12) if admits(head, gates.multiplier_after) else None
            if mm is not None and is_capitalised(mm.group("mult")) and self._name_goes_on(mm.end()):
                mm = None  # "two Grand Slam titles", "Grand Prix": a name, no slang for a thousand
            if mm is not None:  # "10 grand"
                found, currency, end = True, data.default_currency, mm.end()
                value = exact(value * data.money_multipliers[mm.group("mult").lower()])
                head = head_after(text, end)
            mk = p.coin_after.match(text, end, end + 12) if admits(head, gates.coin_after) else None
            if mk is not None and not self._word_follows(mk.end()):
                code, each = data.coin_words[mk.group("coin").lower()]
                return Anchor(tok, start, mk.end(), exact(value * each), code, True, False)
            mu = p.unit_after.match(text, end, upto(text, end, 40)) if p.sterling and admits(head, gates.unit_after) \
                else None
            if mu is not None and mu.group("word") and p.unit_lookup.get(_key(mu.group("word"))) == "lb" and (
                    tok.scaled or self._pay_period(mu.end()) or self._priced(start, mu.end())):
                found, currency, end = True, "GBP", mu.end()  # "361 million pounds" is sterling, not weight
        if not found:
            return None
        if not minor:
            cents = p.cents_after.match(text, end, upto(text, end, 80)) if text[end:end + 1].isspace() else None
            if cents is not None and tok.unscaled == tok.value and not tok.fraction:
                amount = self._small_amount(cents.group("cents"))
                per_unit = p.unit_after.match(text, cents.end(), upto(text, cents.end(), 40)) is not None or (
                    not cents.group("unit") and p.currency_after.match(text, cents.end(), upto(text, cents.end(), 40))
                    is not None)  # "10 $ 30 $": two amounts
                if amount is not None and amount < 100 and (cents.group("unit") or not (self._word_follows(
                        cents.end()) or per_unit)):  # "RM4,120 satu tan", "$80 one barrel": a price per unit
                    value, end = exact(value + amount / 100), cents.end()  # "3 dollars 50 cents"
        return Anchor(tok, start, end, value, currency, True, start < tok.start, minor)

    def _cents_currency(self) -> str | None:
        """The currency of ``cents``: the last dollar or euro amount before it in the text (``$4.2bn … 12 cents a
        share``), else the language's default (US copy dominates English news)."""
        if self.cent_currency is not None:
            return self.cent_currency
        return self.data.cents_currency

    def _small_amount(self, text: str) -> Decimal | None:
        if text.isdigit():
            return Decimal(text)
        read = read_words(_LETTERS.findall(text), self.data.code)
        return read[0] if read is not None else None

    def _percent(self, tok: NumberToken, head: str | None) -> Anchor | None:
        if not admits(head, self.p.gates.percent_after):
            return None
        mp = self.p.percent_after.match(self.text, tok.end, tok.end + 40)
        if mp is None:
            return None
        return Anchor(tok, tok.start, mp.end(), tok.value, percent=True, points=mp.group("points") is not None)

    def _measure(self, tok: NumberToken, head: str | None) -> Anchor | None:
        p, text = self.p, self.text
        mu = p.unit_after.match(text, tok.end, tok.end + 40) if admits(head, p.gates.unit_after) else None
        if mu is None:
            return self._unit_before(tok)
        if mu.group("sym") == "m" and mu.start() == tok.end and self._counted_after(mu.end()):
            # "3.5m people": British copy writes millions this way; metres measure, they are not counted
            return Anchor(tok, tok.start, mu.end(), exact(tok.value * 10**6))
        if mu.group("glued"):
            glued_unit = GLUED_UNIT_SYMBOLS[mu.group("glued")]
            return self._compound(Anchor(tok, tok.start, mu.end(), tok.value, unit=glued_unit))
        unit = UNIT_SYMBOLS[mu.group("sym")] if mu.group("sym") else p.unit_lookup[_key(mu.group("word"))]
        if not self._unit_ok(tok, mu):
            return None
        return self._compound(Anchor(tok, tok.start, mu.end(), tok.value, unit=unit))

    def _unit_before(self, tok: NumberToken) -> Anchor | None:
        """``magnitudo 6,2``, ``M 6,2``, ``a magnitude 5.6 quake``: the unit stands before the figure and spans
        with it."""
        if tok.form != "digits" or tok.scaled or not admits_tail(self.tail(tok.start),
                                                                  self.p.gates.unit_before):
            return None
        m = self.p.unit_before.match(self.text, max(0, tok.start - 20), tok.start)
        if m is None or (len(m.group("unit")) == 1 and not tok.fraction):
            return None  # "M 6,2" is a magnitude, "the M5 motorway" a road
        return Anchor(tok, m.start(), tok.end, tok.value, unit=self.data.units_before[m.group("unit")])

    def _compound(self, a: Anchor) -> Anchor:
        """``7 feet 10 inches`` → 94 in, ``2 km and 1 meter`` → 2001 m: one measure in the smaller unit, when
        both units belong to one system (the conversion is then exact)."""
        m = self.p.compound_after.match(self.text, a.end, upto(self.text, a.end, 80))
        if m is None or a.unit is None:
            return a
        smaller = UNIT_SYMBOLS.get(m.group("sym") or "") or self.p.unit_lookup.get(_key(m.group("word") or ""))
        factor = _CONVERT.get((a.unit, smaller or ""))
        amount = self._small_amount(m.group("amount")) if m.group("amount") else None
        if factor is None or amount is None or smaller is None:
            return a
        return attrs.evolve(a, end=m.end(), value=exact(a.value * factor + amount), unit=smaller)

    def _unit_ok(self, tok: NumberToken, mu: regex.Match[str]) -> bool:
        sym = mu.group("sym") or mu.group("word")
        glued = mu.start() == tok.end or self.text[tok.end:mu.start()] in ("-", "‐")
        if sym in ('"', "''"):
            return glued
        nxt = self.text[mu.end():mu.end() + 1]
        # one-letter symbols ("m", "g", "t", "l") only glued or before punctuation: "5 m tall" is rare, "5 m people"
        if len(sym) == 1 and sym.isalpha():
            return bool(glued or (nxt in ("", ".", ",", ";", ")", " ") and not self._word_follows(mu.end())))
        return str(sym).lower() != "in"

    def _vague(self, tok: NumberToken) -> bool:
        """``half``, ``a half``, ``dozens``, ``thousands``: a fraction or a scale with no count is no figure."""
        data = self.data
        words = self.text[tok.start:tok.end].lower().split()
        bare = [w for w in words if w not in data.article_words]
        return (len(words) == 1 and (words[0] in data.dozen_words
                                     or (words[0].endswith("s") and words[0] in data.scale_words))) or (
            len(bare) == 1 and (bare[0] in data.fraction_words or bare[0] in data.fraction_denominators))

    def _counted_after(self, pos: int) -> bool:
        words = self.words(pos, 1)
        return bool(words) and self.data.marks_plural and plural(words[0].group(), self.data) and \
            words[0].group().lower() not in self.p.stop_lookup

    def _name_goes_on(self, pos: int) -> bool:
        words = self.words(pos, 1)
        return bool(words) and is_capitalised(words[0].group())

    def _word_follows(self, pos: int) -> bool:
        words = self.words(pos, 1)
        return bool(words) and words[0].group().lower() not in self.p.stop_lookup

    # ------------------------------------------------------------------ context

    def comparator(self, pos: int) -> tuple[str | None, int, bool]:
        """The comparator before ``pos``, where its phrase starts, and whether it means just below (``hampir``)."""
        if self._before[0] == pos:  # a figure asks twice: for its claim and whether it is a change
            return self._before[1]
        found = read_before_tail(self.text, self.code, pos, self.tail(pos))
        result = found if found is not None else (None, pos, False)
        self._before = (pos, result)
        return result

    def comparator_after(self, pos: int) -> tuple[str | None, int]:
        if self._after[0] == pos:
            return self._after[1]
        result = read_after_head(self.text, self.code, pos, self.head(pos))
        self._after = (pos, result)
        return result

    def noun(self, pos: int, after_unit: bool = False) -> str | None:
        """The counted noun after ``pos``: a few words up to a stop word or a verb; after a unit of measure not
        even a first word that is a verb (``4,5 meter diperkirakan``; ``3 tersangka`` stays a noun)."""
        data = self.data
        words = self.words(pos, data.max_noun_words + 1)
        if words and data.counted_after_share_word and words[0].group().lower() in data.share_words:
            words = self.words(words[0].end(), data.max_noun_words)
        taken: list[regex.Match[str]] = []
        for k, w in enumerate(words[: data.max_noun_words]):
            low = w.group().lower()
            if low in self.p.stop_lookup or low[-1:] == "-":
                break
            if (k > 0 or after_unit) and (verb_like(low, self.data) or low in data.comparatives):
                break  # "41.6 points higher": the comparative tells the change, not what is counted
            taken.append(w)
        if not taken:
            return None
        return self.text[taken[0].start():taken[-1].end()]

    def is_blocked(self, start: int, end: int) -> bool:
        return self.blocked.overlaps(start, end)
