"""Ages and fractions: quantities that are neither a count nor a length of time.

- ``quantity.age``: a person's age (``a 9-year-old girl``, ``aged 52``, ``berusia 61 tahun``, ``Budi (45)``,
  ``Smith, 45,``). It is a checkable claim, but not a duration of 45 years: a quantity with unit ``year`` and noun
  ``age``.
- ``quantity.fraction``: ``two thirds of voters``, ``sepertiga warga``, ``one in five``, ``satu dari lima``. The
  value is held exactly as ``fraction`` (``"2/3"``, as written); ``amount`` is its quotient to 12 significant
  digits, for sorting and comparing; ``noun`` is what it is a share of.

These run before the date and number kinds, which then skip the spans: ``61 tahun`` after ``berusia`` is no
duration, and the ``two`` of ``two thirds`` is no count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Context, Decimal
from functools import cache

import attrs
import regex

from factcheck import lang as languages
from factcheck.claims import PercentValue, QuantityValue
from factcheck.kinds.base import Candidate, SpanSet, next_words, previous_word, verb_like
from factcheck.kinds.comparators import bounded
from factcheck.kinds.rule import Rule
from factcheck.lang.base import LanguageData
from factcheck.numbers import ascii_digits, read_words, word_run_source
from factcheck.patterns import DASH, OPT_SP, SP, WORD_END, any_case, compile_pattern, compile_re, re_trie
from factcheck.scan import Scan

_QUOTIENT = Context(prec=12)
_AGE_UNITS = frozenset({"year", "month", "week", "day"})
"""Units an age is given in: ``61 tahun``, ``a 3-month-old baby``, ``bayi berusia 8 bulan``."""
_LETTERS = compile_pattern(r"\p{L}+", scanning=True)
_NAME_BEFORE = compile_pattern(r"(?r)(?<![\p{L}.])\p{Lu}[\p{L}.]*")


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
    percent: str


def _any(words: Iterable[str]) -> str:
    return any_case(words, end="")


@cache
def pieces(code: str) -> Pieces:
    data = languages.get(code)
    numbers = word_run_source(code)
    articles = f"|{_any(data.article_words)}" if data.article_words else ""
    return Pieces(
        data=data,
        number=rf"(?P<num>\p{{N}}{{1,3}}(?![\p{{N}}.,]\p{{N}})|(?i:{numbers}){articles})",
        small=r"\p{N}{1,3}(?![\p{N}]|[.,]\p{N})",
        year_units=_any(w for w, unit in data.time_units.items() if unit in _AGE_UNITS),
        age_before=_any(data.age_before),
        age_after=_any(data.age_suffixes),
        age_bound=f"(?:{_any(data.comparators_before)}){SP}" if data.comparators_before else "",
        age_opener=_age_opener(data),
        age_link=_age_link(data),
        denominators=_any(data.fraction_denominators),
        wholes=_any(data.fraction_wholes),
        links=_any(data.fraction_links | set(data.share_words)),
        ratio_links=_any(data.ratio_links),
        percent=_any(w for w in data.percent_words if w != "%"),
    )


def _age_opener(data: LanguageData) -> str:
    return f"(?:(?P<opener>{_any(data.range_pairs)}){SP})?" if data.range_pairs else ""


def _age_link(data: LanguageData) -> str:
    words = [w for w in data.range_connectors if w[:1].isalpha() and w not in data.clause_joiners]
    closers = {w for opened in data.range_pairs.values() for w in opened if w[:1].isalpha()}
    joined = f"|{SP}(?:{_any(words)}){SP}" if words else ""
    paired = f"|(?(opener){SP}(?:{_any(closers)}){SP}|(?!))" if closers else ""
    return f"(?:{OPT_SP}{DASH}{OPT_SP}{joined}{paired})"


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
        words = _LETTERS.findall(written)
        read = read_words(words, self.data.code)
        if read is None or read[1] != len(words) or read[0] != read[0].to_integral_value():
            return None
        return int(read[0])

    def share(self, numerator: int, denominator: int, end: int) -> QuantityValue | None:
        """The fraction ending at ``end`` with what it is a share of; None for a fraction of a unit of time."""
        return None if self.of_time(end) else _fraction(numerator, denominator, self.share_noun(end), self.data)

    def of_time(self, end: int) -> bool:
        """Whether the fraction is of a unit of time (``a quarter of an hour``): a length, the date kind's."""
        words = [w.group().lower() for w in next_words(self.text, end, 3)]
        data = self.data
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


