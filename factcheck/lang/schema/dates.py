"""The date and time tables of a language: months, weekdays, units of time, shifts, clocks and cues."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import attrs


@attrs.frozen(kw_only=True, slots=False)
class DateWords:
    """How the language writes dates, times and lengths of time."""

    # ---- dates and durations (keys lower case)
    numeric_date_order: str = "dmy"
    """The order of an all-digit date: ``dmy`` (``9/1/2024`` is 9 January) or ``mdy`` (US copy: 1 September);
    either is swapped when only the other is a valid date."""
    months: Mapping[str, int] = attrs.field(factory=dict)
    """Month names and abbreviations → 1…12."""
    months_capitalised: bool = False
    """True when the language capitalises month and day names, so a lower-case ``may`` is a verb, not May."""
    ambiguous_months: frozenset[str] = frozenset()
    """Month names that are also common words (``may``, ``march``): a month only beside a day, a year or a
    relative word."""
    cued_months: frozenset[str] = frozenset()
    """Full month names that are also capitalised names (Malay ``Mac``, the computer): a month only after a cue,
    as an abbreviation; other full names stand alone (``inflasi Oktober``, ``October was the wettest``)."""
    weekdays: Mapping[str, int] = attrs.field(factory=dict)
    """Weekday names and abbreviations → 0 (Monday) … 6 (Sunday)."""
    week_words_like_weekdays: frozenset[str] = frozenset()
    """Words that name a weekday alone but a week before ``ini``/``lalu``/``depan`` (Indonesian ``minggu``)."""
    relative_days: Mapping[str, int] = attrs.field(factory=dict)
    """``kemarin`` → -1, ``hari ini`` → 0, ``besok`` → 1."""
    relative_periods: Mapping[str, tuple[str, int]] = attrs.field(factory=dict)
    """Words for a week, month or year with its shift built in: Czech ``loni`` → (year, -1), ``letos`` → (year,
    0), Swedish ``i fjol``, Catalan ``enguany``."""
    time_units: Mapping[str, str] = attrs.field(factory=dict)
    """Words for units of time → ``day``, ``week``, ``month``, ``quarter``, ``year``, ``decade``, ``century``,
    ``hour``, ``minute``, ``second``."""
    one_unit_words: Mapping[str, str] = attrs.field(factory=dict)
    """Words that are one unit of time with its "one" built in: ``sehari``, ``sepekan``, ``setahun``."""
    ago_words: tuple[str, ...] = ()
    """After an amount of time, place it in the past: ``lalu``, ``silam``, ``ago``."""
    ago_before: tuple[str, ...] = ()
    """Before an amount of time, place it in the past: Spanish ``hace``, German ``vor``, Latvian ``pirms``."""
    ahead_words: tuple[str, ...] = ()
    """After an amount of time, place it in the future: ``lagi``, ``mendatang``, ``from now``."""
    ahead_before: tuple[str, ...] = ()
    """Before an amount of time, place it in the future: ``dalam`` (Indonesian "within"), ``in``."""
    shift_before: Mapping[str, int] = attrs.field(factory=dict)
    """Before a unit, month or weekday: ``last`` → -1, ``this`` → 0, ``next`` → 1."""
    shift_after: Mapping[str, int] = attrs.field(factory=dict)
    """After a unit, month or weekday: ``lalu`` → -1, ``ini`` → 0, ``depan`` → 1. The value 2 means "the
    next occurrence" (``this coming Friday``), as opposed to 1, "in the next week/month/year"."""
    last_weekday_is_previous_week: bool = False
    """Whether ``last Wednesday`` is the Wednesday of the previous week (English news style, which says just
    ``Wednesday`` for the past few days) rather than the most recent Wednesday (Indonesian ``Rabu lalu``)."""
    duration_cues: frozenset[str] = frozenset()
    """Words that announce a length of time (``selama``, ``for``): after them a unit of time is a duration even
    when a narrative word follows (``selama tiga pekan sebelum operasi dihentikan``)."""
    stretch_cues: frozenset[str] = frozenset()
    """Words before an amount of time with a word that looks ahead (``tempoh``, ``selama``): the amount is the
    length of the coming stretch (``dalam tempoh empat tahun akan datang``, ``penjara 12 bulan lagi``: twelve more
    months), no date (``dalam dua minggu lagi``)."""
    narrative_words: tuple[str, ...] = ()
    """After an amount of time, place it relative to another event, not to the day of writing: ``later``,
    ``after``, ``kemudian``, ``setelah``. Such a phrase is neither a duration nor a resolvable date."""
    later_words: frozenset[str] = frozenset()
    """After an amount of time, place it from a moment the story already gave: ``three weeks later``,
    ``dua hari kemudian``. Such a phrase is no length of time: a date placed from the paragraph's last date
    (``factcheck.kinds.dates.anaphora``), or one with no value when there is none."""
    edges_before: Mapping[str, str] = attrs.field(factory=dict)
    """Words before a count of months that take them from an edge of a year (``start``/``end``): ``the first
    nine months of 2024``, ``the last three months of the year`` (``date.months_of_year``)."""
    edges_after: Mapping[str, str] = attrs.field(factory=dict)
    """The same after the months, in languages that write it so: ``sembilan bulan pertama 2024``."""
    earlier_words: frozenset[str] = frozenset()
    """The ``later_words`` that count back: ``three days earlier``, ``dua hari sebelumnya``."""
    counted_from_words: frozenset[str] = frozenset()
    """Before a date, make the amount of time before them count from it: ``3 days from Tuesday``."""
    year_cues: frozenset[str] = frozenset()
    """Words before a four-digit number that make it a year: ``pada``, ``tahun``, ``sejak``, ``in``, ``since``."""
    compared_year_cues: frozenset[str] = frozenset()
    """Words before a year a change is measured against (British ``up 4% on 2022``, ``12% higher on 2019``): a
    year there only after a change word or a comparative (``change_words``, ``comparatives``), right before the
    cue or before the figure before it; ``spent $2m on 2000 laptops`` stays a count."""
    compared_year_nouns: frozenset[str] = frozenset()
    """Nouns a year compared against may take (``on 2023 levels``); any other word after it makes it a count."""
    comparatives: frozenset[str] = frozenset()
    """Comparatives a change is written with (``higher``, ``lower``): see ``compared_year_cues``."""
    year_event_words: frozenset[str] = frozenset()
    """Words naming an event held in a year, right before the year (``Pemilu 2024``, ``Olimpiade 2028``, ``Bajet
    2025``, ``Euro 2024``): the year is a date even where the word also opens an identifier (``factcheck.exclusions``
    keeps ``Liga 1`` a name, not ``Pemilu 2024``)."""
    hijri_year_words: frozenset[str] = frozenset()
    """After a year, mark it a year of the Islamic calendar (``Idul Fitri 1446 H``, ``1447 Hijriah``): an Islamic
    feast of that year resolves from its table (``factcheck.lang.holidays.HIJRI_FIRST``)."""
    spoken_years: bool = False
    """Whether years are said aloud as a century and two digits (``nineteen ninety-eight``, ``twenty twenty-four``)
    or as thousands (``two thousand and five``): read as years after a year cue or a month (``date.spoken_year``),
    from the language's number words."""
    year_words: frozenset[str] = frozenset()
    """The word for year written before one (``tahun 2050``, ``year 2008``): part of the date's span."""
    holidays: Mapping[str, str] = attrs.field(factory=dict)
    """Holidays with a rule for their date, lower case: ``MM-DD`` for a fixed day, ``easter±N`` for the moving
    feasts, ``nov-thu-4`` for the fourth Thursday of November, ``@NAME`` for a feast whose dates are set by
    observation or a lunar calendar (Idul Fitri, Imlek, Nyepi): the table ``NAME`` of ``factcheck.lang.holidays``,
    with its sources and the years it covers. ``@`` alone is a holiday found but never resolved (an English
    ``Eid``, whose date depends on the country). Outside its table's years a holiday is found and unresolved."""
    part_words: Mapping[str, str] = attrs.field(factory=dict)
    """``awal`` → start, ``pertengahan`` → mid, ``akhir`` → end; ``early``, ``mid``, ``late``, ``end of``."""
    quarter_words: frozenset[str] = frozenset()
    half_words: frozenset[str] = frozenset()
    interval_connectors: tuple[str, ...] = ()
    """Between the two ends of a date interval: ``hingga``, ``sampai``, ``to``, ``through``."""
    interval_openers: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    """``antara`` … ``dan``, ``between`` … ``and``, ``sejak`` … ``hingga``."""
    date_of_words: frozenset[str] = frozenset()
    """Words between a day and its month (``the 4th of July``, ``24 de febrero``)."""
    month_year_words: frozenset[str] = frozenset()
    """Words between a month and its year beyond the engine's own (``julio de 2022``)."""
    year_after_words: frozenset[str] = frozenset()
    """The word for year after a year that is part of the date (Polish ``2022 r.``, ``2023 roku``, Russian ``2022
    года``): inside the date's span."""
    year_period: bool = False
    """Whether a year written as an ordinal keeps its period (Croatian ``24. veljače 2022.``, ``29.11.2023.``):
    the period is inside the date's span, even at the end of a sentence, where it also ends the sentence."""
    suffix_after_apostrophe: bool = False
    """Whether case endings follow a name after an apostrophe (Turkish ``14 Ağustos'ta``): the name is still
    read, and the ending stays outside the claim."""
    year_first_dates: bool = False
    """Whether dates are written year first (Hungarian ``2022. február 24.``, Lithuanian ``2022 m. vasario 24
    d.``, Latvian ``2022. gada 24. februārī``): dateparser's ``date_order`` YMD."""
    day_after_words: frozenset[str] = frozenset()
    """The word for day after the day of a year-first date (Lithuanian ``24 d.``): inside the date's span."""
    lower_case_names: bool = False
    """Whether month and weekday names are written in lower case (``febrero``, ``lunes``): they then match in
    any case, abbreviations (``ambiguous_months``) still only beside a day or a year."""
    clock_words: frozenset[str] = frozenset()
    """Words before a clock time: ``pukul``, ``jam``, ``at``."""
    day_periods: Mapping[str, str] = attrs.field(factory=dict)
    """``pagi`` → am, ``malam`` → pm, ``a.m.`` → am: which half of the day a clock time is in."""
    timezones: Mapping[str, str] = attrs.field(factory=dict)
    """Zone abbreviations (case-sensitive) → UTC offsets: ``WIB`` → +07:00."""
    frequency_words: frozenset[str] = frozenset()
    """Words that make a time unit a frequency, not a duration: ``per``, ``setiap``, ``a``, ``every``."""
    day_parts: frozenset[str] = frozenset()
    """Parts of the day that may follow a day and belong to its span besides the worded ``day_periods`` (which do
    already: ``Selasa (10/9) malam``, ``Isnin pagi``): the ones that name no half of the clock (``Tuesday night``,
    ``Monday morning``); the date stays the day's."""
    time_joiners: frozenset[str] = frozenset()
    """What may stand between a clock time and its day for the two to be one date (lower case, single spaces):
    ``pada``, ``sekitar``, ``on``, ``at about``; a comma always may."""
    age_words: frozenset[str] = frozenset()
    """Words before ``40s``/``40-an`` that make it an age, not a decade: ``her``, ``his``, ``usia``."""
    times_words: frozenset[str] = frozenset()
    """Words that count occurrences (``twice``, ``times``, ``kali``): a unit of time after them is a rate."""
    future_cues: frozenset[str] = frozenset()
    """Words of a clause that looks ahead (``akan``, ``dijadwalkan``, ``will``, ``scheduled``): a yearless date
    or a bare weekday there is the next one from the reference date (see ``factcheck.tense``)."""
    weak_future_cues: frozenset[str] = frozenset()
    """``hingga``, ``until``: look ahead only when nothing else in the clause says otherwise (``hingga akhir
    Juli telah mencapai`` is a report's cut-off, ``dibuka hingga 15 September`` a deadline), or right before the
    date when only a report verb looks back (``forecasters said rain could fall through Wednesday``)."""
    possibility_modals: frozenset[str] = frozenset()
    """``could``, ``may``, ``bisa``: after a report verb and before a weak cue, what is reported is to come
    (``said rain could fall through Wednesday``; ``said he worked there until Friday`` looks back)."""
    future_phrases: frozenset[str] = frozenset()
    """Two words that look ahead together, where the first alone does not (``forecast to``, ``projected to``,
    ``set to``): ``their September forecast``, ``a record set on Friday`` do not."""
    notice_words: frozenset[str] = frozenset()
    """Nouns of a notice about a coming time (``warning``, ``forecast``, ``peringatan``, ``amaran``): a date after
    one and a word of its scope (``notice_scopes``) looks ahead: ``a yellow warning for snow on Saturday``."""
    notice_scopes: frozenset[str] = frozenset()
    """Words after a notice noun that say what time it covers (``for``, ``from``, ``untuk``); without one the date
    may be when the notice was issued (``issued the warning on Tuesday``)."""
    participle_markers: frozenset[str] = frozenset()
    """Words before a past cue that make it a participle (``will be held``, ``is expected``): no past tense."""
    unfulfilled_markers: frozenset[str] = frozenset()
    """Words before a future cue that cancel the look ahead (``than expected``, ``as planned``, ``was due``)."""
    perfect_markers: frozenset[str] = frozenset()
    """Words after a future cue that turn it to the past (``should have been done by June``, ``must have``)."""
    past_cues: frozenset[str] = frozenset()
    """Words of a clause that looks back (``telah``, ``sempat``, ``was``, ``rose``): the last one."""

    # ---- the words of date rules (lower case; see factcheck.kinds.dates)
    vague_amounts: frozenset[str] = frozenset()
    """Words for an unstated count of time (``beberapa``, ``several``, ``a few``): matched so that ``beberapa tahun
    lalu`` is not read as ``tahun lalu``, and giving no amount."""
    decade_words: frozenset[str] = frozenset()
    """Words before a decade that belong to its span: ``tahun 90-an``, ``era 1980-an``."""
    year_links: frozenset[str] = frozenset()
    """Words between a day, a month or a quarter and its year: ``17 Agustus tahun 2025``, ``third quarter of
    2025``."""
    day_month_cues: frozenset[str] = frozenset()
    """Words before a bare ``11/20`` that make it a day and a month: ``on``, ``pada``, ``tanggal``."""
    definite_articles: frozenset[str] = frozenset()
    """``the`` in ``Tuesday the 4th``, ``May the 4th``, ``the past decade``."""
    part_joiners: frozenset[str] = frozenset()
    """``and``, ``dan``: joins the parts of an amount (``two years and three months``, ``5 feet and 3 inches``)
    and the two ends after ``between``/``antara``."""
    time_fractions: Mapping[str, Decimal] = attrs.field(factory=dict)
    """Fractions of a unit of time after ``and`` (``two and a half years``) → their value: ``a half`` → 0.5,
    ``three quarters`` → 0.75, ``setengah`` → 0.5."""
    half_of_words: frozenset[str] = frozenset()
    """Half of a unit before it: ``setengah hari``, ``half a day``."""
    fraction_of_words: Mapping[str, Decimal] = attrs.field(factory=dict)
    """Other fractions of a unit before it → their value: ``a quarter of an`` → 0.25, ``three-quarters of an``
    → 0.75 (``three-quarters of an hour`` is 45 minutes)."""
    duration_modifiers: frozenset[str] = frozenset()
    """Words between a count and its unit of time: ``two more years``, ``three consecutive days``."""
    age_suffixes: frozenset[str] = frozenset()
    """Words after ``year-`` that make a count of years an age, not a length of time: ``9-year-old``."""
    stretch_words: frozenset[str] = frozenset()
    """After a definite article and before a unit: the stretch up to now (``the past decade``), a duration."""
    stretch_after_words: frozenset[str] = frozenset()
    """After a length of time: the stretch up to now (``sepekan terakhir``, ``tiga tahun terakhir``), the same
    duration as ``the past week``, with the word in its span."""
    clock_words_alone: frozenset[str] = frozenset()
    """Clock words that make a bare hour a time (``pukul 10``); the other clock words (``at``) need am/pm, a zone
    or a colon."""
    month_cues: frozenset[str] = frozenset()
    """Words before a month alone, besides the year cues, that make it a date: ``bulan Maret``, ``on``."""
    ambiguous_month_cues: frozenset[str] = frozenset()
    """Words before a month name that is also a common word (``may``, ``march``) that make it the month:
    ``in May``, ``since March``."""
    decade_suffixes: frozenset[str] = frozenset()
    """Endings that make a round number a decade, besides ``'s``: Indonesian ``1990-an``, ``90an``."""
    offset_words: Mapping[str, int] = attrs.field(factory=dict)
    """Words between an amount of time and the date it counts from, with their direction: ``after`` → 1,
    ``before`` → -1 (``three days after 12 January``, ``sepekan sebelum Lebaran``)."""
    anaphoric_periods: Mapping[str, tuple[str, int]] = attrs.field(factory=dict)
    """Phrases for a period defined by the one the text last gave, with the unit and the step: ``a year earlier``
    → (year, -1), ``periode yang sama tahun lalu`` → (year, -1), ``sehari kemudian`` → (day, 1)."""
