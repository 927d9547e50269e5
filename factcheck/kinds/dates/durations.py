"""The rule for lengths of time: ``dua hari``, ``selama 5 tahun``, ``2,5 jam``, ``1 jam 30 menit``, ``two and a
half years``, ``a decade``. A length of time counted from another event (``three weeks later``), a rate (``per
tahun``, ``$10,000 a day``) or a rank (``pekan ke-33``) is no duration.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import regex

from factcheck import lang as languages
from factcheck.calendar import duration_iso
from factcheck.claims import DurationValue
from factcheck.kinds.base import Candidate, groups, next_words, previous_word
from factcheck.kinds.dates import followers
from factcheck.kinds.dates.anaphora import ANAPHORIC
from factcheck.kinds.dates.fragments import Fragments
from factcheck.kinds.dates.reader import Reader, key, words_before
from factcheck.kinds.dates.relative_dates import counting_words
from factcheck.kinds.rule import Rule
from factcheck.lang.base import LanguageData
from factcheck.patterns import DASH, OPT_SP, SP, WORD_END, any_case, compile_pattern, group_numbers, trie


@cache
def _figure_before(code: str) -> regex.Pattern[str]:
    """A figure ending just before a point, read backwards: a number, a percentage or an amount of money, then
    its scale and currency words (``40 billion pounds``), then at most one other word (``7,000 steps``)."""
    data = languages.get(code)
    named = trie([*data.scale_words, *data.currency_words])
    # "seven days a week": a number written in words is a figure too
    words = trie([*data.digit_words, *data.teen_words, *data.tens_words, *data.hundred_words])
    return compile_pattern(rf"(?r)(?:(?:[\p{{N}}%]|\p{{Sc}})[\p{{L}}.\-]*+|(?<![\p{{L}}])(?i:{words})(?![\p{{L}}]))"
                           rf"(?:[\s\u00a0]++(?i:{named})(?![\p{{L}}]))*+"
                           r"(?:[\s\u00a0]++[\p{L}\-]++){0,1}+[\s\u00a0]*+")


def compile_all(code: str) -> None:
    """Compile the patterns the duration reader keeps apart from the rule's own."""
    _figure_before(code)


def _range_source(v: Fragments) -> str:
    """The lower end of a range of lengths before the amount: ``5 to 10 years``, ``2-3 hari``, ``29 atau 30 hari``
    (two lengths either of which it may be), and after an
    opener the words it pairs with (``between 7 and 9 hours``, ``antara 2 dan 3 jam``), never ``and`` alone
    (``one and a half hours``, ``2 years and 3 months``)."""
    data = v.data
    alone = [*(w for w in data.range_connectors if w[:1].isalpha() and w not in data.part_joiners),
             *data.range_alternatives]  # "29 atau 30 hari", "two or three weeks"
    paired = sorted({w for words in data.range_pairs.values() for w in words if w[:1].isalpha()})
    low = v.range_low  # the amount's own words, which stop before "and": it may join the ends
    opener = f"(?<=(?<![\\p{{L}}])(?i:{trie(data.range_pairs)}){SP})"
    after_opener = f"|{opener}{low}{SP}(?P<rconn>{any_case(paired, end='')}){SP}" if data.range_pairs and paired else ""
    return (f"(?:{low}(?:{OPT_SP}{DASH}{OPT_SP}|{SP}(?P<rconn>{any_case(alone, end='')}){SP})"
            f"{after_opener})?")


def _source(v: Fragments) -> str:
    and_word = any_case(v.data.part_joiners, end="")
    # "sepekan terakhir": the stretch up to now, its word in the span
    stretch = f"(?:{SP}{any_case(v.data.stretch_after_words)})?" if v.data.stretch_after_words else ""
    low = _range_source(v)  # "5 to 10 years", "lima hingga 10 tahun", "2-3 hari"
    return (
        f"(?:(?:{v.half_of}){SP}{v.units}"  # first: "three-quarters of an hour" is no count of quarters
        f"|(?:{low}{v.simple_amount}(?:{OPT_SP}|-)(?:{and_word}{SP}(?P<half>{v.fraction}){v.of}(?:{SP}|{DASH}))?"
        f"{v.modifiers}{v.units}{v.age_after}"
        f"|{v.digits_glued}|{v.one_unit})"
        f"(?:(?:{OPT_SP},{OPT_SP}|{SP})(?:{and_word}{SP})?(?P<amount2>\\p{{N}}+(?:[.,]\\p{{N}}+)?|(?i:{v.number_words}))"
        f"(?:{SP}|(?<=\\p{{N}}))(?P<unit2>(?i:{v.unit_words})){WORD_END})*+"
        f"(?:{SP}{and_word}{SP}(?P<andhalf>{v.fraction}){WORD_END})?"
        f"(?P<minutes>{SP}(?:{and_word}{SP})?(?P<mins>[1-5]\\d|(?i:{v.number_words}))(?![\\p{{L}}\\p{{N}}])"
        f"(?!{SP}(?i:{v.unit_words})))?)"
        f"(?!{SP}{any_case(v.data.ago_words)})"
        f"{stretch}"
    )