def _fraction(numerator: int, denominator: int, noun: str | None, data: LanguageData) -> QuantityValue | None:
    if not 0 < numerator < denominator or denominator > 1000:
        return None
    amount = _QUOTIENT.divide(Decimal(numerator), Decimal(denominator)).normalize()
    return QuantityValue(amount, noun=noun, fraction=f"{numerator}/{denominator}")


AGE_NOUN = "age"
"""The noun of every age: an age is a quantity in years (or months) of a person's ``age``."""


def _age(amount: int | None, unit: str = "year") -> QuantityValue | None:
    if amount is None or not 0 < amount <= (120 if unit == "year" else 60):
        return None
    return QuantityValue(Decimal(amount), unit=unit, noun=AGE_NOUN)


def _age_unit(m: regex.Match[str], r: Reader) -> str:
    return r.data.time_units.get((m.group("ageunit") or "").lower(), "year")


# ---------------------------------------------------------------- a 9-year-old girl · 52 years old
def _read_age_after(m: regex.Match[str], group: str, r: Reader) -> QuantityValue | None:
    return _age(r.number(m.group("num")), _age_unit(m, r))


AGE_AFTER = Rule[Pieces, Reader](
    "quantity.age",
    lambda p: f"{p.number}(?:{DASH}|{SP})(?P<ageunit>{p.year_units})(?:{DASH}|{SP}){p.age_after}{WORD_END}",
    _read_age_after,
    starts=lambda data: [*data.digit_words, *data.tens_words],
    digits=True,
)


# ---------------------------------------------------------------- aged 52 · berusia 61 tahun
def _read_age_before(m: regex.Match[str], group: str, r: Reader) -> Candidate | None:
    """``berusia 61 tahun``, ``aged under 30``, ``berusia 21 hingga 35 tahun``, ``aged between 18 and 35``: one age,
    or a range of ages (not an age and a duration), its bound read before it (``factcheck.kinds.comparators``)."""
    unit = r.data.time_units.get((m.group("ageunit") or m.group("ageunit2") or "").lower(), "year")
    value = _age(r.number(m.group("num")), unit)
    if value is None:
        return None
    end = m.end(group)
    if m.group("num2"):
        most = _age(r.number(m.group("num2")), unit)
        if most is not None and most.amount > value.amount:
            value = attrs.evolve(value, amount_max=most.amount)
        elif m.groupdict().get("opener"):
            return None
        else:  # "berusia 45 tahun hingga 3 …": the age alone
            end = m.end("ageunit") if m.group("ageunit") else m.end("num")
    elif m.groupdict().get("opener"):
        return None  # "berusia antara 30": a range with no end
    return Candidate("quantity", m.start("num"), end, value, "quantity.age")


AGE_BEFORE = Rule[Pieces, Reader](
    "quantity.age_cue",
    lambda p: (f"{p.age_before}{SP}{p.age_opener}{p.age_bound and f'(?:{p.age_bound})?'}{p.number}"
               f"(?:{SP}(?P<ageunit>{p.year_units}){WORD_END})?"
               f"(?:{p.age_link}(?P<num2>\\p{{N}}{{1,3}})(?:{SP}(?P<ageunit2>{p.year_units}){WORD_END})?)?"
               f"(?![\\p{{L}}\\p{{N}}%\\-]|{OPT_SP}%)"),  # not "berusia 30-an": no exact age
    _read_age_before,
    starts=lambda data: list(data.age_before),
)


