"""Fractions and ratios: ``two thirds of voters``, ``sepertiga warga``, ``1/3 kursi``, ``one in five``,
``satu dari lima``; and a fraction of a percent (``half a percentage point``), which is a percentage."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import regex

from factcheck import lang as languages
from factcheck.claims import PercentValue, QuantityValue
from factcheck.kinds.base import Candidate, before_spaces, next_words, previous_word
from factcheck.kinds.proportions.pieces import QUOTIENT, Pieces, Reader, alternatives
from factcheck.kinds.rule import Rule
from factcheck.numbers import read_words
from factcheck.patterns import DASH, OPT_SP, SP, WORD_END, compile_pattern


def _names_something(r: Reader, end: int) -> bool:
    """Whether a noun follows that a fraction can be a share of, where the language puts the noun right after it
    (``separuh wilayah``, ``1/3 kursi``): not a unit of time, a number, a month or a stop word."""
    after = next_words(r.text, end, 1)
    data = r.data
    if not after or not data.ordinal_noun_first:
        return False
    word = after[0].group().lower()
    return word[:1].isalpha() and word not in data.time_units and word not in data.noun_stopwords and \
        word not in data.months and r.number(word) is None and word not in data.function_words and \
        word not in data.ordinal_words


def _inside_number(r: Reader, start: int) -> bool:
    """Whether a number word or figure ends right before ``start``, alone or with ``and`` after it: the
    numerator is then the tail of a longer number (``twenty-three fifths``, ``twenty and three fifths``)."""
    prev = previous_word(r.text, start)
    if prev is not None and prev.group().lower() in r.data.and_words:
        prev = previous_word(r.text, prev.start())
    elif prev is None and start and r.text[start - 1] in " \u00a0":
        k = before_spaces(r.text, start)
        return k > 0 and r.text[k - 1].isdigit()
    if prev is None:
        return False
    word = prev.group().rstrip("-").lower()
    return word not in r.data.article_words and read_words([word], r.data.code) is not None


def _after_comparator(r: Reader, start: int) -> bool:
    """Whether a comparator ends right before ``start`` (``just under a third``, ``more than a fifth``): the
    fraction after it is an amount, never a rank."""
    prev = previous_word(r.text, start)
    return prev is not None and prev.group().lower() in _comparator_ends(r.data.code)


@cache
def _comparator_ends(code: str) -> frozenset[str]:
    return frozenset(phrase.split()[-1].lower() for phrase in languages.get(code).comparators_before)


# ---------------------------------------------------------------- half a percentage point · setengah persen
@cache
def percent_after(code: str) -> regex.Pattern[str]:
    """A percent word after a fraction, past ``of`` and an article (``a quarter of a percentage point``), or joined
    to it by a hyphen (``a half-point cut``)."""
    data = languages.get(code)
    links = f"(?:{alternatives(data.fraction_links)}{SP})?" if data.fraction_links else ""
    articles = f"(?:{alternatives(data.article_words)}{SP})?" if data.article_words else ""
    words = [w for w in data.percent_words if w != "%"]
    points = alternatives([*data.percent_point_words, *data.fraction_point_words])
    return compile_pattern(
        f"(?:{SP}{links}{articles}|{DASH})(?:(?P<points>{points})|{alternatives(words)}){WORD_END}"
    )


def _fraction_percent(m: regex.Match[str], group: str, r: Reader) -> Candidate | None:
    """A fraction of a percent or of a percentage point (``half a percentage point``, ``a quarter of a
    percentage point``, ``setengah persen``): a percentage whose amount is the fraction, not a share of
    something."""
    after = percent_after(r.data.code).match(r.text, m.end(group), min(len(r.text), m.end(group) + 60))
    if after is None:
        return None
    start = m.start(group)
    article = previous_word(r.text, start)
    if article is not None and article.group().lower() in r.data.article_words:
        start = article.start()  # "one and a half percent": the figure reads its whole self
    if _inside_number(r, start):
        return None
    if m.group("dnum"):
        numerator, denominator = int(m.group("dnum")), int(m.group("dden"))
    elif m.group("whole"):
        numerator, denominator = r.data.fraction_wholes[m.group("whole").lower()]
    else:
        read = r.number(m.group("num"))
        if read is None:
            return None
        numerator, denominator = read, r.data.fraction_denominators.get(m.group("den").lower(), 0)
    if not 0 < numerator < denominator:
        return None
    amount = QUOTIENT.divide(Decimal(numerator), Decimal(denominator)).normalize()
    measure = "points" if after.group("points") else None
    return Candidate("percent", m.start(group), after.end(), PercentValue(amount, measure=measure), "percent.single")


# ---------------------------------------------------------------- two thirds of voters · dua pertiga · a third
def _read_fraction(m: regex.Match[str], group: str, r: Reader) -> QuantityValue | Candidate | None:
    data = r.data
    percent = _fraction_percent(m, group, r)
    if percent is not None:
        return percent
    following = [w.group().lower() for w in next_words(r.text, m.end(group), 3)]
    if following and following[0] in data.fraction_links and following[1:2] and following[1] in data.article_words:
        following = following[2:]  # "three quarters of a billion"
    if following and following[0] in data.scale_words.keys() | data.dozen_words.keys():
        return None  # "three quarters billion", "setengah lusin": a figure the number reader scales
    before = previous_word(r.text, m.start(group))
    if before is not None and before.group().lower() in data.ordinal_words:
        return None  # "the first half of 2021": a period
    if m.group("dnum"):
        numerator, denominator = int(m.group("dnum")), int(m.group("dden"))
        if not m.group("link") and not _names_something(r, m.end(group)):
            return None  # "1/3" alone may be a date or a score
        return r.share(numerator, denominator, m.end(group))
    if m.group("whole"):
        numerator, denominator = data.fraction_wholes[m.group("whole").lower()]
        following = next_words(r.text, m.end(group), 1)
        if following and following[0].group().lower() in data.time_units:
            return None  # "seperempat jam": a length of time
        if denominator == 2 and not m.group("link") and not _names_something(r, m.end(group)):
            return None  # "setengah jam", "half the time": a half is a claim as a share ("half of", "separuh wilayah")
    else:
        if _inside_number(r, m.start(group)):
            return None  # "twenty-three fifths", "forty and two thirds": the figure reads its whole self
        numerator_read = r.number(m.group("num"))
        word = m.group("den").lower()
        denominator = data.fraction_denominators.get(word, 0)
        if numerator_read is None:
            return None
        hyphened = bool(r.text[m.end("num"):m.start("den")].strip())
        bounded = word in data.ordinal_words and _after_comparator(r, m.start(group))
        linked = word in data.linked_denominators
        if linked:
            denominator = data.linked_denominators[word]
        if not m.group("link") and not bounded and (denominator == 2 or word in data.ordinal_words or
                                                    (word in data.time_units and not hyphened) or linked):
            return None  # "two and a half years", "a third term", "in a quarter": a share only before "of"
            # (a hyphened "three-quarters said" is a share though no "of" follows; "three quarters" is a time;
            # a bounded "just under a third opposed it" is a share: no rank takes a comparator; "tiga suku
            # daripada" is a share, "dua suku kaum" no share)
        numerator = numerator_read
    return r.share(numerator, denominator, m.end(group))


FRACTION = Rule[Pieces, Reader](
    "quantity.fraction",
    lambda p: (f"(?:(?<![\\p{{N}}/.])(?P<dnum>[1-9])/(?P<dden>[2-9]|1\\d)(?![\\p{{N}}/.])"
               f"|{p.number}(?:{SP}|{DASH})(?P<den>{p.denominators})|(?P<whole>{p.wholes})){WORD_END}"
               f"(?={SP}(?P<link>{p.links}){WORD_END})?"),
    _read_fraction,
    starts=lambda data: [*data.digit_words, *data.tens_words, *data.article_words, *data.fraction_wholes],
    digits=True,
)


# ---------------------------------------------------------------- one in five · three out of four · satu dari lima
def _read_ratio(m: regex.Match[str], group: str, r: Reader) -> QuantityValue | None:
    numerator = 1 if m.group("one") else r.number(m.group("num"))
    denominator = r.number(m.group("den"))
    if numerator is None or denominator is None:
        return None
    return r.share(numerator, denominator, m.end(group), most=_MOST_COUNTED)


_MOST_COUNTED = 10**9
"""The largest whole a ratio counts out of (``3.400 dari 9.800 mahasiswa``, ``one in 10,000 births``)."""


def _grouped(p: Pieces) -> str:
    """A number of one to three digits and groups of three after the language's thousands mark (``3.400``,
    ``9,800``): one that a ratio counts out of, as written."""
    mark = regex.escape(p.data.group_mark)
    return f"\\p{{N}}{{1,3}}(?:{mark}\\p{{N}}{{3}})++(?![\\p{{N}}]|[.,]\\p{{N}})|"


RATIO = Rule[Pieces, Reader](
    "quantity.ratio",
    lambda p: (f"(?:{p.number.replace('(?P<num>', '(?P<num>' + _grouped(p), 1)}|(?P<one>{p.ratio_ones})){SP}"
               f"{p.ratio_links}{SP}{p.number.replace('(?P<num>', '(?P<den>' + _grouped(p), 1)}{WORD_END}"
               f"(?![.,]\\p{{N}}|{OPT_SP}%|{SP}{p.percent})"),
    _read_ratio,
    starts=lambda data: [*data.digit_words, *data.tens_words, *data.ratio_one_words],
    digits=True,
)

