"""The number tables of a language: digits' marks, number words, scales and ordinals."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import attrs


@attrs.frozen(kw_only=True, slots=False)
class NumberWords:
    """How the language writes numbers, in digits and in words."""

    # ---- numbers written with digits
    decimal_mark: str
    """The mark between the whole and the fraction: ``,`` in Indonesian, ``.`` in English."""
    group_mark: str
    """The thousands separator: ``.`` in Indonesian, ``,`` in English."""

    lakh_grouping: bool = False
    """Whether digits may also be grouped the South Asian way, in lakhs and crores (``12,34,567`` is 1,234,567):
    English news from India and Pakistan writes so."""

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
    ordinal_suffix_by_digit: Mapping[int, str] = attrs.field(factory=dict)
    """The suffix an ordinal's last digit takes (``1st``, ``2nd``, ``3rd``): ``21th`` is no ordinal. Numbers
    ending in 11-13 and other digits take ``ordinal_suffix_default``. Empty: any suffix goes with any number."""
    ordinal_suffix_default: str = ""
    one_prefix: str | None = None
    """A prefix that means "one" on a word (Indonesian ``se``: ``sebelas``, ``seratus``, ``sehari``)."""
    ordinal_time_cues: frozenset[str] = frozenset()
    """Words before ``second`` that make it a unit of time, not a rank: ``per second``, ``split second``."""
    ordinal_sequence_words: frozenset[str] = frozenset()
    """Words right after an ordinal that make it a place in a run (``bulan kelima berturut-turut``, ``yang ketiga
    berturut-turut``) or in a count of times (``untuk ketiga kalinya``): a rank, never the collective ``kedua
    negara`` (both countries)."""
    ordinal_unit_nouns: frozenset[str] = frozenset()
    """Units of time an ordinal after them ranks (``hari ketiga pencarian``, ``minggu kedua sesi``, ``tahun kedua``)
    though they are ``noun_stopwords``: a rank unless a number or a word of ``frequency_words`` or
    ``vague_amounts`` stands before the unit (``dua tahun kedua pihak berunding``: two years, both sides; ``setiap
    tahun kedua negara``: every year; ``beberapa tahun kedua negara``: several years)."""
    ordinal_adverbs: frozenset[str] = frozenset()
    """Ordinals that are also adverbs of order (``see the details first``, ``she spoke first``): with no noun after
    them, a rank only after a definite article or a word in ``ordinal_place_words``."""
    ordinal_title_nouns: frozenset[str] = frozenset()
    """Nouns that, capitalised right before a capitalised ordinal, make it a rank in an official name, not a name
    alone: ``Penggal Keempat``, ``Mesyuarat Pertama``, ``Masa Sidang Kedua``."""
    ordinal_place_words: frozenset[str] = frozenset()
    """Words before a bare ordinal adverb that make it a placing: ``came first``, ``finished first``."""