# ---------------------------------------------------------------- Budi (45) · John Smith, 45,
def _read_age_beside(m: regex.Match[str], group: str, r: Reader) -> Candidate | None:
    """``RS (27)``, ``Siti Aminah (45)``, ``John Smith, 45,``: an age right after a capitalised name or initials,
    the way crime and accident reports introduce people."""
    prev = _NAME_BEFORE.match(r.text, max(0, m.start(group) - 40), m.start(group))
    if prev is None or prev.group().rstrip(".").lower() in r.data.identifier_words | r.data.identifier_words_cased:
        return None
    value = _age(r.number(m.group("age")))
    if value is None:
        return None
    return Candidate("quantity", m.start("age"), m.end("age"), value, "quantity.age")


AGE_BESIDE = Rule[Pieces, Reader](
    "quantity.age_beside",
    lambda p: (f"(?<=\\p{{Lu}}[\\p{{L}}.'’\\-]*)(?:{SP}\\({OPT_SP}(?P<age>[1-9]\\d?){OPT_SP}\\)"
               f"|,{SP}(?P<age>[1-9]\\d?),(?={SP}))"),
    _read_age_beside,
)


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
        return r.text[:start].rstrip()[-1:].isdigit()
    if prev is None:
        return False
    word = prev.group().rstrip("-").lower()
    return word not in r.data.article_words and read_words([word], r.data.code) is not None


# ---------------------------------------------------------------- half a percentage point · setengah persen
@cache
def _percent_after(code: str) -> regex.Pattern[str]:
    """A percent word after a fraction, past ``of`` and an article: ``a quarter of a percentage point``."""
    data = languages.get(code)
    links = f"(?:{_any(data.fraction_links)}{SP})?" if data.fraction_links else ""
    articles = f"(?:{_any(data.article_words)}{SP})?" if data.article_words else ""
    words = [w for w in data.percent_words if w != "%"]
    return compile_pattern(
        f"{SP}{links}{articles}(?:(?P<points>{_any(data.percent_point_words)})|{_any(words)}){WORD_END}"
    )


def _fraction_percent(m: regex.Match[str], group: str, r: Reader) -> Candidate | None:
    """A fraction of a percent or of a percentage point (``half a percentage point``, ``a quarter of a
    percentage point``, ``setengah persen``): a percentage whose amount is the fraction, not a share of
    something."""
    after = _percent_after(r.data.code).match(r.text, m.end(group), min(len(r.text), m.end(group) + 60))
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
    amount = _QUOTIENT.divide(Decimal(numerator), Decimal(denominator)).normalize()
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
        if not m.group("link") and (denominator == 2 or word in data.ordinal_words or word in data.time_units):
            return None  # "two and a half years", "a third term", "in a quarter": a share only before "of"
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
    numerator, denominator = r.number(m.group("num")), r.number(m.group("den"))
    if numerator is None or denominator is None:
        return None
    return r.share(numerator, denominator, m.end(group))


RATIO = Rule[Pieces, Reader](
    "quantity.ratio",
    lambda p: (f"{p.number}{SP}{p.ratio_links}{SP}"
               f"{p.number.replace('?P<num>', '?P<den>')}{WORD_END}(?![.,]\\p{{N}}|{OPT_SP}%|{SP}{p.percent})"),
    _read_ratio,
    starts=lambda data: [*data.digit_words, *data.tens_words],
    digits=True,
)

RULES: tuple[Rule[Pieces, Reader], ...] = (AGE_AFTER, AGE_BEFORE, FRACTION, RATIO, AGE_BESIDE)
RULE_NAMES = tuple(rule.name for rule in RULES)
"""The names claims carry: each entry's own."""


def is_age(value: object) -> bool:
    """Whether a claim's value is a person's age (what every age entry makes): a figure, but no statistic."""
    return isinstance(value, QuantityValue) and value.noun == AGE_NOUN


@cache
def _combined(code: str) -> regex.Pattern[str]:
    p = pieces(code)
    return compile_pattern("|".join(rule.source(p) for rule in RULES))


@cache
def start_words(code: str) -> frozenset[str]:
    data = languages.get(code)
    return frozenset(str(w).split()[0].lower() for rule in RULES for w in rule.starts(data))


