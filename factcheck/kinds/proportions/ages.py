"""Ages: ``a 9-year-old girl``, ``aged 52``, ``berusia 61 tahun``, ``berusia 21 hingga 35 tahun``, ``Budi (45)``,
``Smith, 45,``. A quantity with unit ``year`` (or month) and noun ``age``, never a duration."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import attrs
import regex

from factcheck import lang as languages
from factcheck.claims import QuantityValue
from factcheck.kinds.base import Candidate, groups, previous_word
from factcheck.kinds.comparators import bounded, comparator_before, read_after
from factcheck.kinds.proportions.pieces import Pieces, Reader, alternatives, pieces
from factcheck.kinds.rule import Rule
from factcheck.lang.base import LanguageData
from factcheck.patterns import DASH, NONE, OPT_SP, SP, WORD_END, compile_pattern, trie

_NAME_BEFORE = compile_pattern(r"(?r)(?<![\p{L}.])\p{Lu}[\p{L}.]*")


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


_CLAUSE_ENDS = frozenset({"", ",", ".", ";", ":", "!", "?", ")", "\n"})


# ---------------------------------------------------------------- aged 52 · berusia 61 tahun
def _read_age_before(m: regex.Match[str], group: str, r: Reader) -> Candidate | None:
    """``berusia 61 tahun``, ``aged under 30``, ``berusia 21 hingga 35 tahun``, ``aged between 18 and 35``: one age,
    or a range of ages (not an age and a duration), its bound read before it (``factcheck.kinds.comparators``)."""
    words = r.text[m.start():m.start("num")].lower().split()
    if words[0] in r.data.age_before_with_unit and not m.group("ageunit"):
        return None  # "tertua 3 kali": a superlative of age is an age cue only before a year word
    if " ".join(words) in r.data.age_before_at_end and (
            m.group("ageunit") or m.group("num2") or r.text[m.end():m.end() + 1] not in _CLAUSE_ENDS):
        return None  # "he was 5 points behind": a bare number that ends its clause
    unit = r.data.time_units.get((m.group("ageunit") or m.group("ageunit2") or "").lower(), "year")
    value = _age(r.number(m.group("num")), unit)
    if value is None:
        return None
    end = m.end(group)
    if m.group("num2"):
        most = _age(r.number(m.group("num2")), unit)
        if most is not None and most.amount > value.amount:
            value = attrs.evolve(value, amount_max=most.amount)
        elif groups(m)("opener"):
            return None
        else:  # "berusia 45 tahun hingga 3 …": the age alone
            end = m.end("ageunit") if m.group("ageunit") else m.end("num")
    elif groups(m)("opener"):
        return None  # "berusia antara 30": a range with no end
    if m.group("ageof"):
        if not m.group("ageunit") or m.group("num2"):
            return None  # "usia minimal pemilih 17": the year word says whose age it is
        found = comparator_before(r.text, r.data.code, m.start("ageof"))
        if found is not None:  # "batas usia minimal calon gubernur 30 tahun": the bound of the candidates' age
            value = attrs.evolve(value, comparator=found[0], nearly=found[1])
    if value.amount_max is None:
        after, _ = read_after(r.text, r.data.code, end)
        if after is not None:  # "berumur 65 tahun ke atas", "aged 65 and above": the bound after the age
            value = attrs.evolve(value, comparator=after)
    return Candidate("quantity", m.start("num"), end, value, "quantity.age")


_LOWER_WORDS = r"\p{Ll}[\p{L}\-]*+(?:[ \u00a0]\p{Ll}[\p{L}\-]*+){0,2}"
"""Up to three lower-case words of whose age a bound is (``usia minimal calon gubernur 30 tahun``)."""


def _bound_of(p: Pieces) -> str:
    """The bound before an age, and whose age it bounds when years follow (``minimal calon gubernur``)."""
    if not p.age_bound:
        return ""
    whose = f"(?P<ageof>{_LOWER_WORDS}){SP}(?=[^,.;:]{{0,40}}{SP}(?:{p.year_units}))"
    return f"(?:{p.age_bound}(?:{whose})?)?"


AGE_BEFORE = Rule[Pieces, Reader](
    "quantity.age_cue",
    lambda p: (f"{p.age_before}{SP}{p.age_opener}"
               f"{_bound_of(p)}"
               f"{p.number}"
               f"(?:{SP}(?P<ageunit>{p.year_units}){WORD_END})?"
               f"(?:{p.age_link}(?P<num2>\\p{{N}}{{1,3}})(?:{SP}(?P<ageunit2>{p.year_units}){WORD_END})?)?"
               f"(?![\\p{{L}}\\p{{N}}%\\-]|{OPT_SP}%)"),  # not "berusia 30-an": no exact age
    _read_age_before,
    starts=lambda data: list(data.age_before),
)


# ---------------------------------------------------------------- Budi (45) · John Smith, 45, · The man, 61,
def _person(data: LanguageData) -> str:
    """An article, at most one word, and a noun of one person: ``The man``, ``an elderly woman``, ``seorang
    pelajar``."""
    articles = {*data.definite_articles, *data.article_words, *data.role_articles}
    if not data.person_nouns or not articles:
        return NONE
    return (f"(?<![\\p{{L}}])(?i:{trie(articles)}){SP}(?:[\\p{{L}}\\-]++{SP})?"
            f"(?i:{trie(data.person_nouns)})(?![\\p{{L}}\\-])")


@cache
def person_before(code: str) -> regex.Pattern[str]:
    """``_person`` read backwards from an age."""
    return compile_pattern(f"(?r){_person(languages.get(code))}")


def _read_age_beside(m: regex.Match[str], group: str, r: Reader) -> Candidate | None:
    """``RS (27)``, ``Siti Aminah (45)``, ``John Smith, 45,``, ``The man, 61,``, ``berinisial AR, 34 tahun,``: an
    age (its unit of years written or not) right after a capitalised name or initials, or after a person named by
    an article and a noun, the way crime and accident reports introduce people."""
    at = m.start(group)
    person = person_before(r.data.code).match(r.text, max(0, at - 60), at)
    if person is None or person.end() != at:
        prev = _NAME_BEFORE.match(r.text, max(0, at - 40), at)
        word = prev.group().rstrip(".").lower() if prev is not None else ""
        if prev is None or word in r.data.identifier_words | r.data.identifier_words_cased or (
                m.group("besideunit") and (word in r.data.months or word in r.data.weekdays)):
            return None  # "Sejak Januari, 3 tahun, …": a month or a day is no one with an age
        if m.group("besideunit") and not _named_person(r.text, prev.start(), r.data):
            return None  # "Ketua KPK, 5 tahun, …": a term, no one's age
    unit = m.group("besideunit")
    value = _age(r.number(m.group("age")), r.data.time_units.get(unit.lower(), "year") if unit else "year")
    if value is None:
        return None
    return Candidate("quantity", m.start("age"), m.end("besideunit") if unit else m.end("age"), value,
                     "quantity.age")


def _named_person(text: str, start: int, data: LanguageData) -> bool:
    """Whether the capitalised word at ``start`` is a person's name or initials: a word that introduces initials
    before it (``berinisial AR``), or for a word not in capitals another capitalised word (``Ahmad Zaki, 45
    tahun,``; ``Ketua KPK, 5 tahun,`` is a term)."""
    before = previous_word(text, start, limit=30)
    if before is None:
        return False
    word = before.group()
    if word.lower() in data.initials_cues:
        return True
    name = _NAME_WORD_AT.match(text, start)
    return name is not None and not name.group().isupper() and word[:1].isupper()


_NAME_WORD_AT = compile_pattern(r"[\p{L}.'’\-]++")


AGE_BESIDE = Rule[Pieces, Reader](
    "quantity.age_beside",
    lambda p: (f"(?<=\\p{{Lu}}[\\p{{L}}.'’\\-]*|{_person(p.data)})(?:{SP}\\({OPT_SP}(?P<age>[1-9]\\d?){OPT_SP}\\)"
               f"|,{SP}(?P<age>[1-9]\\d?)(?:{SP}(?P<besideunit>{p.year_units}))?,(?={SP}))"),
    _read_age_beside,
)


@cache
def second_bound(code: str) -> regex.Pattern[str] | None:
    data = languages.get(code)
    p = pieces(code)
    closers = {w for opened in data.range_pairs.values() for w in opened}
    joiners = data.clause_joiners & closers  # "dan", "and"
    if not joiners:
        return None
    bound = f"(?P<bound>{p.age_bound}){p.number}|" if p.age_bound else ""
    return compile_pattern(f"{SP}(?:{alternatives(joiners)}){SP}(?:{bound}{p.number})"
                           f"(?:{SP}(?P<ageunit>{p.year_units}){WORD_END})?(?![\\p{{L}}\\p{{N}}%\\-]|{OPT_SP}%)")


_CLAUSE_END = compile_pattern(r"[^\S\r\n]*+(?:[,;:)]|\.(?!\p{N})|$)")


@cache
def unit_before(code: str) -> regex.Pattern[str]:
    """A unit of years that ends a first age (``berusia 45 tahun``): read backwards from its end, so a second
    number's unit is its own (``dan 3 tahun lalu``), not one both share (``berusia tujuh dan 10 tahun``)."""
    return compile_pattern(f"(?r)(?<![\\p{{L}}])(?:{pieces(code).year_units})")


