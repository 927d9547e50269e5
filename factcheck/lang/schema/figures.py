"""The tables around a figure: percentages, money, units, comparators, ranges and counted nouns."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import attrs


@attrs.frozen(kw_only=True, slots=False)
class FigureWords:
    """What stands around a figure and says what it is."""

    # ---- percentages, money, units (keys lower case unless noted)
    percent_words: tuple[str, ...] = ()
    percent_point_words: tuple[str, ...] = ()
    """``percentage points``, ``poin persentase``: the amount is a difference of percentages."""
    fraction_point_words: tuple[str, ...] = ()
    """``point`` after a fraction, as news writes a move of interest rates (``a quarter point``, ``half a point``,
    ``a half-point cut``): percentage points; after a whole number a point is the index's (``fell 300 points``)."""
    share_words: tuple[str, ...] = ()
    """Words between a percentage and what it is a share of: ``dari``, ``of``."""
    currency_words: Mapping[str, str | None] = attrs.field(factory=dict)
    """Currency names in this language, lower case, to ISO 4217 codes (``dolar`` → USD, ``rupiah`` → IDR); None
    for a currency the name does not pin down (``dinar``)."""
    code_scale_prefixes: Mapping[str, int] = attrs.field(factory=dict)
    """Prefixes glued to a currency code that scale the amount (case-sensitive): ``MEUR``, ``MSEK``, ``MUSD``
    (millions) in Nordic and European company reports written in English."""
    price_words: frozenset[str] = frozenset()
    """Words of a price or a payment a few words before an amount (``price``, ``cost``, ``paid``, ``worth``): a
    currency name that is also a weight is the currency there (``the average price reached 299,331 pounds``)."""
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
    compound_units: Mapping[str, str] = attrs.field(factory=dict)
    """Unit symbols that are a unit only as the smaller part of a compound measure, where alone they are a common
    word (case-sensitive): ``in`` in ``5 ft 2 in`` and ``5ft 10in``."""
    counters: frozenset[str] = frozenset()
    """Classifier words that count (``orang``, ``unit``, ``buah``): a counted noun, never a unit of measure."""

    # ---- context around a figure (lower case)
    comparators_before: Mapping[str, str] = attrs.field(factory=dict)
    comparator_blockers: Mapping[str, frozenset[str]] = attrs.field(factory=dict)
    """Words that, right before a comparator phrase, make it part of a verb: ``ticked up to 4.2%`` has no bound."""
    share_stopwords: frozenset[str] = frozenset()
    """Words that end what a percentage is a share of: ``yoy``, ``dibandingkan``, ``terlalu``, ``akibat``."""
    share_needs_word: bool = False
    """Whether what a percentage is a share of needs a share word (``18 percent of voters``), or may follow the
    percentage directly (``18 persen warga``)."""
    share_determiners: frozenset[str] = frozenset()
    """Words that open or close a share's noun phrase without naming it (``the``, ``all``, ``seluruh``)."""
    counted_after_share_word: bool = False
    """Whether the counted noun may follow a share word (``2,000 of the troops`` → troops)."""
    cents_currency: str | None = None
    """The currency of a minor unit no amount names (``12 cents a share``): USD in English news; None where a
    reader cannot tell."""
    comparative_words: frozenset[str] = frozenset()
    """Adjectives after a comparator word that make the figure a difference, not a bound: ``12 persen lebih
    rendah`` (12 percent lower) has no comparator, ``500 lebih`` (more than 500) has one."""
    comparators_after: Mapping[str, str] = attrs.field(factory=dict)
    range_alternatives: frozenset[str] = frozenset()
    """``or``, ``atau``: a comparator phrase that opens with one (``or more``, ``atau lebih``) follows its figure,
    so it is never read before one."""
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

    # ---- references and plurals (lower case)
    reference_number_words: frozenset[str] = frozenset()
    """Words for "number" inside a reference: ``UU Nomor 11``, ``Law No. 5``, ``Act number 3``."""
    reference_parts: frozenset[str] = frozenset()
    """Parts of a law or a document after its number: ``Pasal 2 ayat (1) huruf b``, ``section 5 subsection 2``."""
    reference_year_words: frozenset[str] = frozenset()
    """Words before a reference's year: ``UU No. 11 Tahun 2020``, ``Act No. 5 of 2019``."""
    law_words: frozenset[str] = frozenset()
    """Words (as written, capitalised; each also one of ``identifier_words``) that open or close the name of a law
    whose year ends it: ``Akta Dadah Berbahaya 1952``, ``the Clean Air Act of 1970``. The year names the law: no
    date."""
    coordinate_marks: frozenset[str] = frozenset()
    """Hemisphere marks after a latitude or a longitude (case-sensitive): ``3,12 LS dan 128,45 BT``. The figure
    names a place, as a road marker does: no claim."""
    degree_coordinate_marks: frozenset[str] = frozenset()
    """Hemisphere marks that follow a coordinate only after a degree sign, being letters or words alone
    (``3.12°S``, ``128.45° E``; ``5 S`` is no coordinate)."""
    countdown_marks: frozenset[str] = frozenset()
    """Letters that count days to and from an event, before a minus or a plus and the number (case-sensitive):
    ``H-7``, ``H+3`` (days before and after hari H, Lebaran). The number names a day, as a road marker names a
    place: no figure, and no ``7 tahun lalu`` in ``H-7 tahun lalu``."""
    plural_endings: tuple[str, ...] = ()
    """Endings that make a noun plural (``-s``), for languages that mark the plural (``marks_plural``)."""
    singular_endings: tuple[str, ...] = ()
    """Endings of singular nouns that look plural (``-ss``, ``-us``, ``-is``: ``bus``, ``crisis``)."""
    irregular_plurals: frozenset[str] = frozenset()
    """Plurals without a plural ending: ``people``, ``children``, ``police``."""
    plus_words: frozenset[str] = frozenset()
    """``plus`` in a margin: ``plus or minus 3 points``, ``plus minus 1 persen``."""
    fraction_links: frozenset[str] = frozenset()
    """Words between a fraction and what it divides: ``a third of voters``."""
    age_before: frozenset[str] = frozenset()
    """Words before a number that make it a person's age: ``aged 52``, ``berusia 61 tahun``."""
    age_before_at_end: frozenset[str] = frozenset()
    """Phrases of ``age_before`` (lower case, words as written) that make an age only of a bare number that ends
    its clause: ``He was 92.``, ``the driver, who was 45, …``; ``he was 5 points behind`` is no age."""
    age_before_with_unit: frozenset[str] = frozenset()
    """Words of ``age_before`` that make an age only with its year word after the number: the superlatives of age
    (``yang termuda 19 tahun``; ``tertua 3 kali`` counts times)."""
    person_nouns: frozenset[str] = frozenset()
    """Nouns of one person that an age may stand beside after an article, the way crime and accident reports
    introduce people who are not named: ``The man, 61,``, ``seorang pelajar (17)``."""
    fraction_denominators: Mapping[str, int] = attrs.field(factory=dict)
    """Words for the denominator of a fraction after its numerator: ``thirds`` → 3 (``two thirds``), ``pertiga``
    → 3 (``dua pertiga``)."""
    fraction_wholes: Mapping[str, tuple[int, int]] = attrs.field(factory=dict)
    """Words that are a whole fraction: ``sepertiga`` → (1, 3), ``half`` → (1, 2). A half is a claim only as a
    share (``half of``), never in ``setengah jam``."""
    slash_dates: bool = False
    """Whether the language's news writes a day and a month as ``3/4`` in running text (``sejak 3/4 lalu``): a
    bare ``3/4`` is then a date as often as a fraction, and is read as a fraction only before a unit."""
    ratio_links: frozenset[str] = frozenset()
    """Words between the two numbers of a ratio: ``one in five``, ``three out of four``, ``satu dari lima``."""
    ratio_one_words: frozenset[str] = frozenset()
    """Words for one of a kind that open a ratio as its numerator (``seorang daripada lima rakyat``: one in
    five); alone they count nothing (``seorang lelaki``: a man)."""
    initials_cues: frozenset[str] = frozenset()
    """Words written before a person's initials (``tersangka berinisial AR, 34 tahun,``): one word in capitals
    after them is a person, who may be given an age with its year word (``Ketua KPK, 5 tahun,`` is no one's)."""
    linked_denominators: Mapping[str, int] = attrs.field(factory=dict)
    """Words for a denominator that make a fraction only before ``fraction_links`` or ``share_words``, being
    other words as well: Malay ``suku`` (``tiga suku daripada keseluruhan sekolah`` is 3/4; ``dua suku kaum`` are
    two ethnic groups, ``suku ketiga`` a quarter of the year). Numbers never read them."""
