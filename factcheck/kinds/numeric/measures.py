"""What a figure measures, read from the words around it: whether a percentage is a change (``naik 5 persen``,
``fell 120 points, or 3.2%``) and what it is a share of (``18 persen dari seluruh perdagangan Rusia``), the figure
a percentage after ``or`` restates, and where a comparator before a figure begins. The claims' pass over the
number tokens (``factcheck.kinds.numeric.claims``) reads them through this class."""

from __future__ import annotations

from bisect import bisect_right

import regex

from factcheck.kinds.base import previous_word, verb_like
from factcheck.kinds.numeric.figures import Anchor
from factcheck.kinds.numeric.names import NameReader
from factcheck.numbers import NumberToken
from factcheck.patterns import compile_pattern


class MeasureReader(NameReader):
    """The readers of a figure's measure and share, on top of those of its anchor and name (``NameReader``)."""

    def _cmp_start(self, pos: int) -> int:
        cmp, start, _ = self.comparator(pos)
        return start if cmp else pos

    def _unit_of_time_after(self, pos: int) -> bool:
        """Whether a unit of time follows ``pos`` across nothing but spaces (``10 minutes``, ``tiga minit``)."""
        words = self.words(pos, 1)
        return bool(words) and not self.text[pos:words[0].start()].strip() and \
            words[0].group().lower() in self.data.time_units

    def joined_change(self, a: Anchor) -> bool:
        """Whether a percentage is joined by ``and`` to a change just before it, the verb of which it shares
        (``rose 0.4% month on month and 3.8% from a year earlier``, ``naik 4,95 persen (yoy) dan 1,50 persen``)."""
        last = self.out[-1] if self.out else None
        if last is None or last.kind != "percent" or getattr(last.value, "measure", None) != "change" or \
                not 0 < a.start - last.end <= 40 or any(ch in ".!?;\n" for ch in self.text[last.end:a.start]):
            return False
        prev = previous_word(self.text, self._cmp_start(a.start))
        return prev is not None and prev.group().lower() in self.data.part_joiners

    def _date_after(self, pos: int) -> bool:
        """Whether the word after ``pos`` opens a date of its own that leaves the figure out (``produksi 480,5
        tahun lalu``): the unit of time is the date's, and the figure counts what the sentence names before."""
        words = self.words(pos, 1)
        return bool(words) and self.dated.overlaps(words[0].start(), words[0].end())

    def pairs_with_and(self, opener: str) -> bool:
        """Whether a range's opener is closed by ``and``/``dan`` (``between``, ``antara``): its two figures are a
        span; an opener closed only by ``to`` (``from``, ``dari``) may open a before and an after instead."""
        return not self.data.part_joiners.isdisjoint(self.data.range_pairs.get(" ".join(opener.lower().split()), ()))

    def is_change(self, a: Anchor) -> bool:
        """Whether a percentage is a change: a verb of change before it (``naik 5 persen``, ``rose by 5%``), or
        before the figure it restates (``fell 120 points, or 3.2%``, ``menjunam 62 mata atau 3.9 peratus``), or a
        noun of change after it, maybe behind the noun that changed (``a 5% increase``, ``a 25% pay rise``), or
        before the noun that changed (``kenaikan gaji 13 peratus``), or a comparative after it or before its ``by``
        (``closed 1.2% lower``, ``settled lower by 2%``).
        ``rose to 5%`` names the level reached and ``rose from 5%`` the level before, not the change."""
        pos = self._cmp_start(a.start)
        prev = previous_word(self.text, pos)
        if prev is not None and prev.group().lower() in self.data.range_alternatives:
            restated = self.restated(prev.start())
            if restated is not None:  # its currency before it too: "fell $2bn, or 12%", "RM2 bilion atau 12 peratus"
                at = restated.start
                currency = self.p.currency_before.match(self.text, max(0, at - 30), at)
                prev = previous_word(self.text, self._cmp_start(currency.start() if currency else at))
        if prev is not None and prev.group().lower() in self.data.range_pairs:
            if not self.pairs_with_and(prev.group()):
                return False  # "rose from 5% to 7%", "down from 5%", "naik dari 5 persen": the level before
            prev = previous_word(self.text, prev.start())  # "merosot antara 5 hingga 10 peratus"
        comparatives = self.data.comparatives
        if prev is not None and prev.group().lower() in self.data.difference_words:
            if self._change_noun_phrase(prev.start()):
                return True  # "kenaikan upah minimum provinsi (UMP) 2026 sebesar 6,5 persen"
            prev = previous_word(self.text, prev.start())
            if prev is not None and prev.group().lower() in comparatives:
                return True  # "settled lower by 2%"
        if prev is not None and prev.group().lower() in self.p.change_lookup:
            return True
        if prev is not None and self._change_before_noun(prev):
            return True
        after = self.words(a.end, 2)
        if after and (after[0].group().lower() in self.p.change_lookup or after[0].group().lower() in comparatives):
            return True  # "closed 1.2% lower", "5% higher than a year earlier"
        if len(after) < 2 or after[1].group().lower() not in self.p.change_lookup or verb_like(
                after[1].group().lower(), self.data):
            return False  # "its 5% stake increased in value": a share, and a verb
        noun = after[0].group().lower()  # "a 25% pay rise": the noun that changed, then the change
        return noun not in self.p.stop_lookup and noun not in self.data.share_words and not verb_like(noun, self.data)

    def _change_before_noun(self, noun: regex.Match[str]) -> bool:
        """``kenaikan gaji 13 peratus``, ``penurunan harga 5 persen``: a noun of change, then the noun that
        changed, then the figure (the mirror of ``a 25% pay rise``), with nothing but spaces between them."""
        low = noun.group().lower()
        if not noun.group()[:1].islower() or low in self.p.stop_lookup or low in self.data.share_words or \
                verb_like(low, self.data):
            return False
        change = previous_word(self.text, noun.start())
        if change is None or self.text[change.end():noun.start()].strip():
            return False
        word = change.group().lower()
        return word in self.p.change_lookup and word not in self.p.stop_lookup and not verb_like(word, self.data)

    def _past_a_figure(self, words: list[regex.Match[str]]) -> list[regex.Match[str]]:
        """``words`` with the words after a figure that follows the determiners they stop at: ``30% of the 2,300
        express buses`` is a share of ``the 2,300 express buses``."""
        if not all(w.group().lower() in self.data.share_determiners for w in words):
            return words
        at = words[-1].end() if words else -1
        figure = _FIGURE_AFTER.match(self.text, at) if at >= 0 else None
        if figure is None:
            return words
        return [*words, *self.words(figure.end(), 5 - len(words))]

    def _change_noun_phrase(self, pos: int) -> bool:
        """Whether a noun of change opens the noun phrase that ends at ``pos``, where the language puts a noun's
        modifiers after it: ``kenaikan upah minimum provinsi (UMP) 2026`` (words, an acronym in brackets, a year;
        no stop word or verb between)."""
        if not self.data.ordinal_noun_first:
            return False
        words = _PHRASE_WORD.findall(self.text, max(0, pos - _PHRASE_REACH), pos)
        for word in reversed(words[-_PHRASE_WORDS:]):
            low = word.strip("()").lower()
            if low in self.p.change_lookup and not verb_like(low, self.data):
                return True
            if low in self.p.stop_lookup or verb_like(low, self.data) or (low.isdigit() and len(low) != 4):
                return False
        return False

    def restated(self, pos: int) -> NumberToken | None:
        """The figure a percentage after ``or`` restates: the number token before ``pos`` with at most a word of
        unit or a comma between (``120 points, or``, ``62.01 mata atau``)."""
        k = bisect_right(self.tokens, pos, key=_end) - 1  # the tokens are in text order, apart from each other
        if k < 0:
            return None
        tok = self.tokens[k]
        gap = self.text[tok.end:pos].replace(",", " ").split()
        return tok if len(gap) <= 1 and all(w.isalpha() for w in gap) else None

    def share_of(self, pos: int) -> str | None:
        """What a percentage is a share of: ``18 persen dari seluruh perdagangan Rusia``."""
        words = self.words(pos, 1)
        if not words:
            return None
        first = words[0].group().lower()
        explicit = first in self.data.share_words
        if explicit:
            words = self._past_a_figure(self.words(words[0].end(), 5))
        elif self.data.share_needs_word:
            return None
        else:
            words = self.words(pos, 4)
        taken: list[regex.Match[str]] = []
        anaphor = False  # "daripada jumlah itu": the whole named before, a share all the same
        for k, w in enumerate(words):
            low = w.group().lower()
            around = (taken[-1], *words[k:k + 2]) if taken and k + 1 < len(words) else ()
            named = bool(around) and all(x.group()[:1].isupper() for x in around)
            if low in self.p.stop_lookup and low not in self.data.share_determiners and not named:
                anaphor = explicit  # a capitalised stop word inside a name goes on: "Keluaran Dalam Negeri Kasar"
                break
            if low in self.data.share_stopwords or (verb_like(low, self.data) and not w.group()[:1].isupper()):
                break  # "7,2 persen dibandingkan …", "5,3 persen yoy", "30 persen warga menolak"
            if low in self.data.one_unit_words or low in self.data.time_units:
                break  # "2,8 persen setahun sebelumnya": a time, no whole the percentage is a share of
            taken.append(w)
        kept = list(taken) if anaphor else []
        while taken and taken[-1].group().lower() in self.data.share_determiners:
            taken.pop()
        taken = taken or kept
        if not taken:
            return None
        return self.text[taken[0].start():taken[-1].end()]


_FIGURE_AFTER = compile_pattern(r" \p{N}[\p{N}.,]*+(?<=\p{N})")
_PHRASE_WORD = compile_pattern(r"\(?[\p{L}\p{N}]++\)?")
_PHRASE_WORDS = 6
"""The most words a noun phrase between a noun of change and its figure's ``sebesar`` may have."""
_PHRASE_REACH = 80


def _end(tok: NumberToken) -> int:
    return tok.end