def bounded_age(text: str, code: str, end: int, reader: Reader) -> Candidate | None:
    """The other bound of an age after ``and`` (``berusia minimal 18 tahun dan maksimal 35 tahun``, ``aged at
    least 18 and at most 35``), or a second age (``berusia 21 tahun dan 25 tahun``, ``aged 19 and 24,``, and with
    the unit both share ``berusia 21 dan 25 tahun``): an age too, not a duration or a count. With no bound word
    and no unit shared, the second age ends its clause (``berusia 45 tahun dan 3 tahun lalu``, ``berusia 45 tahun
    dan 3 anak`` give none); a first age in words shares the unit as one in digits does (``berusia tujuh dan 10
    tahun``)."""
    pattern = second_bound(code)
    m = pattern.match(text, end, min(len(text), end + 60)) if pattern is not None else None
    if m is None:
        return None
    if not m.group("bound") and not (m.group("ageunit") and not unit_before(code).match(
            text, max(0, end - 24), end)) and _CLAUSE_END.match(text, m.end()) is None:
        return None  # "berusia 45 tahun dan 3 tahun lalu": a second age ends its clause or takes the unit
    value = _age(reader.number(m.group("num")), _age_unit(m, reader))
    if value is None:
        return None
    return bounded(Candidate("quantity", m.start("num"), m.end(), value, AGE_BEFORE.name), text, code)


def beside(text: str, start: int, code: str) -> bool:
    """Whether the digits at ``start`` may be an age beside a name (``AGE_BESIDE``): after `` (``, or after ``, ``
    as one or two digits from 1 and a comma, or a unit of years and a comma (``Smith, 45,``, ``AR, 34 tahun,``).
    Every other rule starts at a digit or a letter, so only that one can match two characters before the
    digits."""
    before = text[max(0, start - 2):start]
    if before == " (":
        return True
    if before != ", " or text[start:start + 1] not in "123456789":
        return False
    return "," in text[start + 1:start + 3] or unit_comma(code).match(text, start) is not None


@cache
def unit_comma(code: str) -> regex.Pattern[str]:
    """One or two digits, a unit of years and a comma: ``34 tahun,``."""
    return compile_pattern(f"\\d{{1,2}}{SP}(?:{pieces(code).year_units}),")


