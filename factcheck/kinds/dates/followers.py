"""What may follow the digits a date rule starts at, past a space (``Rule.after``): the words and marks of the
tables the rule's pattern reads next there. Most figures in news are followed by a word no date rule reads next
(``12 orang``, ``5 persen``), and at ``5 Mei`` only the rules that read a month next can match; the finder tries
only the rules whose words' heads (``factcheck.patterns.gate``) the text admits (``finder.digit_rules``), and
``tests/test_date_dispatch.py`` checks, rule by rule on generated and real text, that no rule that matches is left
out. A rule with no ``after`` may be followed by anything (a year alone) and is always tried."""

from __future__ import annotations

from factcheck.kinds.dates.fragments import day_words, parted_days, units_of
from factcheck.lang.base import LanguageData
from factcheck.patterns import DASH_CHARS


def _connectors(data: LanguageData) -> list[str]:
    return [c for c in data.interval_connectors if any(ch.isalpha() for ch in c)]


def nothing(data: LanguageData) -> list[str]:
    """A rule whose digits are always glued to what follows them (``26/8/2025``, ``2024-05-01``)."""
    return []


def month_after(data: LanguageData) -> list[str]:
    """``5 Mei``, ``4 of July``."""
    return [*data.months, *data.date_of_words]


def day_month_after(data: LanguageData) -> list[str]:
    """``5 Mei``, ``4 of July``, ``05 - Aug - 2016``."""
    return [*month_after(data), "-", "/"]


def day_range_after(data: LanguageData) -> list[str]:
    """``1 - 3 Juli``, ``6 hingga 31 Januari``, ``28 Agustus-1 September``."""
    return [*day_month_after(data), *DASH_CHARS, *_connectors(data), *data.part_joiners]


def shift_after_month(data: LanguageData) -> list[str]:
    """``5 Mei tahun lalu``, ``5 May last year``, ``5 Mei, tahun depan``: a year shift after the day's month and
    maybe a comma (an abbreviated month may take its point: ``5 Sep. tahun lalu``)."""
    return [".", *data.shift_before, *units_of(data, "year")]


def dash_after_month(data: LanguageData) -> list[str]:
    """``28 Agustus-1 September``: a range of days whose first day names its month takes a dash after it."""
    return [".", *DASH_CHARS]


def day_list_after(data: LanguageData) -> list[str]:
    """``3 , 5, dan 9 Juni``, ``3 dan 9 Juni``."""
    return [",", *data.part_joiners]


def joiners(data: LanguageData) -> list[str]:
    """``antara 2019 dan 2021``."""
    return list(data.part_joiners)


def quarter_after(data: LanguageData) -> list[str]:
    """``2024 Q1``, ``2024 / H2``."""
    return ["-", "/", "q", "h"]


def decade_after(data: LanguageData) -> list[str]:
    """``1990 's``."""
    return ["'", "s"]


def year_range_after(data: LanguageData) -> list[str]:
    """``2019 - 2021``, ``2019 to 2021``."""
    return [*DASH_CHARS, *(c for c in _connectors(data) if c not in data.part_joiners)]


def units(data: LanguageData) -> list[str]:
    """``3 hari lalu``, ``two weeks after``."""
    return list(data.time_units)


def duration_after(data: LanguageData) -> list[str]:
    """``3 tahun``, ``1 and a half years``, ``2 full days``, and the lower end of a range: ``5 to 10 years``,
    ``2 - 3 hari``, ``antara 2 dan 3 jam``, ``29 atau 30 hari``."""
    paired = [w for words in data.range_pairs.values() for w in words]
    return [*data.time_units, *data.part_joiners, *data.duration_modifiers, *DASH_CHARS, *data.range_connectors,
            *paired, *data.range_alternatives]


def months_after(data: LanguageData) -> list[str]:
    """``9 bulan pertama``: the words of a month."""
    return units_of(data, "month")


def time_after(data: LanguageData) -> list[str]:
    """``3 pm``, ``3 p.m.`` (the heads of ``fragments.AMPM``), ``1430 WIB``, ``8 pagi ini``, ``5 petang``."""
    return ["am", "a.", "pm", "p.", *data.timezones, *parted_days(data), *data.day_periods]


def year_first_after(data: LanguageData) -> list[str]:
    """``2022 m. vasario 24 d.``, ``2022 24 ...``: in a language that writes the year first."""
    if not data.year_first_dates:
        return []
    return [*data.months, *data.year_after_words, *"0123456789", *day_words(data.code)]