def _parts(m: regex.Match[str], r: Reader) -> list[tuple[Decimal, str]] | None:
    """The amounts and units of the match (``2 tahun 3 bulan`` → [(2, year), (3, month)]), None when one is
    no amount of time."""
    g = groups(m)
    parts: list[tuple[Decimal, str]] = []
    if g("oneunit"):
        unit = r.one_unit(g("oneunit"))
        if unit is None:
            return None
        parts.append((Decimal(1), unit))
    elif g("halfof") or g("fracof"):
        unit = r.unit(g("unit"))
        if unit is None:
            return None
        parts.append((r.data.fraction_of_words.get(key(g("fracof") or ""), Decimal("0.5")), unit))
    else:
        written = g("amount") or ""
        amount, unit = r.amount(written), r.unit(g("unit"))
        if amount is None or unit is None:
            return None
        if key(g("unit") or "") in r.data.ordinal_words and not written[:1].isdigit() and (
                key(written) in r.data.article_words or amount != 1):
            return None  # "a second term", "twenty second": an ordinal, not a second of time
        if unit == "quarter" and _also_no_time(key(g("unit") or ""), r.data) and not _quarters_of_time(m, r):
            return None  # "a quarter of", "four quarters": a fraction or coins far more often than 9 months
        if _odd_count(amount) and _shift_follows(m, r):
            return None  # "level 7.300 pekan ini", "480,5 tahun lalu": a figure, then a date of its own
        parts.append((amount + r.fraction(g("half")), unit))
    for amount_text, unit_text in zip(m.captures("amount2"), m.captures("unit2"), strict=False):
        amount2, unit2 = r.amount(amount_text), r.unit(unit_text)
        if amount2 is None or unit2 is None:
            return None
        parts.append((amount2, unit2))
    if g("andhalf"):
        amount, unit = parts[-1]
        parts[-1] = (amount + r.fraction(g("andhalf")), unit)
    return parts


def _odd_count(amount: Decimal) -> bool:
    """A count no length of time is given in: a thousand or more, or a fraction other than a half."""
    return amount >= 1000 or amount % 1 not in (0, Decimal("0.5"))


def _shift_follows(m: regex.Match[str], r: Reader) -> bool:
    """Whether a shift word follows the unit (``pekan ini``, ``tahun lalu``): the unit and it are a date."""
    after = next_words(r.text, m.end(), 1)
    return bool(after) and key(after[0].group()) in r.data.shift_after


def _also_no_time(word: str, data: LanguageData) -> bool:
    """Whether a unit word has a reading that is no time: a fraction (``quarters``) or a coin; ``kuartal``,
    ``suku tahun`` have none."""
    return word in data.coin_words or word in data.fraction_denominators or word in data.fraction_words


def _quarters_of_time(m: regex.Match[str], r: Reader) -> bool:
    """Whether quarters counted are quarters of a year: a word of a run of time between the count and the unit
    (``two consecutive quarters``, ``three straight quarters``) or a shift before the count (``the past three
    quarters``, ``the last two quarters``), not ``four quarters`` of coins or ``three quarters of`` a whole."""
    number = group_numbers(m.re)
    between = set(r.text[m.end(number["amount"]):m.start(number["unit"])].lower().split())
    if between & r.data.duration_modifiers:
        return True
    prev = previous_word(r.text, m.start(number["amount"]))
    return prev is not None and key(prev.group()) in r.data.shift_before


def _after_a_figure(text: str, start: int, data: LanguageData) -> bool:
    """Whether a figure (a number, a percentage, an amount of money), alone or with one word after it, or a count
    word (``twice``, ``kali``) stands just before ``start``: then ``a day``, ``a year``, ``sehari`` is the
    figure's rate, not a length of time."""
    prev = previous_word(text, start)
    if prev is not None and prev.group().lower() in data.times_words:
        return True
    m = _figure_before(data.code).match(text, max(0, start - 60), start)
    return m is not None and m.end() == start


def _names_a_day(word: str, r: Reader) -> bool:
    """Whether ``word`` starts a date: a digit, a month, a weekday, a holiday, ``tomorrow``/``kemarin``."""
    low = word.lower()
    return word[:1].isdigit() or r.month(word) is not None or r.weekday(word) is not None or \
        low in r.data.relative_days or any(h.split()[0] == low for h in r.data.holidays)


