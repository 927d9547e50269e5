"""Quantities, percentages and money: a number and what stands around it.

Each number token (``factcheck.numbers``) becomes at most one claim. Its neighbours decide which:

- to the left: a currency (``Rp``, ``US$``, ``USD``), a comparator (``lebih dari``, ``more than``), a range
  opener (``antara``, ``between``), a minus word;
- to the right: a money scale (``Rp 90 M``), a currency (``20 euro``, ``dolar AS``), a percent word, a unit of
  measure, a range connector and a second number (``10-20 persen``, ``5 dan 10 juta``), a trailing comparator
  (``atau lebih``, ``or more``), and the counted noun (``2.000 tentara``).

A number with none of these and with the look of a name or a code (``Boeing 737``, ``G20``, ``5G``, a bare year,
a score ``2-1``) gives no claim: precision matters as much as recall to a fact-checker.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from functools import cache

import attrs
import regex

from factcheck import lang as languages
from factcheck.claims import MoneyValue, PercentValue, QuantityValue
from factcheck.kinds.base import (
    Candidate,
    SpanSet,
    is_capitalised,
    next_words,
    previous_word,
    starts_sentence,
    verb_like,
)
from factcheck.kinds.comparators import read_after, read_before
from factcheck.lang.base import LanguageData
from factcheck.lang.common import (
    CURRENCY_ALIASES,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    GLUED_CURRENCY_CODES,
    GLUED_UNIT_SYMBOLS,
    MINOR_UNIT,
    UNIT_SYMBOLS,
)
from factcheck.numbers import NumberToken, exact, read_words, word_run_source
from factcheck.patterns import DASH, OPT_SP, SP, WORD_END, WORD_START, compile_pattern, longest_first, trie, upto
from factcheck.scan import Scan, scan

_CUE_GLUE = r"[\s\u00a0\u2009\u202f]{0,2}+"

RULES = tuple(f"{kind}.{how}" for kind in ("money", "percent", "quantity.count", "quantity.unit")
              for how in ("single", "range"))
"""Money, percentages and quantities, each as one figure (``single``) or a range (``range``: ``10-20 persen``)."""


@attrs.frozen
class _Patterns:
    data: LanguageData
    currency_before: regex.Pattern[str]
    negative_before: regex.Pattern[str]
    opener_before: regex.Pattern[str]
    change_before: regex.Pattern[str]
    money_suffix: regex.Pattern[str]
    currency_after: regex.Pattern[str]
    percent_after: regex.Pattern[str]
    unit_after: regex.Pattern[str]
    connector_after: regex.Pattern[str]
    multiplier_after: regex.Pattern[str]
    coin_after: regex.Pattern[str]
    cents_after: regex.Pattern[str]
    compound_after: regex.Pattern[str]
    article_unit: regex.Pattern[str]
    unit_before: regex.Pattern[str]
    currency_lookup: dict[str, str | None]
    unit_lookup: dict[str, str]
    stop_lookup: frozenset[str]
    change_lookup: frozenset[str]
    """Words of change that make a percentage next to them a percentage change."""


def _lower_keys(table: Mapping[str, str | None]) -> dict[str, str | None]:
    return {k.lower(): v for k, v in table.items()}


@cache
def _patterns(code: str) -> _Patterns:
    data = languages.get(code)
    symbols = trie(CURRENCY_SYMBOLS)
    codes = trie(CURRENCY_CODES)
    words = trie(data.currency_words)
    minor = trie(data.minor_currency_words)
    # patterns read backwards from a number take the longest word first: "US$" over "$"
    currency_before = compile_pattern(
        f"(?r)(?:(?P<sym>{longest_first(CURRENCY_SYMBOLS)})|{WORD_START}(?P<code>{longest_first(CURRENCY_CODES)})"
        f"|{WORD_START}(?P<word>(?i:{longest_first(set(data.currency_words) - data.suffix_only_currency_words)})))"
        f"{_CUE_GLUE}"
    )
    negative_before = compile_pattern(f"(?r){WORD_START}(?i:{longest_first(data.negative_words)}){SP}")
    opener_before = compile_pattern(f"(?r){WORD_START}(?P<open>(?i:{longest_first(data.range_pairs)})){SP}")
    change_before = compile_pattern(
        f"(?r){WORD_START}(?i:{longest_first(data.change_words)}){WORD_END}(?:[^.;!?\\n]{{0,40}}?)"
    )
    money_suffix = compile_pattern(f"{OPT_SP}(?P<msuf>{trie(data.money_scale_suffixes)})(?![\\p{{L}}\\p{{N}}])")
    currency_after = compile_pattern(
        f"{OPT_SP}(?:(?P<minor>(?i:{minor}))(?![\\p{{L}}])|(?P<sym>{symbols})|(?P<code>{codes}){WORD_END}"
        f"|(?P<code>(?i:{trie(c.lower() for c in GLUED_CURRENCY_CODES)})){WORD_END}"
        f"|(?P<word>(?i:{words})){WORD_END})"
        f"|{DASH}(?:(?P<minor>(?i:{minor}))|(?P<word>(?i:{words}))){WORD_END}"  # "12-cent", "one-yen"
    )
    percent_after = compile_pattern(
        f"{OPT_SP}(?:(?P<points>(?i:{trie(data.percent_point_words)})){WORD_END}"
        f"|(?P<pct>%|(?i:{trie(w for w in data.percent_words if w != '%')}){WORD_END}))"
    )
    unit_symbols = trie(UNIT_SYMBOLS)
    long_units = trie(w for w in data.unit_words if len(w) > 2)
    short_units = trie(w for w in data.unit_words if len(w) <= 2)
    # short unit words keep their case ("5 g" but not "5G"); long ones match any case ("250 Km/Jam")
    unit_after = compile_pattern(
        f"(?:(?<=\\p{{N}})(?P<glued>{trie(GLUED_UNIT_SYMBOLS)})(?![\\p{{L}}\\p{{N}}/²³])"
        f"|(?:{OPT_SP}|{DASH})(?:(?P<sym>{unit_symbols})(?![\\p{{L}}\\p{{N}}/²³])"
        f"|(?P<word>(?i:{long_units})|{short_units})(?![\\p{{L}}\\p{{N}}/²³])))"
    )
    multiplier_after = compile_pattern(f"{OPT_SP}(?P<mult>(?i:{trie(data.money_multipliers)})){WORD_END}")
    coin_after = compile_pattern(f"{SP}(?P<coin>(?i:{trie(data.coin_words)})){WORD_END}")
    cents_after = compile_pattern(
        f"(?:{SP}(?i:{trie(data.and_words)}){SP}|{SP})(?P<cents>\\d{{1,2}}(?!\\d)|(?i:{word_run_source(data.code)}))"
        f"(?:{OPT_SP}(?P<unit>(?i:{trie(data.minor_currency_words)}))(?![\\p{{L}}]))?"
    )
    compound_after = compile_pattern(
        f"(?:{OPT_SP},|{SP}(?i:{trie(data.part_joiners)}))?{SP}(?P<amount>\\d+(?:[.,]\\d+)?|(?i:{word_run_source(data.code)}))"
        f"{OPT_SP}(?:(?P<sym>{unit_symbols})(?![\\p{{L}}\\p{{N}}/²³])|(?P<word>(?i:{long_units})|{short_units})"
        f"(?![\\p{{L}}\\p{{N}}/²³]))"
    )
    singular = [w for w in data.unit_words if len(w) > 2 and not w.endswith("s") and w not in data.units_before]
    counted = trie([*singular, *data.coin_words, *data.money_multipliers])
    article_unit = compile_pattern(
        f"(?i:{trie(data.article_words)})(?={SP}(?i:{counted}){WORD_END}"
        f"(?!{SP}(?i:{trie(data.fraction_links)}){SP}(?i:{trie(data.definite_articles | data.article_words)})"
        f"{WORD_END}))"
    ) if data.article_words else compile_pattern("(?!)")
    connectors = trie(c for c in data.range_connectors if not regex.fullmatch(r"\W+", c))
    connector_after = compile_pattern(
        f"(?:{OPT_SP}(?P<dash>{DASH}){OPT_SP}|{SP}(?P<word>(?i:{connectors})){SP})"
    )
    currency_lookup: dict[str, str | None] = {**_lower_keys(data.currency_words)}
    stop = frozenset(data.noun_stopwords | set(data.scale_words) | set(data.unit_words))
    return _Patterns(
        data, currency_before, negative_before, opener_before, change_before, money_suffix,
        currency_after,
        percent_after, unit_after, connector_after, multiplier_after, coin_after, cents_after,
        compound_after, article_unit,
        compile_pattern(f"(?r){WORD_START}(?P<unit>{longest_first(data.units_before)}){OPT_SP}"),
        currency_lookup,
        {k.lower(): v for k, v in data.unit_words.items()}, stop,
        frozenset(data.change_words - set(data.range_pairs)),
    )


@attrs.frozen
class _Anchor:
    """A number with its currency, scale, unit or percent word: the span a claim will cover."""

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


def _sort(a: _Anchor) -> tuple[str, object] | None:
    """What kind of figure an anchor is, for telling whether two can be the ends of one range."""
    if a.has_currency:
        return ("money", a.currency)
    if a.percent:
        return ("percent", a.points)
    if a.unit:
        return ("unit", a.unit)
    return None


def _plural(word: str, data: LanguageData) -> bool:
    low = word.lower()
    return (low.endswith(data.plural_endings) and not low.endswith(data.singular_endings)) or \
        low in data.irregular_plurals


def _is_score(first: _Anchor, second: _Anchor, noun: str | None, data: LanguageData) -> bool:
    """``3-0``, ``2-1 victory``: small whole numbers joined by a dash, with nothing measured or counted."""
    a, b = first.token, second.token
    if _sort(first) or _sort(second) or a.form != "digits" or b.form != "digits":
        return False
    if a.plain_digits is None or b.plain_digits is None or a.end + 1 != b.start:
        return False
    if int(a.plain_digits) > 30 or int(b.plain_digits) > 30:
        return False
    return noun is None or noun.split()[0].lower() in data.score_words


_LETTERS = compile_pattern(r"\p{L}+", scanning=True)
_CAMEL = compile_pattern(r"\p{Ll}+\p{Lu}")


def _key(word: str) -> str:
    return str(" ".join(word.lower().split()))


_CONVERT = {("ft", "in"): 12, ("yd", "ft"): 3, ("yd", "in"): 36, ("mi", "yd"): 1760, ("mi", "ft"): 5280,
            ("km", "m"): 1000, ("m", "cm"): 100, ("m", "mm"): 1000, ("cm", "mm"): 10, ("kg", "g"): 1000,
            ("lb", "oz"): 16, ("t", "kg"): 1000, ("h", "min"): 60}
"""Exact factors between units of one system, for compound measures (``5 feet 2 inches``)."""


def _currency_of(m: regex.Match[str], p: _Patterns) -> str | None:
    if m.group("sym"):
        return CURRENCY_SYMBOLS.get(m.group("sym"))
    if m.group("code"):
        code = m.group("code").upper()
        return str(CURRENCY_ALIASES.get(code, code))
    return p.currency_lookup.get(_key(m.group("word")))


class _Scan:
    """One pass over the number tokens of a text."""

    def __init__(self, text: str, code: str, tokens: Sequence[NumberToken], blocked: SpanSet):
        self.code = code
        self.text = text
        self.p = _patterns(code)
        self.data = self.p.data
        self.tokens = tokens
        self.blocked = blocked
        self.out: list[Candidate] = []
        self.cent_currency: str | None = None
        """The currency of the last amount that has cents (USD, EUR …): what a later ``cents`` is in."""

    # ------------------------------------------------------------------ anchors

    def anchor(self, i: int) -> _Anchor:
        """The number with its currency, percent word or unit, whichever the text puts around it."""
        tok = self.tokens[i]
        return (self._money(tok) or self._percent(tok) or self._measure(tok)
                or _Anchor(tok, tok.start, tok.end, tok.value))

    def _money(self, tok: NumberToken) -> _Anchor | None:
        text, p, data = self.text, self.p, self.data
        start, end, value = tok.start, tok.end, tok.value
        currency: str | None = None
        found = False
        m = p.currency_before.match(text, max(0, start - 30), start)
        if m is not None and m.group("code") and m.end() == start and m.group("code") not in GLUED_CURRENCY_CODES:
            m = None  # "COP28", "ASEAN2025": a name, not pesos
        if m is not None and (m.group("word") is None or m.end("word") < start):
            found, currency, start = True, _currency_of(m, p), m.start()
            # after a currency, M and T are the Indonesian miliar and triliun, m and bn the English million
            ms = p.money_suffix.match(text, tok.end, upto(text, tok.end, 8))
            if ms is not None and tok.form == "digits" and tok.unscaled is not None and (
                    not tok.scaled or text[tok.end - 1:tok.end] == ms.group("msuf")):
                value, end = exact(tok.unscaled * data.money_scale_suffixes[ms.group("msuf")]), ms.end()
        minor = False
        mc = p.currency_after.match(text, end, upto(text, end, 40))
        if mc is not None:
            if mc.group("minor"):
                if not found:
                    found, minor, end = True, True, mc.end()
                    currency = data.minor_currency_words.get(mc.group("minor").lower()) or self._cents_currency()
            elif not found or currency is None:
                found, currency, end = True, _currency_of(mc, p), mc.end()
            elif _currency_of(mc, p) == currency:
                end = mc.end()  # "$ 10 dollars"
        if not found:
            mm = p.multiplier_after.match(text, end, upto(text, end, 12))
            if mm is not None:  # "10 grand"
                found, currency, end = True, data.default_currency, mm.end()
                value = exact(value * data.money_multipliers[mm.group("mult").lower()])
            mk = p.coin_after.match(text, end, upto(text, end, 12))
            if mk is not None and not self._word_follows(mk.end()):
                code, each = data.coin_words[mk.group("coin").lower()]
                return _Anchor(tok, start, mk.end(), exact(value * each), code, True, False)
            mu = p.unit_after.match(text, end, upto(text, end, 40))
            if mu is not None and mu.group("word") and tok.scaled and \
                    p.unit_lookup.get(_key(mu.group("word"))) == "lb" and "GBP" in data.currency_words.values():
                found, currency, end = True, "GBP", mu.end()  # "361 million pounds" is sterling, not weight
        if not found:
            return None
        if not minor:
            cents = p.cents_after.match(text, end, upto(text, end, 80))
            if cents is not None and tok.unscaled == tok.value and not tok.fraction:
                amount = self._small_amount(cents.group("cents"))
                per_unit = p.unit_after.match(text, cents.end(), upto(text, cents.end(), 40)) is not None
                if amount is not None and amount < 100 and (cents.group("unit") or not (self._word_follows(
                        cents.end()) or per_unit)):  # "RM4,120 satu tan", "$80 one barrel": a price per unit
                    value, end = exact(value + amount / 100), cents.end()  # "3 dollars 50 cents"
        return _Anchor(tok, start, end, value, currency, True, start < tok.start, minor)

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

    def _percent(self, tok: NumberToken) -> _Anchor | None:
        mp = self.p.percent_after.match(self.text, tok.end, upto(self.text, tok.end, 40))
        if mp is None:
            return None
        return _Anchor(tok, tok.start, mp.end(), tok.value, percent=True, points=mp.group("points") is not None)

    def _measure(self, tok: NumberToken) -> _Anchor | None:
        p, text = self.p, self.text
        mu = p.unit_after.match(text, tok.end, upto(text, tok.end, 40))
        if mu is None:
            return self._unit_before(tok)
        if mu.group("sym") == "m" and mu.start() == tok.end and self._counted_after(mu.end()):
            # "3.5m people": British copy writes millions this way; metres measure, they are not counted
            return _Anchor(tok, tok.start, mu.end(), exact(tok.value * 10**6))
        if mu.group("glued"):
            glued_unit = GLUED_UNIT_SYMBOLS[mu.group("glued")]
            return self._compound(_Anchor(tok, tok.start, mu.end(), tok.value, unit=glued_unit))
        unit = UNIT_SYMBOLS[mu.group("sym")] if mu.group("sym") else p.unit_lookup[_key(mu.group("word"))]
        if not self._unit_ok(tok, mu):
            return None
        return self._compound(_Anchor(tok, tok.start, mu.end(), tok.value, unit=unit))

    def _unit_before(self, tok: NumberToken) -> _Anchor | None:
        """``magnitudo 6,2``, ``M 6,2``, ``a magnitude 5.6 quake``: the unit stands before the figure and spans
        with it."""
        if tok.form != "digits" or tok.scaled:
            return None
        m = self.p.unit_before.match(self.text, max(0, tok.start - 20), tok.start)
        if m is None or (len(m.group("unit")) == 1 and not tok.fraction):
            return None  # "M 6,2" is a magnitude, "the M5 motorway" a road
        return _Anchor(tok, m.start(), tok.end, tok.value, unit=self.data.units_before[m.group("unit")])

    def _compound(self, a: _Anchor) -> _Anchor:
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
        words = self.text[tok.start:tok.end].lower().split()
        data = self.data
        return len(words) == 1 and (words[0] in data.fraction_words or words[0] in data.dozen_words
                                    or (words[0].endswith("s") and words[0] in data.scale_words))

    def _counted_after(self, pos: int) -> bool:
        words = next_words(self.text, pos, 1)
        return bool(words) and self.data.marks_plural and _plural(words[0].group(), self.data) and \
            words[0].group().lower() not in self.p.stop_lookup

    def _word_follows(self, pos: int) -> bool:
        words = next_words(self.text, pos, 1)
        return bool(words) and words[0].group().lower() not in self.p.stop_lookup

    # ------------------------------------------------------------------ context

    def comparator(self, pos: int) -> tuple[str | None, int, bool]:
        """The comparator before ``pos``, where its phrase starts, and whether it means just below (``hampir``)."""
        found = read_before(self.text, self.code, pos)
        return found if found is not None else (None, pos, False)

    def comparator_after(self, pos: int) -> tuple[str | None, int]:
        return read_after(self.text, self.code, pos)

    def noun(self, pos: int) -> str | None:
        data = self.data
        words = next_words(self.text, pos, data.max_noun_words + 1)
        if words and data.counted_after_share_word and words[0].group().lower() in data.share_words:
            words = next_words(self.text, words[0].end(), data.max_noun_words)
        taken: list[regex.Match[str]] = []
        for k, w in enumerate(words[: data.max_noun_words]):
            low = w.group().lower()
            if low in self.p.stop_lookup or low[-1:] == "-":
                break
            if k > 0 and verb_like(low, self.data):
                break
            taken.append(w)
        if not taken:
            return None
        return self.text[taken[0].start():taken[-1].end()]

    def is_blocked(self, start: int, end: int) -> bool:
        return self.blocked.overlaps(start, end)

    # ------------------------------------------------------------------ names and codes

    def looks_like_code(self, tok: NumberToken) -> bool:
        """Digits glued to letters or hyphens that no unit or currency explains: G20, COVID-19, 5G, 3D."""
        text = self.text
        if tok.start == 0:
            return False
        before = text[tok.start - 1]
        if before.isalpha() or before in "/#@_":
            return True
        if before in "-‐.:+" and tok.start >= 2 and text[tok.start - 2].isalnum():
            return True  # "H-3", "H+2", "Km 102+400"
        after = text[tok.end:tok.end + 2]
        return after[:1] in ("/", ":", "_", "@") and after[1:2].isalnum()

    def looks_like_name(self, tok: NumberToken) -> bool:
        """A bare number right after a capitalised word inside a sentence (Boeing 737, Liga 1, PON 1, iPhone 16),
        or a capitalised number word inside one (Nusa Dua, Group of Seven)."""
        if tok.form == "words":
            word = self.text[tok.start:tok.end]
            return is_capitalised(word) and not starts_sentence(self.text, tok.start)
        if tok.grouped or tok.fraction or tok.scaled or tok.negative:
            return False
        prev = previous_word(self.text, tok.start)
        if prev is None:
            return False
        if _CAMEL.match(prev.group()):
            return True  # iPhone 16, eSIM 2
        if not is_capitalised(prev.group()):
            return False
        word = prev.group().lower()
        data = self.data
        if (word in data.comparators_before or word in data.noun_stopwords or word in data.function_words
                or word in data.range_pairs or word in data.currency_words or word in data.negative_words):
            return False
        if prev.group().isupper() and len(prev.group()) >= 2:
            return True  # PON 1, RT 05, KTT 2
        return not starts_sentence(self.text, prev.start())

    def is_year(self, anchor: _Anchor) -> bool:
        tok = anchor.token
        if tok.plain_digits is None or len(tok.plain_digits) != 4 or anchor.unit:
            return False
        return 1000 <= int(tok.plain_digits) <= 2100

    # ------------------------------------------------------------------ claims

    def run(self) -> list[Candidate]:
        i = 0
        n = len(self.tokens)
        while i < n:
            tok = self.tokens[i]
            if self.is_blocked(tok.start, tok.end):
                i += 1
                continue
            first = self.anchor(i)
            if first is None:
                i += 1
                continue
            second, j, conn_end = self.range_partner(i, first)
            if second is not None:
                self.emit_range(first, second)
                i = j + 1
                continue
            if conn_end == -1:  # a score or a code joined by a dash: "2-1", "3-0"
                i = j + 1
                continue
            self.emit_single(first)
            i += 1
        return self.out

    def range_partner(self, i: int, first: _Anchor) -> tuple[_Anchor | None, int, int]:
        if i + 1 >= len(self.tokens):
            return None, i, 0
        nxt = self.tokens[i + 1]
        m = self.p.connector_after.match(self.text, first.end, upto(self.text, first.end, 24))
        if m is None:
            return None, i, 0
        opener = self.p.opener_before.match(self.text, max(0, first.start - 40), self._cmp_start(first.start))
        word = (m.group("word") or "").lower()
        if word:
            word = " ".join(word.split())
            allowed = self.data.range_pairs.get(" ".join(opener.group("open").lower().split()), ()) \
                if opener else ()
            if word in ("and", "dan") and word not in allowed:
                return None, i, 0
        gap_end = m.end()
        if nxt.start != gap_end:
            prefix = self.p.currency_before.match(self.text, gap_end, nxt.start)
            if prefix is None or prefix.start() != gap_end:
                return None, i, 0
        if self.is_blocked(nxt.start, nxt.end):
            return None, i, 0
        second = self.anchor(i + 1)
        if second is None:
            return None, i, 0
        plain = not (first.has_currency or first.percent or first.unit or second.has_currency or second.percent
                     or second.unit or first.token.scaled or second.token.scaled or opener is not None)
        if m.group("dash") and plain and (
                self.noun(second.end) is None or self.is_year(first) or self.is_year(second)):
            return None, i + 1, -1  # "2-1", "2006-2012" (a date, found by the date kind)
        if _sort(first) is not None and _sort(first) != _sort(second) and not (
                first.prefixed and _sort(second) is None):
            return None, i, 0  # "fell 1.2% to 7,250.4", "25 basis points to 5.75%": two figures
        between = opener is not None and bool(
            set(self.data.range_pairs.get(opener.group("open").lower(), ())) & self.data.part_joiners)
        if word and not between and self.p.change_before.match(
                self.text, max(0, first.start - 60), self._opener_start(self._cmp_start(first.start))):
            return None, i, 0  # "rose from 5% to 7%", "naik dari 5 persen menjadi 7 persen": a before and an after
        if m.group("dash") and _is_score(first, second, self.noun(second.end), self.data):
            return None, i + 1, -1
        if _low_end(first, second) >= second.value:
            if m.group("dash") and plain:
                return None, i + 1, -1  # "Skor akhir 21-18": a score
            return None, i, 0  # "led 48% to 40%", "voted 51 to 49": two figures, not a range
        return second, i + 1, m.end()

    def _cmp_start(self, pos: int) -> int:
        cmp, start, _ = self.comparator(pos)
        return start if cmp else pos

    def emit_range(self, first: _Anchor, second: _Anchor) -> None:
        low, high = _low_end(first, second), second.value
        merged = attrs.evolve(
            second,
            start=first.start,
            currency=first.currency or second.currency,
            has_currency=first.has_currency or second.has_currency,
            percent=first.percent or second.percent,
            unit=first.unit or second.unit,
        )
        cmp, _, nearly = self.comparator(self._opener_start(first.start))
        self.emit(merged, low, high, cmp, "range", nearly)

    def _opener_start(self, pos: int) -> int:
        m = self.p.opener_before.match(self.text, max(0, pos - 40), pos)
        return m.start() if m else pos

    def emit_single(self, a: _Anchor) -> None:
        tok = a.token
        if not (a.has_currency or a.percent or a.unit):
            if self.looks_like_code(tok) or self.looks_like_name(tok):
                return
            after = self.text[a.end:a.end + 1]
            approx = self.comparator_after(a.end)[0] == "approx" and self.text[a.end:a.end + 1] == "-"
            if not approx and (after.isalpha() or (after in ("-", "‐") and self.text[a.end + 1:a.end + 2].isalpha())):
                return  # "5G", "3-year-old"; "1.500-an pengungsi" is about 1,500
        elif a.has_currency is False and self.looks_like_code(tok):
            return
        cmp, _, nearly = self.comparator(a.start)
        self.emit(a, a.value, None, cmp, "single", nearly)

    def emit(self, a: _Anchor, amount: Decimal, amount_max: Decimal | None, cmp: str | None, how: str,
             nearly: bool = False) -> None:
        after_cmp, _ = self.comparator_after(a.end)
        if after_cmp and not cmp:
            cmp = after_cmp
        neg = self.p.negative_before.match(self.text, max(0, a.start - 20), a.start)
        plus = None if neg is None else _plus_before(self.code).match(self.text, max(0, neg.start() - 12), neg.start())
        if plus is not None:
            a = attrs.evolve(a, start=plus.start())  # "plus or minus 3.3 points", "plus minus 1 persen": a margin
        elif neg is not None and amount > 0:
            amount = -amount
            amount_max = -amount_max if amount_max is not None else None
            a = attrs.evolve(a, start=neg.start())  # "minus 5 degrees Celsius": the sign word is the figure's
        text = self.text
        if a.has_currency:
            if a.minor:  # "79 cents" is 0.79 of its currency: every amount compares in major units
                amount = exact(amount * MINOR_UNIT)
                amount_max = exact(amount_max * MINOR_UNIT) if amount_max is not None else None
            value = MoneyValue(amount, amount_max, a.currency, cmp, a.minor, nearly)
            self.out.append(Candidate("money", a.start, a.end, value, f"money.{how}"))
            if a.currency in _CENT_CURRENCIES:
                self.cent_currency = a.currency
            return
        if a.percent:
            of = self.share_of(a.end)
            measure = "points" if a.points else "change" if self.is_change(a) else "share" if of else None
            value_p = PercentValue(amount, amount_max, cmp, measure, of, nearly)
            self.out.append(Candidate("percent", a.start, a.end, value_p, f"percent.{how}"))
            return
        noun = self.noun(a.end) if not (a.unit and a.start < a.token.start) else None  # "magnitudo 6,2 mengguncang"
        if not a.unit:
            tok = a.token
            if self.is_year(a):
                return  # "pada 2014", "the 2024 election": a year (news writes the count 2,014 with a separator)
            if tok.form == "words" and tok.value == 1 and noun is None and not tok.scaled:
                return  # "one", "satu" standing alone: a pronoun far more often than a figure
            if tok.form == "words" and self._vague(tok):
                return  # "dozens of homes", "half": no figure to check
            if noun is not None and self.data.time_units.get(noun.split()[0].lower()):
                return  # "20 minutes earlier": time belongs to the date and duration kinds
            if noun is not None and noun.split()[0].lower() in self.data.share_words and text:
                noun = None
        unit = a.unit
        rule = f"quantity.{'unit' if unit else 'count'}.{how}"
        self.out.append(Candidate("quantity", a.start, a.end,
                                  QuantityValue(amount, amount_max, unit, noun, cmp, nearly), rule))

    def is_change(self, a: _Anchor) -> bool:
        """Whether a percentage is a change: a verb of change before it (``naik 5 persen``, ``rose by 5%``) or a
        noun of change after it (``a 5% increase``). ``rose to 5%`` names the level reached, not the change."""
        pos = self._cmp_start(a.start)
        prev = previous_word(self.text, pos)
        if prev is not None and prev.group().lower() in self.data.difference_words:
            prev = previous_word(self.text, prev.start())
        if prev is not None and prev.group().lower() in self.p.change_lookup:
            return True
        after = next_words(self.text, a.end, 1)
        return bool(after) and after[0].group().lower() in self.p.change_lookup

    def share_of(self, pos: int) -> str | None:
        """What a percentage is a share of: ``18 persen dari seluruh perdagangan Rusia``."""
        words = next_words(self.text, pos, 1)
        if not words:
            return None
        first = words[0].group().lower()
        if first in self.data.share_words:
            words = next_words(self.text, words[0].end(), 5)
        elif self.data.share_needs_word:
            return None
        else:
            words = next_words(self.text, pos, 4)
        taken: list[regex.Match[str]] = []
        for w in words:
            low = w.group().lower()
            if low in self.p.stop_lookup and low not in self.data.share_determiners:
                break
            if low in self.data.share_stopwords or (verb_like(low, self.data) and not w.group()[:1].isupper()):
                break  # "7,2 persen dibandingkan …", "5,3 persen yoy", "30 persen warga menolak"
            taken.append(w)
        while taken and taken[-1].group().lower() in self.data.share_determiners:
            taken.pop()
        if not taken:
            return None
        return self.text[taken[0].start():taken[-1].end()]


def _article_tokens(text: str, p: _Patterns, read: Scan) -> list[NumberToken]:
    """``a kilogram``, ``a dime``, ``a grand``: an article before a unit, a coin or a money slang word counts one."""
    out = []
    articles = frozenset(w.lower() for w in p.data.article_words)
    for start, _, _, _ in read.words(articles):
        m = p.article_unit.match(text, start, upto(text, start, 40))
        if m is None:
            continue
        before = text[:m.start()].rstrip()[-1:]
        if before and (before.isdigit() or before in "%$€£¥"):
            continue  # "$82.50 a barrel": a price per unit, not one barrel
        out.append(NumberToken(m.start(), m.end(), Decimal(1), "words", unscaled=Decimal(1)))
    return out


@cache
def _plus_before(code: str) -> regex.Pattern[str]:
    """``plus or minus``, ``plus minus``, ``plus/minus`` before the minus word of a margin."""
    data = languages.get(code)
    return compile_pattern(
        f"(?r)(?<![\\p{{L}}])(?i:{trie(data.plus_words)})(?:{SP}(?i:{trie(data.range_alternatives)}){SP}"
        f"|[\\s\\u00a0]*+[-/][\\s\\u00a0]*+|{SP})"
    )


_CENT_CURRENCIES = frozenset({"USD", "EUR", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD"})


def _low_end(first: _Anchor, second: _Anchor) -> Decimal:
    """The low end of a range: ``5 to 10 million`` is 5 million, the second figure's scale carried over."""
    if second.token.scaled and not first.token.scaled and second.token.unscaled:
        return exact(first.value * (second.value / second.token.unscaled))
    return first.value


def find(text: str, code: str, tokens: Sequence[NumberToken], blocked: SpanSet, read: Scan | None = None
         ) -> list[Candidate]:
    """Quantity, percent and money candidates from the number tokens of ``text``."""
    extra = _article_tokens(text, _patterns(code), read or scan(text, code))
    if extra:
        tokens = sorted([*tokens, *extra], key=lambda t: t.start)
    return _Scan(text, code, tokens, blocked).run()


def compile_all(code: str) -> None:
    """Compile the patterns a text may ask for later (``factcheck.warm_up``)."""
    _patterns(code)
    _plus_before(code)


__all__ = ["RULES", "compile_all", "find"]
