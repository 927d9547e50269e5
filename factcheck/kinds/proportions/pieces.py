"""The parts every age, fraction and ratio rule is written from, and the reader their matches go to."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Context, Decimal
from functools import cache

import attrs

from factcheck import lang as languages
from factcheck.claims import QuantityValue
from factcheck.digits import ascii_digits
from factcheck.kinds.base import next_words, verb_like
from factcheck.lang.base import LanguageData
from factcheck.numbers import read_words, word_run_source
from factcheck.patterns import DASH, OPT_SP, SP, any_case, compile_pattern

QUOTIENT = Context(prec=12)
"""A fraction's quotient: 12 significant digits, for sorting and comparing (the exact value is its ``fraction``)."""
AGE_UNITS = frozenset({"year", "month", "week", "day"})
"""Units an age is given in: ``61 tahun``, ``a 3-month-old baby``, ``bayi berusia 8 bulan``."""
_LETTERS = compile_pattern(r"\p{L}+", scanning=True)


@attrs.frozen
class Pieces:
    """The parts of age and fraction patterns for one language."""

    data: LanguageData
    number: str
    """A number in digits or words (``45``, ``two``, ``dua``)."""
    small: str
    """A whole number of one to three digits."""
    year_units: str
    age_before: str
    age_after: str
    age_bound: str
    """A comparator between an age cue and the age (``berusia minimal 18 tahun``, ``aged under 30``); empty when
    the language has none."""
    age_opener: str
    """``antara``, ``between``: a range's opener before the first end, as the group ``opener``."""
    age_link: str
    """What joins the two ends of an age range (``21 hingga 35 tahun``, ``aged 18 to 35``, ``between 18 and 35``):
    a dash, a range connector that joins no clauses, or the closer of the opener before the first end (``dan``
    after ``antara``, ``and`` after ``between``)."""
    denominators: str
    wholes: str
    links: str
    ratio_links: str
    ratio_ones: str
    """Words for one of a kind before a ratio's link (``seorang``), as the group ``one``."""
    percent: str


def alternatives(words: Iterable[str]) -> str:
    """The words as alternatives of a pattern, in any case."""
    return any_case(words, end="")


@cache
def pieces(code: str) -> Pieces:
    data = languages.get(code)
    numbers = word_run_source(code)
    articles = f"|{alternatives(data.article_words)}" if data.article_words else ""
    return Pieces(
        data=data,
        number=rf"(?P<num>\p{{N}}{{1,3}}(?![\p{{N}}.,]\p{{N}})|(?i:{numbers}){articles})",
        small=r"\p{N}{1,3}(?![\p{N}]|[.,]\p{N})",
        year_units=alternatives(w for w, unit in data.time_units.items() if unit in AGE_UNITS),
        age_before=alternatives(data.age_before),
        age_after=alternatives(data.age_suffixes),
        age_bound=f"(?:{alternatives(data.comparators_before)}){SP}" if data.comparators_before else "",
        age_opener=_age_opener(data),
        age_link=_age_link(data),
        denominators=alternatives([*data.fraction_denominators, *data.linked_denominators]),
        wholes=alternatives(data.fraction_wholes),
        links=alternatives(data.fraction_links | set(data.share_words)),
        ratio_links=alternatives(data.ratio_links),
        ratio_ones=alternatives(data.ratio_one_words) if data.ratio_one_words else "(?!)",
        percent=alternatives(w for w in data.percent_words if w != "%"),
    )


def _age_opener(data: LanguageData) -> str:
    return f"(?:(?P<opener>{alternatives(data.range_pairs)}){SP})?" if data.range_pairs else ""


def _age_link(data: LanguageData) -> str:
    words = [w for w in data.range_connectors if w[:1].isalpha() and w not in data.clause_joiners]
    closers = {w for opened in data.range_pairs.values() for w in opened if w[:1].isalpha()}
    joined = f"|{SP}(?:{alternatives(words)}){SP}" if words else ""
    paired = f"|(?(opener){SP}(?:{alternatives(closers)}){SP}|(?!))" if closers else ""
    return f"(?:{OPT_SP}{DASH}{OPT_SP}{joined}{paired})"


_GROUPS = compile_pattern(r"\d{1,3}(?:,\d{3})+")


class Reader:
    """Reads numbers and the noun after a fraction, for one text."""

    def __init__(self, text: str, data: LanguageData) -> None:
        self.text = text
        self.data = data

    def number(self, written: str | None) -> int | None:
        if not written:
            return None
        low = written.lower()
        if low in self.data.article_words:
            return 1
        digits = written.translate(ascii_digits())
        if digits.isdigit():
            return int(digits)
        grouped = digits.replace(self.data.group_mark, "") if self.data.group_mark else digits
        if grouped.isdigit() and _GROUPS.fullmatch(digits.replace(self.data.group_mark, ",")):
            return int(grouped)  # "3.400": a ratio's figure with its thousands marked
        words = _LETTERS.findall(written)
        read = read_words(words, self.data.code)
        if read is None or read[1] != len(words) or read[0] != read[0].to_integral_value():
            return None
        return int(read[0])

    def share(self, numerator: int, denominator: int, end: int, most: int = 1000) -> QuantityValue | None:
        """The fraction ending at ``end`` with what it is a share of; None for a fraction of a unit of time or
        one out of more than ``most``."""
        if self.of_time(end) or denominator > most:
            return None
        return _fraction(numerator, denominator, self.share_noun(end), self.data, most)

    def of_time(self, end: int) -> bool:
        """Whether the fraction is of a unit of time (``a quarter of an hour``): a length, the date kind's."""
        words = [w.group().lower() for w in next_words(self.text, end, 3)]
        data = self.data
        if data.article_words and len(words) > 1 and words[0] in data.fraction_links and \
                words[1] in data.time_units:
            return False  # "half of days were warmer": units counted with no article, a share of them
        while words and (words[0] in data.fraction_links or words[0] in data.article_words
                         or words[0] in data.definite_articles):
            words = words[1:]
        return bool(words) and words[0] in data.time_units

    def share_noun(self, end: int) -> str | None:
        """What a fraction is a share of: the noun after ``of``/``dari`` (past a determiner), or right after it."""
        after = next_words(self.text, end, 4)
        data = self.data
        words = [w.group() for w in after]
        if words and words[0].lower() in data.fraction_links | set(data.share_words):
            words = words[1:]
        while words and words[0].lower() in data.share_determiners | data.definite_articles:
            words = words[:0] if len(words) == 1 else words[1:]
        if not words or words[0].lower() in data.noun_stopwords or not words[0][:1].isalpha():
            return None
        taken = [words[0]]
        if data.ordinal_noun_first:  # "warga desa", "anggota DPR": the head, then what narrows it
            for w in words[1:data.max_noun_words]:
                if w.lower() in data.noun_stopwords or w.lower() in data.function_words or not w[:1].isalpha() \
                        or verb_like(w.lower(), data):
                    break
                taken.append(w)
        return " ".join(str(w) for w in taken)


def _fraction(numerator: int, denominator: int, noun: str | None, data: LanguageData,
              most: int = 1000) -> QuantityValue | None:
    if not 0 < numerator < denominator or denominator > most:
        return None
    amount = QUOTIENT.divide(Decimal(numerator), Decimal(denominator)).normalize()
    return QuantityValue(amount, noun=noun, fraction=f"{numerator}/{denominator}")


