"""The patterns around a number, per language: currencies, units, percent words, range connectors, margins.

Built once per language from its tables; the numeric kinds (``factcheck.kinds.numeric``) read a figure with them.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

import attrs
import regex

from factcheck import lang as languages
from factcheck.lang.base import LanguageData
from factcheck.lang.common import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    GLUED_CURRENCY_CODES,
    GLUED_UNIT_SYMBOLS,
    UNIT_SYMBOLS,
)
from factcheck.numbers import word_run_source
from factcheck.patterns import (
    DASH,
    DASH_CHARS,
    OPT_SP,
    SP,
    WORD_END,
    WORD_START,
    compile_pattern,
    gate,
    longest_first,
    trie,
)

CUE_GLUE = r"[\s\u00a0\u2009\u202f]{0,2}+"


@attrs.frozen
class Patterns:
    data: LanguageData
    currency_before: regex.Pattern[str]
    negative_before: regex.Pattern[str]
    opener_before: regex.Pattern[str]
    change_before: regex.Pattern[str]
    money_suffix: regex.Pattern[str]
    currency_after: regex.Pattern[str]
    percent_after: regex.Pattern[str]
    unit_after: regex.Pattern[str]
    connector_after: regex.Pattern[str]
    multiplier_after: regex.Pattern[str]
    coin_after: regex.Pattern[str]
    cents_after: regex.Pattern[str]
    compound_after: regex.Pattern[str]
    article_unit: regex.Pattern[str]
    unit_before: regex.Pattern[str]
    currency_lookup: dict[str, str | None]
    unit_lookup: dict[str, str]
    stop_lookup: frozenset[str]
    change_lookup: frozenset[str]
    """Words of change that make a percentage next to them a percentage change."""
    change_links: frozenset[str]
    """Words between the before and the after of a change (``to``, ``menjadi``): never a bare ``and``."""
    gates: Gates
    """What a text must hold next to a number for each pattern to be worth trying there."""
    sterling: bool
    """Whether the language's currency words name the pound sterling: then ``pounds`` after a wage or a scaled
    figure is money, not weight."""


@attrs.frozen
class Gates:
    """For each pattern matched at a number, the ASCII characters it can begin at (past its spaces) or, for one read
    backwards, end at: built from the same tables as the pattern, so skipping a match where the text's character is
    none of them skips only matches that would fail. Most figures have no currency, unit or percent word next to
    them, and one look at a character is far cheaper than a match (``factcheck.patterns.may_be``)."""

    currency_before: frozenset[str]
    currency_after: frozenset[str]
    percent_after: frozenset[str]
    unit_after: frozenset[str]
    unit_before: frozenset[str]
    connector_after: frozenset[str]
    multiplier_after: frozenset[str]
    coin_after: frozenset[str]
    negative_before: frozenset[str]
    article_after: frozenset[str] = frozenset()
    """After an article (``a kilogram``): the heads of the words ``article_unit`` counts."""
    money_suffix: frozenset[str] = frozenset()
    """After an amount with its currency: the heads of the scale suffixes (``Rp 90 M``, ``$3bn``)."""
    anchor_after: frozenset[str] = frozenset()
    anchor_before: frozenset[str] = frozenset()
    """The gates of everything an anchor may take after (currency, scale slang, coin, unit, percent) and before
    (currency, unit) a number, joined: where neither admits, the number is a bare figure after one look each."""


def _counted(data: LanguageData) -> list[str]:
    """What an article counts one of: a unit in the singular, a coin, a money slang word."""
    singular = [w for w in data.unit_words if len(w) > 2 and not w.endswith("s") and w not in data.units_before]
    return [*singular, *data.coin_words, *data.money_multipliers]


def _gates(data: LanguageData, connectors: list[str]) -> Gates:
    dash = gate(DASH_CHARS)
    scaled_codes = [p + c for p in data.code_scale_prefixes for c in CURRENCY_CODES]  # "MUSD"
    currency_before = gate([*CURRENCY_SYMBOLS, *CURRENCY_CODES,
                            *(set(data.currency_words) - data.suffix_only_currency_words)], last=True)
    currency_after = gate([*data.minor_currency_words, *CURRENCY_SYMBOLS, *CURRENCY_CODES, *scaled_codes,
                           *GLUED_CURRENCY_CODES, *data.currency_words]) | dash
    percent_after = gate([*data.percent_point_words, *data.percent_words])
    unit_after = gate([*GLUED_UNIT_SYMBOLS, *UNIT_SYMBOLS, *data.unit_words]) | dash
    unit_before = gate(data.units_before, last=True)
    multiplier_after = gate(data.money_multipliers)
    coin_after = gate(data.coin_words)
    return Gates(
        currency_before=currency_before,
        currency_after=currency_after,
        percent_after=percent_after,
        unit_after=unit_after,
        unit_before=unit_before,
        connector_after=gate(connectors) | dash,
        multiplier_after=multiplier_after,
        coin_after=coin_after,
        negative_before=gate(data.negative_words, last=True),
        article_after=gate(_counted(data)),
        money_suffix=gate(data.money_scale_suffixes),
        anchor_after=currency_after | percent_after | unit_after | multiplier_after | coin_after,
        anchor_before=currency_before | unit_before,
    )


def _lower_keys(table: Mapping[str, str | None]) -> dict[str, str | None]:
    return {k.lower(): v for k, v in table.items()}


@cache
def patterns(code: str) -> Patterns:
    data = languages.get(code)
    symbols = trie(CURRENCY_SYMBOLS)
    codes = trie(CURRENCY_CODES)
    words = trie(data.currency_words)
    minor = trie(data.minor_currency_words)
    # patterns read backwards from a number take the longest word first: "US$" over "$"
    prefixed = (f"|{WORD_START}(?P<scaled>{trie(data.code_scale_prefixes)})(?P<code>{longest_first(CURRENCY_CODES)})"
                f"{WORD_END}"
                if data.code_scale_prefixes else "")
    currency_before = compile_pattern(
        f"(?r)(?:(?P<sym>{longest_first(CURRENCY_SYMBOLS)})|{WORD_START}(?P<code>{longest_first(CURRENCY_CODES)})"
        f"{prefixed}"
        f"|{WORD_START}(?P<word>(?i:{longest_first(set(data.currency_words) - data.suffix_only_currency_words)})))"
        f"{CUE_GLUE}"
    )
    negative_before = compile_pattern(f"(?r){WORD_START}(?i:{longest_first(data.negative_words)}){SP}")
    opener_before = compile_pattern(f"(?r){WORD_START}(?P<open>(?i:{longest_first(data.range_pairs)})){SP}")
    change_before = compile_pattern(
        f"(?r){WORD_START}(?i:{longest_first(data.change_words)}){WORD_END}(?:[^.;!?\\n]{{0,40}}?)"
    )
    money_suffix = compile_pattern(f"{OPT_SP}(?P<msuf>{trie(data.money_scale_suffixes)})(?![\\p{{L}}\\p{{N}}])")
    currency_after = compile_pattern(
        f"{OPT_SP}(?:(?P<minor>(?i:{minor}))(?![\\p{{L}}])|(?P<sym>{symbols})|(?P<code>{codes}){WORD_END}"
        f"{prefixed.replace(WORD_START, '', 1)}"
        f"|(?P<code>(?i:{trie(c.lower() for c in GLUED_CURRENCY_CODES)})){WORD_END}"
        f"|(?P<word>(?i:{words})){WORD_END})"
        f"|{DASH}(?:(?P<minor>(?i:{minor}))|(?P<word>(?i:{words}))){WORD_END}"  # "12-cent", "one-yen"
    )
    percent_after = compile_pattern(
        f"{OPT_SP}(?:(?P<points>(?i:{trie(data.percent_point_words)})){WORD_END}"
        f"|(?P<pct>%|(?i:{trie(w for w in data.percent_words if w != '%')}){WORD_END}))"
    )
    unit_symbols = trie(UNIT_SYMBOLS)
    long_units = trie(w for w in data.unit_words if len(w) > 2)
    short_units = trie(w for w in data.unit_words if len(w) <= 2)
    # short unit words keep their case ("5 g" but not "5G"); long ones match any case ("250 Km/Jam")
    unit_after = compile_pattern(
        f"(?:(?<=\\p{{N}})(?P<glued>{trie(GLUED_UNIT_SYMBOLS)})(?![\\p{{L}}\\p{{N}}/²³])"
        f"|(?:{OPT_SP}|{DASH})(?:(?P<word>(?i:{long_units}))(?![\\p{{L}}\\p{{N}}/²³])"  # "km per jam" before "km"
        f"|(?P<sym>{unit_symbols})(?![\\p{{L}}\\p{{N}}/²³])"
        f"|(?P<word>{short_units})(?![\\p{{L}}\\p{{N}}/²³])))"
    )
    multiplier_after = compile_pattern(f"{OPT_SP}(?P<mult>(?i:{trie(data.money_multipliers)})){WORD_END}")
    coin_after = compile_pattern(f"{SP}(?P<coin>(?i:{trie(data.coin_words)})){WORD_END}")
    cents_after = compile_pattern(
        f"(?:{SP}(?i:{trie(data.and_words)}){SP}|{SP})(?P<cents>\\d{{1,2}}(?!\\d)|(?i:{word_run_source(data.code)}))"
        f"(?:{OPT_SP}(?P<unit>(?i:{trie(data.minor_currency_words)}))(?![\\p{{L}}]))?"
    )
    compound_after = compile_pattern(
        f"(?:{OPT_SP},|{SP}(?i:{trie(data.part_joiners)}))?{SP}(?P<amount>\\d+(?:[.,]\\d+)?|(?i:{word_run_source(data.code)}))"
        f"{OPT_SP}(?:(?P<sym>{unit_symbols})(?![\\p{{L}}\\p{{N}}/²³])|(?P<word>(?i:{long_units})|{short_units}"
        f"|{trie(data.compound_units)})(?![\\p{{L}}\\p{{N}}/²³]))"
    )
    counted = trie(_counted(data))
    article_unit = compile_pattern(
        f"(?i:{trie(data.article_words)})(?={SP}(?i:{counted}){WORD_END}"
        f"(?!{SP}(?i:{trie(data.fraction_links)}){SP}(?i:{trie(data.definite_articles | data.article_words)})"
        f"{WORD_END}))"
    ) if data.article_words else compile_pattern("(?!)")
    connector_words = [c for c in data.range_connectors if not regex.fullmatch(r"\W+", c)]
    connectors = trie(connector_words)
    connector_after = compile_pattern(
        f"(?:{OPT_SP}(?P<dash>{DASH}){OPT_SP}|{SP}(?P<word>(?i:{connectors})){SP})"
    )
    currency_lookup: dict[str, str | None] = {**_lower_keys(data.currency_words)}
    stop = frozenset(data.noun_stopwords | set(data.scale_words) | set(data.unit_words))
    return Patterns(
        data, currency_before, negative_before, opener_before, change_before, money_suffix,
        currency_after,
        percent_after, unit_after, connector_after, multiplier_after, coin_after, cents_after,
        compound_after, article_unit,
        compile_pattern(f"(?r){WORD_START}(?P<unit>{longest_first(data.units_before)}){OPT_SP}"),
        currency_lookup,
        {**{k.lower(): v for k, v in data.unit_words.items()}, **data.compound_units}, stop,
        frozenset(data.change_words - set(data.range_pairs)),
        frozenset((set(data.range_connectors) | {w for ws in data.range_pairs.values() for w in ws})
                  - data.part_joiners),
        _gates(data, connector_words),
        "GBP" in data.currency_words.values(),
    )


@cache
def plus_before(code: str) -> regex.Pattern[str]:
    """``plus or minus``, ``plus minus``, ``plus/minus`` before the minus word of a margin."""
    data = languages.get(code)
    return compile_pattern(
        f"(?r)(?<![\\p{{L}}])(?i:{trie(data.plus_words)})(?:{SP}(?i:{trie(data.range_alternatives)}){SP}"
        f"|[\\s\\u00a0]*+[-/][\\s\\u00a0]*+|{SP})"
    )




def compile_all(code: str) -> None:
    """Compile the patterns a text may ask for later (``factcheck.warm_up``)."""
    patterns(code)
    plus_before(code)
