"""Quantities, percentages and money: the claims the figures of a text make, alone or as ranges.

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

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

import attrs
import regex

from factcheck.claims import MoneyValue, PercentValue, QuantityValue
from factcheck.kinds.base import (
    Candidate,
    SpanSet,
    before_spaces,
    opens_line,
)
from factcheck.kinds.numeric.figures import Anchor, is_score, sort_of
from factcheck.kinds.numeric.measures import MeasureReader
from factcheck.kinds.numeric.patterns import Patterns, patterns, plus_before
from factcheck.lang.common import (
    CENT_CURRENCIES,
    MINOR_UNIT,
)
from factcheck.numbers import NumberToken, exact
from factcheck.patterns import admits, admits_tail, head_after, upto
from factcheck.scan import Scan, scan

_SCORE_MAX = 30


def _dialled(first: Anchor, second: Anchor) -> bool:
    """Whether two figures joined by a dash are a telephone number: a code written with its leading zero (``07``,
    ``021``), then five digits or more (``07-5206222``, ``021-5150 000``). A count never opens with a zero."""
    head, tail = first.token.plain_digits, second.token.plain_digits
    return (head is not None and tail is not None and 2 <= len(head) <= 4 and head[0] == "0"
            and len(tail) >= 5)
"""The largest figure of a score or a tally written ``2-1`` with nothing counted after it; above it, a dash
between bare figures is a range (``1000-5000``)."""

_JOIN_REACH = 64
"""The most characters between two figures a comma and a joining word (``3, 5``, ``1.2% to 7,250.4``) take, with
room for stray spaces and line breaks."""

FRACTION_RULE = "quantity.fraction"
"""A fraction read from the number words or digits themselves (``one fifth``, ``⅔``); shares (``two thirds of
voters``) come from ``factcheck.kinds.proportions`` under the same name."""

RULES = tuple(f"{kind}.{how}" for kind in ("money", "percent", "quantity.count", "quantity.unit")
              for how in ("single", "range"))
"""Money, percentages and quantities, each as one figure (``single``) or a range (``range``: ``10-20 persen``)."""


class _Scan(MeasureReader):
    """One pass over the number tokens of a text: figures to claims."""

    # ------------------------------------------------------------------ claims

    def run(self) -> list[Candidate]:
        items: list[tuple[Anchor, Anchor | None]] = []
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
            if first.currency in CENT_CURRENCIES:
                self.cent_currency = first.currency  # "€1.2bn, or 45 cents a share": euro cents
            second, j, conn_end = self.range_partner(i, first)
            if second is not None:
                items.append((first, second))
                self.taken = second.end
                i = j + 1
                continue
            self.taken = first.end
            if conn_end == -1:  # a score or a code joined by a dash: "2-1", "3-0"
                i = j + 1
                continue
            items.append((first, None))
            i += 1
        for first, second in self.inherit(items):
            if second is None:
                self.emit_single(first)
            else:
                self.emit_range(first, second)
        return self.out

    def inherit(self, items: list[tuple[Anchor, Anchor | None]]) -> list[tuple[Anchor, Anchor | None]]:
        """A bare figure takes the currency, unit or percent of its partner: the figure before it in a list or a
        change (``Rp 5 juta, 10 juta``, ``dari Rp 320 miliar menjadi 275 miliar``, ``from 20 km to 35``), and the
        figure after it in a list (``3, 5 and 7 per cent``)."""
        out = list(items)
        for k in range(1, len(out)):  # forwards: a later bare figure from the one before
            (a, a2), (b, b2) = out[k - 1], out[k]
            if a2 is None and b2 is None and _figured(a) and not a.percent and not _figured(b) and \
                    self.joined(a, b, change=True) and self.noun(b.end) is None:  # "fell 1.2% to 7,250.4": a level
                out[k] = (_like(b, a), None)
        for k in range(len(out) - 2, -1, -1):  # backwards through a list: "3, 5 and 7 per cent"
            (a, a2), (b, b2) = out[k], out[k + 1]
            if a2 is not None or b2 is not None or _figured(a) or not _figured(b):
                continue
            listed = self.joined(a, b, change=False) or (  # "5 and 7 per cent" only after "3, "
                k > 0 and self.joined(out[k - 1][0], a, change=False) and self.and_between(a, b)) or (
                self.joined(a, b, change=True) and self.p.opener_before.match(  # "from 15 to 20 per cent"
                    self.text, max(0, a.start - 40), self._cmp_start(a.start)) is not None)
            if listed and self.noun(a.end) is None:
                out[k] = (_like(a, b), None)
        return out

    def and_between(self, a: Anchor, b: Anchor) -> bool:
        return " ".join(self.text[a.end:b.start].split()).lower() in self.data.part_joiners

    def joined(self, a: Anchor, b: Anchor, *, change: bool) -> bool:
        """Whether only a comma (``3, 5``, ``10 juta, dan 15 juta``) or, for a change, a range word stands between:
        a bare ``and`` joins too much (``3 hundred and 21``, ``$4.25 and 32 is the quantity``). Figures further
        apart than ``_JOIN_REACH`` are never joined, so the text between two figures far apart is not read."""
        if b.start - a.end > _JOIN_REACH:
            return False
        gap = " ".join(self.text[a.end:b.start].replace(",", " , ").split()).lower()
        words = set(gap.replace(",", " ").split())
        if gap.startswith(",") and (not words or (len(words) == 1 and words <= self.data.part_joiners)):
            return True
        if change:
            return len(words) == 1 and words <= self.p.change_links
        return False

    def range_partner(self, i: int, first: Anchor) -> tuple[Anchor | None, int, int]:
        if i + 1 >= len(self.tokens):
            return None, i, 0
        nxt = self.tokens[i + 1]
        if not admits(self.head(first.end), self.p.gates.connector_after):
            return None, i, 0
        m = self.p.connector_after.match(self.text, first.end, first.end + 24)
        if m is None:
            return None, i, 0
        opener = self.p.opener_before.match(self.text, max(0, first.start - 40), self._cmp_start(first.start))
        word = (m.group("word") or "").lower()
        if word:
            word = " ".join(word.split())
            allowed = self.data.range_pairs.get(" ".join(opener.group("open").lower().split()), ()) \
                if opener else ()
            if word in self.data.part_joiners and word not in allowed:
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
        if m.group("dash") and plain and _dialled(first, second):
            return None, i + 1, -1  # "07-5206222": an area code and a number, no range
        if m.group("dash") and plain and self._year_label(first, second, m):
            return None, i, 0  # "2022 - 1,028 kes", a table row as text: a year, then its figure
        if m.group("dash") and plain and (self.years(first, second) or (
                self.noun(second.end) is None and max(first.value, second.value) <= _SCORE_MAX)):
            return None, i + 1, -1  # "2-1", "2006-2012", "2019-20" (a date, found by the date kind)
        if sort_of(first) is not None and sort_of(first) != sort_of(second) and not (
                first.prefixed and sort_of(second) is None):
            return None, i, 0  # "fell 1.2% to 7,250.4", "25 basis points to 5.75%": two figures
        between = opener is not None and self.pairs_with_and(opener.group("open"))
        shared = opener is None and not (first.has_currency or first.percent or first.unit) and (
            second.percent or second.unit)  # "grew 4 to 5 percent": a before figure would carry its own unit
        if word and not between and not shared and self.p.change_before.match(
                self.text, max(0, first.start - 60), self._opener_start(self._cmp_start(first.start))):
            return None, i, 0  # "rose from 5% to 7%", "naik dari 5 persen menjadi 7 persen": a before and an after
        if m.group("dash") and is_score(first, second, self.noun(second.end), self.data):
            return None, i + 1, -1
        if low_end(first, second) >= second.value:
            if m.group("dash") and plain:
                return None, i + 1, -1  # "Skor akhir 21-18": a score
            return None, i, 0  # "led 48% to 40%", "voted 51 to 49": two figures, not a range
        return second, i + 1, m.end()

    def common_fraction(self, tok: NumberToken) -> bool:
        """Whether a bare ``1/5`` is a fraction: in a language that writes no dates so, with a denominator a
        reader divides by (ten or less, once reduced: ``3/15``); ``9/11`` and ``24/7`` are names."""
        return not self.data.slash_dates and tok.ratio is not None and Fraction(*tok.ratio).denominator <= 10

    def is_year(self, anchor: Anchor) -> bool:
        tok = anchor.token
        if tok.plain_digits is None or len(tok.plain_digits) != 4 or anchor.unit:
            return False
        return 1000 <= int(tok.plain_digits) <= 2100

    def _year_label(self, first: Anchor, second: Anchor, dash: regex.Match[str]) -> bool:
        """Whether ``first`` is a year opening its line, set off by a spaced dash from a figure that is no year: a
        row of a table turned into text (``2022 - 1,028 kes``), never a range (``2000-3000 orang``)."""
        if not (self.is_year(first) and not self.is_year(second)) or (
                second.token.plain_digits is not None and second.value > first.value):
            return False  # "2000 - 3000 orang" stays a range
        if not (self.text[first.end:first.end + 1].isspace() and self.text[dash.end() - 1:dash.end()].isspace()):
            return False
        return opens_line(self.text, first.start)

    def years(self, first: Anchor, second: Anchor) -> bool:
        """``2006-2012``, ``2019-20``, ``03-2020``: two years, a year and the last two digits of the next, or a
        month and its year (``1000-5000`` and ``500-2000`` are ranges of figures)."""
        digits = second.token.plain_digits
        if self.is_year(second):
            return self.is_year(first) or first.value < 100  # "03-2020": a month and a year
        return self.is_year(first) and digits is not None and len(digits) == 2

    def emit_range(self, first: Anchor, second: Anchor) -> None:
        low, high = low_end(first, second), second.value
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

    def emit_single(self, a: Anchor) -> None:
        tok = a.token
        if not (a.has_currency or a.percent or a.unit):
            if self.looks_like_code(tok) or (self.looks_like_name(tok) and not self.listed_count(tok)) or (
                    tok.slashed and not self.common_fraction(tok)):
                return  # "9/11", "sejak 3/4 lalu": a name or a date; a fraction before a unit ("1/2 cup")
            after = self.text[a.end:a.end + 1]
            approx = self.comparator_after(a.end)[0] == "approx" and self.text[a.end:a.end + 1] == "-"
            if not approx and (after.isalpha() or (after in ("-", "‐") and self.text[a.end + 1:a.end + 2].isalpha())):
                return  # "5G", "3-year-old"; "1.500-an pengungsi" is about 1,500
        elif a.has_currency is False and self.looks_like_code(tok):
            return
        elif a.unit and tok.form == "words" and tok.value == 1 and not tok.scaled and self.out and \
                self.out[-1].kind == "money" and not self.text[self.out[-1].end:a.start].strip():
            return  # "RM1,300 satu tan", "$80 one barrel": a price per unit, not one tonne
        cmp, _, nearly = self.comparator(a.start)
        self.emit(a, a.value, None, cmp, "single", nearly)

    def emit(self, a: Anchor, amount: Decimal, amount_max: Decimal | None, cmp: str | None, how: str,
             nearly: bool = False) -> None:
        after_cmp, _ = self.comparator_after(a.end)
        if after_cmp and not cmp:
            cmp = after_cmp
        neg = self.p.negative_before.match(self.text, max(0, a.start - 20), a.start) \
            if admits_tail(self.tail(a.start), self.p.gates.negative_before) else None
        plus = None if neg is None else plus_before(self.code).match(self.text, max(0, neg.start() - 12), neg.start())
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
            if a.currency in CENT_CURRENCIES:
                self.cent_currency = a.currency
            return
        if a.percent:
            of = self.share_of(a.end)
            measure = "points" if a.points else "change" if self.is_change(a) or self.joined_change(a) else \
                "share" if of else None
            value_p = PercentValue(amount, amount_max, cmp, measure, of, nearly)
            self.out.append(Candidate("percent", a.start, a.end, value_p, f"percent.{how}"))
            return
        # "magnitudo 6,2 mengguncang": no noun after a unit written before the figure
        noun = self.noun(a.end, after_unit=bool(a.unit)) if not (a.unit and a.start < a.token.start) else None
        if not a.unit:
            tok = a.token
            if how == "single" and self.is_year(a):
                return  # "pada 2014", "the 2024 election": a year (news writes the count 2,014 with a separator)
            if tok.form == "words" and tok.value == 1 and noun is None and not tok.scaled and neg is None:
                return  # "one", "satu" standing alone: a pronoun far more often than a figure ("minus one" is one)
            if tok.form == "words" and self._vague(tok):
                return  # "dozens of homes", "half": no figure to check
            if noun is not None and self.data.time_units.get(noun.split()[0].lower()):
                return  # "20 minutes earlier": time belongs to the date and duration kinds
            if self._unit_of_time_after(a.end) and not self._date_after(a.end):
                return  # "every 10 minutes", "three weeks later": a frequency or a date, no count of anything
            if noun is not None and noun.split()[0].lower() in self.data.share_words and text:
                noun = None
        unit = a.unit
        rule = f"quantity.{'unit' if unit else 'count'}.{how}"
        ratio = a.token.ratio if how == "single" and amount > 0 and a.value == a.token.value else None
        if ratio is not None and not unit and amount < 1:
            rule = FRACTION_RULE  # "one fifth", "⅔": a fraction, held exactly
        fraction = f"{ratio[0]}/{ratio[1]}" if ratio is not None else None
        self.out.append(Candidate("quantity", a.start, a.end,
                                  QuantityValue(amount, amount_max, unit, noun, cmp, nearly, fraction), rule))

def _figured(a: Anchor) -> bool:
    return a.has_currency or a.percent or a.unit is not None


def _like(bare: Anchor, partner: Anchor) -> Anchor:
    """``bare`` with the currency, unit or percent of ``partner``."""
    return attrs.evolve(bare, currency=partner.currency, has_currency=partner.has_currency, minor=partner.minor,
                        percent=partner.percent, points=partner.points, unit=partner.unit)


def _article_tokens(text: str, p: Patterns, read: Scan) -> list[NumberToken]:
    """``a kilogram``, ``a dime``, ``a grand``: an article before a unit, a coin or a money slang word counts one."""
    out = []
    articles = frozenset(w.lower() for w in p.data.article_words)
    for start, end, _, _ in read.words(articles):
        if not admits(head_after(text, end), p.gates.article_after):
            continue  # "a" before a word no unit, coin or slang starts with: the article of most nouns
        m = p.article_unit.match(text, start, upto(text, start, 40))
        if m is None:
            continue
        k = before_spaces(text, m.start())
        before = text[k - 1:k] if k else ""
        if before and (before.isdigit() or before in "%$€£¥"):
            continue  # "$82.50 a barrel": a price per unit, not one barrel
        out.append(NumberToken(m.start(), m.end(), Decimal(1), "words", unscaled=Decimal(1)))
    return out


def low_end(first: Anchor, second: Anchor) -> Decimal:
    """The low end of a range: ``5 to 10 million`` is 5 million, the second figure's scale carried over."""
    if second.token.scaled and not first.token.scaled and second.token.unscaled:
        return exact(first.value * (second.value / second.token.unscaled))
    return first.value


def find(text: str, code: str, tokens: Sequence[NumberToken], blocked: SpanSet, read: Scan | None = None,
         dated: SpanSet | None = None) -> list[Candidate]:
    """Quantity, percent and money candidates from the number tokens of ``text``; ``blocked`` holds the spans no
    figure may take (exclusions and dates), ``dated`` the dates alone (all of ``blocked`` when not given)."""
    extra = _article_tokens(text, patterns(code), read or scan(text, code))
    if extra:
        tokens = sorted([*tokens, *extra], key=lambda t: t.start)
    return _Scan(text, code, tokens, blocked, dated).run()