@cache
def _share_after_digits(code: str) -> re.Pattern[str]:
    """What must follow a digit run for it to begin an age, a fraction or a ratio (``45-year-old``, ``1/4``,
    ``3 quarters``, ``1 in 5``): a dash, a slash, or a unit of time, a denominator or a ratio's link. Most figures
    have none of these, and skip the pattern."""
    data = languages.get(code)
    words = [*data.time_units, *data.fraction_denominators, *(w.split()[0] for w in data.ratio_links)]
    body = re_trie(w.lower() for w in words)
    return compile_re(rf"[/\-\u2010-\u2014\u2212]|[\s\u00a0]{{1,3}}(?:{body})(?!\w)")


def find(text: str, code: str, blocked: SpanSet, read: Scan) -> list[Candidate]:
    """Ages and fractions, tried where the scan found a digit or a word they start at, and after a ``(``/``,``
    that follows a capitalised word (an age beside a name)."""
    data = languages.get(code)
    if not (data.age_before or data.fraction_denominators or data.fraction_wholes):
        return []
    starts = start_words(code)
    reader = Reader(text, data)
    pattern = _combined(code)
    out: list[Candidate] = []
    done = 0
    share_after = _share_after_digits(code)
    for start, _end, token, is_digits in read.hits:
        if start < done or not (is_digits or token in starts):
            continue
        places = [start] if not is_digits or share_after.match(read.lower, _end) else []
        if is_digits and _beside(text, start):
            places.insert(0, start - 2)  # "Budi (45)", "Smith, 45,": an age beside a name
        for at in places:
            m = pattern.match(text, at, min(len(text), at + 80))
            cand = None if m is None or blocked.overlaps(m.start(), m.end()) else _read(m, reader)
            if cand is not None:
                cand = bounded(cand, text, code)
                out.append(cand)
                done = cand.end
                if cand.rule == AGE_BEFORE.name:
                    second = _bounded_age(text, code, cand.end, reader)
                    if second is not None:
                        out.append(second)
                        done = second.end
                break
    return out


@cache
def _second_bound(code: str) -> regex.Pattern[str] | None:
    data = languages.get(code)
    p = pieces(code)
    closers = {w for opened in data.range_pairs.values() for w in opened}
    joiners = data.clause_joiners & closers  # "dan", "and"
    if not joiners or not p.age_bound:
        return None
    return compile_pattern(f"{SP}(?:{_any(joiners)}){SP}{p.age_bound}{p.number}"
                           f"(?:{SP}(?P<ageunit>{p.year_units}){WORD_END})?(?![\\p{{L}}\\p{{N}}%\\-]|{OPT_SP}%)")


def _bounded_age(text: str, code: str, end: int, reader: Reader) -> Candidate | None:
    """The other bound of an age after ``and`` (``berusia minimal 18 tahun dan maksimal 35 tahun``, ``aged at
    least 18 and at most 35``): an age too, not a duration or a count."""
    pattern = _second_bound(code)
    m = pattern.match(text, end, min(len(text), end + 60)) if pattern is not None else None
    if m is None:
        return None
    value = _age(reader.number(m.group("num")), _age_unit(m, reader))
    if value is None:
        return None
    return bounded(Candidate("quantity", m.start("num"), m.end(), value, AGE_BEFORE.name), text, code)


def _beside(text: str, start: int) -> bool:
    """Whether the digits at ``start`` may be an age beside a name (``AGE_BESIDE``): after `` (``, or after ``, ``
    as one or two digits from 1 and a comma (``Smith, 45,``). Every other rule starts at a digit or a letter, so
    only that one can match two characters before the digits."""
    before = text[max(0, start - 2):start]
    if before == " (":
        return True
    return before == ", " and text[start:start + 1] in "123456789" and "," in text[start + 1:start + 3]


def _read(m: regex.Match[str], reader: Reader) -> Candidate | None:
    rule = next(r for r in RULES if m.group(r.group) is not None)
    found = rule.read(m, rule.group, reader)
    if isinstance(found, Candidate):
        return attrs.evolve(found, rule=rule.name) if found.kind == "quantity" else found
    if isinstance(found, QuantityValue):
        return Candidate("quantity", m.start(rule.group), m.end(rule.group), found, rule.name)
    return None