def _read(m: regex.Match[str], group: str, r: Reader) -> Candidate | None:
    start, end = m.span(group)
    g = groups(m)
    prefix = r.data.ordinal_prefix or ""
    lead = r.text[max(0, start - len(prefix) - 2):start].lower()
    if prefix and lead.endswith(prefix + "-") and not lead[:-len(prefix) - 1][-1:].isalpha():
        return None  # "pekan ke-33 tahun 2025": a rank, not thirty-three years
    written = (g("amount") or "").split()
    if written and written[0].lower() in r.data.scale_words:
        return None  # "Rp5 triliun tahun ini": the scale ends a sum of money, it counts no years
    parts = _parts(m, r)
    if not parts:
        return None
    if g("minutes"):
        minutes = r.amount(g("mins"))
        if parts[-1][1] == "hour" and minutes is not None and minutes < 60:
            parts.append((minutes, "minute"))  # "1 hour thirty", "2 hours and 10"
        else:
            end = m.start("minutes")
    data = r.data
    before = words_before(r.text, start, 3)
    if before and before[0] in data.frequency_words:
        return None  # "per tahun", "setiap hari": a rate, not a length of time
    one = g("oneunit") or key(g("amount") or "") in data.article_words
    if one and not (before and before[0] in data.duration_cues) and _after_a_figure(r.text, start, data):
        return None  # "$10,000 a day", "7,000 steps a day", "tiga kali sehari", "24 hours a day, seven days": a rate
    after = next_words(r.text, end, 2)
    follows = after[0].group().lower() if after else ""
    if one and follows in data.times_words:
        return None  # "seminggu sekali", "sehari sekali": once a week, a frequency
    if follows in data.later_words:  # "two weeks later": placed from the story's last date
        return _counted_anaphor(parts, start, after[0].end(), follows in data.earlier_words)
    counted_from = len(after) == 2 and (follows in data.narrative_words or follows in data.counted_from_words) \
        and _names_a_day(after[1].group(), r)
    if counted_from and not set(before) & data.duration_cues:
        return None  # "2 weeks before Christmas": a date counted from another one
    if g("low"):
        return _range(m, parts, before, end, r)
    iso_text = duration_iso(parts)
    if iso_text is None:
        return None
    amount, unit = parts[0] if len(parts) == 1 else (None, None)
    return Candidate("duration", start, end, DurationValue(iso_text, amount, unit, None), "duration.amount")


def _counted_anaphor(parts: list[tuple[Decimal, str]], start: int, end: int, earlier: bool) -> Candidate | None:
    """``two weeks later``, ``dua hari kemudian``, ``three days earlier``: a whole count of one unit of time,
    placed from the last date of the paragraph (``anaphora.resolve_anaphora``), or found with no value."""
    if len(parts) != 1 or parts[0][0] != parts[0][0].to_integral_value():
        return None
    count, unit = parts[0]
    step = -count if earlier else count
    return Candidate("anaphor", start, end, DurationValue(None, step, unit, None), ANAPHORIC)


def _range(m: regex.Match[str], parts: list[tuple[Decimal, str]], before: list[str], end: int,
           r: Reader) -> Candidate | None:
    """A range of one unit of time, ``5 to 10 years``: ``amount`` and ``iso`` its lower end. None (the upper end
    then stands alone, as before) when the ends are no range: a sum of units, a lower end not below the upper,
    or ``and`` with no ``between`` before it (``2 and 3 years`` are two lengths)."""
    connector = (m.group("rconn") or "").lower()
    alone = (connector in r.data.range_connectors and connector not in r.data.part_joiners) or \
        connector in r.data.range_alternatives
    if connector and not alone and not any(connector in r.data.range_pairs.get(word, ()) for word in before[:1]):
        return None  # "dari 2 dan 3 tahun": the opener does not pair with this word
    if key(m.group("low")) in r.data.article_words:
        return None  # "a to 3 years"
    low = r.amount(m.group("low"))
    if len(parts) != 1 or low is None or low >= parts[0][0]:
        return None
    amount, unit = parts[0]
    iso_text = duration_iso([(low, unit)])
    if iso_text is None:
        return None
    value = DurationValue(iso_text, low, unit, None, amount_max=amount)
    return Candidate("duration", m.start("low"), end, value, "duration.amount")


DURATION = Rule[Fragments, Reader](
    "duration.amount",
    _source,
    _read,
    starts=lambda data: [*counting_words(data), *data.one_unit_words, *data.half_of_words,
                         *(w.split()[0].split("-")[0] for w in data.fraction_of_words)],  # "three", not "three-"
    digits=True,
    after=followers.duration_after,
    counts=True,
)
