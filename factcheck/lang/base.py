"""The schema every language data module fills in.

A language is data only: word tables, not code. The engine (``factcheck.numbers``, ``factcheck.kinds``) reads
these tables and compiles its patterns from them, so adding a language means writing one module that builds a
``LanguageData`` and a corpus folder for its tests. Keys of word tables are lower case unless the table says it
is case-sensitive (symbols and abbreviations such as ``M`` for miliar, where case carries meaning).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import attrs


@attrs.frozen(kw_only=True)
class LanguageData:
    """Everything the engine needs to know about one language."""

    code: str
    name: str
    claim_kinds: frozenset[str] | None = None
    """The kinds this language's tables can find; None for all. A language built from dateparser's data alone
    (``factcheck.lang.locales``) has only ``date`` and ``duration``: other kinds asked of it yield nothing."""

    # ---- numbers written with digits
    decimal_mark: str
    """The mark between the whole and the fraction: ``,`` in Indonesian, ``.`` in English."""
    group_mark: str
    """The thousands separator: ``.`` in Indonesian, ``,`` in English."""

    # ---- numbers written in words (all keys lower case)
    digit_words: Mapping[str, int]
    """Words that add their value to the current group: one…nineteen, twenty…ninety, satu…sembilan, sepuluh,
    sebelas, seratus."""
    tens_words: Mapping[str, int] = attrs.field(factory=dict)
    """Multipliers of the last digit (Indonesian ``puluh``: dua puluh = 2 × 10)."""
    teen_words: frozenset[str] = frozenset()
    """Words that add ten to the last digit (Indonesian ``belas``: dua belas = 12)."""
    hundred_words: Mapping[str, int] = attrs.field(factory=dict)
    """Multipliers of the current group (``hundred``, ``ratus``)."""
    scale_words: Mapping[str, int] = attrs.field(factory=dict)
    """Words that close a group and scale it (thousand, million, ribu, juta …)."""
    one_scale_words: Mapping[str, int] = attrs.field(factory=dict)
    """Scales that carry their own "one" (Indonesian ``seribu``, ``sejuta``, ``semiliar``)."""
    fraction_words: Mapping[str, Decimal] = attrs.field(factory=dict)
    """``half``, ``setengah``: added to the current group, or scaled (``setengah juta``)."""
    dozen_words: Mapping[str, int] = attrs.field(factory=dict)
    point_words: frozenset[str] = frozenset()
    """Spoken decimal point: ``point``, ``koma``."""
    and_words: frozenset[str] = frozenset()
    """Connectors allowed inside a number: ``one hundred and five``."""
    article_words: frozenset[str] = frozenset()
    """Articles that mean one before a scale: ``a hundred``, ``a million``."""
    negative_words: frozenset[str] = frozenset()
    """``minus``, ``negatif`` before a number."""

    # ---- scale abbreviations after digits (case-sensitive keys)
    scale_suffixes: Mapping[str, int] = attrs.field(factory=dict)
    """After digits, in any context: ``rb``, ``jt``, ``K``, ``bn``, ``mln``."""
    money_scale_suffixes: Mapping[str, int] = attrs.field(factory=dict)
    """After digits in an amount of money only: Indonesian ``M`` (miliar) and ``T`` (triliun), English ``m``."""

    # ---- ordinals
    ordinal_words: Mapping[str, int] = attrs.field(factory=dict)
    """Whole ordinal words: first, second, twentieth, pertama, kedua, kesebelas."""
    ordinal_compounds: frozenset[str] = frozenset()
    """Words an ordinal joins with a hyphen into an adjective that ranks nothing: ``first-time``, ``second-hand``."""
    rank_words: frozenset[str] = frozenset()
    """Words before a plain number that make it a rank: ``peringkat 3``, ``posisi 2``, ``juara 1``."""
    ordinal_prefix: str | None = None
    """A prefix that turns a cardinal into an ordinal: Indonesian ``ke`` (``ke-3``, ``kedua``)."""
    ordinal_suffixes: tuple[str, ...] = ()
    """Suffixes written after digits: ``st``, ``nd``, ``rd``, ``th``."""
    ordinal_noun_first: bool = False
    """True when the ranked noun comes before the ordinal (``pertemuan kedua``)."""

    # ---- percentages, money, units (keys lower case unless noted)
    percent_words: tuple[str, ...] = ()
    percent_point_words: tuple[str, ...] = ()
    """``percentage points``, ``poin persentase``: the amount is a difference of percentages."""
    share_words: tuple[str, ...] = ()
    """Words between a percentage and what it is a share of: ``dari``, ``of``."""
    currency_words: Mapping[str, str | None] = attrs.field(factory=dict)
    """Currency names in this language, lower case, to ISO 4217 codes (``dolar`` → USD, ``rupiah`` → IDR); None
    for a currency the name does not pin down (``dinar``)."""
    minor_currency_words: Mapping[str, str | None] = attrs.field(factory=dict)
    """Minor units: ``sen``, ``cents``, ``pence``; the value is the major currency when it is certain."""
    suffix_only_currency_words: frozenset[str] = frozenset()
    """Currency names that are also common words (``won``, ``real``, ``rand``): a currency only after a number
    (``5 trillion won``), never before one (``won 18 of 20 regions``)."""
    coin_words: Mapping[str, tuple[str, Decimal]] = attrs.field(factory=dict)
    """Coins counted by name (``ten dimes``, ``a nickel``) → currency and the value of one coin."""
    money_multipliers: Mapping[str, int] = attrs.field(factory=dict)
    """Slang multipliers that make a number an amount of money (``10 grand``) in the language's default currency."""
    default_currency: str | None = None
    """The currency a bare ``dollar`` or a coin name means in this language's news (USD for both)."""
    unit_words: Mapping[str, str] = attrs.field(factory=dict)
    """Unit names in this language, lower case, to canonical symbols (``kilometer`` → km)."""
    units_before: Mapping[str, str] = attrs.field(factory=dict)
    """Units written before their figure, to canonical symbols: ``magnitudo 6,2``, ``bermagnitudo 6,2``,
    ``magnitude 6.2`` → ``M``. Keys are case-sensitive (``M 6,2`` is a magnitude, ``m`` is no unit before one)."""
    counters: frozenset[str] = frozenset()
    """Classifier words that count (``orang``, ``unit``, ``buah``): a counted noun, never a unit of measure."""

    # ---- context around a figure (lower case)
    comparators_before: Mapping[str, str] = attrs.field(factory=dict)
    comparator_blockers: Mapping[str, frozenset[str]] = attrs.field(factory=dict)
    """Words that, right before a comparator phrase, make it part of a verb: ``ticked up to 4.2%`` has no bound."""
    share_stopwords: frozenset[str] = frozenset()
    share_needs_word: bool = False
    """Whether what a percentage is a share of needs a share word (``18 percent of voters``), or may follow the
    percentage directly (``18 persen warga``)."""
    share_determiners: frozenset[str] = frozenset()
    """Words that open or close a share's noun phrase without naming it (``the``, ``all``, ``seluruh``)."""
    counted_after_share_word: bool = False
    """Whether the counted noun may follow a share word (``2,000 of the troops`` → troops)."""
    numeric_date_order: str = "dmy"
    """The order of an all-digit date: ``dmy`` (``9/1/2024`` is 9 January) or ``mdy`` (US copy: 1 September);
    either is swapped when only the other is a valid date."""
    cents_currency: str | None = None
    """The currency of a minor unit no amount names (``12 cents a share``): USD in English news; None where a
    reader cannot tell."""
    """Words that end what a percentage is a share of: ``yoy``, ``dibandingkan``, ``terlalu``, ``akibat``."""
    comparative_words: frozenset[str] = frozenset()
    """Adjectives after a comparator word that make the figure a difference, not a bound: ``12 persen lebih
    rendah`` (12 percent lower) has no comparator, ``500 lebih`` (more than 500) has one."""
    comparators_after: Mapping[str, str] = attrs.field(factory=dict)
    nearly_words: frozenset[str] = frozenset()
    """Approximate comparators that mean just below (``hampir``, ``nyaris``, ``nearly``, ``almost``)."""
    difference_words: frozenset[str] = frozenset()
    """Words between a verb of change and its amount: ``rose by 5%``, ``naik sebesar 5 persen``."""
    range_connectors: tuple[str, ...] = ()
    """Words joining the two ends of a range: ``sampai``, ``hingga``, ``to``."""
    range_pairs: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    """Range openers and the connectors they take: ``antara`` … ``dan``, ``between`` … ``and``."""
    change_words: frozenset[str] = frozenset()
    """Verbs of change (``naik``, ``turun``, ``rose``, ``fell``): before ``X to Y`` / ``dari X menjadi Y`` they
    make two figures, a before and an after, not one range."""
    noun_stopwords: frozenset[str] = frozenset()
    """Words that end a counted noun phrase: prepositions, conjunctions, auxiliaries, determiners."""
    verb_prefixes: tuple[str, ...] = ()
    verb_suffixes: tuple[str, ...] = ()
    """Affixes that mark a verb, used to stop a noun phrase (Indonesian ``me-``/``di-``, English ``-ed``)."""
    max_noun_words: int = 2
    marks_plural: bool = False
    """Whether nouns take a plural ending (English ``-s``): a year-like number before a singular noun is a
    year used as a modifier (``the 2024 election``), before a plural one a count (``2014 people``)."""
    score_words: frozenset[str] = frozenset()
    """Nouns after ``3-0`` that make it a score: ``victory``, ``kemenangan``."""
    identifier_words: frozenset[str] = frozenset()
    """Words before a number that make it a reference, not a figure: ``pasal``, ``nomor``, ``article``."""
    identifier_words_cased: frozenset[str] = frozenset()
    """Markers before a number only when capitalised (``Article 5``, ``Km 50`` as a road marker), because in
    lower case they are common words (``issue 1 trillion yuan``, ``50 km``); lower-case keys."""
    idioms: tuple[str, ...] = ()
    """Phrases where a number word is not a figure: ``salah satu``, ``one of``."""

    # ---- dates and durations (keys lower case)
    months: Mapping[str, int] = attrs.field(factory=dict)
    """Month names and abbreviations → 1…12."""
    months_capitalised: bool = False
    """True when the language capitalises month and day names, so a lower-case ``may`` is a verb, not May."""
    ambiguous_months: frozenset[str] = frozenset()
    """Month names that are also common words (``may``, ``march``): a month only beside a day, a year or a
    relative word."""
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
    narrative_words: tuple[str, ...] = ()
    """After an amount of time, place it relative to another event, not to the day of writing: ``later``,
    ``after``, ``kemudian``, ``setelah``. Such a phrase is neither a duration nor a resolvable date."""
    later_words: frozenset[str] = frozenset()
    """After an amount of time, place it from a moment the story already gave: ``three weeks later``,
    ``dua hari kemudian``. Such a phrase is no length of time to check and no resolvable date."""
    counted_from_words: frozenset[str] = frozenset()
    """Before a date, make the amount of time before them count from it: ``3 days from Tuesday``."""
    year_cues: frozenset[str] = frozenset()
    """Words before a four-digit number that make it a year: ``pada``, ``tahun``, ``sejak``, ``in``, ``since``."""
    year_words: frozenset[str] = frozenset()
    """The word for year written before one (``tahun 2050``, ``year 2008``): part of the date's span."""
    holidays: Mapping[str, str] = attrs.field(factory=dict)
    """Holidays with a rule for their date, lower case: ``MM-DD`` for a fixed day, ``easter±N`` for the moving
    feasts, ``nov-thu-4`` for the fourth Thursday of November. Lunar holidays (Idul Fitri, Imlek) have no rule
    here: their dates are set by observation, so the library does not guess them."""
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
    Juli telah mencapai`` is a report's cut-off, ``dibuka hingga 15 September`` a deadline)."""
    participle_markers: frozenset[str] = frozenset()
    """Words before a past cue that make it a participle (``will be held``, ``is expected``): no past tense."""
    unfulfilled_markers: frozenset[str] = frozenset()
    """Words before a future cue that cancel the look ahead (``than expected``, ``as planned``, ``was due``)."""
    past_cues: frozenset[str] = frozenset()
    """Words of a clause that looks back (``telah``, ``sempat``, ``was``, ``rose``): the last one."""

    # ---- quotes and attribution (lower case)
    passive_speech_verbs: frozenset[str] = frozenset()
    """Passive speech verbs with the speaker after them: ``Hal itu disampaikan Kepala BNPB Suharyanto``."""
    name_joiners: frozenset[str] = frozenset()
    """Small words inside a speaker's name between the quote and its verb: ``Secretary of State Marco Rubio
    said``, ``Kementerian Komunikasi dan Digital``."""
    speech_adverbs: frozenset[str] = frozenset()
    """Adverbs between a speaker and the verb (``also``, ``juga``): skipped when reading the speaker back."""
    speech_only_verbs: frozenset[str] = frozenset()
    """Report verbs that also mean something else (``added`` jobs, ``menolak`` relokasi): they attribute only
    before speech, a comma, a colon, a quote or ``that``/``bahwa``."""
    noun_determiners: frozenset[str] = frozenset()
    """Words before a report verb that make it a noun (``a previous forecast``, ``following reports``)."""
    cues_after_quote: frozenset[str] = frozenset()
    """Speech verbs that follow a quote and precede its speaker: ``"…," ujar Putin``, ``"…," said Smith``."""
    cues_with_pronoun: Mapping[str, str] = attrs.field(factory=dict)
    """Speech verbs with the speaker built in, after a quote: ``ujarnya``, ``katanya`` → the pronoun meant."""
    cues_before_quote: frozenset[str] = frozenset()
    """Speech verbs between a speaker and the quote that follows: ``Putin mengatakan, "…"``, ``Smith said: "…"``."""
    audience_words: frozenset[str] = frozenset()
    """Lower-case words that may stand between a speech verb and the quote that follows it, besides capitalised
    names: who was told and its article (``told the reporters``, ``mengatakan wartawan``, ``memberitahu
    pemberita``)."""
    speaker_stopwords: frozenset[str] = frozenset()
    """Words that end a speaker's name after a cue: ``saat``, ``kepada``, ``when``, ``to``."""
    pronouns: frozenset[str] = frozenset()
    """Pronouns a speaker may be given as (``ia``, ``dia``, ``he``, ``she``): resolved to the last named speaker."""
    person_pronouns: Mapping[str, str] = attrs.field(factory=dict)
    """Pronouns that stand for one person, never an organisation, with the person's gender where the pronoun
    says it (``he`` → m, ``she`` → f, ``ia`` → "")."""
    sentence_cues: Mapping[str, frozenset[str]] = attrs.field(factory=dict)
    """Words that say what kind of statement a sentence makes, by Full Fact's claim types: ``prediction``
    (``akan``, ``will``), ``causation`` (``karena``, ``because``), ``trend`` (``naik``, ``rising``), ``rule``
    (``undang-undang``, ``law``), ``personal`` (``saya``, ``I``), ``opinion`` (``menurut saya``, ``should``),
    ``appeal`` (``mengimbau``, ``urged``, ``berharap``) and ``boilerplate`` (``baca juga``, ``reporting by``).
    ``factcheck.score_sentences`` reads them."""
    gendered_titles: Mapping[str, str] = attrs.field(factory=dict)
    """Titles that say a person's gender (``Mrs`` → f, ``Mr`` → m, ``Ibu`` → f): ``he`` never means Mrs Dunmore."""
    attribution_cues: Mapping[str, str] = attrs.field(factory=dict)
    """Cues that put a source after them: ``menurut``, ``mengutip dari``, ``according to`` → how they attribute
    (``source_after``)."""
    report_verbs: frozenset[str] = frozenset()
    """Verbs that put the source before them: ``X said``, ``X reported``, ``X mengatakan``."""
    hedges: frozenset[str] = frozenset()
    """Words that report without a source: ``dilaporkan``, ``reportedly``."""
    opinion_words: frozenset[str] = frozenset()
    """Words that mark opinion or wish rather than fact: ``harus``, ``semoga``, ``should``, ``hope``."""
    superlatives: frozenset[str] = frozenset()
    """Words of comparison or record: ``terbesar``, ``tertinggi``, ``largest``, ``record``, ``first``."""

    # ---- what a figure is about: the grouping key of a check (lower case; see factcheck.verify.keys)
    measure_words: Mapping[str, str] = attrs.field(factory=dict)
    """What a figure measures, to a concept shared by every language: ``tewas``, ``killed``, ``death toll`` →
    ``dead``; ``inflasi``, ``inflation`` → ``inflation``; ``rugi bersih``, ``net loss`` → ``loss``."""
    event_words: Mapping[str, str] = attrs.field(factory=dict)
    """What happened, to a shared concept: ``gempa``, ``quake`` → ``earthquake``; ``banjir`` → ``flood``."""
    noun_concepts: Mapping[str, str] = attrs.field(factory=dict)
    """Counted nouns to a shared concept: ``orang``, ``warga``, ``people`` → ``person``; ``rumah``, ``homes`` →
    ``house``."""
    measure_nouns: frozenset[str] = frozenset()
    """Nouns that only name a quantity (``tingkat``, ``jumlah``, ``rate``, ``total``): no restriction of what is
    measured (``inflation rate`` is inflation; ``sales at its data center unit`` is not all sales)."""
    qualifier_words: Mapping[str, str] = attrs.field(factory=dict)
    """Words that make a measure another one: ``tahunan``/``annual`` → ``annual``, ``inti``/``core`` → ``core``."""
    clause_joiners: frozenset[str] = frozenset()
    """Words that join two clauses or two items (``dan``, ``and``, ``while``): what a figure measures is not
    read across them (``killed 12 people and forced 1,000 from their homes``)."""
    increment_words: frozenset[str] = frozenset()
    """Words next to a count that make it an addition, not a total: ``empat jasad lagi``, ``four more bodies``,
    ``another 4``."""
    forecast_words: frozenset[str] = frozenset()
    """Words that make a figure an expectation, not an outcome: ``memperkirakan``, ``target``, ``expected``,
    ``forecast``, ``estimate``, ``polled``."""
    extreme_words: frozenset[str] = frozenset()
    """Superlatives that make a figure the extreme of a set (``tertinggi di Papua``), not the measure itself."""
    place_prepositions: frozenset[str] = frozenset()
    """Words before a place name: ``di``, ``in``."""
    place_prefixes: frozenset[str] = frozenset()
    """Words of a place's kind (``Kota Bekasi``, ``Bogor regency``), left out of the place's name."""

    organization_words: frozenset[str] = frozenset()
    """Words that open or close the name of an organisation (``kementerian``, ``badan``, ``ministry``, ``bank``,
    ``tbk``, ``inc``): a ClaimReview's author is then an Organization, not a Person."""

    # ---- sentences
    abbreviations: frozenset[str] = frozenset()
    """Words written with a final period that does not end a sentence (``Rp.``, ``No.``, ``Dr.``), lower case,
    without the final period."""

    # ---- detection
    function_words: frozenset[str] = frozenset()
    """Frequent short words that tell the language of a text apart (``yang``, ``the``); the engine also reads
    them as words that name nothing (no counted noun, no speaker), so content words belong in ``marker_words``."""
    marker_words: frozenset[str] = frozenset()
    """Words the language detector counts besides the function words: frequent words of this language's news that
    a close neighbour spells or says otherwise (Malay ``peratus``, ``berkata``, ``kerajaan``, ``Ogos`` against
    Indonesian ``persen``, ``mengatakan``, ``pemerintah``, ``Agustus``). Read by nothing else."""
